package org.councilgraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.segment.Layout.StaffEntry;
import org.councilgraph.text.NamedPatterns;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.PostTitles;
import org.councilgraph.text.Span;

/**
 * Names printed with their posts in the layouts papers use for staff: a name and its post on one
 * line ("Ann Westby Head of Service", "Ivo Northby – Director, Children and Families Service",
 * "Jo Eastby (Senior Governance Officer)"), several names then the post they share ("Rhian
 * Westcott/Lena Northcott" over "Managers, Fostering Team"), signature lines ("Signed: Tom Riverford,
 * Climate Officer, Ext 00 0000"; "Signed: Equalities Officer, Kiran Eastby"), labels
 * naming a post ("Lead Director: Neil Westby / Gareth Northby") and structure charts set as tables
 * (a row of names over a row of posts, or cells of "Name Post").
 *
 * <p>Offsets are kept: mark-up (HTML tags, Markdown emphasis, bullets) is blanked out in place.
 */
public final class StaffLayouts {
    /** The regexes of staff layouts, kept in {@code staff-layout-patterns.tsv} under these names. */
    enum Re {
        MARKUP, TRAILER, LABEL, TITLE_FIELD, NAME_SPLIT, TITLE_HEAD_WORDS, TITLE_TAIL_LINE, ENDS_JOINING, CAPITALISED_RUN,
        SURNAME_THEN_COMMA, GIVEN_NAME_CUT, POST_START, NOTE_AFTER, NOTE, TRAILING_SEPARATORS, VACANCY, CAPITALS;

        final Pattern p = NamedPatterns.of("staff-layout-patterns.tsv").get(name());
    }

    private StaffLayouts() {
    }

    /** The names printed in the staff layouts of {@code text}, with their posts where printed. */
    public static List<StaffEntry> read(String text) {
        return new Reader(blankMarkup(text), PlausibleNames.lowerCaseWords(text)).read();
    }

    /** One pass over a paper's lines, names waiting for the post printed under them. */
    private static final class Reader {
        private final String clean;
        private final java.util.Set<String> lower;
        private final List<int[]> lines;
        private final List<StaffEntry> out = new ArrayList<>();
        private List<StaffEntry> pendingNames = new ArrayList<>();
        private int pendingLine = -10;
        private int li;

        Reader(String clean, java.util.Set<String> lower) {
            this.clean = clean;
            this.lower = lower;
            this.lines = lines(clean);
        }

        List<StaffEntry> read() {
            // a paper past its time is interrupted: stop between lines (the build drops the paper)
            for (li = 0; li < lines.size() && !Thread.currentThread().isInterrupted(); li++) {
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

        /**
         * A line that reads as a name with its own post ("Rita Westby, Chief Officer Planning & Public
         * Protection") is the list's next entry: neither the rest of a title wrapped on the line above,
         * nor the rest of names cut there ("..., Environment & Culture" ends like a given name cut).
         */
        private boolean nameWithPost(int[] line) {
            List<StaffEntry> own = line(clean, List.of(line), lower);
            return !own.isEmpty() && own.get(0).post().isPresent();
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
                    && !text(lj + 1).isBlank() && lj - li < 5 && !nameWithPost(lines.get(lj + 1))) {
                lj++;
                pieces.add(lines.get(lj));
                joined.append(clean, lines.get(lj)[0], lines.get(lj)[1]);
            }
            List<StaffEntry> here = line(clean, pieces, lower);
            if (!here.isEmpty() && here.get(0).post().isPresent()) {
                if (lj + 1 < lines.size()) {
                    List<StaffEntry> longer = wrappedTitle(line, pieces, here, lj + 1);
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
        private List<StaffEntry> wrappedTitle(String line, List<int[]> pieces, List<StaffEntry> here, int nextLine) {
            int[] next = lines.get(nextLine);
            String nextText = clean.substring(next[0], next[1]);
            String tail = nextText.strip();
            boolean shortTail = !tail.isEmpty() && PostTitles.shortTail(clean, tail, next[1]);
            int lead = next[0] + nextText.length() - nextText.stripLeading().length();
            String head = tail.split("[,.;(]", 2)[0].strip();
            // (a line of fields, "Job title: Head of Transport", or of columns wraps nothing)
            int[] own = lines.get(li);
            boolean paragraph = own[1] - own[0] >= PostTitles.WRAPPED_LINE && !line.contains("  ") && !head.isEmpty()
                    && head.length() < tail.length() && Re.TITLE_HEAD_WORDS.p.matcher(head).matches();
            if (!shortTail && !paragraph) {
                return null;
            }
            // "Rita Westby, Chief Officer Planning & Public Protection" under a long line is the list's next
            // entry, a name with its own post, not the rest of a title wrapped
            if (nameWithPost(next)) {
                return null;
            }
            List<int[]> more = new ArrayList<>(pieces);
            more.add(shortTail ? next : new int[] {lead, lead + head.length()});
            List<StaffEntry> longer = line(clean, more, lower);
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
            for (StaffEntry n : pendingNames) {
                out.add(new StaffEntry(n.name(), n.span(), Optional.of(label), postSpan));
            }
            pendingNames.clear();
            return true;
        }
    }

    /**
     * Names alone on a line with no post after them are kept only as a list of several, or with an
     * honorific: a lone pair of capitalised words is as often a heading as a name.
     */
    private static void flush(List<StaffEntry> pending, List<StaffEntry> out) {
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
            if (!next.isEmpty() && Re.TITLE_TAIL_LINE.p.matcher(next).matches()
                    && PostTitles.head(next.replaceAll(".*\\s", "")) == null) {
                Optional<String> two = PostTitles.whole(clean.substring(s, lines.get(li + 1)[1]));
                if (two.isPresent() && one.map(o -> two.get().length() > o.length()).orElse(true)) {
                    return Optional.of(new Span(s, lines.get(li + 1)[1]));
                }
            }
        }
        // a title cut at a joining word, or a long title wrapped, carries on past a blank line
        String own = clean.substring(s, e).strip();
        if (Re.ENDS_JOINING.p.matcher(own).matches() || own.length() >= PostTitles.WRAPPED_LINE) {
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
        return joined.contains(",") && Re.CAPITALISED_RUN.p.matcher(joined.strip()).matches()
                && Re.SURNAME_THEN_COMMA.p.matcher(next.strip()).matches();
    }

    /** True when the head of a title is plural: "Managers, Fostering Team", "Lead Directors". */
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
                || Re.GIVEN_NAME_CUT.p.matcher(t).matches() && Re.CAPITALISED_RUN.p.matcher(t).matches();
    }

    /**
     * One line (or a line wrapped over {@code pieces}): "Name Post", "Name, Post", "Name (Post)",
     * "Name1, Name2 Post", "Label: Name", "Post: Name / Name", "Post, Name", or names alone.
     */
    static List<StaffEntry> line(String clean, List<int[]> pieces, java.util.Set<String> lower) {
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
        Matcher lm = Re.LABEL.p.matcher(body);
        if (lm.matches()) {
            String label = lm.group("label").strip();
            int restAt = lead + lm.start("rest");
            Optional<String> post = PostTitles.whole(label);
            String rest = Re.TRAILER.p.matcher(line.substring(restAt)).replaceFirst("").stripTrailing();
            List<StaffEntry> names = names(line, restAt, restAt + rest.length(), at, lower);
            if (post.isPresent() && !names.isEmpty()) {
                Span ps = new Span(at.get(lead), at.get(lead + label.length() - 1) + 1);
                return names.stream().map(n -> new StaffEntry(n.name(), n.span(), post, Optional.of(ps))).toList();
            }
            if (post.isEmpty()) {
                // "Executive Director lead: Jo Westby: Executive Director for ...", "Report author: Clare Northby"
                List<StaffEntry> inner = nameThenPost(line, restAt, at, lower);
                if (!inner.isEmpty()) {
                    return inner;
                }
                return label.split(" ").length <= 5 ? names : List.of();
            }
        }
        List<StaffEntry> np = nameThenPost(line, lead, at, lower);
        if (!np.isEmpty()) {
            return np;
        }
        return names(line, lead, line.length(), at, lower);
    }

    /** "Name[, Name2] [–,(] Post [trailer]" or "Post, Name [trailer]" from {@code from}. */
    private static List<StaffEntry> nameThenPost(String line, int from, List<Integer> at, java.util.Set<String> lower) {
        String rest = line.substring(from);
        String noTrailer = Re.TRAILER.p.matcher(rest).replaceFirst("");
        int end = from + noTrailer.stripTrailing().length();
        List<StaffEntry> postFirst = postThenName(line, from, end, at, lower);
        if (postFirst != null) {
            return postFirst;
        }
        // Name(s) then post: try every place the post could begin
        List<Integer> starts = new ArrayList<>();
        Matcher w = Re.POST_START.p.matcher(line);
        w.region(from, end);
        while (w.find()) {
            starts.add(w.start());
        }
        List<StaffEntry> chosen = null;
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
    private static List<StaffEntry> postThenName(String line, int from, int end, List<Integer> at, java.util.Set<String> lower) {
        int comma = line.indexOf(',', from);
        if (comma > from && comma < end) {
            Optional<String> post = PostTitles.whole(line.substring(from, comma));
            if (post.isPresent()) {
                List<StaffEntry> names = names(line, comma + 1, end, at, lower);
                if (names.size() == 1) {
                    Span ps = span(at, from, comma);
                    return List.of(new StaffEntry(names.get(0).name(), names.get(0).span(), post, Optional.of(ps)));
                }
            }
        }
        return null;
    }

    /** Names holding the post printed after them, and where that post's text begins. */
    private record Reading(List<StaffEntry> entries, String postText, int postAt) {
    }

    /** The names of {@code [from, p)} holding the post that begins at {@code p}; null when that is no reading. */
    private static Reading namesThenPostAt(String line, int from, int p, int end, List<Integer> at, java.util.Set<String> lower) {
        String before = Re.TRAILING_SEPARATORS.p.matcher(line.substring(from, p)).replaceAll("");
        if (before.isEmpty()) {
            return null;
        }
        // the names first: most lines of a paper are not names, and reading a title costs more
        List<StaffEntry> names = names(line, from, from + before.length(), at, lower);
        if (names.isEmpty()) {
            return null;
        }
        int postAt = p;
        String postText = line.substring(p, end);
        // "Ann Westby    Job title: Head of City Transport"
        Matcher field = Re.TITLE_FIELD.p.matcher(postText);
        if (field.lookingAt()) {
            postAt += field.end();
            postText = postText.substring(field.end());
        }
        if (postText.endsWith(")") && line.substring(from, postAt).contains("(")) {
            postText = postText.substring(0, postText.length() - 1);
        }
        Optional<String> title = PostTitles.whole(postText);
        if (title.isEmpty() && Re.NOTE_AFTER.p.matcher(postText).matches()) {
            // "Virtual Head Teacher (Reports to Jo Westby)": a note after the title
            postText = Re.NOTE.p.matcher(postText).replaceFirst("");
            title = PostTitles.whole(postText);
        }
        if (title.isEmpty()) {
            return null;
        }
        Optional<String> post = title;
        Span ps = span(at, postAt, postAt + postText.stripTrailing().length());
        return new Reading(names.stream().map(n -> new StaffEntry(n.name(), n.span(), post, Optional.of(ps))).toList(), postText, postAt);
    }

    /**
     * "Jo Westby, Ann Northby Special Guardianship Support Workers": a title read right after a comma
     * that begins with a name is the next name of the list, if a later reading works.
     */
    private static boolean nextNameOfTheList(String line, int from, Reading r, java.util.Set<String> lower) {
        String[] lead = r.postText().strip().split("\\s+");
        boolean afterComma = line.substring(from, r.postAt()).stripTrailing().endsWith(",");
        return afterComma && lead.length > 2 && PersonName.parse(lead[0] + " " + lead[1]).filter(n -> PlausibleNames.plausible(n, lower)).isPresent();
    }

    /** Every piece of {@code [from, to)} a name ("A B, C D/E F + 1 vacancy"), or none. */
    private static List<StaffEntry> names(String line, int from, int to, List<Integer> at, java.util.Set<String> lower) {
        List<StaffEntry> out = new ArrayList<>();
        String seg = line.substring(from, to);
        Matcher m = Re.NAME_SPLIT.p.matcher(seg);
        // piece by piece, so a line whose first piece is no name costs one parse
        int last = 0;
        boolean more = true;
        while (more) {
            int end;
            int next;
            if (m.find()) {
                end = m.start();
                next = m.end();
            } else {
                end = seg.length();
                next = end;
                more = false;
            }
            String printed = seg.substring(last, end);
            String piece = PIECE_END.matcher(printed.strip()).replaceAll("");
            int start = last;
            last = next;
            if (piece.isEmpty() || Re.VACANCY.p.matcher(piece).matches()) {
                continue;
            }
            Optional<PersonName> n = PersonName.parse(piece);
            if (n.isEmpty() || !n.get().hasGiven() && n.get().honorific().isEmpty() || !PlausibleNames.plausible(n.get(), lower)) {
                return List.of();
            }
            int s = from + start + printed.indexOf(piece.charAt(0));
            out.add(new StaffEntry(n.get(), span(at, s, s + piece.length()), Optional.empty(), Optional.empty()));
        }
        return out;
    }

    private static final java.util.regex.Pattern PIECE_END = java.util.regex.Pattern.compile("[.;:]+$");

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
        Matcher m = Re.MARKUP.p.matcher(text);
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
