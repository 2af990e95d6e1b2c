package org.councilgraph.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.text.Casing;
import org.councilgraph.text.Dates;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.Span;

/**
 * Report covers in a pack. Councils print three kinds:
 * <ul>
 *   <li>a heading "REPORT OF THE DIRECTOR OF ..." under the committee and date, the title above
 *       or below it;</li>
 *   <li>labelled fields: "From: / To: / Subject:", "COMMITTEE: / DATE: / TITLE:", "REPORT TO: /
 *       REPORT TITLE: / RESPONSIBLE OFFICER:", "Date of meeting: / Lead Director: / Report author:";</li>
 *   <li>a line "Report by Ann Westby, Director ..." or "Presented by: ..." under the title.</li>
 * </ul>
 */
final class ReportCovers {
    private static final Pattern PRESENTED_BY = Pattern.compile("(?i)^(?:presented|presentation)\\s+by\\b.*");
    /** A date after the committee in a "To:" field: "Cabinet - 3 March 2025". */
    private static final Pattern DATE_AFTER_TO = Pattern.compile(
            "\\s*[-–,]?\\s*(?:" + Dates.WEEKDAY_STEM + "day,?\\s*)?\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Za-z]+(?:\\s+\\d{4})?.*$");
    /** A date after a committee's name at the top of a cover: "Cabinet: Monday, 3 March, 2025". */
    private static final Pattern DATE_AFTER_NAME = Pattern.compile(
            ":?\\s*[-–]?\\s*(?:" + Dates.WEEKDAY_STEM + "day,?\\s*)?\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Za-z]+(?:,?\\s+\\d{4})?.*$");
    private static final Pattern COMMITTEE_LABEL = Pattern.compile("^\\s*(?:to|committee|meeting|report\\s+to)\\s*:\\s*");
    private static final Pattern AFTER_COLON = Pattern.compile("\\s*:.*$");

    /** A cover found, with the line it starts on. */
    record Cover(int start, Span span, String title, Optional<String> reportOf, Optional<String> committee,
                 Optional<LocalDate> date) {
    }

    private static final Pattern REPORT_OF_HEADING = Pattern.compile(
            "(?m)^[ \\t]*(?:JOINT\\s+)?REPORT\\s+(?:OF|BY|FROM)(?![ \\t]*:)\\s*(?:THE\\s*)?(?<who>[^\\n]*(?:\\n[ \\t]*\\n?[ \\t]*[A-Z&,’' ]{3,}[ \\t]*$){0,2})");
    /** "TO THE WESTBY SCRUTINY COMMITTEE": the body a report heading's post reports to. */
    private static final Pattern REPORT_TO = Pattern.compile("(?i)^report\\s+to\\s+(?:the\\s+)?\\p{Lu}.*");
    private static final Pattern TO_LINE = Pattern.compile("(?i)^to\\s+(?:the\\s+)?(\\p{Lu}.{2,120})$");
    /** "ON TUESDAY 4th MARCH 2025": the date of the meeting, under the body. */
    private static final Pattern ON_DATE_LINE = Pattern.compile("(?i)^on\\s+\\S.{3,60}$");
    /** "TITLE : WASTE MONITORING 2024/25": the title in a field of its own. */
    private static final Pattern TITLE_FIELD = Pattern.compile("(?i)^(?:report\\s+)?(?:title|subject)\\s*:\\s*(\\S.{2,200})$");
    /** A line that carries on the post above it: it starts with a joining word. */
    private static final Pattern CONTINUES = Pattern.compile("(?i)(?:and|of|for|&)\\b");
    /** "Report dated 1 November 2017 by ...": Scottish agendas date the report before naming its author. */
    static final String DATED = "dated\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Z][a-z]+,?\\s+\\d{4}\\s+";
    private static final Pattern REPORT_BY_LINE = Pattern.compile(
            "(?m)^[ \\t]*(?:Joint\\s+)?(?:Report|Presentation)\\s+(?:" + DATED + ")?(?:of|by|from)\\s+(?:the\\s+)?(?<who>[A-Z][^\\n]{3,200})$");
    /** A cover's first field label: its fields, or a record of decision's ("Decision to be taken by:"). */
    private static final Pattern FIELD_START = Pattern.compile(
            "(?im)^[ \\t]*(?:" + Lexicon.of("cover-field-labels.tsv").alternation() + ")\\s*:");
    private static final Pattern SKIP_TITLE = Pattern.compile(
            "(?i)^(?:" + Lexicon.of("not-report-titles.tsv").alternation() + ")$");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A long "Report by ..." line with a verb is a sentence of minutes, not a cover. */
    private static final Pattern SENTENCE_VERB = Pattern.compile("(?i).*\\b(?:" + Lexicon.of("report-by-sentence-words.tsv").alternation() + ")\\b.*");
    private static final Pattern WORD_STOP = Pattern.compile(".*[a-z]{3,}\\.$");
    /** The close of a meeting's minutes: its times, a "Chair" to sign. */
    private static final Pattern SIGNATURE_LINE = Pattern.compile(
            "(?i).*\\d{1,2}[.:]\\d{2}\\s*(?:am|pm)?\\s*(?:-|–|to)\\s*\\d{1,2}[.:]\\d{2}.*|^chair(?:man)?$|.*\\bCHAIR(?:MAN)?$");
    private static final Pattern DATE_AT_END = Pattern.compile("\\s*[-–]?\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Z][a-z]+\\s+\\d{4}.*$");
    private static final Pattern COMMITTEE_FIELD = Pattern.compile("(?i).*\\b(?:committee|commission)\\s*:.*");

    private ReportCovers() {
    }

    static List<Cover> find(Lines lines) {
        return find(lines, null);
    }

    /** Covers in the paper; a cover date without a year ("18 June") takes {@code defaultYear}. */
    static List<Cover> find(Lines lines, Integer defaultYear) {
        List<Cover> out = new ArrayList<>();
        reportOfHeadings(lines, out);
        reportByLines(lines, out);
        fieldCovers(lines, defaultYear, out);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** "REPORT OF THE DIRECTOR OF ...", the title above or below it. */
    private static void reportOfHeadings(Lines lines, List<Cover> out) {
        Matcher m = REPORT_OF_HEADING.matcher(lines.text());
        while (m.find()) {
            int li = lines.indexAt(m.start());
            // "REPORT OF THE DIRECTOR OF ... / TO THE WESTBY COMMITTEE / ON TUESDAY 4th MARCH 2025 / TITLE : ...": the
            // lines under the post name the committee, the meeting's date and the title
            Optional<String> toCommittee = Optional.empty();
            StringBuilder whoLines = new StringBuilder();
            for (String wl : m.group("who").split("\n")) {
                Matcher to = TO_LINE.matcher(wl.strip());
                if (to.matches()) {
                    toCommittee = Optional.ofNullable(Committees.clean(to.group(1)));
                    break;
                }
                whoLines.append(' ').append(wl);
            }
            String who = SPACES.matcher(whoLines).replaceAll(" ").strip();
            if (who.isEmpty()) {
                continue;
            }
            Optional<LocalDate> onDate = Optional.empty();
            String fieldTitle = null;
            int under = lines.indexAt(m.end());
            for (int k = lines.nextNonBlank(under + 1), n = 0; k >= 0 && n < 4; k = lines.nextNonBlank(k + 1), n++) {
                String t = lines.get(k).text().strip();
                Matcher to = TO_LINE.matcher(t);
                Matcher tf = TITLE_FIELD.matcher(t);
                if (to.matches() && toCommittee.isEmpty()) {
                    toCommittee = Optional.ofNullable(Committees.clean(to.group(1)));
                } else if (ON_DATE_LINE.matcher(t).matches() && Dates.first(t).isPresent()) {
                    onDate = Dates.first(t).map(Dates.Found::date);
                } else if (tf.matches()) {
                    fieldTitle = tf.group(1).strip();
                    break;
                } else {
                    break;
                }
                under = k;
            }
            String title = fieldTitle != null ? fieldTitle : titleAbove(lines, li);
            if (title == null) {
                int k = lines.nextNonBlank(under + 1);
                if (k >= 0 && k < li + 6 && titleLike(lines.get(k).text())) {
                    title = lines.get(k).text();
                }
            }
            if (title == null) {
                // no title above or below: the lines in capitals taken for the post may hold it, the post
                // running on only where a line is left unfinished ("... CHILDREN AND / FAMILY SERVICES")
                String[] parts = m.group("who").split("\n");
                StringBuilder post = new StringBuilder(parts[0].strip());
                for (int k = 1; k < parts.length && title == null; k++) {
                    String part = parts[k].strip();
                    if (part.isEmpty()) {
                        continue;
                    }
                    // a line of the post left unfinished, as a title's line runs on
                    if (AgendaItems.FUNCTION_END.matcher(post).matches() || CONTINUES.matcher(part).lookingAt()) {
                        post.append(' ').append(part);
                    } else if (titleLike(part)) {
                        title = part;
                        who = SPACES.matcher(post).replaceAll(" ").strip();
                    } else {
                        break;
                    }
                }
            }
            if (title == null) {
                continue;
            }
            who = Casing.readable(who);
            int top = coverTop(lines, li);
            Header h = committeeAndDate(lines, top, li);
            out.add(new Cover(lines.get(top).start(), new Span(lines.get(top).start(), m.end()), keepCase(title),
                    Optional.of(who), toCommittee.or(() -> h.committee), onDate.or(() -> h.date)));
        }
    }

    /** "Report by Ann Westby, Director of ..." under a title, where no other cover is near. */
    private static void reportByLines(Lines lines, List<Cover> out) {
        Matcher m = REPORT_BY_LINE.matcher(lines.text());
        while (m.find()) {
            if (SENTENCE_VERB.matcher(m.group("who")).matches() && m.group("who").length() > 80) {
                continue;
            }
            int li = lines.indexAt(m.start());
            String title = titleAbove(lines, li);
            int at = m.start();
            // "Hospital Discharge pdf icon PDF 388 KB" over "Report of the Director of X.": a meeting page's item and the
            // document it links, not a report's own cover (which would end the meeting's section there)
            if (title == null || out.stream().anyMatch(c -> Math.abs(c.start() - at) < 1500) || AgendaItems.DOCUMENT_MARK.matcher(title).find()) {
                continue;
            }
            int top = coverTop(lines, li);
            Header h = committeeAndDate(lines, top, li);
            out.add(new Cover(lines.get(top).start(), new Span(lines.get(top).start(), m.end()), title,
                    Optional.of(m.group("who").strip()), h.committee, h.date));
        }
    }

    /** Labelled fields ("To:", "Subject:", "Report author:"), outside the covers already found. */
    private static void fieldCovers(Lines lines, Integer defaultYear, List<Cover> out) {
        Matcher m = FIELD_START.matcher(lines.text());
        // the fields a cover was read from, its title's and author's and any it took no value from ("Report author:" under
        // "Lead Member:"): no second cover starts among them
        List<Span> fieldBlocks = new ArrayList<>();
        while (m.find()) {
            int from = lines.get(lines.indexAt(m.start())).start();
            if (out.stream().noneMatch(c -> from >= c.start() && from <= c.span().end())
                    && fieldBlocks.stream().noneMatch(b -> b.contains(from))) {
                int start = m.start();
                fieldCover(lines, start, m.end(), defaultYear, out).ifPresent(c -> {
                    out.add(c);
                    fieldBlocks.add(new Span(c.start(), Math.max(c.span().end(), fieldsEnd(lines, lines.indexAt(start)))));
                });
            }
        }
    }

    /** The cover whose fields start at {@code at}: at least two kinds of field, or a slide deck's cover. */
    private static Optional<Cover> fieldCover(Lines lines, int at, int triggerEnd, Integer defaultYear, List<Cover> before) {
        String text = lines.text();
        int li = lines.indexAt(at);
        int from = lines.get(li).start();
        int to = fieldsEnd(lines, li);
        // fields above the trigger ("By:" over "To:") belong to this cover, but never those of the cover before
        int floor = before.stream().mapToInt(c -> c.span().end()).filter(e -> e <= from).max().orElse(0);
        int top = coverTop(lines, li);
        int coverStart = Math.max(floor, lines.get(top).start());
        Map<String, Fields.Field> f = Fields.read(text, Math.min(from, coverStart), to);
        int kinds = (f.containsKey("title") ? 1 : 0) + (f.containsKey("report of") ? 1 : 0) + (f.containsKey("to") ? 1 : 0)
                + (f.containsKey("date") ? 1 : 0);
        // a slide deck's cover: the committee, the title and "Presented by:" alone; a cover headed by its
        // meeting ("Cabinet - 14 March 2025") and the title, with "Report of:" its one field
        Header headed = kinds == 1 && f.containsKey("report of") ? committeeAndDate(lines, top, li, defaultYear) : null;
        boolean presented = headed != null && headed.committee.isPresent()
                && (PRESENTED_BY.matcher(lines.get(li).text()).matches() || headed.date.isPresent());
        if (kinds < 2 && !presented) {
            return Optional.empty();
        }
        int endLine = lines.indexAt(f.values().stream().mapToInt(x -> x.span().end()).max().orElse(triggerEnd));
        String title = f.containsKey("title") ? f.get("title").value() : titleAbove(lines, li);
        if (title == null) {
            title = titleBelow(lines, li);
        }
        if (title == null || title.length() < 3) {
            return Optional.empty();
        }
        Header h = fieldHeader(lines, f, top, li, defaultYear);
        return Optional.of(new Cover(lines.get(top).start(), new Span(lines.get(top).start(), lines.get(endLine).end()),
                title, Optional.ofNullable(f.get("report of")).map(Fields.Field::value).map(ReportCovers::readableOf),
                h.committee, h.date));
    }

    /** The committee and date of a cover with fields: its "To:" and "Date:" fields, else the lines at its top. */
    private static Header fieldHeader(Lines lines, Map<String, Fields.Field> f, int top, int li, Integer defaultYear) {
        Optional<String> committee = Optional.empty();
        Optional<LocalDate> date = Optional.empty();
        if (f.containsKey("to")) {
            String to = f.get("to").value();
            date = Dates.find(to, defaultYear).stream().findFirst().map(Dates.Found::date);
            committee = Optional.ofNullable(Committees.clean(DATE_AFTER_TO.matcher(to).replaceAll("")))
                    .or(() -> toFirstLine(lines.text(), f.get("to")));
        }
        if (f.containsKey("date")) {
            Optional<LocalDate> d = Dates.find(f.get("date").value(), defaultYear).stream().findFirst().map(Dates.Found::date);
            if (d.isPresent()) {
                date = d;
            }
        }
        if (committee.isEmpty() || date.isEmpty()) {
            // a date printed beside another field ("Report from: Ann Westby  Date: 6 May 2016") is the cover's
            Header h = committeeAndDate(lines, top, li + 12, defaultYear);
            committee = committee.or(() -> h.committee);
            date = date.or(() -> h.date);
        }
        return new Header(committee, date);
    }

    private record Header(Optional<String> committee, Optional<LocalDate> date) {
    }

    /**
     * "Report to: Westby Scrutiny Committee" with the report's title on the very next line: the field's
     * value ran on into the title, but its own line names the committee.
     */
    private static Optional<String> toFirstLine(String text, Fields.Field to) {
        int start = to.span().start();
        int end = text.indexOf('\n', start);
        String line = text.substring(start, end < 0 ? to.span().end() : Math.min(end, to.span().end()));
        return line.length() == to.span().length() ? Optional.empty()
                : Optional.ofNullable(Committees.clean(DATE_AFTER_TO.matcher(line.strip()).replaceAll("")));
    }

    private static Header committeeAndDate(Lines lines, int top, int trigger) {
        return committeeAndDate(lines, top, trigger, null);
    }

    /**
     * Committee name and date printed at the top of the cover, above the trigger line. Lines run
     * together into blocks first, since a committee's name is often broken over two; of several
     * candidates the one nearest the trigger is the cover's.
     */
    private static Header committeeAndDate(Lines lines, int top, int trigger, Integer defaultYear) {
        Optional<String> committee = Optional.empty();
        int committeeLine = top;
        List<int[]> blocks = new ArrayList<>();
        int i = top;
        while (i <= trigger && i < lines.size()) {
            if (lines.get(i).blank()) {
                i++;
                continue;
            }
            int s = i;
            while (i <= trigger && i < lines.size() && !lines.get(i).blank()) {
                i++;
            }
            blocks.add(new int[] {s, i});
        }
        for (int[] b : blocks) {
            for (int x = b[0]; x < b[1]; x++) {
                // the line alone, or the line with the next one or two of its block
                for (int y = x + 1; y <= Math.min(b[1], x + 3); y++) {
                    StringBuilder sb = new StringBuilder();
                    for (int z = x; z < y; z++) {
                        sb.append(lines.get(z).text()).append(' ');
                    }
                    String c = Committees.clean(AFTER_COLON.matcher(COMMITTEE_LABEL.matcher(
                            DATE_AFTER_NAME.matcher(sb.toString()).replaceAll("")).replaceAll("")).replaceAll(""));
                    if (c != null && c.split(" ").length <= 14) {
                        committee = Optional.of(c);
                        committeeLine = x;
                        break;
                    }
                }
            }
        }
        StringBuilder below = new StringBuilder();
        for (int x = committeeLine; x <= trigger && x < lines.size(); x++) {
            below.append(lines.get(x).text()).append('\n');
        }
        StringBuilder all = new StringBuilder();
        for (int x = top; x <= trigger && x < lines.size(); x++) {
            all.append(lines.get(x).text()).append('\n');
        }
        // the date that goes with the committee name, not a signature date above it
        Optional<LocalDate> date = Dates.find(below, defaultYear).stream().findFirst().map(Dates.Found::date)
                .or(() -> Dates.first(all).map(Dates.Found::date));
        return new Header(committee, date);
    }

    /** The first line of the cover: up to 8 non-blank lines above the trigger, back to a gap. */
    private static int coverTop(Lines lines, int trigger) {
        int top = trigger;
        int seen = 0;
        int blanks = 0;
        for (int i = trigger - 1; i >= 0 && seen < 8; i--) {
            if (lines.get(i).blank()) {
                if (++blanks > 3) {
                    break;
                }
                continue;
            }
            String t = lines.get(i).text();
            if (t.length() > 100 || Marks.sentenceStop(t) && t.length() > 40
                    || SIGNATURE_LINE.matcher(t).matches()) {
                break;
            }
            blanks = 0;
            top = i;
            seen++;
        }
        return top;
    }

    /**
     * The title just above {@code trigger}: the nearest block of heading-like lines (a block being
     * lines with no blank between them) that is not the committee, a date or a page number. A block
     * is judged whole, so a committee name broken over two lines ("... Scrutiny / Commission") is
     * still the committee and not a title.
     */
    static String titleAbove(Lines lines, int trigger) {
        int i = trigger - 1;
        int blocks = 0;
        while (i >= 0 && i >= trigger - 14 && blocks < 4) {
            while (i >= 0 && lines.get(i).blank()) {
                i--;
            }
            if (i < 0) {
                break;
            }
            List<String> block = new ArrayList<>();
            while (i >= 0 && !lines.get(i).blank() && block.size() < 4) {
                block.add(0, lines.get(i).text());
                i--;
            }
            blocks++;
            String joined = SPACES.matcher(String.join(" ", block)).replaceAll(" ").strip();
            // a committee name broken over the lines of its block ("... Scrutiny / Commission")
            if (Committees.clean(AFTER_COLON.matcher(joined).replaceAll("")) != null || notTitle(joined) && joined.length() < 60) {
                continue;
            }
            // the title is the foot of the block, under any committee or date lines printed above it
            int k = block.size();
            while (k > 0 && !notTitle(block.get(k - 1))) {
                k--;
            }
            if (k == block.size()) {
                continue;
            }
            block = new ArrayList<>(block.subList(k, block.size()));
            joined = SPACES.matcher(String.join(" ", block)).replaceAll(" ").strip();
            if (REPORT_TO.matcher(joined).matches()) {
                continue; // "Report to Westby Place" over "Committee", under a page's number: the committee, not the title
            }
            // a block of several lines is a title if it opens like one and no line of it ends a sentence
            if (titleLike(block.get(0)) && block.stream().noneMatch(l -> WORD_STOP.matcher(l).matches() || l.contains("@"))
                    && joined.length() <= 200) {
                return joined;
            }
            return null;
        }
        return null;
    }

    /**
     * A briefing's title printed under its fields ("Report from: ... / Report to: ... / Title"): the line
     * after the run of labelled lines that starts at {@code first}, when it reads as a title.
     */
    private static String titleBelow(Lines lines, int first) {
        int i = first;
        while (i < lines.size() && i < first + 8 && LABEL.matcher(lines.get(i).text().strip()).find()) {
            i++;
        }
        int k = lines.nextNonBlank(i);
        if (k < 0 || k > i + 1) {
            return null;
        }
        String t = lines.get(k).text().strip();
        return titleLike(t) && !notTitle(t) && !ItemNumbers.NUMBERED.matcher(t).matches() && !Casing.isUpper(t) ? t : null;
    }

    /**
     * Where a cover's labelled fields end: the fields of one cover sit together, a label's value at
     * most one paragraph away from it. Reading stops at the second paragraph in a row that holds no
     * label (and is not another "Name, Post" of an author list), so it never runs on into the next
     * cover's fields.
     */
    private static int fieldsEnd(Lines lines, int first) {
        int endLine = first;
        int quiet = 0;
        int i = first;
        while (i < lines.size() && i < first + 80) {
            if (lines.get(i).blank()) {
                i++;
                continue;
            }
            int s = i;
            boolean label = false;
            String prev = "";
            while (i < lines.size() && !lines.get(i).blank()) {
                String t = lines.get(i).text();
                // a label broken over two lines: "RESPONSIBLE / OFFICER:"
                for (String c : new String[] {t, prev + " " + t}) {
                    if (LABEL.matcher(c.strip()).find() && Fields.canonical(Marks.beforeColon(c.strip())) != null) {
                        label = true;
                    }
                }
                prev = t;
                i++;
            }
            if (label) {
                endLine = i - 1;
                quiet = 0;
            } else if (Fields.ANOTHER_AUTHOR.matcher(lines.get(s).text()).matches() && quiet == 0) {
                endLine = i - 1;
            } else if (++quiet >= 2 || Marks.ruleLine(lines.get(s).text())) {
                break;
            } else {
                endLine = i - 1;
            }
        }
        return lines.get(Math.min(lines.size() - 1, endLine)).end();
    }


    /** A committee name, a date, a page number or a label: never a report's title. */
    private static boolean notTitle(String t) {
        boolean dateLine = Dates.first(t).isPresent() && t.length() < 60;
        boolean committeeLine = Committees.clean(DATE_AT_END.matcher(Marks.beforeColon(t)).replaceAll("")) != null
                || COMMITTEE_FIELD.matcher(t).matches();
        return dateLine || committeeLine || SKIP_TITLE.matcher(t).matches() || t.endsWith(":");
    }

    private static final Pattern LABEL = Pattern.compile("^[A-Za-z][A-Za-z()’' \\-/]{1,40}:");

    /** "DIRECTOR OF FINANCE, INVESTMENTS AND COMMERCIAL" read as a post, not shouted. */
    static String readableOf(String of) {
        return Casing.readable(SPACES.matcher(of).replaceAll(" ").strip());
    }

    private static final Pattern AUTHOR_FIELD = Pattern.compile(
            "(?im)^[ \\t\\-•*]*(?:report\\s+authors?|authors?|contact\\s+officers?|lead\\s+officer)\\s*:[ \\t]*(?<name>[A-Z][^\\n,:]{3,60})[ \\t]*$");
    private static final Pattern AUTHOR_EMAIL = Pattern.compile("(?i)[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern AUTHOR_PHONE = Pattern.compile("(?i)(?:tel(?:ephone)?|phone|ext)\\.?\\s*(?:no\\.?)?\\s*:?\\s*([+\\d][\\d ]{3,16}\\d)");

    /**
     * The officer a cover's "Useful information" names as its author ("Report author: Tomas
     * Northby", "Author contact details: tomas.northby@...") when no contact block says more: the
     * report's contact officer.
     */
    static Optional<Layout.ContactBlock> authorContact(String text, Span body) {
        int end = Math.min(body.end(), body.start() + 2500);
        Matcher m = AUTHOR_FIELD.matcher(text).region(body.start(), end);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group("name").strip();
        if (org.councilgraph.text.PersonName.parse(name).filter(org.councilgraph.text.PersonName::hasGiven).isEmpty()) {
            return Optional.empty();
        }
        String after = text.substring(m.end(), Math.min(end, m.end() + 300));
        Matcher e = AUTHOR_EMAIL.matcher(after);
        Matcher p = AUTHOR_PHONE.matcher(after);
        return Optional.of(new Layout.ContactBlock(name, Optional.empty(), e.find() ? Optional.of(e.group()) : Optional.empty(),
                p.find() ? Optional.of(p.group(1).strip()) : Optional.empty(), new Span(m.start("name"), m.end("name"))));
    }

    private static boolean titleLike(String t) {
        return t.length() >= 3 && t.length() <= 160 && Character.isUpperCase(t.codePointAt(0))
                && !WORD_STOP.matcher(t).matches() && !SKIP_TITLE.matcher(t).matches() && !t.contains("@");
    }

    private static String keepCase(String title) {
        return title;
    }
}
