package org.councilgraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.text.Casing;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.Span;

/**
 * The table of candidates of an election notice, read line by line as PDF text gives it (each cell
 * of a row on lines of its own, or a row's cells run together on one line). A heading line
 * ({@code election-notice-columns.tsv}) opens the table and an end line closes it. Inside, a
 * candidate is printed surname first: a surname in capitals over (or before) the other names
 * ("WESTBY" / "Ann Mary"), or, where a column of its own heads "Surname", a row opening with the
 * surname and the other names before the home address. The electors who subscribed the nomination
 * papers (under a "Proposer ... Assentors" or "Names of signatories" heading) are printed one to a
 * line, surname first or given names first: the notice's names with a middle or final initial say
 * which. Outside tables, the field form of web exports: "Westby, Ann." alone on a line is a
 * candidate and "Name of proposer: Westby, Ann." a subscriber.
 */
final class ElectionTables {
    private static final Lexicon COLUMNS = Lexicon.of("election-notice-columns.tsv");
    static final Pattern HEADING = whole(COLUMNS, "heading");
    /** A heading line: its cells the headings of any column ("Name of Candidate Home Address ... Name of Proposer"). */
    private static final Pattern ANY_HEADING = Pattern.compile("(?i)^(?:(?:" + COLUMNS.alternationWhere(1, "heading") + "|"
            + COLUMNS.alternationWhere(1, "subscribers") + "|" + COLUMNS.alternationWhere(1, "surname") + ")[\\s:]*)+$");
    private static final Pattern SUBSCRIBERS = within(COLUMNS, "subscribers");
    private static final Pattern SURNAME_COLUMN = within(COLUMNS, "surname");
    private static final Pattern END = whole(COLUMNS, "end");
    private static final Set<String> ADDRESS_WORDS = Lexicon.of("address-words.tsv").lowerWords();
    private static final Set<String> PARTICLES = Lexicon.of("surname-particles.tsv").lowerWords();
    private static final String CAPS_WORD = "\\p{Lu}[\\p{Lu}'’-]+";
    private static final String NAME_WORD = "(?:\\p{Lu}[\\p{Ll}'’-]*\\p{Ll}[\\p{L}'’-]*|\\p{Lu}\\.?(?:\\p{Lu}\\.)*|" + particles() + ")";
    /** "WESTBY", "WESTBY Ann", "WESTBY, Ann Mary", "WESTBY Ann 12 Mill Lane": the surname in capitals opens the row. */
    private static final Pattern CAPS_SURNAME = Pattern.compile("^(?<s>" + CAPS_WORD + "(?:\\s+" + CAPS_WORD + "){0,2}),?(?:\\s+(?<g>"
            + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,4})(?:\\s+(?:\\d|\\(|(?i:flat|address)\\b).*)?)?$");
    private static final Pattern ONE_NAME = Pattern.compile("^\\p{Lu}\\p{Ll}[\\p{L}'’-]*$");
    private static final Pattern GIVEN = Pattern.compile("^" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,4}$");
    private static final Pattern CELL_BREAK = Pattern.compile("[ \\t]+\\(?\\+{1,2}\\)?(?=[ \\t]+\\S)");
    private static final Pattern MARK = Pattern.compile("\\s*\\(?(?:\\+{1,2}|\\*)\\)?\\s*$");
    private static final Pattern SUBSCRIBER = Pattern.compile("^" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,4}$");
    /** A row opening with the name in a surname column, then the home address. */
    private static final Pattern SURNAME_ROW = Pattern.compile("^(?<n>" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,4}?)\\s+(?<a>\\d|\\(|"
            + "(?i:flat|resides|address)\\b).*$");
    private static final Pattern SURNAME_ROW_ALONE = Pattern.compile("^(?<n>" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,6})$");
    private static final Pattern COMMA_NAME = Pattern.compile("^(?<label>Name\\s+of\\s+(?:proposer|seconder)\\s*:\\s*)?(?<s>"
            + NAME_WORD + "(?:[ -]" + NAME_WORD + ")?),\\s+(?<g>" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,4})\\.?$");
    /** "Independent" run into the next cell's name: "Independent Westby Ann +". */
    private static final Pattern NO_PARTY = Lexicon.of("election-descriptions.tsv").pattern("^(?:%s)\\s+(?=\\p{Lu})");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?(?:\\p{Lu}\\.?)*");

    private ElectionTables() {
    }

    private static Pattern whole(Lexicon l, String kind) {
        return Pattern.compile("(?i)^(?:(?:" + l.alternationWhere(1, kind) + ")[\\s:]*)+$");
    }

    private static Pattern within(Lexicon l, String kind) {
        return Pattern.compile("(?i)(?<!\\p{L})(?:" + l.alternationWhere(1, kind) + ")");
    }

    private static String particles() {
        List<String> ps = new ArrayList<>();
        PARTICLES.forEach(p -> ps.add(Pattern.quote(p) + "(?=\\s)"));
        return String.join("|", ps);
    }

    /** One piece of a table line: its text and where it starts. */
    private record Piece(String text, int start) {
    }

    /** The candidates and subscribers of the notice's tables, in the order printed. */
    static List<ElectionNotice.Nominee> read(Lines lines, List<ElectionNotice.Party> parties) {
        List<ElectionNotice.Nominee> out = new ArrayList<>();
        List<Piece> subscribers = new ArrayList<>();
        boolean inTable = false;
        boolean signed = false;
        boolean surnameColumn = false;
        boolean rowDone = true;
        for (int i = 0; i < lines.size(); i++) {
            Lines.Line l = lines.get(i);
            String t = l.text();
            if (t.isEmpty()) {
                continue;
            }
            if (END.matcher(t).matches()) {
                inTable = false;
                continue;
            }
            if (ANY_HEADING.matcher(t).matches()) {
                boolean subs = SUBSCRIBERS.matcher(t).find();
                if (!inTable) {
                    signed = false;
                    surnameColumn = false;
                }
                inTable = true;
                signed |= subs;
                surnameColumn |= SURNAME_COLUMN.matcher(t).find();
                rowDone = true;
                continue;
            }
            if (!inTable) {
                commaForm(l, lines.text(), out);
                continue;
            }
            List<Piece> pieces = pieces(l, lines.text(), parties);
            i = row(lines, i, pieces, signed, surnameColumn ? (rowDone ? 2 : 1) : 0, out, subscribers);
            rowDone = pieces.size() == 0 || partyEnds(l, lines.text(), parties);
        }
        subscribers(subscribers, lines.text(), out);
        out.sort(java.util.Comparator.comparing(ElectionNotice.Nominee::span));
        return out;
    }

    /** Whether the line ends with a party's name: the description closes a row. */
    private static boolean partyEnds(Lines.Line l, String text, List<ElectionNotice.Party> parties) {
        Span s = l.span(text);
        return parties.stream().anyMatch(p -> p.span().end() >= s.end() && p.span().start() < s.end());
    }

    /** A line's text outside the parties printed on it, the subscribers' marks cut off. */
    private static List<Piece> pieces(Lines.Line l, String text, List<ElectionNotice.Party> parties) {
        Span s = l.span(text);
        List<Piece> out = new ArrayList<>();
        int at = s.start();
        for (ElectionNotice.Party p : parties) {
            if (p.span().end() <= at || p.span().start() >= s.end()) {
                continue;
            }
            piece(text, at, Math.max(at, p.span().start()), out);
            at = Math.min(s.end(), p.span().end());
        }
        piece(text, at, s.end(), out);
        return out;
    }

    private static void piece(String text, int from, int to, List<Piece> out) {
        // cells run together on one line: a subscriber's mark parts them ("Westby Ann +\tNorthby Jo ++")
        Matcher cut = CELL_BREAK.matcher(text).region(from, to);
        int at = from;
        while (cut.find()) {
            cell(text, at, cut.start(), out);
            at = cut.end();
        }
        cell(text, at, to, out);
    }

    private static void cell(String text, int from, int to, List<Piece> out) {
        String raw = text.substring(from, to);
        String t = MARK.matcher(raw).replaceAll("");
        Matcher noParty = NO_PARTY.matcher(t.stripLeading());
        if (noParty.find()) {
            from += t.length() - t.stripLeading().length() + noParty.end();
            t = t.stripLeading().substring(noParty.end());
        }
        int lead = t.length() - t.stripLeading().length();
        if (!t.isBlank()) {
            out.add(new Piece(t.strip(), from + lead));
        }
    }

    /**
     * Reads one table line; returns the last line it used (a candidate's other names on the next line).
     * {@code surnameColumn}: 0 no surname column, 1 one, 2 one and this line starts a row.
     */
    private static int row(Lines lines, int i, List<Piece> pieces, boolean signed, int surnameColumn,
                           List<ElectionNotice.Nominee> out, List<Piece> subscribers) {
        String text = lines.text();
        for (int k = 0; k < pieces.size(); k++) {
            Piece p = pieces.get(k);
            if (k == 0 && surnameColumn > 0 && surnameRow(p, surnameColumn > 1, out)) {
                continue;
            }
            Matcher caps = CAPS_SURNAME.matcher(p.text());
            if (k == 0 && caps.matches() && notWords(caps.group("s"))) {
                if (caps.group("g") != null) {
                    candidate(caps.group("s"), caps.group("g"), new Span(p.start(), p.start() + caps.end("g")),
                            p.text().substring(0, caps.end("g")), out);
                    continue;
                }
                Lines.Line next = nextNonBlank(lines, i);
                if (next != null && GIVEN.matcher(next.text()).matches() && notWords(next.text())) {
                    Lines.Line last = next;
                    String given = next.text();
                    // "Ann Mary" / "Wenna": the other names run on to a line of one word
                    while (last.index() + 1 < lines.size() && ONE_NAME.matcher(lines.get(last.index() + 1).text()).matches()
                            && notWords(lines.get(last.index() + 1).text())) {
                        last = lines.get(last.index() + 1);
                        given += " " + last.text();
                    }
                    Span span = new Span(p.start(), last.span(text).end());
                    candidate(caps.group("s"), given, span, p.text() + " " + given, out);
                    return last.index();
                }
            }
            if (signed && SUBSCRIBER.matcher(p.text()).matches() && notWords(p.text())) {
                subscribers.add(p);
            }
        }
        return i;
    }

    /** "Westby Ann Mary 12 Mill Lane": the surname column, the other names, then the address. */
    private static boolean surnameRow(Piece p, boolean rowStarts, List<ElectionNotice.Nominee> out) {
        Matcher m = SURNAME_ROW.matcher(p.text());
        String names;
        if (m.matches()) {
            names = m.group("n");
        } else {
            Matcher alone = SURNAME_ROW_ALONE.matcher(p.text());
            if (!rowStarts || !alone.matches()) {
                return false;
            }
            // the address runs on after the names: only the surname and the first name are sure
            String[] w = alone.group("n").split("\\s+");
            names = w.length <= 3 ? alone.group("n") : w[0] + " " + w[1];
        }
        String[] w = names.split("\\s+");
        if (w.length < 2 || !notWords(names)) {
            return false;
        }
        int surnameWords = surnameWords(w);
        String surname = String.join(" ", java.util.Arrays.copyOf(w, surnameWords));
        String given = String.join(" ", java.util.Arrays.copyOfRange(w, surnameWords, w.length));
        return candidate(surname, given, new Span(p.start(), p.start() + names.length()), names, out);
    }

    private static Lines.Line nextNonBlank(Lines lines, int i) {
        for (int j = i + 1; j < lines.size() && j <= i + 2; j++) {
            if (!lines.get(j).blank()) {
                return lines.get(j);
            }
        }
        return null;
    }

    private static boolean candidate(String surname, String given, Span span, String printed, List<ElectionNotice.Nominee> out) {
        String s = Casing.isUpper(surname) ? Casing.titleCase(surname.toLowerCase(Locale.ROOT)) : surname;
        if (given.isBlank() || addressWord(given)) {
            return false;
        }
        out.add(new ElectionNotice.Nominee(new PersonName("", given.strip(), s.strip(), "", false), span, true, printed.replaceAll("\\s+", " ")));
        return true;
    }

    /** The subscribers, ordered as most of the notice's names with an initial show: "Westby Ann M" or "Ann M Westby". */
    private static void subscribers(List<Piece> pieces, String text, List<ElectionNotice.Nominee> out) {
        int surnameFirst = 0;
        int givenFirst = 0;
        for (Piece p : pieces) {
            String[] w = p.text().split("\\s+");
            if (INITIAL.matcher(w[w.length - 1]).matches()) {
                surnameFirst++;
            } else if (w.length >= 3 && INITIAL.matcher(w[w.length - 2]).matches()) {
                givenFirst++;
            }
        }
        boolean natural = givenFirst > surnameFirst;
        for (Piece p : pieces) {
            String[] w = p.text().split("\\s+");
            Span span = new Span(p.start(), p.start() + p.text().length());
            if (out.stream().anyMatch(x -> x.span().overlaps(span))) {
                continue;
            }
            int split = natural ? w.length - lastSurnameWords(w) : surnameWords(w);
            String surname = natural ? String.join(" ", java.util.Arrays.copyOfRange(w, split, w.length)) : String.join(" ", java.util.Arrays.copyOf(w, split));
            String given = natural ? String.join(" ", java.util.Arrays.copyOf(w, split)) : String.join(" ", java.util.Arrays.copyOfRange(w, split, w.length));
            if (!given.isEmpty() && !INITIAL.matcher(surname).matches() && !addressWord(given)) {
                out.add(new ElectionNotice.Nominee(new PersonName("", given, surname, "", false), span, false, p.text()));
            }
        }
    }

    /** How many words the surname printed first takes: one, or more after a particle ("De Souza"). */
    private static int surnameWords(String[] w) {
        int n = 1;
        while (n < w.length - 1 && PARTICLES.contains(w[n - 1].toLowerCase(Locale.ROOT))) {
            n++;
        }
        return n;
    }

    /** How many words the surname printed last takes: one, or more after a particle ("Ann de Souza"). */
    private static int lastSurnameWords(String[] w) {
        int n = 1;
        while (n < w.length - 1 && PARTICLES.contains(w[w.length - n - 1].toLowerCase(Locale.ROOT))) {
            n++;
        }
        return n;
    }

    /** "Westby, Ann Mary." alone on a line, or after "Name of proposer:". */
    private static void commaForm(Lines.Line l, String text, List<ElectionNotice.Nominee> out) {
        Matcher m = COMMA_NAME.matcher(l.text());
        if (!m.matches() || !notWords(m.group("s") + " " + m.group("g"))) {
            return;
        }
        Span s = l.span(text);
        Span span = new Span(s.start() + m.start("s"), s.start() + m.end("g"));
        PersonName n = new PersonName("", m.group("g"), m.group("s"), "", false);
        out.add(new ElectionNotice.Nominee(n, span, m.group("label") == null, l.text().substring(m.start("s"), m.end("g"))));
    }

    /** One of the words names a kind of street or building: "Rose Cottage" read as "Cottage Rose". */
    private static boolean addressWord(String given) {
        for (String w : given.split("\\s+")) {
            if (ADDRESS_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** None of the words is one that is never a name ("Ward", "Council", "Notice"). */
    private static boolean notWords(String s) {
        for (String w : s.split("\\s+")) {
            String lw = w.toLowerCase(Locale.ROOT).replace(".", "");
            if (lw.length() > 1 && (PersonName.NOT_NAME_WORDS.contains(lw) || PersonName.NEVER_SURNAME_WORDS.contains(lw))) {
                return false;
            }
        }
        return true;
    }
}
