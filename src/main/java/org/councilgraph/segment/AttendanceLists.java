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
 * Attendance and membership lists: a heading ("PRESENT", "P R E S E N T:", "In attendance",
 * "IN ATTENDANCE VIRTUALLY:", "Apologies:", "Members of the Commission", "Co-opted Members") then
 * names, one a line or in running text ("Mr T W Westby (Chairman), Mr J Northby, ... and Mr R J
 * Riverford"), each perhaps with a role in brackets or after a dash. Also the sentences minutes use
 * for apologies and substitutes: "Apologies were received from Councillors X, Y and Z."
 */
final class AttendanceLists {
    /** "Cllr", "Mrs", "Dr": the titles printed before a name, as a regex alternation. */
    private static final String HONORIFICS = Lexicon.of("honorific-words.tsv").alternation();
    private static final Pattern HEADING = Pattern.compile(
            "(?i)^(?<h>" + Lexicon.of("attendance-headings.tsv").alternation() + ")(?:\\s*:[\\-–]?\\s*|\\s*$|(?<=present|apologies|absence|absent)\\s*[\\-–]+\\s*)(?<rest>.*)$");
    private static final Pattern APOLOGY_SENTENCE = Pattern.compile(
            "(?i)\\b(?:apologies(?:\\s+for\\s+(?:absence|lateness))?\\s+(?:were|had\\s+been|have\\s+been|was)\\s+(?:received|submitted|given|noted)"
            + "|(?:reported|received|noted|tendered|gave|submitted)\\s+apologies(?:\\s+for\\s+absence)?)\\s+(?:from|on\\s+behalf\\s+of)\\s+(?<names>[^.]*?(?:\\b[A-Z]\\.\\s*[^.]*?)*)(?:\\.(?=\\s|$)|\\n\\s*\\n|$)");
    private static final Pattern SUBSTITUTE_SENTENCE = Pattern.compile(
            "(?<name>(?:" + HONORIFICS + ")\\.?\\s+[A-Z][\\w'’\\-]*(?:\\.?\\s[A-Z][\\w'’\\-]*){0,3})\\s+"
            + "(?:attended|was\\s+present)\\s+as\\s+(?:a\\s+)?substitute");
    private static final Pattern ROLE_IN_BRACKETS = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern NOISE_ROLE = Pattern.compile(
            "(?i)^(?:" + Lexicon.of("attendance-notes.tsv").alternation() + ")$");
    private static final Pattern ITEM_LINE = Pattern.compile("^\\d{1,3}[.)]?(?:\\s+\\S.*)?$");
    private static final String HONORIFIC = "(?:County\\s+Councillor|Councillor|Cllr|Mayor|Mr|Mrs|Ms|Miss|Dr)\\.?";
    private static final String NAME = HONORIFIC + "\\s+(?:[A-Z]\\.?\\s?){0,3}[A-Z][\\w'’\\-]+(?:\\s+[A-Z][\\w'’\\-]+){0,2}";
    /** What a person did in a meeting that only someone there could do: moved, seconded, declared. */
    private static final Pattern ACTED = Pattern.compile(
            "(?<name>" + NAME + ")\\s+(?:then\\s+|also\\s+|duly\\s+)?(?:seconded|moved|proposed|declared)\\b"
            + "|\\b(?:seconded|moved|proposed)\\s+by\\s+(?<by>" + NAME + ")");
    /** Someone who spoke by leave of a rule for non-members: "Councillor Westby spoke under procedural rule 27". */
    private static final Pattern SPOKE = Pattern.compile(
            "(?<name>" + NAME + ")\\s+(?:spoke|addressed\\s+the\\s+(?:committee|meeting|panel|board|cabinet|commission))"
            + "[^.]{0,60}?\\b(?:rule|standing\\s+order|procedure|invitation|agreement|permission|leave)\\b");
    /** "RESOLVED that Mr Northby be elected to Chair the meeting", "Councillor Riverford took the Chair". */
    private static final Pattern CHAIR_SENTENCE = Pattern.compile(
            "(?<name>" + NAME + ")\\s+(?:be|was|were|being)\\s+(?:duly\\s+)?(?:elected|appointed)\\s+(?:to|as)\\s+(?:the\\s+)?[Cc]hair(?:man|person)?"
            + "(?:\\s+(?:of|for)\\s+)?(?:\\s*the\\s+meeting)?|(?<took>" + NAME + ")\\s+(?:took|was\\s+in)\\s+the\\s+[Cc]hair\\b");
    /** Marks attendance read from what people did, which a list of those present overrides. */
    static final String INFERRED = "inferred from the minutes";

    private static final Pattern HEADING_END = Pattern.compile("[:\\-–]\\s*$");
    /** A line that says something rather than naming someone's role. */
    private static final Pattern CLAUSE_VERB = Pattern.compile("(?i).*\\b(?:are|is|was|were|will|would|invited|asked|to\\s+attend)\\b.*");
    private static final Pattern ROLE_WORD = Pattern.compile("(?i).*\\b(?:" + Lexicon.of("role-words.tsv").alternation() + ")s?\\b.*");
    private static final Pattern SPACED_CELLS = Pattern.compile(".*\\S {2,}\\S.*");
    private static final Pattern CELLS = Pattern.compile("\\s*\\t\\s*| {2,}");
    private static final Pattern BRACKETED = Pattern.compile("\\(.*\\)");
    private static final Pattern BRACKET_EDGES = Pattern.compile("^\\(|\\)$");
    private static final Pattern PLURAL_START = Pattern.compile("^(?:Councillors|Cllrs)\\b.*");
    private static final Pattern PLURAL_LEAD = Pattern.compile("^(?:Councillors|Cllrs)\\s*:?\\s*");
    private static final Pattern PLURAL_HONORIFIC = Pattern.compile("^(?:Councillors|Cllrs)\\s*:?\\s+");
    /** "Mr A Westby, OBE": letters after a name, set off by the comma like another name. */
    private static final Pattern POST_NOMINAL = Pattern.compile("(?i)^(?:" + Lexicon.of("attendance-post-nominals.tsv").alternation() + ")$");
    private static final Pattern AFTER_DASH = Pattern.compile("\\s+[–—-]\\s+.*$");
    private static final Pattern FULL_STOP_END = Pattern.compile("\\.$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** "Ann Westby – Parent Governor": a role after a dash. */
    private static final Pattern ROLE_DASH = Pattern.compile("\\s+[–—-]\\s+|\\s*[–—]\\s*");
    /** "Deputy Leader Councillor Westby": a role printed before the name. */
    private static final Pattern ROLE_BEFORE_NAME = Pattern.compile("^(?<role>.+)\\s+(?<name>(?:" + HONORIFICS + ")\\b.*)$");
    private static final Pattern LONE_SURNAME = Pattern.compile(PersonName.LONE_SURNAME);
    private static final Pattern EDGE_MARKS = Pattern.compile("^[,;:\\s]+|[,;:.\\s]+$");
    private static final Pattern IN_THE_CHAIR = Pattern.compile("(?i)in\\s+the\\s+chair");
    private static final Pattern CHAIR_ROLE = Pattern.compile("(?i)(?:vice[\\s-]?)?chair(?:man|woman|person)?");

    private AttendanceLists() {
    }

    /**
     * Lists under headings between {@code from} and {@code to}; stops at the first agenda item so that
     * item text is not read as a list.
     */
    static List<Attendee> lists(Lines lines, int from, int to) {
        List<Attendee> out = new ArrayList<>();
        ListState list = new ListState();
        int i = lines.indexAt(from);
        while (i < lines.size() && lines.get(i).start() < to) {
            Lines.Line line = lines.get(i);
            Matcher h = HEADING.matcher(line.text());
            if (h.matches() && !line.text().isEmpty()) {
                i = heading(lines, i, h, list, out);
                continue;
            }
            if (list.status != null && !line.blank() && ITEM_LINE.matcher(line.text()).matches()) {
                break;
            }
            if (list.status != null && line.blank()) {
                // a list goes on over blank lines while what follows is still names
                if (!looksLikeNames(lines, i + 1)) {
                    list.status = null;
                }
            } else if (list.status != null) {
                listLine(lines, i, list, out);
            }
            i++;
        }
        return out;
    }

    /** The list being read: its status (null outside a list), its heading, the honorific a plural heading gives. */
    private static final class ListState {
        Status status;
        String group;
        Honorific plural = new Honorific();
    }

    /** A list heading at line {@code i}, with any names after it on its line; returns the line to read next. */
    private static int heading(Lines lines, int i, Matcher h, ListState list, List<Attendee> out) {
        String text = lines.text();
        Lines.Line line = lines.get(i);
        String t = line.text();
        list.status = statusOf(h.group("h"));
        list.group = HEADING_END.matcher(t).replaceAll("").strip();
        if (h.group("h").toLowerCase(Locale.ROOT).startsWith("apologies") && h.group("rest").isBlank()
                && !looksLikeNames(lines, i + 1)) {
            list.status = null; // an "Apologies for absence" agenda heading, not a list
        }
        list.plural = new Honorific();
        String rest = h.group("rest");
        if (list.status == null || rest.isBlank()) {
            return i + 1;
        }
        int restStart = line.start() + line.text().indexOf(rest) + (line.span(text).start() - line.start());
        // running text may wrap onto the next lines
        StringBuilder run = new StringBuilder(rest);
        int j = i + 1;
        while (j < lines.size() && !lines.get(j).blank() && !HEADING.matcher(lines.get(j).text()).matches()
                && !ITEM_LINE.matcher(lines.get(j).text()).matches() && run.toString().contains(",")) {
            run.append(' ').append(lines.get(j).text());
            j++;
        }
        out.addAll(parseRun(run.toString(), list.status, list.group, restStart, text, list.plural));
        return j;
    }

    /** A line inside a list: names, or a role under the name it belongs to; a long line of prose ends the list. */
    private static void listLine(Lines lines, int i, ListState list, List<Attendee> out) {
        Lines.Line line = lines.get(i);
        String t = line.text();
        List<Attendee> entries = parseLine(t, list.status, list.group, line.span(lines.text()), list.plural);
        if (!entries.isEmpty()) {
            out.addAll(entries);
            return;
        }
        // a role on its own line under the name it belongs to ("Parent Governor Representative")
        if (!out.isEmpty() && looksLikeRole(t) && out.get(out.size() - 1).role().isEmpty()
                && lines.indexAt(out.get(out.size() - 1).span().start()) >= i - 3) {
            Attendee last = out.remove(out.size() - 1);
            out.add(new Attendee(last.name(), last.status(), Optional.of(t), last.span(), last.group()));
        } else if (!looksLikeRole(t) && t.length() > 60) {
            list.status = null;
        }
    }

    /** Apologies and substitutes stated in sentences, anywhere in {@code [from, to)}. */
    static List<Attendee> sentences(String text, int from, int to) {
        List<Attendee> out = new ArrayList<>();
        Matcher m = APOLOGY_SENTENCE.matcher(text).region(from, to);
        while (m.find()) {
            String names = m.group("names");
            if (names.length() > 600) {
                continue;
            }
            out.addAll(parseRun(names.replace('\n', ' '), Status.APOLOGIES, null, m.start("names"), text, new Honorific()));
        }
        Matcher s = SUBSTITUTE_SENTENCE.matcher(text).region(from, to);
        while (s.find()) {
            PersonName.parse(s.group("name")).ifPresent(n -> out.add(new Attendee(n.surface(), Status.SUBSTITUTE,
                    Optional.empty(), new Span(s.start("name"), s.end("name")), Optional.empty())));
        }
        Matcher sp = SPOKE.matcher(text).region(from, to);
        while (sp.find()) {
            acted(out, sp.group("name"), sp.start("name"), Status.IN_ATTENDANCE);
        }
        Matcher ch = CHAIR_SENTENCE.matcher(text).region(from, to);
        while (ch.find()) {
            String g = ch.group("name") != null ? "name" : "took";
            Attendee chair = acted(out, ch.group(g), ch.start(g), Status.PRESENT);
            if (chair != null) {
                out.set(out.indexOf(chair), new Attendee(chair.name(), chair.status(), Optional.of("Chair"), chair.span(), chair.group()));
            }
        }
        Matcher act = ACTED.matcher(text).region(from, to);
        while (act.find()) {
            String g = act.group("name") != null ? "name" : "by";
            acted(out, act.group(g), act.start(g), Status.PRESENT);
        }
        return out;
    }

    private static Attendee acted(List<Attendee> out, String printed, int at, Status status) {
        String p = SPACES.matcher(printed).replaceAll(" ").strip();
        // "Councillor Westby Declared" / "Councillor Northby declared": the name stops at a clause word
        Optional<PersonName> n = PersonName.parse(p);
        while (n.isEmpty() && p.contains(" ")) {
            p = p.substring(0, p.lastIndexOf(' '));
            n = PersonName.parse(p);
        }
        if (n.isEmpty() || n.get().honorific().isEmpty()) {
            return null;
        }
        Span span = new Span(at, at + p.length());
        if (out.stream().noneMatch(x -> x.span().overlaps(span))) {
            Attendee a = new Attendee(n.get().surface(), status, Optional.empty(), span, Optional.of(INFERRED));
            out.add(a);
            return a;
        }
        return null;
    }

    private static Status statusOf(String heading) {
        String h = SPACES.matcher(heading.toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (h.contains("contact") || h.contains("information")) {
            return null; // contact details end a list; they are read as contact blocks
        }
        if (h.startsWith("apolog")) {
            return Status.APOLOGIES;
        }
        if (h.startsWith("absent")) {
            return Status.ABSENT;
        }
        if (h.startsWith("substitute")) {
            return Status.SUBSTITUTE;
        }
        if (h.contains("attendance") || h.startsWith("also") || h.startsWith("officer") || h.startsWith("attending")) {
            return Status.IN_ATTENDANCE;
        }
        if (h.contains("present") || h.replace(" ", "").equals("present")) {
            return Status.PRESENT;
        }
        return Status.MEMBER;
    }

    /** The honorific a plural heading gives every name after it: "Councillors: A, B and C". */
    private static final class Honorific {
        String value;
    }

    private static boolean looksLikeNames(Lines lines, int i) {
        int j = lines.nextNonBlank(i);
        if (j < 0 || j > i + 3) {
            return false;
        }
        String t = lines.get(j).text();
        if (HEADING.matcher(t).matches() || looksLikeRole(t)) {
            return true;
        }
        return !parseLine(t, Status.PRESENT, null, new Span(0, 0), new Honorific()).isEmpty();
    }

    static boolean looksLikeRole(String t) {
        return t.length() < 90 && !CLAUSE_VERB.matcher(t).matches() && ROLE_WORD.matcher(t).matches();
    }

    /** One line of a one-name-per-line list; running text with commas goes through {@link #parseRun}. */
    private static List<Attendee> parseLine(String t, Status status, String group, Span span, Honorific plural) {
        if (splitTopLevel(t).size() > 1 && countNames(t) > 1) {
            return parseRun(t, status, group, span.start(), null, plural);
        }
        // table rows: "ROLE<TAB>Name", "Name<TAB>(Chair)<TAB>Council", cells also set apart by runs of spaces
        if (t.contains("\t") || SPACED_CELLS.matcher(t).matches()) {
            String[] cells = CELLS.split(t);
            for (int c = 0; c < cells.length; c++) {
                Optional<Attendee> a = entry(cells[c].strip(), status, group, span, plural);
                if (a.isEmpty()) {
                    continue;
                }
                Attendee x = a.get();
                String role = null;
                for (int k = 0; k < cells.length && role == null; k++) {
                    String cell = cells[k].strip();
                    if (k == c || cell.isEmpty()) {
                        continue;
                    }
                    Matcher br = ROLE_IN_BRACKETS.matcher(cell);
                    if (BRACKETED.matcher(cell).matches() || k < c && looksLikeRole(cell)) {
                        role = roleText(BRACKET_EDGES.matcher(cell).replaceAll(""));
                    } else if (k > c && br.find() && !NOISE_ROLE.matcher(br.group(1)).matches()) {
                        role = roleText(br.group(1)); // "Local Enterprise Partnership Board (Non-Voting Member)"
                    }
                }
                return List.of(new Attendee(x.name(), x.status(), Optional.ofNullable(role).or(x::role), x.span(), x.group()));
            }
            return List.of();
        }
        return entry(t, status, group, span, plural).map(List::of).orElse(List.of());
    }

    private static int countNames(String t) {
        int n = 0;
        // "Councillors Westby, Northby and Riverford": the plural honorific belongs to every name after it
        boolean plural = PLURAL_START.matcher(t).matches();
        for (String piece : splitTopLevel(PLURAL_LEAD.matcher(t).replaceFirst(""))) {
            String name = stripRole(piece).strip();
            if (PersonName.parse(name).isPresent() || plural && PersonName.parse("Councillor " + name).isPresent()) {
                n++;
            }
        }
        return n;
    }

    /**
     * Running text: names separated by commas, semicolons and a final "and", roles in brackets.
     * {@code base} is the offset of {@code run} in the paper (spans are approximate when the run was
     * joined from several lines).
     */
    static List<Attendee> parseRun(String run, Status status, String group, int base, String paper, Honorific plural) {
        List<Attendee> out = new ArrayList<>();
        int pos = 0;
        for (String piece : splitTopLevel(run)) {
            int at = run.indexOf(piece, pos);
            pos = Math.max(pos, at + piece.length());
            String p = piece.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (POST_NOMINAL.matcher(p).matches() && !out.isEmpty()) {
                continue; // "Mr A J Westby, OBE": a post-nominal after the comma
            }
            Span span = new Span(base + Math.max(0, at), base + Math.max(0, at) + piece.length());
            entry(p, status, group, span, plural).ifPresent(out::add);
        }
        return out;
    }

    private static List<String> splitTopLevel(String run) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        String s = run;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == ',' || c == ';')) {
                parts.add(s.substring(start, i));
                start = i + 1;
            } else if (depth == 0 && s.startsWith(" and ", i)) {
                parts.add(s.substring(start, i));
                start = i + 5;
                i += 4;
            } else if (depth == 0 && s.startsWith(" & ", i)) {
                parts.add(s.substring(start, i));
                start = i + 3;
                i += 2;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    private static String stripRole(String piece) {
        return AFTER_DASH.matcher(ROLE_IN_BRACKETS.matcher(piece).replaceAll(" ")).replaceAll("").strip();
    }

    /** One entry: "Mr. P. Northby CC (in the Chair)", "Ann Westby – Teaching Unions Representative". */
    private static Optional<Attendee> entry(String raw, Status status, String group, Span span, Honorific plural) {
        String p = FULL_STOP_END.matcher(raw.strip()).replaceAll("").strip();
        List<String> roles = new ArrayList<>();
        Matcher b = ROLE_IN_BRACKETS.matcher(p);
        while (b.find()) {
            roles.add(b.group(1).strip());
        }
        p = SPACES.matcher(ROLE_IN_BRACKETS.matcher(p).replaceAll(" ")).replaceAll(" ").strip();
        String[] dash = ROLE_DASH.split(p, 2);
        if (dash.length == 2) {
            p = dash[0].strip();
            roles.add(0, dash[1].strip());
        }
        // "Councillors Westby, Northby": a plural honorific carries over to the names after it
        Matcher pl = PLURAL_HONORIFIC.matcher(p);
        if (pl.find()) {
            plural.value = "Councillor";
            p = p.substring(pl.end());
        }
        // "Assistant City Mayor Councillor Riverford": a role printed before the name
        Matcher inner = ROLE_BEFORE_NAME.matcher(p);
        if (inner.matches() && looksLikeRole(inner.group("role"))) {
            roles.add(0, inner.group("role"));
            p = inner.group("name");
        }
        Optional<PersonName> name = PersonName.parse(p);
        if (name.isEmpty() && plural.value != null) {
            name = PersonName.parse(plural.value + " " + p);
        }
        if (name.isEmpty() && LONE_SURNAME.matcher(p).matches() && !PersonName.NOT_NAME_WORDS.contains(
                p.toLowerCase(Locale.ROOT))) {
            name = Optional.of(new PersonName("", "", p, "", false)); // "Westby (Acting Chief Accountant)"
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String role = roles.stream().filter(r -> !NOISE_ROLE.matcher(r).matches()).map(AttendanceLists::roleText)
                .filter(r -> !r.isEmpty()).findFirst().orElse(null);
        Status st = status;
        if (roles.stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).startsWith("substitute"))) {
            st = Status.SUBSTITUTE;
        }
        String printed = name.get().surface();
        if (plural.value != null && name.get().honorific().isEmpty()) {
            printed = plural.value + " " + printed;
        }
        return Optional.of(new Attendee(printed, st, Optional.ofNullable(role), span, Optional.ofNullable(group)));
    }

    /** Normalises "in the Chair" and "Chairman" to Chair-type roles, keeps posts as printed. */
    static String roleText(String r) {
        String s = EDGE_MARKS.matcher(SPACES.matcher(r).replaceAll(" ").strip()).replaceAll("");
        if (IN_THE_CHAIR.matcher(s).matches()) {
            return "in the Chair";
        }
        if (CHAIR_ROLE.matcher(s).matches()) {
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
