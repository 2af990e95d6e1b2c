package org.councilgraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.rule.Cascade;
import org.councilgraph.rule.Rule;
import org.councilgraph.segment.Layout.ItemSection;
import org.councilgraph.text.Casing;
import org.councilgraph.text.Dates;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.Span;

/**
 * Items of business not introduced by a number of their own: a decision form's "(a) Subject: Title"
 * over "(agenda item 7)", and minutes' headings in capitals ("APOLOGIES FOR ABSENCE") where nothing is
 * numbered. {@link AgendaItems} reads them when a section has no numbered run.
 */
final class UnnumberedItems {
    /** A decision form's item: "(a) Subject: Title / (agenda item 7)". */
    private static final Pattern SUBJECT_ITEM = Pattern.compile(
            "(?im)^[ \\t]*(?:\\([a-z]\\)\\s*)?(?:subject|title|item|report title)\\s*:[ \\t]*(?<t>[^\\n]+(?:\\n(?![ \\t]*\\(?\\s*agenda\\s+item)[^\\n]+){0,2})"
            + "\\n?[ \\t]*\\(\\s*agenda\\s+item\\s+(?<n>\\d{1,3}[a-z]?)\\s*\\)");

    private static final Pattern CLAUSE_END = Pattern.compile(".*[.;]$");
    private static final Pattern HEADING_END = Pattern.compile("[.:]$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private UnnumberedItems() {
    }

    private static final Pattern NOT_AN_ITEM_HEADING = Pattern.compile(
            "(?i)(?:" + Lexicon.of("non-item-headings.tsv").alternation() + ")");

    /** Whether a line in capitals heads a minute of unnumbered business ("APOLOGIES FOR ABSENCE"). */
    private static final Cascade<String> CAPITALS_HEADING = Cascade.<String>named("capitalsHeading")
            .reject(Rule.named("wordCount", t -> {
                int words = t.isEmpty() ? 0 : SPACES.split(t).length;
                return words < 1 || words > 14;
            }))
            .reject(Rule.named("length", t -> t.length() < 5 || t.length() > 120))
            .reject(Rule.named("notInCapitals", t -> !Casing.isUpper(t)))
            .reject(Rule.named("partOfMinutes", t -> NOT_AN_ITEM_HEADING.matcher(t).matches()))
            .reject(Rule.named("date", t -> Dates.first(t).isPresent()))
            .reject(Rule.named("personWithTitle", t -> PersonName.parse(t).filter(n -> !n.honorific().isEmpty()).isPresent()))
            .reject(Rule.named("committeeName", t -> Committees.clean(t) != null))
            .otherwise(true);

    /** Whether {@code line} is a heading in capitals that may title a minute (cascade {@code capitalsHeading}). */
    static boolean capitalsHeading(String line) {
        return CAPITALS_HEADING.accepts(HEADING_END.matcher(line).replaceAll("").strip());
    }

    /**
     * Minutes that do not number their business: headings in capitals, each over the text of its
     * minute ("APOLOGIES FOR ABSENCE / Apologies were received from ..."). Read only where no numbered
     * item was found, and only when there are at least two.
     */
    static List<ItemSection> headingItems(Lines lines, int from, int to) {
        List<int[]> found = new ArrayList<>();
        int i = lines.indexAt(from);
        for (; i < lines.size() && lines.get(i).start() < to; i++) {
            Lines.Line l = lines.get(i);
            if (!capitalsHeading(l.text())) {
                continue;
            }
            int prev = i - 1;
            boolean apart = prev < 0 || lines.get(prev).blank() || lines.get(prev).start() < from;
            int next = lines.nextNonBlank(i + 1);
            boolean body = next > 0 && next < lines.size() && !Casing.isUpper(lines.get(next).text());
            if (apart && body) {
                found.add(new int[] {i, next});
            }
        }
        return sections(lines, found, to);
    }

    /** The head of a web page's item table, "No. Item": the items follow it, numbered or not. */
    private static final Pattern ITEM_TABLE_HEAD = Pattern.compile("(?i)^no\\.?\\s*item$");
    /** "To receive ...", "To approve ...": the agenda's words for an item, under its title. */
    private static final Pattern AGENDA_WORDS = Pattern.compile("^To\\s+\\p{Ll}+\\b.*"
            // the site's note under an item that has no papers: "(There are no pages for this part of the agenda.)"
            + "|^\\((?i:there\\s+are\\s+no\\s+(?:pages|papers|documents)\\b)[^)]*\\)$");
    /** The label over the minute's text in an item's cell. */
    private static final Pattern MINUTES_LABEL = Pattern.compile("(?i)^(?:minutes|decision)\\s*:$");
    /** A line that ends what it says: a sentence, or the lead-in to a list ("for the reasons given:-"). */
    private static final Pattern FINISHED = Pattern.compile("[.:;!?][\\-–]?$");

    /** Whether a line of a web page's item table may be an item's title: short, capitalised, no sentence. */
    private static final Cascade<String> WEB_TITLE = Cascade.<String>named("webUnnumberedTitle")
            .reject(Rule.named("wordCount", t -> {
                int words = t.isEmpty() ? 0 : SPACES.split(t).length;
                return words < 1 || words > 20;
            }))
            .reject(Rule.named("notCapitalised", t -> t.isEmpty() || !Character.isUpperCase(t.codePointAt(0))))
            .reject(Rule.named("finished", t -> FINISHED.matcher(t).find() || t.endsWith(",")))
            .reject(Rule.named("label", t -> MINUTES_LABEL.matcher(t + ":").matches() || ITEM_TABLE_HEAD.matcher(t).matches()))
            .reject(Rule.named("partOfMinutes", t -> NOT_AN_ITEM_HEADING.matcher(t).matches()))
            .reject(Rule.named("person", t -> PersonName.parse(t).isPresent()
                    || PersonName.parse(t.replaceFirst("\\s+[-–].*$", "")).filter(n -> !n.honorific().isEmpty()).isPresent()))
            .otherwise(true);

    /**
     * A web page's item table that numbers nothing ("No. Item", then each item's title, its agenda words,
     * "Minutes:" and the minute): a title is a short line after a finished one, over the agenda's words
     * ("To receive ..."), the minutes' label or a sentence, or carrying its document's mark ("pdf icon"); over
     * the agenda's words or the label, after any line.
     * Read only where no numbered item was found, after the table's head, and only when there are two.
     */
    static List<ItemSection> webTitleItems(Lines lines, int from, int to) {
        int i = lines.indexAt(from);
        while (i < lines.size() && lines.get(i).start() < to && !ITEM_TABLE_HEAD.matcher(lines.get(i).text().strip()).matches()) {
            i++;
        }
        List<int[]> found = new ArrayList<>();
        int prev = i;
        for (i = i + 1; i < lines.size() && lines.get(i).start() < to; i++) {
            Lines.Line l = lines.get(i);
            if (l.blank()) {
                continue;
            }
            String t = l.text().strip();
            boolean marked = AgendaItems.DOCUMENT_MARK.matcher(t).find();
            String title = marked ? AgendaItems.tidy(t) : t;
            // "Minutes pdf icon PDF 156 KB": the item of the last meeting's minutes, its document linked, not the label over a minute
            boolean minutesItem = marked && MINUTES_LABEL.matcher(title + ":").matches();
            int next = lines.nextNonBlank(i + 1);
            String under = next < 0 || lines.get(next).start() >= to ? "" : lines.get(next).text().strip();
            boolean afterEnd = ITEM_TABLE_HEAD.matcher(lines.get(prev).text().strip()).matches()
                    || FINISHED.matcher(lines.get(prev).text().strip()).find();
            // the agenda's words or the minutes' label under a line make it a title wherever it stands
            boolean overItemText = AGENDA_WORDS.matcher(under).matches() || MINUTES_LABEL.matcher(under).matches();
            boolean overText = marked || overItemText || under.endsWith(".") && !WEB_TITLE.accepts(under);
            if ((afterEnd && overText || overItemText) && (minutesItem || WEB_TITLE.accepts(title)) && next > 0) {
                found.add(new int[] {i, next});
            }
            prev = i;
        }
        return sections(lines, found, to);
    }

    /**
     * The items of unnumbered titles ({@code found}: each title's line and its body's first line), each to the
     * next title; none unless there are two, since one such line alone may be any heading.
     */
    private static List<ItemSection> sections(Lines lines, List<int[]> found, int to) {
        String text = lines.text();
        List<ItemSection> out = new ArrayList<>();
        if (found.size() < 2) {
            return out;
        }
        for (int k = 0; k < found.size(); k++) {
            Lines.Line h = lines.get(found.get(k)[0]);
            int bodyStart = lines.get(found.get(k)[1]).start();
            int bodyEnd = k + 1 < found.size() ? lines.get(found.get(k + 1)[0]).start() : to;
            Span body = new Span(Math.min(bodyStart, bodyEnd), bodyEnd);
            out.add(new ItemSection(Optional.empty(), AgendaItems.tidy(h.text()), h.span(text), body, Resolutions.find(text, body), false));
        }
        return out;
    }

    /**
     * Decision forms list each item as "(a) Subject: Title" with "(agenda item 7)" under it; where a
     * section has those, they are its items.
     */
    static List<ItemSection> subjectItems(Lines lines, int from, int to) {
        String text = lines.text();
        List<int[]> found = new ArrayList<>();
        List<String[]> parts = new ArrayList<>();
        Matcher m = SUBJECT_ITEM.matcher(text).region(from, to);
        while (m.find()) {
            found.add(new int[] {m.start(), m.start("t"), m.end("t"), m.end()});
            parts.add(new String[] {m.group("n"), m.group("t")});
        }
        List<ItemSection> out = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            int[] f = found.get(k);
            int bodyEnd = k + 1 < found.size() ? lines.get(lines.indexAt(found.get(k + 1)[0])).start() : to;
            // a form repeats its heading lines ("Deadline for ... referral") above each subject
            int li = lines.indexAt(f[0]);
            int prev = lines.prevNonBlank(li - 1);
            if (k + 1 < found.size()) {
                int nextTop = lines.indexAt(found.get(k + 1)[0]);
                int above = lines.prevNonBlank(nextTop - 1);
                if (above >= 0 && lines.get(above).start() > f[3] && lines.get(above).text().length() < 80
                        && !CLAUSE_END.matcher(lines.get(above).text()).matches()) {
                    bodyEnd = Math.min(bodyEnd, lines.get(above).start());
                }
            }
            Span body = new Span(f[3], Math.max(f[3], bodyEnd));
            String title = AgendaItems.tidy(parts.get(k)[1]);
            out.add(new ItemSection(Optional.of(parts.get(k)[0]), title, new Span(f[1], f[2]), body,
                    Resolutions.find(text, body), false));
        }
        return out;
    }

}
