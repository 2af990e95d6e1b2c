package org.councilgraph.segment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * Numbered items of business within a meeting section: "24. Title", "1 Welcome, Introductions",
 * a number alone on a line with the title under it (web pages), "84. Apologies / (Item 1)".
 *
 * <p>Item numbers in a meeting run upwards, so a number that breaks the run ("1. Mr T Northby provided
 * an update" inside item 87) is a numbered paragraph, not an item. Titles may wrap over lines.
 */
final class AgendaItems {
    /** "Cllr", "Mrs", "Dr": the titles printed before a name, as a regex alternation. */
    private static final String HONORIFICS = Lexicon.of("honorific-words.tsv").alternation();
    private static final Pattern NUMBERED = ItemNumbers.NUMBERED;
    private static final Lexicon MARKS = Lexicon.of("item-title-marks.tsv");
    private static final Pattern TRAILER = Pattern.compile("(?i)\\s*(?:" + MARKS.alternationWhere(1, "trailer") + ")\\s*$");
    /** A linked document's mark in a web page's title line: "pdf icon", "PDF 97 KB". */
    static final Pattern DOCUMENT_MARK = Pattern.compile("(?i)\\bpdf\\s+\\d+(?:\\.\\d+)?\\s*[kmg]b\\b|pdf icon");
    /**
     * The pages of an agenda pack an item's paper fills, printed at the end of its line ("9 - 16", "(Pages 13 - 28)"):
     * the item has a document in the pack, as a web page's file link says.
     */
    private static final Pattern PACK_PAGES = Pattern.compile(
            "(?im)\\(\\s*pages?\\s+\\d{1,4}\\s*(?:-|–|to)\\s*\\d{1,4}\\s*\\)|\\S[ \\t]{2,}(?:pages?\\s+)?\\d{1,4}\\s*(?:-|–|to)\\s*\\d{1,4}[ \\t]*$");
    private static final Pattern MONTH_START = Pattern.compile("(?i)^(?:" + Lexicon.of("month-forms.tsv").alternation() + ")\\b");
    private static final Lexicon FUNCTION_WORDS = Lexicon.of("function-words.tsv");
    /** A line a minute's text starts with ("Members noted ...", "To receive ..."), not a title's next line. */
    private static final Pattern BODY_START = Pattern.compile(
            "(?i)^(?:" + Lexicon.of("item-text-openers.tsv").alternation() + ")\\b.*");
    /** A title line that runs on: it ends in a joining word or mark ("Report of the", "Budget 2025 -"). */
    static final Pattern FUNCTION_END = Pattern.compile(
            "(?i).*(?:\\b(?:" + FUNCTION_WORDS.alternationWhere(1, "join") + ")|[,&/\\-–])$");
    private static final Pattern FUNCTION_WORD = Pattern.compile("(?i)" + FUNCTION_WORDS.alternation());
    /** "Members noted the report": a minute's sentence, not an item title. */
    private static final Pattern SENTENCE_OPENING = Pattern.compile("^(?:" + Tables.alternationOfKind("minute-sentence-words.tsv", "opener") + ")\\s+[a-z]?.*");
    private static final Pattern NARRATIVE_VERB = Pattern.compile(".*\\b(?:" + Tables.alternationOfKind("minute-sentence-words.tsv", "verb") + ")\\b.*");
    private static final Pattern TITLE_VERB = Pattern.compile("(?i).*\\b(?:" + Tables.alternationOfKind("minute-sentence-words.tsv", "title-verb") + ")\\b.*");
    /** "5.1 ...": a paragraph or sub-item number after the item's. */
    private static final Pattern SUB_NUMBER = Pattern.compile("^\\d{1,2}(?:\\s.*|$)");
    private static final Pattern NUMBER_MARK = Pattern.compile("[.):]");
    /** A figure, a date or an amount where a title would start. */
    private static final Pattern FIGURE_START = Pattern.compile("^[\\d.:,%£-].*");
    /** "2024/25 P3 Report": a title starting with a financial year or period. */
    private static final Pattern PERIOD_TITLE = Pattern.compile("^\\d{2,4}/\\d{2,5}\\s+(?:-\\s+)?[A-Z].*");
    private static final Pattern ATTACHMENT = Pattern.compile(
            "(?i)^(?:[-–]\\s*)?(?:" + Lexicon.of("attachment-words.tsv").alternation() + ")\\b.*");
    /** "Cllr Ann Westby, Chair of ...": a name and a role after a number, an entry of a list of people. */
    private static final Pattern NAME_THEN_ROLE = Pattern.compile(
            "^(?:(?:" + HONORIFICS + ")\\.?\\s+)?[A-Z][a-z]+(?:\\s+[A-Z]\\.?)?\\s+[A-Z][a-z'’\\-]+,\\s+[A-Z].*");
    /** A title broken inside its page reference: "Budget (pages" / "5 - 12)". */
    private static final Pattern OPEN_PAGES = Pattern.compile("(?is).*\\(\\s*pages?\\s*$");
    private static final Pattern PAGES_CLOSE = Pattern.compile("^\\d+\\s*(?:-|–|to)\\s*\\d+\\s*\\).*");
    /** Lines under a title that are never part of it: item marks, page references, labels of web pages. */
    private static final Pattern NOT_TITLE_LINE = Pattern.compile("(?i)^(?:" + MARKS.alternationWhere(1, "not-title") + ")$");
    /** "Invoices received :-", "Account: £881.15": a label and what it labels, text under a title. */
    private static final Pattern LABELLED = Pattern.compile(".*\\S\\s*:(?:-|\\s|$).*");
    private static final Pattern CONTACT_OR_PAGE = Pattern.compile("(?i)^(?:" + MARKS.alternationWhere(1, "contact") + ")\\b.*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern OPEN_PAGES_END = Pattern.compile("(?i)\\s*\\(\\s*pages?\\s*$");

    private AgendaItems() {
    }

    /** A front sheet's heading over numbered steps that are no items: "EMERGENCY EVACUATION INSTRUCTIONS" (item-title-marks.tsv). */
    private static final Pattern INSTRUCTIONS = Pattern.compile("(?i)(?:" + MARKS.alternationWhere(1, "instructions") + ")");

    /** A title line found, before resolutions and bodies are attached. */
    private record Head(int number, String title, Span titleSpan, int lineIndex, int bodyStart, boolean document,
                        int name, boolean itemMark, String printed, int sub, String prefix) {
    }

    /**
     * A title in capitals (two words or more, or one of four letters or more) with a sentence after it in the
     * same line, as an agenda table's cell prints an item and its description: "NEW SCHOOL PROJECT Report by
     * the Director of Education." A dash at the capitals' end joins what follows to the title ("APPLICATION – 24/0310/FULL –
     * Land adjacent to Westby Farm").
     */
    private static final Pattern CAPITALS_THEN_DESCRIPTION = Pattern.compile(
            "^(?<title>\\p{Lu}[\\p{Lu}\\d'’&/:,()-]*(?:\\s+[\\p{Lu}\\d&–-][\\p{Lu}\\d'’&/:,().-]*)+|\\p{Lu}{4,})(?<![-–])\\s+(?=\\p{Lu}\\p{Ll}+\\s+\\p{Ll}+\\s+\\S+\\s+\\S)(?<rest>.+)$");
    /**
     * A title in capitals, a dash, and the minute's first sentence run on after it in the same line: "ON-CALL REVIEW -
     * The Director submitted a report", "MINUTES - Resolved - That ...". The title may hold dashes of its own
     * ("ACCOUNTS - PERIOD ENDING 31 OCTOBER 2024 - The ..."); "DC/25/3817/FUL - Land South of Westby Road" is a title.
     */
    private static final Pattern CAPITALS_DASH_SENTENCE = Pattern.compile(
            "^(?<title>\\p{Lu}[\\p{Lu}\\d'’&/:,()-]*(?:\\s+(?:[-–]\\s+)?[\\p{Lu}\\d&][\\p{Lu}\\d'’&/:,().-]*)*)\\s+[-–]\\s+"
            // a sentence, with a verb among its first words ("declared", "Resolved", "were") or a sentence's opening word
            // ("The"), not a place's description ("Land adjacent to Westby Farm")
            + "(?<rest>\\p{Lu}\\p{Ll}*(?:(?:\\s+\\S+){0,10}?\\s+(?:\\p{Ll}{2,}ed|was|were|is|are|had|has))?\\b(?<=ed|was|were|is|are|had|has)\\b.*"
            + "|(?:" + Tables.alternationOfKind("minute-sentence-words.tsv", "opener") + ")\\s.*)$");
    /** "418  Apologies          418": a minute's number printed again in the right margin; group 1 is the line without it. */
    private static final Pattern MARGIN_NUMBER = Pattern.compile("^([ \\t]*(\\d{1,4})[.)]?[ \\t]+\\S.*?\\S)[ \\t]{2,}\\2[ \\t]*$");
    /** "(Item 3)", "Agenda Item 3": the printed minutes say which agenda item a minute records. */
    private static final Pattern ITEM_MARK = Pattern.compile("(?i)^\\(?\\s*(?:agenda\\s+)?item\\s+\\d+[a-z]?\\s*\\)?\\.?$");
    /**
     * A numbered line read one way ({@code reading}), and the first line of its title (the line itself,
     * or the next line under a bare number; {@code titleLine} -1 when there is none).
     */
    private record Numbered(int line, Matcher parts, ItemNumbers.Reading reading, int titleLine, String first, String roman, boolean inRun) {
        /** The same line, its number one of a run of such numbers on the paper ("1829.", "1830."). */
        Numbered run() {
            return new Numbered(line, parts, reading, titleLine, first, roman, true);
        }

        String number() {
            return reading.running();
        }

        String dot() {
            return parts.group("dot");
        }

        boolean bare() {
            return parts.group("t") == null || parts.group("t").isBlank();
        }

        String printed() {
            return roman != null ? roman : ItemNumbers.printed(parts);
        }

        int sub() {
            return reading.sub();
        }

        @Override
        public String toString() {
            return parts.group() + (titleLine != line && first != null ? " / " + first : "");
        }
    }

    private static final Rule<Numbered> ZERO_PADDED = Rule.named("zeroPadded", c -> c.reading().prefix().isEmpty()
            && c.number().length() > 1 && c.number().startsWith("0")); // "01 Ann Westby": a numbered list
    /**
     * A minute's number runs past this only after its letters ("C1412"), which a paper's other figures lack, or
     * in a run of numbered titles that follow one another ("1829. Apologies", "1830. Public Participation"):
     * minutes numbered on from year to year.
     */
    private static final Rule<Numbered> NUMBER_TOO_HIGH = Rule.named("numberTooHigh", c -> Integer.parseInt(c.number()) > 400
            && c.parts().group("p") == null && !c.inRun());
    /** "5.1 The Committee noted the report": a numbered paragraph, where "5.1 Broadband" is a sub-item. */
    private static final Rule<Numbered> PARAGRAPH_NUMBER = Rule.named("paragraphNumber",
            c -> !c.bare() && c.dot().equals(".") && SUB_NUMBER.matcher(c.first()).matches()
                    || c.reading().dotted() && c.first() != null && sentenceLike(c.first()));
    /** "8" alone on a line may be a page's number; "8.", "8/22" and "Item 8" are no page's. */
    private static final Rule<Numbered> BARE_WITHOUT_MARK = Rule.named("bareNumberWithoutMark",
            c -> c.bare() && !NUMBER_MARK.matcher(c.dot()).matches() && !ItemNumbers.distinctive(c.parts()));
    private static final Rule<Numbered> NO_TITLE_UNDER = Rule.named("noTitleUnderNumber", c -> c.bare() && c.titleLine() < 0);
    /** "12 September 2024 at 5.00 pm" is a date, not item 12; "11 2024/25 P3 Report" is an item. */
    private static final Rule<Numbered> DATE_OR_FIGURE = Rule.named("dateOrFigure",
            c -> !c.bare() && c.dot().isBlank() && (MONTH_START.matcher(c.first()).find()
                    || FIGURE_START.matcher(c.first()).matches() && !PERIOD_TITLE.matcher(c.first()).matches()));
    /** Words a title has at most; more make a numbered paragraph. */
    private static final int TITLE_WORDS = 25;
    private static final int WEB_TITLE_WORDS = 40;
    private static final Rule<Numbered> IMPLAUSIBLE_TITLE = Rule.named("implausibleTitle", c -> !plausibleTitle(c.first(), TITLE_WORDS));
    /** A web page's item table sets the title in a cell of its own: a longer title is still a title there. */
    private static final Rule<Numbered> IMPLAUSIBLE_WEB_TITLE = Rule.named("implausibleWebTitle", c -> !plausibleTitle(c.first(), WEB_TITLE_WORDS));
    /** "Item 15a - Appendix 1 ...": a document attached to an item, not business. */
    private static final Rule<Numbered> ATTACHED_DOCUMENT = Rule.named("attachedDocument", c -> ATTACHMENT.matcher(c.first()).matches());

    /** Whether a numbered line may head an item of business. */
    private static final Cascade<Numbered> ITEM_NUMBER = itemNumber("itemNumber", true);
    /**
     * The same on a web page, where a number needs no mark: the item table prints it alone in its cell
     * ("54", "270/22") with the title in the next.
     */
    private static final Cascade<Numbered> WEB_ITEM_NUMBER = itemNumber("webItemNumber", false);

    private static Cascade<Numbered> itemNumber(String name, boolean marked) {
        Cascade.Builder<Numbered> c = Cascade.<Numbered>named(name)
                .reject(ZERO_PADDED)
                .reject(NUMBER_TOO_HIGH)
                .reject(PARAGRAPH_NUMBER);
        if (marked) {
            c = c.reject(BARE_WITHOUT_MARK);
        }
        return c.reject(NO_TITLE_UNDER)
                .reject(DATE_OR_FIGURE)
                .reject(marked ? IMPLAUSIBLE_TITLE : IMPLAUSIBLE_WEB_TITLE)
                .reject(ATTACHED_DOCUMENT)
                .otherwise(true);
    }

    /** "(Item 78)" at the end of a meeting's heading on an item's page: the item it was at that meeting. */
    private static final Pattern ITEM_OF_MEETING = Pattern.compile(MeetingHeaders.ITEM_NOTE + "\\s*$");
    /** A decision's line on a page of decisions: "19/01/2023 - SCALE OF FEES 2023/2024 ref: 5466  For Determination". */
    private static final Pattern DECISION_LINE = Pattern.compile("^\\d{1,2}/\\d{1,2}/\\d{4}\\s+[-–]\\s+(?<t>.{3,200}?)\\s+ref:\\s*\\d+\\b.*$");
    /** Lines read over for an item page's title: labels and the page's own kind. */
    private static final Pattern NOT_PAGE_TITLE = Pattern.compile(
            "(?i)^(?:(?:minutes|decisions?)\\s*:|issue\\s*-\\s*(?:meetings|decisions)|agenda\\s+item|decision\\s+details|decision\\s+maker\\s*:.*)$");
    /** "Decision Maker: Cabinet": the first field of a decision's page, under its title. */
    private static final Pattern DECISION_MAKER = Pattern.compile("(?im)^[ \\t]*decision\\s+maker\\s*:");

    /** The item number of a web page of one item's history, from its meeting's line ("(Item 8.4)"). */
    static Optional<String> pageItemNumber(Lines lines, Span heading) {
        String h = lines.text().substring(heading.start(), heading.end());
        if (!MeetingHeaders.itemPage(h)) {
            return Optional.empty();
        }
        Matcher n = ITEM_OF_MEETING.matcher(h);
        return n.find() ? Optional.of(Marks.stripEnd(n.group("n"), ".")) : Optional.empty();
    }

    /**
     * The one item of a web page that records an item at a meeting ("Meeting: 03/12/2024 - Westby Committee
     * (Item 78)" under the item's title), or a decision made at one ("Made at meeting: ..." under the decision's
     * line); its body runs to {@code to}. Empty when the heading says no such thing.
     */
    static Optional<ItemSection> pageItem(Lines lines, Span heading, int to) {
        String text = lines.text();
        if (!MeetingHeaders.itemPage(text.substring(heading.start(), heading.end()))) {
            return Optional.empty();
        }
        Optional<String> number = pageItemNumber(lines, heading);
        int at = lines.indexAt(heading.start());
        // a decision's own line a few lines above, else the page's title above its first such heading
        for (int i = at - 1; i >= Math.max(0, at - 6); i--) {
            Matcher d = DECISION_LINE.matcher(lines.get(i).text());
            if (d.matches()) {
                Span t = lines.get(i).span(text);
                return Optional.of(item(text, number, d.group("t"), new Span(t.start() + d.start("t"), t.start() + d.end("t")), heading.end(), to));
            }
        }
        // a decision's details print its maker under its title and the meeting at the foot: the decision is the page
        Matcher maker = DECISION_MAKER.matcher(text);
        boolean details = maker.find() && maker.start() < heading.start();
        int first = MeetingHeaders.firstItemPage(text);
        int top = details ? lines.indexAt(maker.start()) : first >= 0 ? lines.indexAt(first) : at;
        for (int i = top - 1; i >= Math.max(0, top - 4); i--) {
            String t = lines.get(i).text();
            if (!t.isEmpty() && !NOT_PAGE_TITLE.matcher(t).matches()) {
                Span title = lines.get(i).span(text);
                return t.length() > 150 ? Optional.empty()
                        : Optional.of(item(text, number, t, title, details ? title.end() : heading.end(), to));
            }
        }
        return Optional.empty();
    }

    private static ItemSection item(String text, Optional<String> number, String title, Span titleSpan, int from, int to) {
        Span body = new Span(Math.min(from, to), to);
        return new ItemSection(number, tidy(title), titleSpan, body, Resolutions.find(text, body), false);
    }

    static List<ItemSection> find(Lines lines, int from, int to) {
        return find(lines, from, to, Optional.empty());
    }

    /**
     * {@code pageItem}: the number a web page of one item's history gives it ("Meeting: 28/11/2024 - Council (Item 8.4)");
     * the page's numbered lines are that item's and the paragraphs of its minutes ("1) To note the report"), so only
     * a line of that number heads an item.
     */
    static List<ItemSection> find(Lines lines, int from, int to, Optional<String> pageItem) {
        List<ItemSection> subjects = UnnumberedItems.subjectItems(lines, from, to);
        if (!subjects.isEmpty()) {
            return subjects;
        }
        List<Head> numbered = dropInstructions(lines, dropNameLists(lines, numberedHeads(lines, from, to, pageItem)));
        if (pageItem.isPresent() && numbered.stream().anyMatch(h -> h.printed().equals(pageItem.get()))) {
            numbered = numbered.stream().filter(h -> h.printed().equals(pageItem.get())).toList();
        }
        List<Head> heads = withSubItems(lines, bestRun(numbered), to);
        if (heads.isEmpty()) {
            List<ItemSection> unnumbered = UnnumberedItems.headingItems(lines, from, to);
            if (unnumbered.isEmpty() && lines.webPage()) {
                unnumbered = UnnumberedItems.webTitleItems(lines, from, to);
            }
            return proseDecisions(lines.text(), unnumbered);
        }
        // a lone "1." followed by nothing sequential is a numbered paragraph, not an agenda
        if (heads.size() == 1 && from > 0 && heads.get(0).title().split(" ").length > 12 && pageItem.isEmpty()) {
            return List.of();
        }
        return proseDecisions(lines.text(), sections(lines, heads, to));
    }

    /**
     * Minutes that mark no decision anywhere with "RESOLVED", "AGREED" or "Decision" record them in
     * sentences ("It was resolved to ..."): then each item's deciding sentences are its resolutions.
     */
    private static List<ItemSection> proseDecisions(String text, List<ItemSection> items) {
        // the last meeting's minutes approved in a sentence of their own are no mark of how the others are decided
        if (items.stream().anyMatch(i -> i.resolutions().stream().anyMatch(r -> !Resolutions.approvesMinutes(r.text())))) {
            // minutes that mark their decisions may still record one in a sentence naming the body that decided
            return items.stream().map(i -> i.resolutions().isEmpty()
                    ? new ItemSection(i.number(), i.title(), i.titleSpan(), i.body(),
                            ProseResolutions.bodyAgreed(text, minute(i)),
                            i.hasDocument())
                    : i).toList();
        }
        List<ItemSection> out = new ArrayList<>();
        for (ItemSection i : items) {
            // a minute may be one sentence, its title ("5. It was agreed to appoint ...")
            List<Layout.ResolutionText> found = new ArrayList<>(ProseResolutions.find(text, i.titleSpan()));
            boolean planning = ProseResolutions.namesPlanning(text.substring(i.titleSpan().start(), i.titleSpan().end()));
            found.addAll(ProseResolutions.find(text, minute(i), planning));
            for (Layout.ResolutionText r : i.resolutions()) {
                if (found.stream().noneMatch(f -> f.span().overlaps(r.span()))) {
                    found.add(r);
                }
            }
            found.sort(java.util.Comparator.comparing(Layout.ResolutionText::span));
            out.add(new ItemSection(i.number(), i.title(), i.titleSpan(), i.body(), found, i.hasDocument()));
        }
        return out;
    }

    /** An item's minute: its body after its title. */
    private static Span minute(ItemSection i) {
        return new Span(Math.max(i.titleSpan().end(), i.body().start()), i.body().end());
    }

    /** Every numbered line between {@code from} and {@code to} that may head an item. */
    private static List<Head> numberedHeads(Lines lines, int from, int to, Optional<String> pageItem) {
        List<Head> heads = new ArrayList<>();
        List<Numbered> all = new ArrayList<>();
        for (int i = lines.indexAt(from); i < lines.size() && lines.get(i).start() < to; i++) {
            all.addAll(numbered(lines, i, to, pageItem));
        }
        // the numbers stopped before a title, without letters: a run of them may pass the height a paper's figures reach
        // ("2431." over its title, as a web page's item table prints a minute's number in a cell of its own; "418  Title")
        Set<Integer> stopped = new HashSet<>();
        for (Numbered c : all) {
            // "418  Apologies" too: a number set apart from a title in capitals by space alone
            boolean stop = ".".equals(c.dot()) || c.dot().isBlank() && c.first() != null && !c.first().isEmpty()
                    && Character.isUpperCase(c.first().codePointAt(0));
            if ((!c.bare() || c.titleLine() >= 0) && stop && c.parts().group("p") == null) {
                stopped.add(Integer.parseInt(c.number()));
            }
        }
        for (Numbered c : all) {
            if (!lines.webPage() && slashAlone(c) && all.stream().noneMatch(o -> o != c && slashAlone(o) && sameYearNext(c, o))) {
                continue; // "21/22" over "Actual", "22/23" over "Budget": a table's years, not minutes of one year
            }
            int n = Integer.parseInt(c.number());
            Numbered read = stopped.contains(n) && (stopped.contains(n - 1) || stopped.contains(n + 1)) ? c.run() : c;
            // the page's own item number alone on its line, as its meeting's line gives it: that item, whatever else
            // a number so printed might be ("8.4" over a title that reads like a sentence)
            boolean pageNumber = read.bare() && pageItem.filter(read.printed()::equals).isPresent();
            if (pageNumber || (lines.webPage() ? WEB_ITEM_NUMBER : ITEM_NUMBER).accepts(read)) {
                head(lines, read, to).ifPresent(heads::add);
            }
        }
        return heads;
    }

    /** "8/22" alone on its line, without a word or letters before it: a minute and its year only in a run of one year's. */
    private static boolean slashAlone(Numbered c) {
        return c.bare() && !NUMBER_MARK.matcher(c.dot()).matches() && !Character.isLetter(c.parts().group().charAt(0))
                && c.parts().group("n").contains("/");
    }

    /** Two such numbers of one year, a few minutes apart: "8/22" and "9/22". */
    private static boolean sameYearNext(Numbered a, Numbered b) {
        String[] x = a.parts().group("n").split("/");
        String[] y = b.parts().group("n").split("/");
        if (x.length != 2 || y.length != 2 || !x[1].equals(y[1])) {
            return false;
        }
        int step = Math.abs(Integer.parseInt(x[0]) - Integer.parseInt(y[0]));
        return step >= 1 && step <= 4;
    }

    /** Line {@code i} as a numbered line, each way its number may be read, with its title's first line. */
    private static List<Numbered> numbered(Lines lines, int i, int to, Optional<String> pageItem) {
        // "418  Apologies          418": the minute's number printed again in the right margin, as Scottish minutes do
        String printedLine = MARGIN_NUMBER.matcher(ItemNumbers.unbracketed(lines.get(i).text())).replaceFirst("$1");
        String line = printedLine;
        // "II BEST VALUE", or "4.(ii)" alone: read in figures, printed as the paper prints them
        Optional<ItemNumbers.RomanLine> romanLine = ItemNumbers.roman(line).or(() -> ItemNumbers.bracketedSub(printedLine));
        String roman = romanLine.map(ItemNumbers.RomanLine::numeral).orElse(null);
        line = romanLine.map(ItemNumbers.RomanLine::inFigures).orElse(line);
        Matcher m = NUMBERED.matcher(line);
        // the number the page's meeting line gives its item ("(Item 8.4)"), alone on its line: that item's, as its cell prints it
        String alone = Marks.stripEnd(line.strip(), ".");
        boolean pageNumber = pageItem.filter(alone::equals).isPresent();
        if (!m.matches() || pageNumber) {
            // a number alone on its line: a web page's number cell, or a printed table's ("8/22", "Item 4") whose title the
            // text puts on the next line
            m = ItemNumbers.ALONE.matcher(line);
            if (!m.matches() || !lines.webPage() && !ItemNumbers.distinctive(m) && !pageNumber) {
                return List.of();
            }
        }
        String first = m.group("t");
        int titleLine = i;
        if (first == null || first.isBlank()) {
            // number alone on its line: the title is the next non-blank line
            titleLine = lines.nextNonBlank(i + 1);
            if (titleLine < 0 || titleLine > i + 3 || lines.get(titleLine).start() >= to) {
                titleLine = -1;
            }
            first = titleLine < 0 ? first : lines.get(titleLine).text();
        }
        List<Numbered> out = new ArrayList<>();
        for (ItemNumbers.Reading r : ItemNumbers.readings(m)) {
            out.add(new Numbered(i, m, r, titleLine, first, roman, false));
        }
        return out;
    }

    /** The head a numbered line starts: a person of a list of names, or a title read over up to four lines. */
    private static Optional<Head> head(Lines lines, Numbered c, int to) {
        String text = lines.text();
        int i = c.line();
        int n = c.reading().number();
        String first = c.first();
        // "10 Dr Ann B Westby": a numbered list of people, not business
        // "COUNCILLOR A WESTBY –": a heading's closing dash makes a name the title of a minute (an obituary), not a list's entry
        Optional<PersonName> asName = HEADING_DASH.matcher(first).find() ? Optional.empty()
                : PersonName.parse(Marks.dropLast(TRAILER.matcher(first).replaceAll("").strip(), ",."));
        int name = asName.isPresent() ? 1 : 0;
        if (asName.isPresent() && (!asName.get().honorific().isEmpty() || asName.get().givenIsInitials())
                || NAME_THEN_ROLE.matcher(first).matches()) {
            return Optional.of(new Head(n, first, lines.get(i).span(text), i, lines.get(i).end(), false, 2, false, c.printed(), c.sub(), c.reading().prefix()));
        }
        Lines.Line tl = lines.get(c.titleLine());
        int titleStart = tl.start() + Math.max(0, tl.text().isEmpty() ? 0 : text.substring(tl.start(), tl.end()).indexOf(first));
        Matcher described = CAPITALS_THEN_DESCRIPTION.matcher(first);
        if (!described.matches()) {
            described = CAPITALS_DASH_SENTENCE.matcher(first);
        }
        if (described.matches()) {
            // "FALKIRK BEST VALUE REPORT Report by the Chief Executive.": the title in capitals, its description after it in the line
            String caps = described.group("title");
            int bodyStart = titleStart + caps.length();
            return Optional.of(new Head(n, tidy(caps), new Span(titleStart, bodyStart), i, bodyStart,
                    DOCUMENT_MARK.matcher(first).find(), name, false, c.printed(), c.sub(), c.reading().prefix()));
        }
        Optional<Head> article = headingOverArticle(lines, c, n, first, name);
        if (article.isPresent()) {
            return article;
        }
        StringBuilder title = new StringBuilder(first);
        TitleRun run = runOn(lines, c, to, title);
        String raw = title.toString();
        String clean = tidy(raw);
        if (clean.length() < 3) {
            return Optional.empty();
        }
        int j = run.next();
        int markLine = lines.nextNonBlank(j);
        // "(Item 3)" under the title, or a web page's item table with the number in a cell of its own: the layout says it is an item
        boolean itemMark = markLine >= 0 && markLine <= j + 2 && ITEM_MARK.matcher(lines.get(markLine).text()).matches()
                || lines.webPage() && c.bare() && c.titleLine() == c.line() + 2 && lines.get(c.line() + 1).blank();
        return Optional.of(new Head(n, clean, new Span(titleStart, Math.max(titleStart, run.end())), i,
                lines.get(Math.min(j, lines.size() - 1)).start(), DOCUMENT_MARK.matcher(raw).find() || PACK_PAGES.matcher(raw).find(), name, itemMark, c.printed(), c.sub(), c.reading().prefix()));
    }

    /**
     * A Scottish minute's article: "SCHOOL ATTENDANCE - CFS/23/311" in capitals over "6.   The Committee had before
     * it a report ...". The numbered line opens the article's text; the heading above it is the item's title.
     */
    private static Optional<Head> headingOverArticle(Lines lines, Numbered c, int n, String first, int name) {
        // the numbered line is a paragraph's first line: a sentence in lower case, not a title ("1. APOLOGIES")
        if (c.titleLine() != c.line() || !BODY_START.matcher(first).matches() || first.length() < 30 || Casing.isUpper(first)) {
            return Optional.empty();
        }
        int above = c.line() - 1;
        while (above >= 0 && above >= c.line() - 3 && lines.get(above).blank()) {
            above--;
        }
        if (above < 0 || above == c.line() - 1 || lines.get(above).blank()) {
            return Optional.empty();
        }
        String heading = lines.get(above).text().strip();
        boolean alone = above == 0 || lines.get(above - 1).blank();
        // the heading of an article approving earlier minutes names their date ("MINUTE OF PREVIOUS MEETING OF 12
        // SEPTEMBER 2023"): it is read without it, as a date alone (a page's running header) is no heading at all
        String undated = Dates.first(heading).map(d -> (heading.substring(0, d.span().start()) + heading.substring(d.span().end())).strip())
                .orElse(heading);
        if (!alone || !UnnumberedItems.capitalsHeading(undated)) {
            return Optional.empty();
        }
        String text = lines.text();
        Span span = lines.get(above).span(text);
        int at = text.indexOf(heading, span.start());
        return Optional.of(new Head(n, tidy(heading), new Span(at, at + heading.length()), c.line(), lines.get(c.line()).start(),
                false, name, false, c.printed(), c.sub(), c.reading().prefix()));
    }

    /** Where a title read over several lines ends, and the first line after it. */
    private record TitleRun(int end, int next) {
    }

    /** Appends to {@code title} the lines it runs on to: at most three, while it plainly continues. */
    private static TitleRun runOn(Lines lines, Numbered c, int to, StringBuilder title) {
        int titleEnd = lines.get(c.titleLine()).end();
        int j = c.titleLine() + 1;
        int added = 0;
        while (added < 3 && j < lines.size() && lines.get(j).start() < to) {
            String cur = TRAILER.matcher(title.toString().strip()).replaceAll("");
            if (Marks.endsWithOne(cur, ".?!:") || DOCUMENT_MARK.matcher(title).find()) {
                break;
            }
            Lines.Line next = lines.get(j);
            // "Performance Report: 1 April 2025 –" straight over "30 June 2025": a dash at the line's end runs on
            boolean runsOn = FUNCTION_END.matcher(cur).matches() || !next.blank() && HEADING_DASH.matcher(title).find();
            if (c.titleLine() != c.line() && !runsOn) {
                break; // a title under a bare number is one line unless it plainly runs on
            }
            if (next.blank()) {
                int k = lines.nextNonBlank(j);
                // "APOLOGIES FOR ABSENCE –" over a blank line and the minute's sentence: the dash marks the heading's end
                if (k < 0 || k > j + 2 || !runsOn || NUMBERED.matcher(lines.get(k).text()).matches()
                        || bodyUnder(cur, lines.get(k).text())) {
                    break;
                }
                next = lines.get(k);
                j = k;
            }
            String nt = next.text();
            if (OPEN_PAGES.matcher(title).matches() && PAGES_CLOSE.matcher(nt).matches()) {
                append(title, nt);
                return new TitleRun(next.end(), j + 1);
            }
            if (endsTitle(nt, runsOn) || !runsOn && bodyUnder(cur, nt)) {
                break;
            }
            append(title, nt);
            titleEnd = next.end();
            j++;
            added++;
        }
        return new TitleRun(titleEnd, j);
    }

    /** Whether line {@code next} is not part of the title above it. */
    private static boolean endsTitle(String next, boolean runsOn) {
        return next.length() > 110 || NUMBERED.matcher(next).matches() && !runsOn
                || BODY_START.matcher(next).matches() && !runsOn
                || NOT_TITLE_LINE.matcher(next).matches() || SubItems.isLettered(next)
                || BULLETED.matcher(next).lookingAt(); // "• Councillor Westby": a list under the title
    }

    /** A spaced dash at a line's end: how some minutes close a heading ("MINUTES –"). */
    private static final Pattern HEADING_DASH = Pattern.compile("\\s[-–—]\\s*$");
    private static final Pattern BULLETED = Pattern.compile("^[ \\t]*" + Marks.BULLET);

    /**
     * Whether the line under a complete title is its item's text: a long line under a short title, or a
     * line in small letters under a title in capitals ("CORRESPONDENCE" over "i) Bank statement"); a line
     * with no letters ("2025/26", the municipal year a title wraps onto) is none.
     */
    private static boolean bodyUnder(String title, String next) {
        return next.length() > 40 && next.length() > 2 * title.length()
                || Casing.isUpper(title) && title.length() > 3 && !Casing.isUpper(next) && next.chars().anyMatch(Character::isLowerCase)
                || LABELLED.matcher(next).matches() && title.indexOf(':') < 0;
    }

    /** The run with the items it left out added in place: bare numbers that fill a gap, lettered sub-items. */
    private static List<Head> withSubItems(Lines lines, List<Head> run, int to) {
        if (run.isEmpty()) {
            return run;
        }
        List<SubItems.Found> found = new ArrayList<>();
        List<Integer> titleEnds = new ArrayList<>();
        for (Head h : run) {
            found.add(new SubItems.Found(h.lineIndex(), h.lineIndex(), h.number(), h.sub(), h.printed(), h.prefix(), h.title()));
            titleEnds.add(lines.indexAt(Math.max(h.titleSpan().start(), h.titleSpan().end() - 1)));
        }
        List<SubItems.Found> extra = new ArrayList<>(SubItems.gaps(lines, found, to));
        extra.addAll(SubItems.lettered(lines, found, titleEnds, to));
        List<Head> out = new ArrayList<>(run);
        String text = lines.text();
        for (SubItems.Found f : extra) {
            Lines.Line tl = lines.get(f.titleLine());
            int body = f.titleLine() + 1 < lines.size() ? lines.get(f.titleLine() + 1).start() : tl.end();
            out.add(new Head(f.number(), tidy(f.title()), tl.span(text), f.line(), body, false, 0, false, f.printed(), f.sub(), f.prefix()));
        }
        out.sort((a, b) -> Integer.compare(a.lineIndex(), b.lineIndex()));
        return out;
    }

    /** Each head's item: its title and the text up to the next head, with the resolutions in it. */
    private static List<ItemSection> sections(Lines lines, List<Head> heads, int to) {
        List<ItemSection> items = new ArrayList<>();
        for (int k = 0; k < heads.size(); k++) {
            Head h = heads.get(k);
            int bodyEnd = k + 1 < heads.size() ? lines.get(heads.get(k + 1).lineIndex()).start() : to;
            Span body = new Span(Math.min(h.bodyStart(), bodyEnd), bodyEnd);
            items.add(new ItemSection(Optional.of(h.printed()), h.title(), h.titleSpan(), body,
                    Resolutions.find(lines.text(), body), h.document()));
        }
        return items;
    }

    /** A title's next line: "2024-" and "25" are one word broken at the line's end. */
    private static void append(StringBuilder title, String next) {
        boolean broken = title.length() > 1 && title.charAt(title.length() - 1) == '-'
                && Character.isLetterOrDigit(title.charAt(title.length() - 2)) && !next.isEmpty()
                && (Character.isDigit(next.charAt(0)) || Character.isLowerCase(next.charAt(0)));
        title.append(broken ? "" : " ").append(next);
    }

    /**
     * A block of numbered lines with nothing else between them, most of them people's names, is a
     * list of speakers or signatories ("10 Dr Ann B Westby", "11 Carol Riverford"): none of it is
     * business. Names printed with a title are never items, in a block or not.
     */
    private static List<Head> dropNameLists(Lines lines, List<Head> heads) {
        List<Head> out = new ArrayList<>();
        for (List<Head> block : blocks(lines, heads)) {
            // a number read two ways is one line of the block
            long size = block.stream().mapToInt(Head::lineIndex).distinct().count();
            long names = block.stream().filter(h -> h.name() > 0).mapToInt(Head::lineIndex).distinct().count();
            boolean nameList = size >= 3 && names * 5 >= size * 3;
            for (Head h : block) {
                if (h.name() < 2 && !nameList) {
                    out.add(h);
                }
            }
        }
        return out;
    }

    /** "EMERGENCY EVACUATION INSTRUCTIONS" over "1  If you hear the alarm, ...": numbered steps under such a heading are no items. */
    private static List<Head> dropInstructions(Lines lines, List<Head> heads) {
        List<Head> out = new ArrayList<>();
        for (List<Head> block : blocks(lines, heads)) {
            int above = lines.prevNonBlank(block.get(0).lineIndex() - 1);
            // a heading: a short line, no sentence ("The fire evacuation arrangements were explained.")
            String heading = above < 0 ? "" : lines.get(above).text();
            if (heading.length() > 60 || heading.endsWith(".") || !INSTRUCTIONS.matcher(heading).matches()) {
                out.addAll(block);
            }
        }
        return out;
    }

    /** The heads in blocks: numbered lines with nothing but blank lines between them. */
    private static List<List<Head>> blocks(Lines lines, List<Head> heads) {
        List<List<Head>> out = new ArrayList<>();
        int k = 0;
        while (k < heads.size()) {
            int e = k + 1;
            while (e < heads.size() && onlyBlankBetween(lines, heads.get(e - 1), heads.get(e))) {
                e++;
            }
            out.add(heads.subList(k, e));
            k = e;
        }
        return out;
    }

    private static boolean onlyBlankBetween(Lines lines, Head a, Head b) {
        int last = lines.indexAt(a.titleSpan().end() > 0 ? a.titleSpan().end() - 1 : 0);
        for (int i = Math.max(a.lineIndex(), last) + 1; i < b.lineIndex(); i++) {
            if (!lines.get(i).blank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Item numbers run upwards through a meeting. Of all numbered lines, keep the chain with rising
     * numbers (steps of 1 to 4) that reads most like a list of titles: numbered paragraphs and
     * numbered resolutions read as sentences and lose to the real items around them.
     */
    private static List<Head> bestRun(List<Head> heads) {
        int n = heads.size();
        if (n == 0) {
            return heads;
        }
        double[] best = new double[n];
        int[] prev = new int[n];
        for (int k = 0; k < n; k++) {
            double title = titleScore(heads.get(k));
            best[k] = title;
            prev[k] = -1;
            for (int j = 0; j < k; j++) {
                int step = heads.get(k).number() - heads.get(j).number();
                // "7", "7a", "7b", "8": a lettered sub-item follows its item or the sub-item before it
                boolean subStep = step == 0 && heads.get(k).sub() > heads.get(j).sub() && heads.get(k).sub() - heads.get(j).sub() <= 2;
                if (subStep) {
                    step = 1;
                }
                if (step < 1 || step > 4 || heads.get(j).lineIndex() >= heads.get(k).lineIndex()) {
                    continue;
                }
                // "16.03.9", "16.3.10": what stays the same from item to item stays the same, but for a slip
                double prefix = heads.get(k).prefix().equals(heads.get(j).prefix()) ? 0
                        : heads.get(k).prefix().isEmpty() || heads.get(j).prefix().isEmpty() ? Double.NaN : 1.0;
                if (Double.isNaN(prefix)) {
                    continue;
                }
                double s = best[j] + title - 0.5 * (step - 1) - prefix;
                if (s > best[k]) {
                    best[k] = s;
                    prev[k] = j;
                }
            }
        }
        int end = 0;
        for (int k = 1; k < n; k++) {
            if (best[k] > best[end]) {
                end = k;
            }
        }
        List<Head> chain = new ArrayList<>();
        for (int k = end; k >= 0; k = prev[k]) {
            chain.add(0, heads.get(k));
        }
        return chain;
    }

    /**
     * How much a line reads like an item title: capitalised words, short, no sentence verbs; a
     * minute marked "(Item 3)" under its title is certainly one. Sentences score below zero, so that
     * numbered paragraphs never join the run of items however many there are.
     */
    private static double titleScore(Head h) {
        double score = wordScore(h);
        if (h.itemMark()) {
            score += 1.0;
        }
        if (Casing.isUpper(h.title()) && h.title().length() > 5) {
            score += 0.3;
        }
        if (h.name() > 0) {
            score -= 0.8;
        }
        if (SENTENCE_OPENING.matcher(h.title()).matches() && NARRATIVE_VERB.matcher(h.title()).matches()) {
            score -= 1.0;
        }
        return score;
    }

    private static double wordScore(Head h) {
        String[] words = SPACES.split(h.title());
        int content = 0;
        int capital = 0;
        for (String w : words) {
            String bare = Marks.fromFirstLetterOrDigit(w);
            if (bare.isEmpty() || FUNCTION_WORD.matcher(bare).matches()) {
                continue;
            }
            content++;
            if (Character.isUpperCase(bare.codePointAt(0)) || Character.isDigit(bare.codePointAt(0))) {
                capital++;
            }
        }
        double ratio = content == 0 ? 0 : (double) capital / content;
        double score = 0.6 + ratio;
        if (words.length > 18) {
            score -= 0.5;
        }
        if (words.length > 30) {
            score -= 0.5;
        }
        if (TITLE_VERB.matcher(h.title()).matches()) {
            score -= 0.3;
        }
        return score;
    }

    /** A title that reads as a sentence: it opens as one and narrates, or ends with a full stop. */
    private static boolean sentenceLike(String t) {
        String s = t.strip();
        return SENTENCE_OPENING.matcher(s).matches() || s.endsWith(".") && SPACES.split(s).length > 3 || SPACES.split(s).length > 14;
    }

    private static boolean plausibleTitle(String t, int words) {
        String s = t.strip();
        if (s.isEmpty() || !Character.isUpperCase(s.codePointAt(0)) && !Character.isDigit(s.codePointAt(0))) {
            return false;
        }
        if (CONTACT_OR_PAGE.matcher(s).matches()) {
            return false;
        }
        // a long sentence with a finite verb is a numbered paragraph; a link's file size is no part of the title
        return SPACES.split(tidy(s)).length <= words;
    }

    /**
     * A table's row read as one line, "Convenor&lt;gap&gt;(WR)", "Budget&lt;tab&gt;Treasurer": the title is
     * the first cell when the next (a lead, a page reference) is the shorter.
     */
    private static String withoutLeadColumn(String raw) {
        Matcher gap = Lines.CELL_GAP.matcher(raw);
        if (!gap.find() || gap.start() < 3) {
            return raw;
        }
        String rest = raw.substring(gap.end()).strip();
        return rest.length() <= 40 && rest.length() < gap.start() && rest.indexOf('\n') < 0 ? raw.substring(0, gap.start()) : raw;
    }

    /** Title without page references, "(Item 3)", file-size marks, final full stop; capitals tidied. */
    static String tidy(String raw) {
        String s = SPACES.matcher(withoutLeadColumn(raw.strip())).replaceAll(" ").strip();
        String prev;
        do {
            prev = s;
            s = TRAILER.matcher(s).replaceAll("").strip();
        } while (!s.equals(prev));
        s = OPEN_PAGES_END.matcher(s).replaceAll("");
        s = Marks.stripEnd(s, " \t\n.:;,").strip();
        return s;
    }
}
