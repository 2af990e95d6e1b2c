package org.councilgraph.segment;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.segment.Layout.MeetingReference;
import org.councilgraph.text.Dates;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.Span;

/**
 * Meetings named in passing: "the minutes of the last meeting, held on 7 May 2025", "the update
 * considered by the Committee on 2 October 2024", "the meeting of the Westby Scrutiny Panel on 11
 * June 2025", "reported to the Executive when it met on 18 September 2025", "considered by the
 * Committee on 6 June 2019 and 23 January 2020", "the next meeting of the Executive (to be held on 6th
 * March 2025)", "Deferred from 28 March 2024", a report's pathway ("Northby Housing Committee –
 * 17 January 2025"), and the rows of a list of meetings: dates under a "Dates of
 * meetings" heading, a table with a "Meeting Date" column, a web page's list of a committee's
 * meetings ("15 Jan 2026 7:30 pm - Agenda, Decisions, Minutes").
 *
 * <p>A reference names its committee when the words do; "the Committee" and "the meeting" are
 * left empty for the resolve stage to read as the paper's own committee.
 */
final class MeetingReferences {
    private static final String DAY_DATE = "(?:" + Dates.WEEKDAY_STEM + "day,?\\s+(?:the\\s+)?)?(?:\\d{1,2}" + Dates.ORDINAL
            + "\\s+(?:of\\s+)?[A-Z][a-z]+\\.?(?:,?\\s+\\d{4})?|[A-Z][a-z]+\\s+\\d{1,2}" + Dates.ORDINAL + ",?\\s+\\d{4})";
    private static final String DATE = "(?:" + DAY_DATE + "|\\d{1,2}/\\d{1,2}/\\d{4})";
    /** A space between a body's words: a line's wrap, but never a blank line, which parts paragraphs. */
    private static final String GAP = "(?:[ \\t]+|[ \\t]*\\r?\\n[ \\t]*)";
    private static final String BODY = "(?<c>(?:[A-Z][\\w'’&,\\-]*" + GAP + "|(?:and|of|for|the|on|&)" + GAP + "){0,12}?"
            + "(?:" + Lexicon.of("committee-head-forms.tsv").alternationWhere(2, "referenced") + "))";
    /** Between a body and the date: "held on", ", which was held on", "(scheduled to be held on", "at its meeting on". */
    private static final String CONNECT = "\\s*,?\\s*\\(?\\s*(?:(?:which|that)\\s+)?(?:(?:was|is|were|are|will\\s+be|would\\s+be)\\s+)?"
            + "(?:(?:scheduled|due|planned|arranged)\\s+(?:to\\s+(?:be\\s+held|take\\s+place|meet)\\s+)?|to\\s+be\\s+held\\s+|held\\s+|"
            + "taking\\s+place\\s+|took\\s+place\\s+|which\\s+met\\s+|at\\s+(?:its|their)\\s+(?:next\\s+)?meeting\\s+|meeting\\s+)?(?:on|of)\\s+(?:the\\s+)?";
    /** Further dates of the same sentence: ", 4 June and 21 January 2020", "and the last would be on 9 June". */
    private static final String MORE = "(?<more>(?:\\s*,\\s*|\\s+and\\s+|\\s+or\\s+)(?:(?:the\\s+)?(?:" + Lexicon.of("meeting-sequence-words.tsv").alternation() + ")"
            + "(?:\\s+(?:one|meeting))?\\s+(?:would|will|is\\s+to|was\\s+to)\\s+be\\s+(?:held\\s+)?)?(?:on\\s+)?" + DATE + ")*";
    private static final Pattern[] PATTERNS = {
        // "meeting of the X held on DATE", "the X meeting on DATE"
        Pattern.compile("meeting\\s+of\\s+(?:the\\s+)?" + BODY + CONNECT + "(?<d>" + DATE + ")" + MORE),
        Pattern.compile("(?:the\\s+)?" + BODY + "\\s+meeting" + CONNECT + "(?<d>" + DATE + ")" + MORE),
        // "the X on DATE", "X held on DATE", "X at its meeting on DATE"
        Pattern.compile("\\b(?:the\\s+|by\\s+)?" + BODY + "\\s*(?:,\\s*)?(?:held\\s+|which\\s+met\\s+|at\\s+(?:its|their)\\s+meeting\\s+|meeting\\s+)?on\\s+(?:the\\s+)?(?<d>" + DATE + ")" + MORE),
        // a pathway or front-sheet line: "Adult Social Care Cabinet Committee – 15 January 2025"
        Pattern.compile("(?m)(?:^|:)[ \\t]*" + BODY + "[ \\t]*[–—-][ \\t]*(?<d>" + DATE + ")"),
        // "the meeting held on DATE", "meeting on DATE", "next meeting ... on DATE"
        Pattern.compile("(?i)\\bmeetings?\\s+(?:of\\s+(?:this|the)\\s+(?:committee|commission|board|panel)\\s+)?" + CONNECT
                + "(?<d>" + DATE + ")" + MORE),
        // a web page's decision details: "Meeting: 30/01/2025 - Cabinet (Item 7)"
        Pattern.compile("(?m)^[ \\t]*Meeting\\s*:[ \\t]*(?<d>" + DATE + ")[ \\t]*[-–][ \\t]*" + BODY + "(?:[ \\t]*\\((?i:item)\\s*\\d+[a-z]?\\))?"),
        // a minute's closing label: "Next Meeting   Monday, 8th July 2024", "9 Next Meeting / Monday 3rd June 2024 at
        // 7.15pm", "Date of next meeting:   7pm, Monday, 11th November 2024"
        Pattern.compile("(?m)^[ \\t]*(?:\\d{1,3}\\.?[ \\t]+|[•·\\-–*][ \\t]*)?(?i:(?:(?:dates?|time|details)(?:,?\\s+(?:and\\s+)?(?:time|date|venue|place))*"
                + "\\s+(?:of|for)\\s+(?:the\\s+)?)?next\\s+meetings?(?:\\s+(?:is|are|will\\s+be))?)[ \\t]*(?::-?|[-–])?[ \\t]*(?:\\n[ \\t]*){0,2}"
                + "(?:(?:at\\s+)?\\d{1,2}(?:[.:]\\d{2})?\\s*(?i:[ap]\\.?m\\.?)[ \\t,]*)?(?<d>" + DATE + ")"),
        // a work programme: "Deferred from 26 March 2024"
        Pattern.compile("(?i)\\b(?:deferred|postponed|adjourned|carried\\s+(?:forward|over)|moved)\\s+(?:from|to|until)\\s+(?:the\\s+)?(?:meeting\\s+(?:of|on)\\s+)?(?<d>" + DATE + ")"),
    };
    private static final Lexicon LIST_HEADINGS = Lexicon.of("meeting-list-headings.tsv");
    private static final Pattern DATES_HEADING = Pattern.compile(
            "(?im)^[ \\t]*(?:\\d+\\.\\s*)?(?:" + LIST_HEADINGS.alternationWhere(1, "heading") + ")\\b[^\\n]*$"
            // a table whose first column is the meeting date
            + "|^[ \\t]*(?:" + LIST_HEADINGS.alternationWhere(1, "column") + ")[ \\t]*\\t[^\\n]*$");
    private static final Pattern ROW_DATE = Pattern.compile(
            "^(?:" + Dates.WEEKDAY_STEM + "day,?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Z][a-z]{2,8}\\.?,?\\s+\\d{4}");

    /** "a", "an", "another" just before a bare "meeting": a meeting the words do not identify. */
    private static final Pattern INDEFINITE_BEFORE = Pattern.compile("(?i)\\b(?:an?|another)\\s+$");
    private static final Pattern FULL_OR_THE_BEFORE = Pattern.compile("(?is).*\\b(?:full|the)\\s+$");
    /** "the Committee", "the Board": a body named only by its kind, not a committee's name. */
    private static final Pattern GENERIC_BODY = Pattern.compile(
            "(?i)(?:the\\s+)?(?:committee|commission|board|panel|council|group|sub-committee|forum|partnership)");
    private static final Pattern DATES_LABEL = Pattern.compile("(?i)^(?:" + LIST_HEADINGS.alternationWhere(1, "column") + ")\\b.*");
    /** What may follow a date in a list of meetings: its time, a dash and the papers. */
    private static final Pattern TIME_REST = Pattern.compile("^[\\s,]*(?:at\\s+)?\\d{1,2}(?:[.:]\\d{2})?\\s*(?:am|pm)?(?:\\s*[-–].*)?$");
    private static final Pattern DASH_REST = Pattern.compile("^\\s*[-–]\\s+.*");

    private MeetingReferences() {
    }

    static List<MeetingReference> find(String text, Integer defaultYear) {
        List<MeetingReference> out = new ArrayList<>();
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Optional<Dates.Found> d = Dates.find(m.group("d"), defaultYear).stream().findFirst();
                if (d.isEmpty()) {
                    continue;
                }
                Span span = new Span(m.start(), m.end("d"));
                String body = belowHeading(text, m, groupOrNull(m, "c"));
                if (body == null && INDEFINITE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
                    continue; // "she had arranged a meeting on 9 May": some meeting, not one of a body the paper names
                }
                Optional<String> committee = Optional.ofNullable(Committees.clean(body));
                if (committee.isEmpty() && body != null && body.strip().equalsIgnoreCase("council")
                        && FULL_OR_THE_BEFORE.matcher(text.substring(Math.max(0, m.start("c") - 10), m.start("c"))).matches()) {
                    committee = Optional.of("Full Council"); // "referred to full Council on 13 March", not the paper's committee
                }
                committee = committee.filter(c -> !GENERIC_BODY.matcher(c).matches());
                Optional<LocalTime> time = timeAfter(text, m.end("d"));
                add(out, committee, d.get().date(), span, time);
                String more = groupOrNull(m, "more");
                if (more != null && !more.isEmpty()) {
                    int at = m.start("more");
                    for (Dates.Found f : Dates.find(more, defaultYear)) {
                        add(out, committee, f.date(), new Span(at + f.span().start(), at + f.span().end()), Optional.empty());
                    }
                }
            }
        }
        lists(text, defaultYear, out);
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    private static void add(List<MeetingReference> out, Optional<String> committee, java.time.LocalDate date, Span span,
                            Optional<LocalTime> time) {
        for (int i = 0; i < out.size(); i++) {
            MeetingReference r = out.get(i);
            if (r.span().overlaps(span) && r.date().equals(date)) {
                // the fuller reading of the same words wins
                if (r.committee().isEmpty() && committee.isPresent() || r.time().isEmpty() && time.isPresent()) {
                    out.set(i, new MeetingReference(r.committee().or(() -> committee), date, r.span(), r.time().or(() -> time)));
                }
                return;
            }
        }
        out.add(new MeetingReference(committee, date, span, time));
    }

    private static final Pattern JOINING_END = Pattern.compile("(?i)(?:^|\\s)(?:and|of|for|the|&)$");

    /**
     * The body's words from its last line when the lines above are whole lines of their own: "BRIEF SUMMARY" over
     * "Cabinet on 12 November 2024 agreed ..." is a heading, not part of the body's name. A name the sentence
     * wraps starts inside its first line ("... the Westby Overview and" over "Scrutiny Committee on ...").
     */
    private static String belowHeading(String text, Matcher m, String body) {
        int nl = body == null ? -1 : body.lastIndexOf('\n');
        if (nl < 0) {
            return body;
        }
        int lineStart = text.lastIndexOf('\n', m.start("c") - 1) + 1;
        boolean wholeLines = text.substring(lineStart, m.start("c")).isBlank();
        String last = body.substring(nl + 1);
        // the last line a name of its own ("Cabinet"), not the end of one set over two lines ("... Education Cabinet" / "Committee")
        String alone = Committees.clean(last);
        boolean named = alone != null && !GENERIC_BODY.matcher(alone).matches();
        return wholeLines && named && !JOINING_END.matcher(body.substring(0, nl).strip()).find() ? last : body;
    }

    private static String groupOrNull(Matcher m, String group) {
        try {
            return m.group(group);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static final Pattern TIME_LEAD = Pattern.compile("^,?\\s*(?:at|from|commencing\\s+at)?\\s*(?=\\d)");

    /** "on 4 November at 2.00 pm": a time printed just after a date. */
    private static Optional<LocalTime> timeAfter(String text, int at) {
        String after = text.substring(at, Math.min(text.length(), at + 24));
        Matcher m = TIME_LEAD.matcher(after);
        if (!m.find()) {
            return Optional.empty();
        }
        return Dates.times(after).stream().filter(t -> t.span().start() <= m.end() + 1).findFirst().map(Dates.FoundTime::time);
    }


    /** Rows of a list or table of meeting dates, each a date at the start of its line. */
    private static void lists(String text, Integer defaultYear, List<MeetingReference> out) {
        Matcher h = DATES_HEADING.matcher(text);
        while (h.find()) {
            Optional<String> committee = Committees.namedAbove(text, h.start(), 12);
            int pos = h.end();
            int seen = 0;
            int misses = 0;
            while (pos < text.length() && seen < 60) {
                if (text.charAt(pos) == '\n') {
                    pos++;
                }
                int nl = text.indexOf('\n', pos);
                int lineEnd = nl < 0 ? text.length() : nl;
                int lineStart = pos;
                String raw = text.substring(lineStart, lineEnd);
                String t = raw.strip();
                pos = lineEnd;
                if (t.isEmpty()) {
                    continue;
                }
                seen++;
                Matcher row = ROW_DATE.matcher(t);
                boolean dated = row.find();
                Optional<Dates.Found> d = dated ? Dates.find(t.substring(0, row.end()), defaultYear).stream().findFirst() : Optional.empty();
                if (d.isEmpty()) {
                    // a repeated table header or a sentence introducing the list; a few are allowed
                    if (DATES_LABEL.matcher(t).matches() || ++misses <= 2 && t.length() < 200) {
                        continue;
                    }
                    break;
                }
                String rest = t.substring(row.end());
                // a row is the date alone, the date and time, or a table row (tab) or list entry (" - ")
                if (!(rest.isBlank() || rest.startsWith("\t") || raw.contains("\t")
                        || TIME_REST.matcher(rest).matches()
                        || DASH_REST.matcher(rest).matches())) {
                    if (t.length() > 60) {
                        continue;
                    }
                }
                int s = lineStart + raw.indexOf(t);
                Optional<LocalTime> time = Dates.times(rest.length() > 20 ? rest.substring(0, 20) : rest).stream().findFirst()
                        .map(Dates.FoundTime::time);
                add(out, committee, d.get().date(), new Span(s, s + t.length()), time);
                misses = 0;
            }
        }
    }
}
