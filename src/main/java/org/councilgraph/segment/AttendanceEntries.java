package org.councilgraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.segment.Layout.Attendee;
import org.councilgraph.segment.Layout.Status;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.Span;

/**
 * The entries of an attendance list, however a council prints them: one a line, running text
 * ("Councillors A Westby (Chair), B Northby and C Riverford"), a row of a table or grid ("Ann Westby
 * AW   Bob Northby  BN", "Ann Westby   Convenor"), a role before the name ("Clerk J Riverford") or
 * after it ("Mrs Ann Westby, Clerk", "Bob Northby Treasurer").
 */
final class AttendanceEntries {
    /** "Cllr", "Mrs", "Dr": the titles printed before a name, as a regex alternation. */
    static final Lexicon HONORIFIC_WORDS = Lexicon.of("honorific-words.tsv");
    static final String HONORIFICS = HONORIFIC_WORDS.alternation();
    private static final Lexicon PLURAL_TITLES = Lexicon.of("attendance-plural-honorifics.tsv");
    private static final String PLURAL = PLURAL_TITLES.alternation();
    /** "Councillor A Westby": a list entry led by a councillor's singular title. */
    private static final Pattern SINGULAR_LEAD = Pattern.compile(
            "^(?:" + String.join("|", PLURAL_TITLES.column(1)) + ")\\s+\\p{Lu}");
    /** A plural title, perhaps in two languages: "Cynghorwyr / Councillors", "Cyng/Cllrs" (the Welsh short form serves both). */
    static final String PLURALS = "(?:(?:" + PLURAL + ")(?:\\s*/\\s*(?:" + PLURAL + "))?|(?:" + String.join("|", PLURAL_TITLES.column(1)) + ")\\s*/\\s*(?:" + PLURAL + "))";
    private static final Pattern ROLE_IN_BRACKETS = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern NOISE_ROLE = Pattern.compile(
            "(?i)^(?:" + Lexicon.of("attendance-notes.tsv").alternation() + ")$");
    /** "(RW)", "(SBC)": a member's initials or a council's letters in brackets, no role. */
    private static final Pattern LETTERS = Pattern.compile("^[A-Z&]{2,4}$");
    /** The status of one listed as present with {@code role}: in attendance when the role is the clerk's, an officer's, a guest's. */
    private static Status attending(Status status, String role) {
        return status == Status.PRESENT && role != null && ATTENDING_ROLE.matcher(role).find() ? Status.IN_ATTENDANCE : status;
    }

    /** A line that says something rather than naming someone's role. */
    private static final Lexicon WORDS = Lexicon.of("attendance-sentence-words.tsv");
    private static final Pattern CLAUSE_VERB = Pattern.compile("(?i).*\\b(?:" + WORDS.alternationWhere(1, "clause") + ")\\b.*");
    private static final String JOINING = WORDS.alternationWhere(1, "joining");
    /** The role words, and the head nouns of every post ("Senior Planner", "Principal Solicitor"). */
    private static final String ROLE_WORDS = Lexicon.of("role-words.tsv").alternation() + "|" + Lexicon.of("post-heads.tsv").alternationWhere(1, "strong");
    private static final Pattern ROLE_WORD = Pattern.compile("(?i).*\\b(?:" + ROLE_WORDS + ")s?\\b.*");
    private static final Pattern LAST_ROLE_WORD = Pattern.compile("(?i).*\\b(?:" + ROLE_WORDS + ")s?$");
    private static final Pattern SPACED_CELLS = Pattern.compile(".*\\S {2,}\\S.*");
    private static final Pattern CELLS = Pattern.compile("\\s*\\t\\s*| {2,}");
    private static final Pattern BRACKETED = Pattern.compile("\\(.*\\)");
    private static final Pattern BRACKET_EDGES = Pattern.compile("^\\(|\\)$");
    private static final Pattern PLURAL_START = Pattern.compile("^(?:" + PLURALS + ")(?:\\s.*|:.*|$)");
    private static final Pattern PLURAL_LEAD = Pattern.compile("^(?:" + PLURALS + ")\\s*:?\\s*");
    private static final Pattern PLURAL_HONORIFIC = Pattern.compile("^(?:" + PLURALS + ")\\s*:?\\s+");
    private static final Pattern PLURAL_ALONE = Pattern.compile("^(?:" + PLURALS + ")$");
    /** "Mr A Westby, OBE": letters after a name, set off by the comma like another name. */
    private static final Pattern POST_NOMINAL = Pattern.compile("(?i)^(?:" + Lexicon.of("attendance-post-nominals.tsv").alternation() + ")$");
    private static final Pattern AFTER_DASH = Pattern.compile("\\s+[–—-]\\s+.*$");
    private static final Pattern FULL_STOP_END = Pattern.compile("\\.$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The remit a post title carries after a dash: capitalised words, joined ("Resources", "Place and Environment"). */
    private static final Pattern DASHED_REMIT = Pattern.compile("\\p{Lu}[\\p{L}’'-]*(?:,?\\s+(?:(?:and|&|of|the|for)\\s+)?\\p{Lu}[\\p{L}’'-]*)*");
    /** "Ann Westby – Parent Governor": a role after a dash. */
    private static final Pattern ROLE_DASH = Pattern.compile("\\s+[–—-]\\s+|\\s*[–—]\\s*");
    /** "substitute was Bob Northby", "substituted by Councillor Northby": a bracket naming who came in one's place. */
    static final String SUBSTITUTE_WAS = "(?i:substitute\\s+(?:was|is)|substituted\\s+by|substitute\\s*:)\\s+";
    static final Pattern SUBSTITUTE_NAMED = Pattern.compile("^" + SUBSTITUTE_WAS + "(?<name>\\S.*)$");
    /** "Cllr Bob Westby substituting", "Cllr Westby as substitute": the same, the name first. */
    static final String SUBSTITUTING = "(?i:substituting|deputising|as\\s+(?:a\\s+|the\\s+)?substitute)";
    static final Pattern SUBSTITUTE_NAMED_FIRST = Pattern.compile("^(?<name>(?:" + HONORIFICS + ")\\.?\\s+\\S.*?)\\s+" + SUBSTITUTING + "$");
    /** "Councillor E Southby for Councillor A Westby": a substitute, and the member whose place they take. */
    private static final Pattern SUBSTITUTE_FOR = Pattern.compile("^(?<name>.+?)\\s+(?:" + SUBSTITUTING + "\\s+)?for\\s+(?<for>(?:" + HONORIFICS + ")\\b.+)$");
    /** "Councillor" of "Councillor Mrs Westby": titles before a title, no role. */
    private static final Pattern TITLES_ONLY = Pattern.compile("(?i)(?:(?:county\\s+)?(?:" + HONORIFICS + ")\\.?\\s*)+");
    /** "Deputy Leader Councillor Westby": a role printed before the name. */
    private static final Pattern ROLE_BEFORE_NAME = Pattern.compile("^(?<role>.+)\\s+(?<name>(?:" + HONORIFICS + ")\\b.*)$");
    /** "Ann Westby AW": the initials minutes use for a member, printed after the name. */
    private static final Pattern TRAILING_LETTERS = Pattern.compile("^(?<name>.*\\S)\\s+(?<letters>[A-Z]{2,3})$");
    private static final Pattern LONE_SURNAME = Pattern.compile(PersonName.LONE_SURNAME);
    private static final Pattern EDGE_MARKS = Pattern.compile("^[,;:\\s]+|[,;:.\\s]+$");
    private static final Pattern IN_THE_CHAIR = Pattern.compile("(?i)in\\s+the\\s+chair");
    /** "Convener, in the Chair", in an entry or its bracket: the role the chair is printed with, then that it is taken. */
    private static final Pattern TRAILING_IN_THE_CHAIR = Pattern.compile("(?i),?\\s+in\\s+the\\s+chair$");
    private static final Pattern OFFICE_DASH_NAME = Pattern.compile("^(?<office>[^–—-]+?)\\s+[–—-]\\s+(?<name>(?:" + HONORIFICS + ")\\b.+)$");
    /** A surname in capitals, its comma, and the given names ("BERRILL-COX, Adrian", "O'TOOLE, Ann Marie"). */
    private static final String SURNAME_COMMA_GIVEN = "(?<surname>\\p{Lu}[\\p{Lu}'’-]+(?:[ ]\\p{Lu}[\\p{Lu}'’-]+)?)(?:, )"
            + "(?<given>\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:[ ](?:\\p{Lu}\\p{Ll}[\\p{L}'’-]*|\\p{Lu}\\.?))*)(?![\\p{L}'’-])";
    private static final Pattern SURNAME_FIRST = Pattern.compile(SURNAME_COMMA_GIVEN);
    private static final Pattern SURNAME_FIRST_LINE = Pattern.compile("^\\s*" + SURNAME_COMMA_GIVEN.replaceAll("\\?<\\w+>", "?:")
            + "(?:\\s+" + SURNAME_COMMA_GIVEN.replaceAll("\\?<\\w+>", "?:") + ")*\\s*$");
    private static final Pattern HONORIFIC_LEAD = Pattern.compile("(?i)^(?:(?:county\\s+)?(?:" + HONORIFICS + ")\\.?\\s+)+");
    private static final Pattern CHAIR_ROLE = Pattern.compile("(?i)(?:vice[\\s-]?)?chair(?:man|woman|person)?");
    /** Running text's separators besides commas: a bracket closed before the next name, a wide gap. */
    private static final Pattern RUN_BREAK = Pattern.compile("\\)\\s+(?=[A-Z])| {3,}");
    /** A role as a title prints it: capitalised words and the small words between them ("Member of the Public"). */
    private static final Pattern TITLE_WORDS = Pattern.compile("^[A-Z][\\w&'’-]*(?:\\s+(?:of|the|and|for|[A-Z&][\\w&'’-]*))*$");
    /** Running text's commas, semicolons and joining words. */
    private static final Pattern JOINED = Pattern.compile("[,;]| (?:" + JOINING + ") ");
    private static final Pattern BRACKET_BREAK = Pattern.compile("\\)\\s+(?=[A-Z])");
    /** The joining words of a list of names ("A, B and C"; Welsh "A, B ac C"). */
    private static final Pattern AND = Pattern.compile(" (?:" + JOINING + ") ");
    private static final java.util.Set<String> ROLE_MODIFIERS = Lexicon.of("attendance-role-modifiers.tsv").lowerWords();
    private static final java.util.Set<String> HONORIFIC_PHRASES = PersonName.HONORIFICS.stream()
            .map(h -> h.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
    /** "Ann Westby (Chair) AW Bob Northby": a grid's cells set apart by one space after a member's initials. */
    private static final Pattern INITIALS_BREAK = Pattern.compile("(?<=(?:^|\\s|\\))[A-Z]{2,3})\\s+(?=[A-Z][a-z])");
    private static final Pattern TRAILING_AND = Pattern.compile("\\s+(?:" + JOINING + ")$");
    private static final Pattern LEADING_DASH = Pattern.compile("^[–—-]+\\s*");
    private static final Pattern ATTENDING_ROLE = Pattern.compile(
            "(?i)\\b(?:" + Lexicon.of("attendance-attending-roles.tsv").alternation() + ")s?\\b");
    private static final Pattern HAS_HONORIFIC = Pattern.compile("(?s).*\\b(?:" + HONORIFICS + ")\\b.*");

    private AttendanceEntries() {
    }

    /** The honorific a plural heading gives every name after it: "Councillors: A, B and C". */
    static final class Honorific {
        String value;
    }

    /** "Councillors:" on a line of its own inside a list: every name under it is a councillor's. */
    static boolean pluralLabel(String line, Honorific plural) {
        if (!PLURAL_ALONE.matcher(Marks.dropLast(line.strip(), ":").strip()).matches()) {
            return false;
        }
        plural.value = "Councillor";
        return true;
    }

    /** A line that says something: a verb of a clause ("were received", "was invited"). */
    static boolean sentence(String t) {
        return CLAUSE_VERB.matcher(t).matches();
    }

    static boolean looksLikeRole(String t) {
        return t.length() < 90 && !CLAUSE_VERB.matcher(t).matches() && ROLE_WORD.matcher(t).matches();
    }

    /** One line of a list: running text, a row of cells, or one name. */
    static List<Attendee> parseLine(String t, Status status, String group, Span span, Honorific plural) {
        t = givenNamesFirst(t);
        // table rows: "ROLE<TAB>Name", "Name<TAB>(Chair)<TAB>Council", cells also set apart by runs of spaces
        String cells = INITIALS_BREAK.matcher(t).replaceAll("  ");
        boolean tabular = t.contains("\t") || SPACED_CELLS.matcher(cells).matches();
        if ((!tabular || JOINED.matcher(t).find()) && split(t, false).size() > 1 && countNames(t, plural) > 1) {
            return parseRun(t, status, group, span.start(), plural);
        }
        if (tabular) {
            return row(t, CELLS.split(cells), status, group, span, plural);
        }
        return entry(t, status, group, span, plural).map(List::of).orElse(List.of());
    }

    /**
     * A row of cells: one name with its role in another cell, or a grid of several names a row, each
     * with the role or initials in the cells after it ("Ann Westby  AW   Bob Northby (Chair)  BN").
     */
    private static List<Attendee> row(String line, String[] cells, Status status, String group, Span span, Honorific plural) {
        List<Integer> at = new ArrayList<>();
        List<Attendee> names = new ArrayList<>();
        int pos = 0;
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c].strip();
            int from = cell.isEmpty() ? -1 : line.indexOf(cell, pos);
            pos = from < 0 ? pos : from + cell.length();
            // each name its own span, so that two names of one row are two entries
            Span own = from < 0 ? span : new Span(span.start() + from, span.start() + from + cell.length());
            boolean word = !SPACES.matcher(stripRole(cell)).find();
            Optional<Attendee> a = LETTERS.matcher(cell).matches() || word && cells.length > 1 && !PersonName.parse(cell).isPresent()
                    ? Optional.empty() : entry(cell, status, group, own, plural);
            if (a.isPresent()) {
                at.add(c);
                names.add(a.get());
            }
        }
        List<Attendee> out = new ArrayList<>();
        for (int n = 0; n < names.size(); n++) {
            int c = at.get(n);
            int next = n + 1 < at.size() ? at.get(n + 1) : cells.length;
            int first = names.size() > 1 ? c + 1 : 0;
            String role = null;
            for (int k = first; k < next && role == null; k++) {
                String cell = cells[k].strip();
                if (k == c || cell.isEmpty() || LETTERS.matcher(cell).matches()) {
                    continue;
                }
                Matcher br = ROLE_IN_BRACKETS.matcher(cell);
                if (BRACKETED.matcher(cell).matches() || k < c && looksLikeRole(cell)) {
                    role = roleText(cleanRole(cell));
                } else if (k > c && br.find() && !noise(br.group(1))) {
                    role = roleText(br.group(1)); // "Local Enterprise Partnership Board (Non-Voting Member)"
                } else if (k > c && looksLikeRole(cell)) {
                    role = roleText(cleanRole(cell)); // "Ann Westby   Convenor"
                }
            }
            Attendee x = names.get(n);
            Optional<String> r = Optional.ofNullable(role).or(x::role);
            out.add(new Attendee(x.name(), attending(x.status(), r.orElse(null)), r, x.span(), x.group()));
        }
        return out;
    }

    private static int countNames(String t, Honorific plural) {
        int n = 0;
        // "Councillors Westby, Northby and Riverford": the plural honorific belongs to every name after it
        boolean councillors = PLURAL_START.matcher(t).matches() || plural.value != null || surnamesAfterCouncillor(t);
        for (String piece : split(PLURAL_LEAD.matcher(t).replaceFirst(""), false)) {
            String name = FULL_STOP_END.matcher(stripRole(piece)).replaceAll("").strip();
            Matcher bracket = ROLE_IN_BRACKETS.matcher(piece);
            if (PersonName.parse(name).isPresent() || councillors && PersonName.parse("Councillor " + name).isPresent()
                    // "Head of Planning (Ann Westby)": the name in the brackets
                    || looksLikeRole(name) && bracket.find() && PersonName.parse(bracket.group(1).strip()).isPresent()) {
                n++;
            }
        }
        return n;
    }

    /**
     * Running text: names separated by commas, semicolons and a final "and", roles in brackets or in
     * the piece after a name ("Mrs Ann Westby, Clerk"). {@code base} is the offset of {@code run} in
     * the paper (spans are approximate when the run was joined from several lines).
     */
    static List<Attendee> parseRun(String run, Status status, String group, int base, Honorific plural) {
        run = welsh(run);
        Optional<List<Attendee>> byEntry = semicolonEntries(run, status, group, base, plural);
        if (byEntry.isPresent()) {
            return byEntry.get();
        }
        if (plural.value == null && surnamesAfterCouncillor(run)) {
            plural = new Honorific();
            plural.value = "Councillor";
        }
        List<Attendee> out = new ArrayList<>();
        int pos = 0;
        for (String piece : splitTopLevel(run)) {
            int at = run.indexOf(piece, pos);
            pos = Math.max(pos, at + piece.length());
            String p = FULL_STOP_END.matcher(piece.strip()).replaceAll("").strip();
            if (p.isEmpty() || PLURAL_ALONE.matcher(p).matches()) {
                continue; // "..., Mr C Riverford, Councillors, and ...": the plural names what they were
            }
            // "Councillor A Westby (Chair), Councillors B Northby, C Riverford": a plural title starts names, not a role
            boolean pluralLeads = PLURAL_HONORIFIC.matcher(p).find();
            if (!out.isEmpty() && !pluralLeads && (POST_NOMINAL.matcher(p).matches() || LETTERS.matcher(p).matches() || roleAfterName(p))) {
                // "Mr A J Westby, OBE", "B Northby, EDC", "Mrs C Riverford, Clerk": said of the name before
                Attendee last = out.get(out.size() - 1);
                if (last.role().isEmpty() && !POST_NOMINAL.matcher(p).matches()) {
                    String role = roleText(cleanRole(p));
                    out.set(out.size() - 1, new Attendee(last.name(), attending(last.status(), role), Optional.of(role), last.span(), last.group()));
                }
                continue;
            }
            if (!out.isEmpty() && out.get(out.size() - 1).role().isPresent() && plural.value == null && !p.contains(" ")
                    && PersonName.parse(p).isEmpty() && run.substring(0, Math.max(0, at)).stripTrailing().endsWith("&")) {
                // "A Westby, Director of Finance & Resources": the word after the ampersand ends the role
                Attendee last = out.get(out.size() - 1);
                String role = last.role().get() + " & " + p;
                out.set(out.size() - 1, new Attendee(last.name(), last.status(), Optional.of(role), last.span(), last.group()));
                continue;
            }
            Span span = new Span(base + Math.max(0, at), base + Math.max(0, at) + piece.length());
            entry(p, status, group, span, plural).ifPresent(out::add);
        }
        return out;
    }

    /**
     * "Councillor A Westby (Chair), Northby, Riverford and Eastby": the first entry titled, the others
     * surnames alone, as minutes that name each member once in full print them. Only a run of two or more
     * such words, none a role word, is so read; any other entry and the run is read entry by entry.
     */
    static boolean surnamesAfterCouncillor(String run) {
        // asked of every list line: the title first, before the line is split
        if (!SINGULAR_LEAD.matcher(run.strip()).find()) {
            return false;
        }
        List<String> pieces = splitTopLevel(run);
        if (pieces.size() < 3) {
            return false;
        }
        for (String piece : pieces.subList(1, pieces.size())) {
            String p = FULL_STOP_END.matcher(piece.strip()).replaceAll("").strip();
            if (!LONE_SURNAME.matcher(p).matches() || ROLE_WORD.matcher(p).matches()
                    || PersonName.NOT_NAME_WORDS.contains(p.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern SEMICOLON = Pattern.compile("\\s*;\\s*(?:and\\s+)?");

    /**
     * "Jane Westby, Director, Place and Environment; Tom Northby, Head of Legal Services": entries set apart by
     * semicolons, each a name, then its post after the first comma, commas and "and" inside the post. Read so
     * only when every entry is one name and a post (a role word after the comma, no name after it).
     */
    private static Optional<List<Attendee>> semicolonEntries(String run, Status status, String group, int base, Honorific plural) {
        String[] entries = SEMICOLON.split(FULL_STOP_END.matcher(run.strip()).replaceAll(""));
        if (entries.length < 2) {
            return Optional.empty();
        }
        List<Attendee> out = new ArrayList<>();
        int pos = 0;
        for (String e : entries) {
            int comma = e.indexOf(',');
            if (comma < 0) {
                return Optional.empty();
            }
            String name = e.substring(0, comma).strip();
            String post = e.substring(comma + 1).strip();
            if (name.indexOf('(') >= 0) {
                return Optional.empty(); // "Ann Westby (Chair), ...": a bracket after the name, no name-and-post entry
            }
            List<String> rest = split(post, false);
            // a name in the post ("Mrs B Northby", "C Riverford") means the entries are not name-and-post; two plain
            // capitalised words after an "and" are the post's ("Head of Planning and Economic Development")
            if (!looksLikeRole(rest.get(0).strip()) || rest.stream().anyMatch(r -> PersonName.parse(r.strip())
                    .filter(n -> !n.honorific().isEmpty() || n.givenIsInitials()).isPresent())) {
                return Optional.empty();
            }
            int at = run.indexOf(e, pos);
            pos = Math.max(pos, at + e.length());
            Optional<Attendee> a = entry(name, status, group, new Span(base + Math.max(0, at), base + Math.max(0, at) + e.length()), plural);
            if (a.isEmpty()) {
                return Optional.empty();
            }
            String role = roleText(cleanRole(post));
            out.add(new Attendee(a.get().name(), attending(a.get().status(), role), Optional.of(role), a.get().span(), a.get().group()));
        }
        return Optional.of(out);
    }

    /** A Welsh title ("Cynghorwyr", "Cyng."), with the article "y" that may stand before it. */
    private static final Pattern WELSH_TITLE = Pattern.compile("\\b(?:(?<article>y|yr)\\s+)?(?:" + WORDS.alternationWhere(1, "welsh-title") + ")\\b");
    /** Welsh "and" before a consonant, lower case between two names ("A Westby a B Northby"). */
    private static final Pattern WELSH_AND = Pattern.compile("(?<=\\s)(?:" + WORDS.alternationWhere(1, "welsh-joining") + ")(?=\\s+\\p{Lu})");

    /**
     * A run a Welsh title leads, made readable as an English one, letter for letter so that offsets hold: its
     * "a" between names a comma, the article before the title a space.
     */
    private static String welsh(String run) {
        Matcher t = WELSH_TITLE.matcher(run);
        if (!t.find()) {
            return run;
        }
        StringBuilder b = new StringBuilder(run);
        do {
            if (t.group("article") != null) {
                for (int k = t.start("article"); k < t.end("article"); k++) {
                    b.setCharAt(k, ' ');
                }
            }
        } while (t.find());
        Matcher and = WELSH_AND.matcher(run);
        while (and.find()) {
            b.setCharAt(and.start(), ',');
        }
        return b.toString();
    }

    /** A piece of running text that is a role, not a name: "Clerk", "Assistant Clerk", "Chairman". */
    private static boolean roleAfterName(String p) {
        Matcher b = ROLE_IN_BRACKETS.matcher(p);
        if (b.find() && PersonName.parse(b.group(1).strip()).isPresent()) {
            return false; // "Democratic Services Officer (Ann Westby)": a post with its holder's name, another entry
        }
        String bare = stripRole(p);
        return looksLikeRole(bare) && SPACES.split(p).length <= 6 && !p.contains(". ") && !HAS_HONORIFIC.matcher(p).matches()
                && PersonName.parse(bare).map(n -> n.honorific().isEmpty() && LAST_ROLE_WORD.matcher(bare).matches()).orElse(true);
    }

    static List<String> splitTopLevel(String text) {
        return split(text, true);
    }

    /** The pieces of running text; {@code breaks}: also at a closed bracket before a name and at a wide gap. */
    private static List<String> split(String text, boolean breaks) {
        String s = (breaks ? RUN_BREAK : BRACKET_BREAK).matcher(TRAILING_AND.matcher(text.stripTrailing()).replaceAll("")).replaceAll(m -> m.group().startsWith(")") ? ");" : ";");
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == ',' || c == ';')) {
                parts.add(s.substring(start, i));
                start = i + 1;
            } else if (depth == 0 && c == ' ') {
                Matcher and = AND.matcher(s).region(i, s.length());
                if (and.lookingAt()) {
                    parts.add(s.substring(start, i));
                    start = and.end();
                    i = and.end() - 1;
                }
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    private static String stripRole(String piece) {
        return AFTER_DASH.matcher(ROLE_IN_BRACKETS.matcher(piece).replaceAll(" ")).replaceAll("").strip();
    }

    /** A role as a cell or piece prints it, without a leading dash, initials in brackets or edge brackets. */
    private static String cleanRole(String cell) {
        String r = LEADING_DASH.matcher(cell.strip()).replaceAll("");
        if (BRACKETED.matcher(r).matches()) {
            return BRACKET_EDGES.matcher(r).replaceAll("");
        }
        Matcher b = ROLE_IN_BRACKETS.matcher(r);
        return b.replaceAll(m -> noise(m.group(1)) ? "" : Matcher.quoteReplacement(m.group())).strip();
    }

    private static boolean noise(String role) {
        return NOISE_ROLE.matcher(role).matches() || LETTERS.matcher(role.strip()).matches();
    }

    /**
     * "WESTBY, Ann   NORTHBY, Bob": a list that prints each surname in capitals before the given names and a comma,
     * read as "Ann WESTBY, Bob NORTHBY," (the same length, so that spans stay where the names are). Only a line
     * made of such names and nothing else is so read: "Councillors WESTBY, Northby and Eastby" is three surnames.
     */
    static String givenNamesFirst(String t) {
        if (!SURNAME_FIRST_LINE.matcher(t).matches()) {
            return t;
        }
        Matcher m = SURNAME_FIRST.matcher(t);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group("given") + " " + m.group("surname") + ","));
        }
        return m.appendTail(out).toString();
    }

    /** One entry: "Mr. P. Northby CC (in the Chair)", "Ann Westby – Teaching Unions Representative". */
    static Optional<Attendee> entry(String raw, Status status, String group, Span span, Honorific plural) {
        String p = TRAILING_AND.matcher(FULL_STOP_END.matcher(raw.strip()).replaceAll("").strip()).replaceAll("");
        List<String> roles = new ArrayList<>();
        Matcher b = ROLE_IN_BRACKETS.matcher(p);
        while (b.find()) {
            roles.add(b.group(1).strip());
        }
        p = SPACES.matcher(ROLE_IN_BRACKETS.matcher(p).replaceAll(" ")).replaceAll(" ").strip();
        // "The Lord Mayor, Councillor Ann Westby, in the Chair": the chair taken, said after the name
        Matcher chairTaken = TRAILING_IN_THE_CHAIR.matcher(p);
        if (chairTaken.find() && chairTaken.start() > 0) {
            roles.add("in the Chair");
            p = p.substring(0, chairTaken.start()).strip();
        }
        // "Deputy Mayor - Councillor Ann Westby": the office, a dash, then the name with its title
        Matcher officeFirst = OFFICE_DASH_NAME.matcher(p);
        if (officeFirst.matches() && looksLikeRole(officeFirst.group("office")) && PersonName.parse(officeFirst.group("office")).isEmpty()
                && PersonName.parse(officeFirst.group("name")).isPresent()) {
            roles.add(0, officeFirst.group("office"));
            p = officeFirst.group("name");
        }
        // "Head of Planning (Ann Westby)": an officer listed by post, the name in the brackets
        // ("Mr D Westby – Highways Officer (Northby Highways)" is a name with its post, the brackets the post's body)
        if (roles.size() == 1 && looksLikeRole(p) && PersonName.parse(p).isEmpty() && PersonName.parse(roles.get(0)).isPresent()
                && PersonName.parse(ROLE_DASH.split(p, 2)[0].strip()).isEmpty()) {
            String post = p;
            p = roles.get(0);
            roles.set(0, post);
        }
        String[] dash = ROLE_DASH.split(p, 2);
        int comma = dash.length == 2 ? dash[0].indexOf(',') : -1;
        if (comma > 0 && PersonName.parse(dash[0].substring(0, comma).strip()).isPresent()
                && looksLikeRole(dash[0].substring(comma + 1).strip()) && DASHED_REMIT.matcher(dash[1].strip()).matches()) {
            // "Walt Westby, Interim Director - Resources": after a name and its comma, the dash is the post's own
            roles.add(0, p.substring(p.indexOf(',') + 1).strip());
            p = dash[0].substring(0, comma).strip();
        } else if (dash.length == 2) {
            p = dash[0].strip();
            roles.add(0, dash[1].strip());
        }
        // "Councillors Westby, Northby": a plural honorific carries over to the names after it
        Matcher pl = PLURAL_HONORIFIC.matcher(p);
        if (pl.find()) {
            plural.value = "Councillor";
            p = p.substring(pl.end());
        }
        p = withoutInitials(p);
        Matcher sub = SUBSTITUTE_FOR.matcher(p);
        // "Assistant City Mayor Councillor Riverford", "Clerk J Westby": a role printed before the name
        Matcher inner = ROLE_BEFORE_NAME.matcher(p);
        if (sub.matches() && PersonName.parse(sub.group("for")).isPresent() && name(sub.group("name"), plural).isPresent()) {
            roles.add(0, "substitute for " + sub.group("for"));
            p = sub.group("name");
        } else if (inner.matches() && looksLikeRole(inner.group("role")) && !TITLES_ONLY.matcher(inner.group("role")).matches()) {
            roles.add(0, inner.group("role"));
            p = inner.group("name");
        } else {
            String[] before = roleThenName(p);
            String[] split = before;
            if (split == null) {
                split = nameThenRole(p);
            }
            if (split != null) {
                roles.add(0, split[1]);
                p = split[0];
                if (split == before) {
                    plural = new Honorific(); // "Clerk J Westby" in a list of councillors is no councillor
                }
            }
        }
        // a lone capitalised word is a surname only with a role said of it ("Westby (Acting Chief Accountant)")
        Optional<PersonName> name = roles.isEmpty() ? titled(p, plural) : name(p, plural);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String role = roles.stream().filter(r -> !noise(r)).map(AttendanceEntries::roleText)
                .filter(r -> !r.isEmpty()).findFirst().orElse(null);
        Status st = status;
        if (roles.stream().anyMatch(r -> SUBSTITUTE_NAMED.matcher(r).matches() || SUBSTITUTE_NAMED_FIRST.matcher(r).matches())) {
            // "Ann Westby (substitute was Bob Northby)": the substitute came in her place; she is as her list says
            role = null;
        } else if (roles.stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).startsWith("substitute"))) {
            st = Status.SUBSTITUTE;
        } else {
            st = attending(status, role); // "Mrs Ann Westby, Clerk": there, but not as a member
        }
        String printed = name.get().surface();
        if (plural.value != null && name.get().honorific().isEmpty()) {
            printed = plural.value + " " + printed;
        }
        return Optional.of(new Attendee(printed, st, Optional.ofNullable(role), span, Optional.ofNullable(group)));
    }

    /** The name without the lone-surname reading: a name by its shape, or under a plural honorific. */
    private static Optional<PersonName> titled(String p, Honorific plural) {
        Optional<PersonName> name = PersonName.parse(p);
        return name.isEmpty() && plural.value != null ? PersonName.parse(plural.value + " " + p) : name;
    }

    private static Optional<PersonName> name(String p, Honorific plural) {
        Optional<PersonName> name = PersonName.parse(p);
        if (name.isEmpty() && plural.value != null) {
            name = PersonName.parse(plural.value + " " + p);
        }
        if (name.isEmpty() && LONE_SURNAME.matcher(p).matches() && !PersonName.NOT_NAME_WORDS.contains(p.toLowerCase(Locale.ROOT))
                && !ROLE_WORD.matcher(p).matches()) {
            name = Optional.of(new PersonName("", "", p, "", false)); // "Westby (Acting Chief Accountant)"
        }
        return name;
    }

    /** "Ann Westby AW": the member's initials after the name, which are no part of it. */
    private static String withoutInitials(String p) {
        Matcher m = TRAILING_LETTERS.matcher(p);
        if (!m.matches()) {
            return p;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : SPACES.split(m.group("name"))) {
            initials.append(w.charAt(0));
        }
        String letters = m.group("letters");
        return initials.toString().endsWith(letters) || initials.toString().startsWith(letters) ? m.group("name") : p;
    }

    /** "Clerk J Westby", "Member of the Public Mr B Northby": a role and then a name, no honorific between. */
    private static String[] roleThenName(String p) {
        String[] w = SPACES.split(p);
        for (int k = 1; k < w.length - 1 && k <= 6; k++) {
            String role = String.join(" ", List.of(w).subList(0, k));
            String rest = String.join(" ", List.of(w).subList(k, w.length));
            if (LAST_ROLE_WORD.matcher(role).matches() && looksLikeRole(role) && TITLE_WORDS.matcher(role).matches()
                    && !HONORIFIC_PHRASES.contains(role.toLowerCase(Locale.ROOT))
                    && PersonName.parse(rest).isPresent() && !looksLikeRole(rest)) {
                return new String[] {rest, role};
            }
        }
        return null;
    }

    /** "Bob Northby Treasurer", "Ann Westby Vice Chair, CC": a name and then a role, set apart by a space only. */
    private static String[] nameThenRole(String p) {
        String[] w = SPACES.split(p);
        if (w.length < 3 || !(LAST_ROLE_WORD.matcher(p).matches() || PersonName.parse(p).isEmpty() && p.contains(","))) {
            return null;
        }
        for (int k = Math.min(4, w.length - 1); k >= 2; k--) {
            String name = String.join(" ", List.of(w).subList(0, k));
            String role = String.join(" ", List.of(w).subList(k, w.length));
            // "Councillor Ann Westby, Clerk": the honorific in front is no role of the name's
            if (looksLikeRole(role) && !looksLikeRole(HONORIFIC_LEAD.matcher(name).replaceFirst(""))
                    && !ROLE_MODIFIERS.contains(w[k - 1].toLowerCase(Locale.ROOT))
                    && PersonName.parse(name).isPresent()) {
                return new String[] {name, role};
            }
        }
        return null;
    }

    /** Normalises "in the Chair" and "Chairman" to Chair-type roles, keeps posts as printed. */
    static String roleText(String r) {
        String s = EDGE_MARKS.matcher(SPACES.matcher(r).replaceAll(" ").strip()).replaceAll("");
        if (IN_THE_CHAIR.matcher(s).matches()) {
            return "in the Chair";
        }
        Matcher taken = TRAILING_IN_THE_CHAIR.matcher(s);
        if (taken.find() && taken.start() > 0 && looksLikeRole(s.substring(0, taken.start()))) {
            s = s.substring(0, taken.start());
        }
        if (CHAIR_ROLE.matcher(s).matches()) {
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
