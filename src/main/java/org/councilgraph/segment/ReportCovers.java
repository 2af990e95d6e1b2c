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
import org.councilgraph.text.Span;

/**
 * Report covers in a pack. Councils print three kinds:
 * <ul>
 *   <li>a heading "REPORT OF THE DIRECTOR OF ..." under the committee and date, the title above
 *       or below it;</li>
 *   <li>labelled fields: "From: / To: / Subject:", "COMMITTEE: / DATE: / TITLE:", "REPORT TO: /
 *       REPORT TITLE: / RESPONSIBLE OFFICER:", "Date of meeting: / Lead Director: / Report author:";</li>
 *   <li>a line "Report by Matthew Hill, Director ..." or "Presented by: ..." under the title.</li>
 * </ul>
 */
final class ReportCovers {
    /** A cover found, with the line it starts on. */
    record Cover(int start, Span span, String title, Optional<String> reportOf, Optional<String> committee,
                 Optional<LocalDate> date) {
    }

    private static final Pattern REPORT_OF_HEADING = Pattern.compile(
            "(?m)^[ \\t]*(?:JOINT\\s+)?REPORT\\s+(?:OF|BY|FROM)\\s*(?:THE\\s*)?(?<who>[^\\n]*(?:\\n[ \\t]*\\n?[ \\t]*[A-Z&,’' ]{3,}[ \\t]*$){0,2})");
    private static final Pattern REPORT_BY_LINE = Pattern.compile(
            "(?m)^[ \\t]*(?:Joint\\s+)?(?:Report|Presentation)\\s+(?:of|by|from)\\s+(?:the\\s+)?(?<who>[A-Z][^\\n]{3,200})$");
    private static final Pattern FIELD_START = Pattern.compile(
            "(?im)^[ \\t]*(?:from|to|subject|report\\s+to|report\\s+title|title|committee|date\\s+of\\s+meeting|lead\\s+director|"
            + "report\\s+author|presented\\s+by|responsible\\s+officer|report\\s+of|report\\s+by)\\s*:");
    private static final Pattern SKIP_TITLE = Pattern.compile(
            "(?i)^(?:agenda\\s+item.*|item\\s+\\d+.*|appendix\\s+[a-z0-9]+.*|annex.*|page\\s+\\d+|\\d+|public|unrestricted|"
            + "restricted|exempt.*|not\\s+for\\s+publication.*|part\\s+[ab12]|committee\\s+report|decision\\s+report|"
            + "report|for\\s+(?:decision|information|noting)|open|classification.*|\\W*)$");

    private ReportCovers() {
    }

    static List<Cover> find(Lines lines) {
        String text = lines.text();
        List<Cover> out = new ArrayList<>();
        Matcher m = REPORT_OF_HEADING.matcher(text);
        while (m.find()) {
            int li = lines.indexAt(m.start());
            String who = m.group("who").replaceAll("\\s+", " ").strip();
            if (who.isEmpty()) {
                continue;
            }
            who = Casing.readable(who);
            String title = titleAbove(lines, li);
            Span titleSpan = null;
            if (title == null) {
                int k = lines.nextNonBlank(lines.indexAt(m.end()) + 1);
                if (k >= 0 && k < li + 6 && titleLike(lines.get(k).text())) {
                    title = lines.get(k).text();
                }
            }
            if (title == null) {
                continue;
            }
            int top = coverTop(lines, li);
            Header h = committeeAndDate(lines, top, li);
            out.add(new Cover(lines.get(top).start(), new Span(lines.get(top).start(), m.end()), keepCase(title),
                    Optional.of(who), h.committee, h.date));
        }
        m = REPORT_BY_LINE.matcher(text);
        while (m.find()) {
            if (m.group("who").matches("(?i).*\\b(?:which|that|was|were|had|has)\\b.*") && m.group("who").length() > 80) {
                continue;
            }
            int li = lines.indexAt(m.start());
            String title = titleAbove(lines, li);
            int at = m.start();
            if (title == null || out.stream().anyMatch(c -> Math.abs(c.start() - at) < 1500)) {
                continue;
            }
            int top = coverTop(lines, li);
            Header h = committeeAndDate(lines, top, li);
            out.add(new Cover(lines.get(top).start(), new Span(lines.get(top).start(), m.end()), title,
                    Optional.of(m.group("who").strip()), h.committee, h.date));
        }
        m = FIELD_START.matcher(text);
        while (m.find()) {
            int li = lines.indexAt(m.start());
            int from = lines.get(li).start();
            if (out.stream().anyMatch(c -> Math.abs(c.start() - from) < 2500)) {
                continue;
            }
            int to = lines.get(Math.min(lines.size() - 1, li + 40)).end();
            Map<String, Fields.Field> f = Fields.read(text, from, to);
            int kinds = (f.containsKey("title") ? 1 : 0) + (f.containsKey("report of") ? 1 : 0) + (f.containsKey("to") ? 1 : 0)
                    + (f.containsKey("date") ? 1 : 0);
            if (kinds < 2) {
                continue;
            }
            String title = f.containsKey("title") ? f.get("title").value() : titleAbove(lines, li);
            if (title == null || title.length() < 3) {
                continue;
            }
            Optional<String> committee = Optional.empty();
            Optional<LocalDate> date = Optional.empty();
            if (f.containsKey("to")) {
                String to2 = f.get("to").value();
                date = Dates.first(to2).map(Dates.Found::date);
                committee = Optional.ofNullable(Committees.clean(to2.replaceAll("\\s*[-–,]?\\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s*)?\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Za-z]+\\s+\\d{4}.*$", "")));
            }
            if (f.containsKey("date")) {
                date = Dates.first(f.get("date").value()).map(Dates.Found::date).or(() -> Optional.empty());
            }
            int top = coverTop(lines, li);
            if (committee.isEmpty()) {
                Header h = committeeAndDate(lines, top, li + 12);
                committee = h.committee;
                date = date.or(() -> h.date);
            }
            int endLine = lines.indexAt(f.values().stream().mapToInt(x -> x.span().end()).max().orElse(m.end()));
            out.add(new Cover(lines.get(top).start(), new Span(lines.get(top).start(), lines.get(endLine).end()),
                    title, Optional.ofNullable(f.get("report of")).map(Fields.Field::value), committee, date));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private record Header(Optional<String> committee, Optional<LocalDate> date) {
    }

    /** Committee name and date printed at the top of the cover, above the trigger line. */
    private static Header committeeAndDate(Lines lines, int top, int trigger) {
        StringBuilder b = new StringBuilder();
        for (int i = top; i <= trigger && i < lines.size(); i++) {
            b.append(lines.get(i).text()).append('\n');
        }
        String block = b.toString();
        Optional<String> committee = Optional.empty();
        int committeeAt = 0;
        int offset = 0;
        for (String line : block.split("\n")) {
            String c = Committees.clean(line.replaceAll(":?\\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s*)?\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Za-z]+\\s+\\d{4}.*$", ""));
            if (c != null) {
                committee = Optional.of(c);
                committeeAt = offset;
                break;
            }
            offset += line.length() + 1;
        }
        // the date that goes with the committee name, not a signature date above it
        Optional<LocalDate> date = Dates.first(block.substring(committeeAt)).map(Dates.Found::date)
                .or(() -> Dates.first(block).map(Dates.Found::date));
        if (committee.isEmpty()) {
            // a committee name broken over two lines
            String joined = block.replace('\n', ' ');
            Matcher m = Pattern.compile("(?i)([A-Z][A-Za-z,’'& ]{3,140}?" + Committees.HEAD + ")").matcher(joined);
            if (m.find()) {
                committee = Optional.ofNullable(Committees.clean(m.group(1)));
            }
        }
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
            if (t.length() > 100 || t.matches(".*[a-z][.]$") && t.length() > 40
                    || t.matches("(?i).*\\d{1,2}[.:]\\d{2}\\s*(?:am|pm)?\\s*(?:-|–|to)\\s*\\d{1,2}[.:]\\d{2}.*|^chair(?:man)?$|.*\\bCHAIR(?:MAN)?$")) {
                break;
            }
            blanks = 0;
            top = i;
            seen++;
        }
        return top;
    }

    /** The title block just above {@code trigger}: heading-like lines, not the committee or the date. */
    static String titleAbove(Lines lines, int trigger) {
        List<String> parts = new ArrayList<>();
        int blanks = 0;
        for (int i = trigger - 1; i >= 0 && i >= trigger - 10; i--) {
            Lines.Line l = lines.get(i);
            if (l.blank()) {
                if (!parts.isEmpty() || ++blanks > 3) {
                    if (!parts.isEmpty()) {
                        break;
                    }
                }
                continue;
            }
            String t = l.text();
            boolean dateLine = Dates.first(t).isPresent() && t.length() < 60;
            boolean committeeLine = Committees.clean(t.replaceAll(":.*$", "")) != null || t.matches("(?i).*\\b(?:committee|commission)\\s*:.*");
            if (dateLine || committeeLine || SKIP_TITLE.matcher(t).matches()) {
                if (!parts.isEmpty()) {
                    break;
                }
                continue;
            }
            if (!titleLike(t)) {
                break;
            }
            parts.add(0, t);
            if (parts.size() >= 3) {
                break;
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        return String.join(" ", parts).replaceAll("\\s+", " ").strip();
    }

    private static boolean titleLike(String t) {
        return t.length() >= 3 && t.length() <= 160 && Character.isUpperCase(t.codePointAt(0))
                && !t.matches(".*[a-z]{3,}\\.$") && !SKIP_TITLE.matcher(t).matches() && !t.contains("@");
    }

    private static String keepCase(String title) {
        return title;
    }
}
