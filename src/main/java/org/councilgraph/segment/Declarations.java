package org.councilgraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.segment.Layout.DeclarationText;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.Span;

/**
 * Declarations of interest as minutes record them: "Councillor Westby declared that she was a
 * governor at Larch Road School.", "Mr X declared a non-registrable interest in item 7 as ...",
 * "Councillor Northby declared an interest in item 7 ...". "No declarations were made"
 * declares nothing.
 */
final class Declarations {
    /** A titled name: "Councillor Westby", "Cllr. J. Northby", "Mrs A Westby CC". */
    private static final String TITLED_NAME =
            "(?<name>(?:(?:Councillor|Cllr|County\\s+Councillor|Mayor|Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Canon|Revd?)\\.?\\s+)+(?:[A-Z][\\w'’\\-]*\\.?\\s+|(?:[A-Z]\\.){2,3}\\s*){0,3}[A-Z][\\w'’\\-]+(?:\\s+(?:CC|MP|OBE|MBE))?)";
    /** "declared", "made a transparency statement": what a declarer does ({@code declaring-verbs.tsv}). */
    private static final String DECLARING = "(?<verb>(?i:" + Lexicon.of("declaring-verbs.tsv").alternation() + "))";
    private static final Pattern DECLARED = Pattern.compile(TITLED_NAME
            + "\\s*(?:\\([^)]{0,80}\\)\\s*)?,?(?:\\s+[-–—])?\\s+(?:(?:also|then|both|\\p{L}+ly)\\s+)?" + DECLARING + "\\s+(?<what>(?:[^.]|\\.(?=\\S)|\\.\\s+(?=[a-z]))+)\\.?");

    /**
     * "Ann Westby declared a personal interest in item 4 ...", "A B Westby declared ...": a member named without a title,
     * at the start of a line or a sentence, who "declared" what names an interest. Co-opted and independent members are
     * minuted so, and so are councillors where minutes drop the title.
     */
    private static final Pattern UNTITLED_DECLARED = Pattern.compile(
            "(?m)(?:^[ \\t]*(?:Note:[ \\t]*)?|(?<=[.;:][ \\t]{1,3}))(?<name>(?:[A-Z]\\.?[ \\t]+){1,3}[A-Z][a-z][\\w'’\\-]+"
            + "|[A-Z][a-z]+(?:-[A-Z][a-z]+)?[ \\t]+(?:[A-Z]\\.?[ \\t]+)?[A-Z][a-z][\\w'’\\-]+)\\s+(?<verb>declared)\\s+"
            + "(?<what>(?:[^.]|\\.(?=\\S)|\\.\\s+(?=[a-z]))+)\\.?");

    /** A name of a list after "Councillors": "Westby", "Ann Westby", "A Westby", "A. B. Westby", "A.B. Westby". */
    private static final String LISTED_NAME = "(?:(?:[A-Z]\\.){2,3}\\s*|(?:[A-Z]\\.?\\s+){0,2})[A-Z][\\w'’\\-]+(?:\\s+[A-Z][\\w'’\\-]+)?";
    /** "Councillors Westby and Northby declared ...": one declaration for each name. */
    private static final Pattern PLURAL = Pattern.compile(
            "(?<names>(?:Councillors|Cllrs)\\.?\\s+(?:" + LISTED_NAME + "\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)){1,12}" + LISTED_NAME + ")"
            + "\\s*,?\\s+(?:(?:both|all|each|also|\\p{L}+ly)\\s+)?" + DECLARING + "\\s+(?<what>(?:[^.]|\\.(?=\\S)|\\.\\s+(?=[a-z]))+)\\.?");

    /**
     * "The following Members declared a personal interest for item 11 – Housing Ballot:-" over "Councillors: A. Westby,
     * B. Northby and C. Eastby.": each member of the list declared what the lead-in says.
     */
    private static final Pattern FOLLOWING_DECLARED = Pattern.compile(
            "(?i)\\bthe\\s+following\\s+(?:members|councillors)\\s+" + DECLARING + "\\s+(?<what>[^\\n]{3,300}?)[\\s:–—-]*\\n[ \\t]*(?:\\n[ \\t]*)?"
            + "(?<title>councillors|cllrs)\\.?[ \\t]*:?[ \\t]*(?<names>[^\\n]{3,2000})");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)\\s*");

    /** What a declaration says: an interest, a post held, a relation, a place. */
    private static final Pattern INTEREST_WORD = Pattern.compile(
            "(?is).*\\b(?:" + Lexicon.of("interest-words.tsv").alternation() + ")\\b.*");

    /** An item that takes the declarations: "Declarations of Interest", "Declaration of Members' Interests". */
    private static final Pattern DECLARATIONS_ITEM = Pattern.compile(
            "(?i)^(?:to\\s+(?:receive|record)\\s+(?:any\\s+)?)?declarations?\\s+of\\s+(?:(?:members|councillors)['’]?\\s+)?"
            + "(?:(?:pecuniary|personal|prejudicial|disclosable|registrable|non-registrable|other)\\s+(?:and\\s+\\w+\\s+)?)?interests?\\b.*");
    /**
     * A line of such an item that is a name and what it declares: "Cllr. J. Northby – item 7 (landowner)", "Cllr J.
     * Northby..........Finance (reimbursement)",
     * perhaps after the item it concerns: "Item 7: Cllr J. Northby - personal interest", "Item 4b – Mr B Northby (Financial)".
     */
    private static final Pattern LISTED = Pattern.compile("(?m)^[ \\t]*(?:(?:" + Marks.BULLET + "|[\\-*])[ \\t]+)?"
            + "(?:(?i:(?:agenda\\s+)?item|minute)\\s+[\\w/.]{1,12}[ \\t]*[:–—-][ \\t]*)?" + TITLED_NAME
            // the separator a dash, a colon, or a dotted leader ("Cllr Northby.......Finance (reimbursement)")
            + "(?:[ \\t]*(?:[–—:]|-(?=[ \\t])|[.…]{3,})[ \\t]*(?<what>\\S[^\\n]{2,300})|[ \\t]*(?<kind>\\([^)\\n]{2,80}\\)))$");

    /** A titled name alone on its line, perhaps after a bullet, a declarer's heading: "• Councillor Westby". */
    private static final Pattern NAME_ALONE = Pattern.compile("^(?:(?:" + Marks.BULLET + "|[\\-*])[ \\t]*)?" + TITLED_NAME + "[ \\t]*:?$");

    private Declarations() {
    }

    /**
     * The declarations listed one a line under a declarations item, each a name, a dash and what
     * it is declared in: under that heading the list needs no "declared" to say what it is.
     */
    static List<DeclarationText> listed(String text, List<Layout.ItemSection> items) {
        List<DeclarationText> out = new ArrayList<>();
        for (Layout.ItemSection item : items) {
            if (!DECLARATIONS_ITEM.matcher(item.title().strip()).matches()) {
                continue;
            }
            out.addAll(underNames(text, item.body()));
            out.addAll(tableRows(text, item.body()));
            Matcher m = LISTED.matcher(text).region(item.body().start(), item.body().end());
            while (m.find()) {
                if (PersonName.parse(m.group("name")).isPresent()) {
                    String line = text.substring(m.start("name"), m.end()).replaceAll("\\s+", " ").strip();
                    out.add(new DeclarationText(m.group("name").replaceAll("\\s+", " ").strip(), line, new Span(m.start("name"), m.end())));
                }
            }
        }
        return out;
    }

    private static final String COUNCILLOR = "Councillor";

    /**
     * A listed name as a person's: as printed when it carries its own title ("Councillors Westby and Councillor
     * Northby"), else with the list's title before it; empty when neither reads as a name.
     */
    private static Optional<String> titled(String listed, String title) {
        String n = listed.strip();
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (PersonName.parse(n).filter(x -> !x.honorific().isEmpty()).isPresent()) {
            return Optional.of(n);
        }
        String withTitle = (title + " " + n).strip();
        return PersonName.parse(withTitle).isPresent() ? Optional.of(withTitle) : Optional.empty();
    }

    /** The lines of {@code body}, each its span without the line break. */
    private static List<Span> lines(String text, Span body) {
        List<Span> out = new ArrayList<>();
        int pos = body.start();
        while (pos < body.end()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 || nl > body.end() ? body.end() : nl;
            out.add(new Span(pos, end));
            pos = end + 1;
        }
        return out;
    }

    /** A declarations table's head: a column of members ("Councillor", "Member") and one of the interest or the item. */
    private static final Pattern MEMBER_COLUMN = Pattern.compile(
            "(?i)(?:councillors?|members?|(?:member|councillor)['’]?s?\\s+name|name(?:\\s+of\\s+(?:member|councillor))?)");
    private static final Pattern INTEREST_COLUMN = Pattern.compile("(?i).*\\b(?:interests?|minute|item|agenda|details)\\b.*");

    /**
     * A declarations table anywhere between {@code from} and {@code to}: a meeting page prints its "Declarations of
     * Interests" tab after the items, under no item of its own.
     */
    static List<DeclarationText> tables(String text, int from, int to) {
        return tableRows(text, new Span(from, to));
    }

    /**
     * A table under the item, its head "Councillor | Minute Number | Nature of Interest": each row under it is a
     * declaration of the member its first cell names (the head's "Councillor" their title when the row prints none).
     */
    private static List<DeclarationText> tableRows(String text, Span body) {
        List<DeclarationText> out = new ArrayList<>();
        String title = null;
        int indent = 0;
        for (Span at : lines(text, body)) {
            int pos = at.start();
            int end = at.end();
            String line = at.of(text);
            String[] cells = Lines.CELL_GAP.split(line.strip());
            int lead = line.length() - line.stripLeading().length();
            if (cells.length >= 2 && MEMBER_COLUMN.matcher(cells[0].strip()).matches()
                    && java.util.Arrays.stream(cells).skip(1).anyMatch(c -> INTEREST_COLUMN.matcher(c).matches())) {
                title = cells[0].strip().toLowerCase(java.util.Locale.ROOT).startsWith("councillor") ? COUNCILLOR : "";
                indent = lead;
            } else if (title != null && !line.isBlank() && lead > indent + 3 && !line.contains("\t")) {
                continue; // a row's cells run on over lines with the member's column empty: the row above goes on
            } else if (title != null && cells.length >= 2) {
                String raw = cells[0].strip();
                Optional<String> name = titled(raw, title);
                if (name.isEmpty()) {
                    title = null; // the table is over
                } else {
                    int from = pos + line.indexOf(raw);
                    out.add(new DeclarationText(name.get(), String.join(" - ", java.util.Arrays.stream(cells).map(String::strip).toList()),
                            new Span(from, end)));
                }
            } else if (!line.isBlank()) {
                title = null;
            }
        }
        return out;
    }

    /**
     * "• Councillor Westby" alone on its line, then what the councillor declared a line each ("Minute 67 -
     * Review of Northby Land - Non-pecuniary interest - a member of the Westby Homes Board;"): each line that
     * names an interest is a declaration of the name above it, to the next name.
     */
    private static List<DeclarationText> underNames(String text, Span body) {
        List<DeclarationText> out = new ArrayList<>();
        String declarer = null;
        for (Span at : lines(text, body)) {
            int pos = at.start();
            String line = at.of(text).strip();
            Matcher n = NAME_ALONE.matcher(line);
            if (n.matches() && PersonName.parse(n.group("name")).isPresent()) {
                declarer = n.group("name").replaceAll("\\s+", " ").strip();
            } else if (declarer != null && INTEREST_WORD.matcher(line).matches() && !line.contains(declarer)) {
                int lead = text.indexOf(line, pos);
                out.add(new DeclarationText(declarer, line, new Span(lead, lead + line.length())));
            }
        }
        return out;
    }

    /**
     * Each declaring sentence {@code m} finds whose name is a person's ({@code person}) and whose words name an interest;
     * one declaration for words read already or printed twice (a web page repeats its minutes).
     */
    private static void declared(String text, Matcher m, java.util.function.Predicate<PersonName> person, List<DeclarationText> out) {
        while (m.find()) {
            Span span = new Span(m.start("name"), m.end());
            if (!INTEREST_WORD.matcher(m.group("verb") + " " + m.group("what")).matches()
                    || out.stream().anyMatch(d -> d.span().overlaps(span))) {
                continue;
            }
            Optional<PersonName> n = PersonName.parse(m.group("name"));
            if (n.isEmpty() || !person.test(n.get())) {
                continue;
            }
            String s = span.of(text).replaceAll("\\s+", " ").strip();
            String sentence = s.endsWith(".") ? s : s + ".";
            String name = m.group("name").replaceAll("\\s+", " ").strip();
            if (out.stream().noneMatch(d -> d.person().equals(name) && d.text().equals(sentence))) {
                out.add(new DeclarationText(name, sentence, span));
            }
        }
    }

    static List<DeclarationText> find(String text, int from, int to) {
        List<DeclarationText> out = new ArrayList<>();
        declared(text, DECLARED.matcher(text).region(from, to), n -> true, out);
        // untitled, the name must read as a person's: "Each Member declared ...", "The Chair declared ..." are no one's
        declared(text, UNTITLED_DECLARED.matcher(text).region(from, to), n -> PlausibleNames.plausible(n, PlausibleNames.lowerCaseWords(text)), out);
        Matcher f = FOLLOWING_DECLARED.matcher(text).region(from, to);
        while (f.find()) {
            String sentence = text.substring(f.start(), f.end()).replaceAll("\\s+", " ").strip();
            for (String n : NAME_SEPARATOR.split(Marks.stripEnd(f.group("names").strip(), ". "))) {
                titled(n, COUNCILLOR).ifPresent(name -> out.add(new DeclarationText(name, sentence, new Span(f.start(), f.end()))));
            }
        }
        Matcher p = PLURAL.matcher(text).region(from, to);
        while (p.find()) {
            // "Councillors Westby and Councillor Northby both declared": the last name was read alone; the list says it all
            int ps = p.start();
            int pe = p.end();
            out.removeIf(d -> d.span().start() >= ps && d.span().end() <= pe);
            String sentence = text.substring(p.start(), p.end()).replaceAll("\\s+", " ").strip();
            sentence = sentence.endsWith(".") ? sentence : sentence + ".";
            String list = p.group("names").replaceFirst("^(?:Councillors|Cllrs)\\.?\\s+", "");
            for (String n : list.split("\\s*(?:,|\\band\\b)\\s*")) {
                String sentenceOfAll = sentence;
                titled(n, COUNCILLOR).ifPresent(name -> out.add(new DeclarationText(name, sentenceOfAll, new Span(p.start(), p.end()))));
            }
        }
        return out;
    }
}
