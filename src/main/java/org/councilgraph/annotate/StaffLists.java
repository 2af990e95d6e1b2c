package org.councilgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.rule.Cascade;
import org.councilgraph.rule.Rule;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.PostHeads;
import org.councilgraph.text.PostTitles;
import org.councilgraph.text.Span;

/**
 * Names printed with their posts in the layouts papers use for staff: a name and its post on one
 * line ("Ann Westby Head of Service", "Ivo Northby – Director, Children and Families Service",
 * "Jo Eastby (Senior Governance Officer)"), several names then the post they share ("Rhian
 * Westcott/Lena Northcott" over "Managers, Permanence Team"), signature lines ("Signed: Tom Riverford,
 * Sustainability Officer, Ext 00 0000"; "Signed: Equalities Officer, Kiran Eastby"), labels
 * naming a post ("Lead Director: Neil Westby / Gareth Northby") and structure charts set as tables
 * (a row of names over a row of posts, or cells of "Name Post").
 *
 * <p>Offsets are kept: mark-up (HTML tags, Markdown emphasis, bullets) is blanked out in place.
 */
final class StaffLists {
    /** A name read from a staff layout, with the post printed for it, if any. */
    record Entry(PersonName name, Span span, Optional<String> post, Optional<Span> postSpan) {
    }

    private static final Pattern MARKUP = Pattern.compile("<[^>\\n]{1,80}>|\\*\\*|__|^[ \\t]*(?:[•·▪●◦\\-*]|\\d{1,2}[.)])[ \\t]+",
            Pattern.MULTILINE);
    private static final Pattern TRAILER = Pattern.compile(
            "(?i)[,;(\\s]*\\b(?:" + Lexicon.of("contact-words.tsv").alternation() + ")\\b.*$|[,;\\s]*[\\w.+'-]+@[\\w.-]+\\.[a-z]{2,}.*$|[,;\\s]*\\+?\\d[\\d ]{6,}.*$");
    private static final Pattern LABEL = Pattern.compile("^(?<label>[A-Z][A-Za-z ()/'’-]{1,40}?)\\s*:\\s*(?<rest>\\S.*)$");
    private static final Pattern TITLE_FIELD = Pattern.compile("(?i)(?:job\\s+title|post\\s+title|post|position|designation|role|title)\\s*:\\s*");
    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:,|/|&|\\+|\\band\\b)\\s*");
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}'’-])[a-z][a-z'’-]+");
    private static final Pattern ADDRESS = Pattern.compile("[\\w.+'-]+@[\\w.-]+|(?:https?://|www\\.)\\S+");
    /** Abstract nouns are not surnames: "Restorative Justice Volunteer Coordination". */
    private static final Pattern ABSTRACT_NOUN = Pattern.compile(".*(?:tions?|sions?|ments?|ness|ities|ity|ships?|isms?|ology|ings)$");
    private static final Pattern TITLE_HEAD_WORDS = Pattern.compile("\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|and|&|of|the)){0,2}");
    private static final Pattern TITLE_TAIL_LINE = Pattern.compile(
            "(?:(?:and|&|of|for)\\s+)?(?:\\p{Lu}[\\p{L}'’-]*)(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|and|of|&)){0,2}");
    private static final Pattern ENDS_JOINING = Pattern.compile("(?s).*(?:\\band|&|,|\\bof|\\bfor)$");
    private static final Pattern CAPITALISED_RUN = Pattern.compile("(?s)(?:\\p{Lu}[\\p{L}'’.-]*[\\s,/&+]*)+");
    private static final Pattern SURNAME_THEN_COMMA = Pattern.compile("\\p{Lu}[\\p{L}'’-]+\\s*,.*");
    private static final Pattern GIVEN_NAME_CUT = Pattern.compile("(?s).*(?:[,/&+]|\\band)\\s*\\p{Lu}[\\p{L}'’-]+$");
    private static final Pattern POST_START = Pattern.compile("(?<=^|[\\s,(–\\-—:/])[A-Za-z]");
    private static final Pattern NOTE_AFTER = Pattern.compile("(?s).*\\S\\s*\\([^()]*\\)\\s*$");
    private static final Pattern NOTE = Pattern.compile("\\s*\\([^()]*\\)\\s*$");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s,(–\\-—:]+$");
    private static final Pattern VACANCY = Pattern.compile("(?i)^(?:\\d+\\s+)?(?:vacanc(?:y|ies)|vacant|tbc|post)$");

    private StaffLists() {
    }

    static List<Entry> find(String text) {
        return find(text, lowerCaseWords(text));
    }

    /**
     * The words a paper uses in lower case. A candidate name whose given name and surname are both
     * ordinary words of the paper ("Trauma Informed", "Early Help") is a phrase, not a person.
     */
    static java.util.Set<String> lowerCaseWords(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        // addresses are lower case whatever they spell: "ann.westby@..." names Ann Westby
        String words = ADDRESS.matcher(text).replaceAll(" ");
        Matcher m = LOWER_WORD.matcher(words);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** A candidate name with the paper's lower-case words, for the rules that judge it. */
    record Named(PersonName name, java.util.Set<String> lower) {
        @Override
        public String toString() {
            return name.toString();
        }
    }

    /** An honorific, or no given name, or initials: the shape itself says "name". */
    static final Rule<Named> SHAPED = Rule.named("honorificOrInitials",
            n -> !n.name().honorific().isEmpty() || !n.name().hasGiven() || n.name().givenIsInitials());
    /** "Exclusions Officers": a word of it is a strong head of a post title. */
    static final Rule<Named> POST_HEAD = Rule.named("strongPostHead", StaffLists::hasStrongHead);
    /** "Restorative Justice Volunteer Coordination": abstract nouns are not surnames. */
    static final Rule<Named> ABSTRACT_SURNAME = Rule.named("abstractNounSurname",
            n -> ABSTRACT_NOUN.matcher(n.name().surname().toLowerCase(java.util.Locale.ROOT)).matches());
    /** "Trauma Informed", "Early Help": given name and surname both words the paper prints in lower case. */
    static final Rule<Named> ORDINARY_WORDS = Rule.named("ordinaryWords", n -> n.lower().contains(n.name().given().split(" ")[0]
            .toLowerCase(java.util.Locale.ROOT)) && n.lower().contains(n.name().surname().toLowerCase(java.util.Locale.ROOT)));
    static final Cascade<Named> PLAUSIBLE = Cascade.<Named>named("person-plausible")
            .accept(SHAPED)
            .reject(POST_HEAD)
            .reject(ABSTRACT_SURNAME)
            .reject(ORDINARY_WORDS)
            .otherwise(true);

    /** False for a name that reads as a phrase of ordinary words (see {@link #lowerCaseWords}). */
    static boolean plausible(PersonName n, java.util.Set<String> lower) {
        return PLAUSIBLE.accepts(new Named(n, lower));
    }

    private static boolean hasStrongHead(Named n) {
        for (String w : (n.name().given() + " " + n.name().surname()).split("[\\s]+")) {
            String h = PostTitles.head(w);
            if (h != null && PostHeads.STRONG.contains(h)) {
                return true;
            }
        }
        return false;
    }

    static List<Entry> find(String text, java.util.Set<String> lower) {
        return new Reader(blankMarkup(text), lower).read();
    }

    /** One pass over a paper's lines, names waiting for the post printed under them. */
    private static final class Reader {
        private final String clean;
        private final java.util.Set<String> lower;
        private final List<int[]> lines;
        private final List<Entry> out = new ArrayList<>();
        private List<Entry> pendingNames = new ArrayList<>();
        private int pendingLine = -10;
        private int li;

        Reader(String clean, java.util.Set<String> lower) {
            this.clean = clean;
            this.lower = lower;
            this.lines = lines(clean);
        }

        List<Entry> read() {
            for (li = 0; li < lines.size(); li++) {
                String line = text(li);
                if (line.isBlank()) {
                    continue;
                }
                if (line.indexOf('\t') >= 0 && line.split("\t").length >= 2) {
                    StaffTables.table(clean, lines, li, out, lower);
                    pendingNames.clear();
                    continue;
                }
                if (!nameLine(line) && !postUnderNames()) {
                    flush(pendingNames, out);
                }
            }
            flush(pendingNames, out);
            return out;
        }

        private String text(int i) {
            return clean.substring(lines.get(i)[0], lines.get(i)[1]);
        }

        /** Reads line {@code li} (with the lines a name wraps onto) as names, with or without their post. */
        private boolean nameLine(String line) {
            // names wrapped over lines with a hyphen: "Ella Westby-\nGill"
            int lj = li;
            StringBuilder joined = new StringBuilder(line);
            List<int[]> pieces = new ArrayList<>();
            pieces.add(lines.get(li));
            while (lj + 1 < lines.size() && (namesContinue(joined.toString()) || surnameContinues(joined.toString(), text(lj + 1)))
                    && !text(lj + 1).isBlank() && lj - li < 5) {
                lj++;
                pieces.add(lines.get(lj));
                joined.append(clean, lines.get(lj)[0], lines.get(lj)[1]);
            }
            List<Entry> here = line(clean, pieces, lower);
            if (!here.isEmpty() && here.get(0).post().isPresent()) {
                if (lj + 1 < lines.size()) {
                    List<Entry> longer = wrappedTitle(line, pieces, here, lj + 1);
                    if (longer != null) {
                        here = longer;
                        lj++;
                    }
                }
                out.addAll(here);
                pendingNames.clear();
                li = lj;
                return true;
            }
            if (!here.isEmpty()) {
                // names alone: their post may follow on the next line(s)
                flush(pendingNames, out);
                pendingNames = new ArrayList<>(here);
                pendingLine = lj;
                li = lj;
                return true;
            }
            return false;
        }

        /**
         * "Ann Westby, Director of Children's\nNorthshire Services": the title wraps onto a short line;
         * "Jo Eastby OBE, Minister of State for Local Government and English\nDevolution, 16 December":
         * a long line wraps a paragraph, and the title ends at the first stop of the next line. The
         * longer reading, or null.
         */
        private List<Entry> wrappedTitle(String line, List<int[]> pieces, List<Entry> here, int nextLine) {
            int[] next = lines.get(nextLine);
            String nextText = clean.substring(next[0], next[1]);
            String tail = nextText.strip();
            boolean shortTail = !tail.isEmpty() && PostTitles.shortTail(clean, tail, next[1]);
            int lead = next[0] + nextText.length() - nextText.stripLeading().length();
            String head = tail.split("[,.;(]", 2)[0].strip();
            // (a line of fields, "Job title: Head of Transport", or of columns wraps nothing)
            int[] own = lines.get(li);
            boolean paragraph = own[1] - own[0] >= PostTitles.WRAPPED_LINE && !line.contains("  ") && !head.isEmpty()
                    && head.length() < tail.length() && TITLE_HEAD_WORDS.matcher(head).matches();
            if (!shortTail && !paragraph) {
                return null;
            }
            List<int[]> more = new ArrayList<>(pieces);
            more.add(shortTail ? next : new int[] {lead, lead + head.length()});
            List<Entry> longer = line(clean, more, lower);
            boolean isLonger = !longer.isEmpty() && longer.get(0).post().isPresent()
                    && longer.get(0).post().get().length() > here.get(0).post().get().length();
            return isLonger ? longer : null;
        }

        /** Line {@code li} as the post of the names alone on a line just above it. */
        private boolean postUnderNames() {
            if (pendingNames.isEmpty() || li - pendingLine > 3) {
                return false;
            }
            Optional<Span> postSpan = postLines(clean, lines, li);
            // one person holds no plural title: "Lead Directors" under one name is a heading
            if (postSpan.isPresent() && pendingNames.size() == 1 && plural(PostTitles.whole(postSpan.get().of(clean)).orElse(""))) {
                postSpan = Optional.empty();
            }
            if (postSpan.isEmpty()) {
                return false;
            }
            String label = PostTitles.whole(postSpan.get().of(clean)).orElseThrow();
            for (Entry n : pendingNames) {
                out.add(new Entry(n.name(), n.span(), Optional.of(label), postSpan));
            }
            pendingNames.clear();
            return true;
        }
    }

    /**
     * Names alone on a line with no post after them are kept only as a list of several, or with an
     * honorific: a lone pair of capitalised words is as often a heading as a name.
     */
    private static void flush(List<Entry> pending, List<Entry> out) {
        if (pending.size() >= 2 || pending.size() == 1 && !pending.get(0).name().honorific().isEmpty()) {
            out.addAll(pending);
        }
        pending.clear();
    }

    /** The post filling line {@code li}, perhaps wrapped onto the next lines ("Strategic lead for X and\n\nY"). */
    private static Optional<Span> postLines(String clean, List<int[]> lines, int li) {
        int s = lines.get(li)[0];
        int e = lines.get(li)[1];
        if (clean.substring(s, e).strip().endsWith(":")) {
            return Optional.empty(); // "Relevant Director:": a label, over the name it labels
        }
        Optional<String> one = PostTitles.whole(clean.substring(s, e));
        // a title wrapped onto a short next line: "Assistant Director, Targeted Early Help and Childrens\nSocial Care"
        if (li + 1 < lines.size()) {
            String next = clean.substring(lines.get(li + 1)[0], lines.get(li + 1)[1]).strip();
            // ... or a title wrapped at its last joining word: "Corporate Director Children, Young People\nand Education"
            if (!next.isEmpty() && TITLE_TAIL_LINE.matcher(next).matches()
                    && PostTitles.head(next.replaceAll(".*\\s", "")) == null) {
                Optional<String> two = PostTitles.whole(clean.substring(s, lines.get(li + 1)[1]));
                if (two.isPresent() && one.map(o -> two.get().length() > o.length()).orElse(true)) {
                    return Optional.of(new Span(s, lines.get(li + 1)[1]));
                }
            }
        }
        // a title cut at a joining word, or a long title wrapped, carries on past a blank line
        String own = clean.substring(s, e).strip();
        if (ENDS_JOINING.matcher(own).matches() || own.length() >= PostTitles.WRAPPED_LINE) {
            for (int k = li + 1; k < Math.min(lines.size(), li + 3); k++) {
                String t = clean.substring(lines.get(k)[0], lines.get(k)[1]);
                if (t.isBlank()) {
                    continue;
                }
                Optional<String> two = PostTitles.whole(clean.substring(s, lines.get(k)[1]));
                if (two.isPresent()) {
                    return Optional.of(new Span(s, lines.get(k)[1]));
                }
                break;
            }
        }
        return one.map(x -> new Span(s, e));
    }

    /**
     * "Harriet Westby\nCole, Frances Northby": a list of names whose next line begins with a lone
     * word before a comma carries a name over the line break.
     */
    private static boolean surnameContinues(String joined, String next) {
        return joined.contains(",") && CAPITALISED_RUN.matcher(joined.strip()).matches()
                && SURNAME_THEN_COMMA.matcher(next.strip()).matches();
    }

    /** True when the head of a title is plural: "Managers, Permanence Team", "Lead Directors". */
    static boolean plural(String title) {
        for (String w : title.split("[\\s,:]+")) {
            String h = PostTitles.head(w);
            String lw = w.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
            if (h != null && !lw.equals(h) && lw.endsWith("s")) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesContinue(String joined) {
        String t = joined.strip();
        // "Dean Westby, Stephanie" / "Nina Northby/Emma": a name cut after its given name
        return t.endsWith("-") || t.endsWith(",") || t.endsWith("/") || t.endsWith("+") || t.endsWith("&")
                || GIVEN_NAME_CUT.matcher(t).matches() && CAPITALISED_RUN.matcher(t).matches();
    }

    /**
     * One line (or a line wrapped over {@code pieces}): "Name Post", "Name, Post", "Name (Post)",
     * "Name1, Name2 Post", "Label: Name", "Post: Name / Name", "Post, Name", or names alone.
     */
    static List<Entry> line(String clean, List<int[]> pieces, java.util.Set<String> lower) {
        // the text of the pieces joined, with the paper offset of each character
        StringBuilder b = new StringBuilder();
        List<Integer> at = new ArrayList<>();
        for (int[] p : pieces) {
            String t = clean.substring(p[0], p[1]);
            if (b.length() > 0) {
                boolean hyphen = b.toString().stripTrailing().endsWith("-");
                while (b.length() > 0 && Character.isWhitespace(b.charAt(b.length() - 1))) {
                    b.setLength(b.length() - 1);
                    at.remove(at.size() - 1);
                }
                if (!hyphen) {
                    b.append(' ');
                    at.add(p[0]);
                }
            }
            for (int i = 0; i < t.length(); i++) {
                b.append(t.charAt(i));
                at.add(p[0] + i);
            }
        }
        String line = b.toString();
        int lead = 0;
        while (lead < line.length() && Character.isWhitespace(line.charAt(lead))) {
            lead++;
        }
        String body = line.substring(lead).stripTrailing();
        if (body.length() > 220) {
            return List.of();
        }
        // a label before a colon: "Signed:", "Report author:", or a post: "Lead Director:"
        Matcher lm = LABEL.matcher(body);
        if (lm.matches()) {
            String label = lm.group("label").strip();
            int restAt = lead + lm.start("rest");
            Optional<String> post = PostTitles.whole(label);
            String rest = TRAILER.matcher(line.substring(restAt)).replaceFirst("").stripTrailing();
            List<Entry> names = names(line, restAt, restAt + rest.length(), at, lower);
            if (post.isPresent() && !names.isEmpty()) {
                Span ps = new Span(at.get(lead), at.get(lead + label.length() - 1) + 1);
                return names.stream().map(n -> new Entry(n.name(), n.span(), post, Optional.of(ps))).toList();
            }
            if (post.isEmpty()) {
                // "Executive Director lead: Jo Westby: Executive Director for ...", "Report author: Clare Northby"
                List<Entry> inner = nameThenPost(line, restAt, at, lower);
                if (!inner.isEmpty()) {
                    return inner;
                }
                return label.split(" ").length <= 5 ? names : List.of();
            }
        }
        List<Entry> np = nameThenPost(line, lead, at, lower);
        if (!np.isEmpty()) {
            return np;
        }
        return names(line, lead, line.length(), at, lower);
    }

    /** "Name[, Name2] [–,(] Post [trailer]" or "Post, Name [trailer]" from {@code from}. */
    private static List<Entry> nameThenPost(String line, int from, List<Integer> at, java.util.Set<String> lower) {
        String rest = line.substring(from);
        String noTrailer = TRAILER.matcher(rest).replaceFirst("");
        int end = from + noTrailer.stripTrailing().length();
        List<Entry> postFirst = postThenName(line, from, end, at, lower);
        if (postFirst != null) {
            return postFirst;
        }
        // Name(s) then post: try every place the post could begin
        List<Integer> starts = new ArrayList<>();
        Matcher w = POST_START.matcher(line);
        w.region(from, end);
        while (w.find()) {
            starts.add(w.start());
        }
        List<Entry> chosen = null;
        for (int p : starts) {
            Reading reading = p <= from ? null : namesThenPostAt(line, from, p, end, at, lower);
            if (reading == null) {
                continue;
            }
            if (chosen != null) {
                return reading.entries();
            }
            chosen = reading.entries();
            if (!nextNameOfTheList(line, from, reading, lower)) {
                return reading.entries();
            }
        }
        return chosen == null ? List.of() : chosen;
    }

    /** "Post, Name": the one name after a comma that ends a post title; null when the line is not so. */
    private static List<Entry> postThenName(String line, int from, int end, List<Integer> at, java.util.Set<String> lower) {
        int comma = line.indexOf(',', from);
        if (comma > from && comma < end) {
            Optional<String> post = PostTitles.whole(line.substring(from, comma));
            if (post.isPresent()) {
                List<Entry> names = names(line, comma + 1, end, at, lower);
                if (names.size() == 1) {
                    Span ps = span(at, from, comma);
                    return List.of(new Entry(names.get(0).name(), names.get(0).span(), post, Optional.of(ps)));
                }
            }
        }
        return null;
    }

    /** Names holding the post printed after them, and where that post's text begins. */
    private record Reading(List<Entry> entries, String postText, int postAt) {
    }

    /** The names of {@code [from, p)} holding the post that begins at {@code p}; null when that is no reading. */
    private static Reading namesThenPostAt(String line, int from, int p, int end, List<Integer> at, java.util.Set<String> lower) {
        String before = TRAILING_SEPARATORS.matcher(line.substring(from, p)).replaceAll("");
        if (before.isEmpty()) {
            return null;
        }
        int postAt = p;
        String postText = line.substring(p, end);
        // "Ann Westby    Job title: Head of City Transport"
        Matcher field = TITLE_FIELD.matcher(postText);
        if (field.lookingAt()) {
            postAt += field.end();
            postText = postText.substring(field.end());
        }
        if (postText.endsWith(")") && line.substring(from, postAt).contains("(")) {
            postText = postText.substring(0, postText.length() - 1);
        }
        Optional<String> title = PostTitles.whole(postText);
        if (title.isEmpty() && NOTE_AFTER.matcher(postText).matches()) {
            // "Virtual Head Teacher (Reports to Jo Westby)": a note after the title
            postText = NOTE.matcher(postText).replaceFirst("");
            title = PostTitles.whole(postText);
        }
        if (title.isEmpty()) {
            return null;
        }
        List<Entry> names = names(line, from, from + before.length(), at, lower);
        if (names.isEmpty()) {
            return null;
        }
        Optional<String> post = title;
        Span ps = span(at, postAt, postAt + postText.stripTrailing().length());
        return new Reading(names.stream().map(n -> new Entry(n.name(), n.span(), post, Optional.of(ps))).toList(), postText, postAt);
    }

    /**
     * "Jo Westby, Ann Northby Special Guardianship Support Workers": a title read right after a comma
     * that begins with a name is the next name of the list, if a later reading works.
     */
    private static boolean nextNameOfTheList(String line, int from, Reading r, java.util.Set<String> lower) {
        String[] lead = r.postText().strip().split("\\s+");
        boolean afterComma = line.substring(from, r.postAt()).stripTrailing().endsWith(",");
        return afterComma && lead.length > 2 && PersonName.parse(lead[0] + " " + lead[1]).filter(n -> plausible(n, lower)).isPresent();
    }

    /** Every piece of {@code [from, to)} a name ("A B, C D/E F + 1 vacancy"), or none. */
    private static List<Entry> names(String line, int from, int to, List<Integer> at, java.util.Set<String> lower) {
        List<Entry> out = new ArrayList<>();
        String seg = line.substring(from, to);
        Matcher m = NAME_SPLIT.matcher(seg);
        int last = 0;
        List<int[]> parts = new ArrayList<>();
        while (m.find()) {
            parts.add(new int[] {last, m.start()});
            last = m.end();
        }
        parts.add(new int[] {last, seg.length()});
        for (int[] p : parts) {
            String piece = seg.substring(p[0], p[1]).strip().replaceAll("[.;:]+$", "");
            if (piece.isEmpty() || VACANCY.matcher(piece).matches()) {
                continue;
            }
            Optional<PersonName> n = PersonName.parse(piece);
            if (n.isEmpty() || !n.get().hasGiven() && n.get().honorific().isEmpty() || !plausible(n.get(), lower)) {
                return List.of();
            }
            int s = from + p[0] + seg.substring(p[0], p[1]).indexOf(piece.charAt(0));
            out.add(new Entry(n.get(), span(at, s, s + piece.length()), Optional.empty(), Optional.empty()));
        }
        return out;
    }

    private static Span span(List<Integer> at, int from, int to) {
        int s = at.get(Math.min(from, at.size() - 1));
        int e = at.get(Math.max(from, Math.min(to, at.size()) - 1)) + 1;
        return new Span(s, Math.max(s, e));
    }

    private static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                out.add(new int[] {start, i});
                start = i + 1;
            }
        }
        return out;
    }

    /** The text with mark-up replaced by spaces, so every offset still points into the paper. */
    static String blankMarkup(String text) {
        StringBuilder b = new StringBuilder(text);
        Matcher m = MARKUP.matcher(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (b.charAt(i) != '\n') {
                    b.setCharAt(i, ' ');
                }
            }
        }
        return b.toString();
    }
}
