package org.councilgraph.segment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.text.Casing;
import org.councilgraph.text.Dates;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.Span;

/**
 * The places where a paper says which meeting it is about. Each form below is one councils print:
 *
 * <ul>
 *   <li>minutes: "Minutes of a meeting of the Cabinet held in the Council Chamber, ... on Thursday,
 *       30 January 2025", "At a meeting of the Cabinet held at County Hall on Thursday 18 December 2008",
 *       Scottish "MINUTE of MEETING of the X COMMITTEE held in ... on ...",
 *       "Minutes of the Meeting of the X / Held: TUESDAY, 8 APRIL 2025 at 5:30 pm",
 *       "Minutes of the X / 12 September 2024 at 5.00 pm";</li>
 *   <li>web pages: "X - Tuesday, 2 September 2025 2.00 pm";</li>
 *   <li>summonses: "MEETING OF THE X / DATE: ... / TIME: ... / PLACE: ...", "A meeting of X will be
 *       held at ... on ...", or a committee-name line with a date line under it;</li>
 *   <li>decision notices: "Decision determined at X meeting on 12 September 2024".</li>
 * </ul>
 */
final class MeetingHeaders {
    /** A "Date:" field within a few lines below: "PLANNING COMMITTEE / Date: 4 March 2025". */
    private static final Pattern DATE_FIELD_BELOW = Pattern.compile(
            "(?is)^(?:\\s*\\n[^\\n]{0,160}){0,3}?\\s*\\n[ \\t]*(?:date(?:\\s*(?:and|&|/)\\s*time)?|meeting\\s+date|date\\s+of\\s+meeting|time\\s+and\\s+date)[ \\t]*:.*");
    /** A council's name alone: a letterhead. */
    private static final Pattern LETTERHEAD = Pattern.compile("(?i)^(?:[A-Z][\\w'’-]*\\s+)*(?:county|city|borough|district|town|parish)\\s+council$");

    /** A meeting heading found in the text. */
    record Header(int start, Span span, String committee, LocalDate date, Optional<LocalTime> time,
                  Optional<String> venue, Layout.Role role) {
    }

    private static final String ANY = "[\\s\\S]";
    private static final Pattern MINUTES_OF_MEETING = Pattern.compile(
            "(?im)^[ \\t]*(?:minutes?\\s+of\\s+(?:(?:a|the)\\s+)?|at\\s+(?:a|the)\\s+)(?:(?:" + Tables.alternationOfKind("meeting-kinds.tsv", "minutes-of") + ")\\s+)?"
            + "meeting\\s+of\\s+(?:the\\s+)?(?<c>" + ANY + "{3,160}?)\\s*,?\\s+(?:held|which\\s+took\\s+place|that\\s+took\\s+place|that\\s+was\\s+held)\\b\\s*:?(?<rest>" + ANY + "{0,260})");
    /** "MINUTES OF MEETING Westby Scrutiny Panel HELD ON" over the date: the body's name straight after "meeting". */
    private static final Pattern MINUTES_OF_MEETING_NAMED = Pattern.compile(
            "(?im)^[ \\t]*minutes\\s+of\\s+meeting[ \\t]+(?<c>(?-i:[A-Z])[^\\n]{2,150}?)[ \\t]+held\\b[ \\t]*:?(?<rest>" + ANY + "{0,260})");
    /**
     * "MINUTES OF THE PLANNING COMMITTEE HELD IN THE" / "CONFERENCE ROOM, ... ON TUESDAY" / "14 MAY 2019 AT 10.00 AM": the
     * body named straight after "Minutes of", its venue and date in the sentence "held" begins, over as many lines as it takes.
     */
    private static final Pattern MINUTES_OF_BODY_HELD = Pattern.compile(
            "(?im)^[ \\t]*minutes?\\s+of\\s+(?:the\\s+)?(?<c>(?!(?:a|the|an?\\s+\\w+)\\s+meeting\\b)(?-i:[A-Z])[^\\n]{2,150}?)\\s+held\\s+"
            + "(?=(?:at|in|within|on|virtually|remotely)\\b)(?<rest>" + ANY + "{0,260})");
    private static final Pattern MINUTES_OF = Pattern.compile(
            "(?im)^[ \\t]*minutes\\s+of\\s+(?:the\\s+)?(?<c>(?!(?:a|the)\\s+meeting)[A-Z][^\\n]{2,100}(?:\\n[^\\n]{2,80})?)\\n\\s*\\n?(?<rest>[^\\n]{0,120})");
    private static final Pattern WEB_TITLE = Pattern.compile(
            "(?m)^(?<c>[^\\n\\t]{3,200}?)\\s+[-–]\\s+(?<rest>" + Dates.WEEKDAY_STEM + "day,?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+[A-Z][a-z]+,?\\s+\\d{4}[^\\n]{0,40})$");
    private static final Pattern MEETING_OF_LINE = Pattern.compile(
            "(?im)^[ \\t]*(?:notice\\s+of\\s+)?(?:a\\s+)?meeting\\s+of\\s+(?:the\\s+)?(?<c>[^\\n]{3,160})$");
    /**
     * "a meeting of the X will be held", "is to be held": a summons; "reported to the meeting of the X to be held on ..."
     * is a minute's reference to a later meeting, not the paper's own.
     */
    private static final Pattern WILL_BE_HELD = Pattern.compile(
            "(?i)\\b(?:a|(?<!\\b(?:to|at|for|until|before)\\s{1,12})the)\\s+(?:(?:" + Tables.alternationOfKind("meeting-kinds.tsv", "summons") + ")\\s+)?meeting\\s+of\\s+(?:the\\s+)?(?<c>" + ANY + "{3,160}?)\\s+(?:will\\s+be|is\\s+to\\s+be|to\\s+be)\\s+held\\b(?<rest>" + ANY + "{0,260})");
    private static final Pattern DECISION_AT = Pattern.compile(
            "(?i)\\bdecisions?\\s+(?:determined|taken|made|recorded)\\s+(?:at|by)\\s+(?:the\\s+)?(?<c>" + ANY + "{3,160}?)\\s+(?:meeting\\s+)?(?:held\\s+)?on\\s+(?<rest>" + ANY + "{0,80})");
    /** A clock time printed before the date ("18:30, Thursday 25 April 2025", "2pm on 14 March 2025"). */
    /** A clock time as headings print it: "18:30", "6.30 pm", "2pm", "noon". */
    private static final String CLOCK = "(?:\\d{1,2}[.:]\\d{2}(?:\\s*[ap]\\.?\\s?m\\.?|\\s*hrs)?|\\d{1,2}\\s*[ap]\\.?\\s?m\\.?|(?:12\\s*)?noon)";
    private static final String TIME_FIRST = "(?<timeFirst>" + CLOCK + "[,\\s]+(?:on\\s+)?)";
    /**
     * A committee name alone on a line (or before a colon) with a date on the same or next line, the day
     * named in English or Welsh ("Dydd Mercher, 17 Ionawr 2024"), a time before it or after.
     */
    private static final Pattern NAME_THEN_DATE = Pattern.compile(
            "(?m)^[ \\t]*(?<c>[A-Z][^\\n:,]{2,150}?)[ \\t]*(?::[ \\t]*|,[ \\t]*|\\n[ \\t]*\\n?[ \\t]*|(?<=\\S)[ \\t]+(?=" + Dates.WEEKDAY_STEM + "day\\b))(?<rest>" + TIME_FIRST + "?(?<day>"
            + Dates.WEEKDAY + "?\\d{1,2}" + Dates.ORDINAL + "\\s+[A-Za-z]+,?\\s+\\d{4})[^\\n]{0,60})",
            Pattern.CASE_INSENSITIVE);

    /** "MINUTES AND DECISION RECORD", "AGENDA": a line of the paper's words between a committee's name and the date under it. */
    private static final String PAPER_LINE = "(?:(?<paperLine>(?:" + HeadingBlocks.PAPER
            + ")(?:[ \\t]+(?:and|&)[ \\t]+\\p{L}+(?:[ \\t]+\\p{L}+)?)?)[ \\t]*\\n[ \\t]*\\n?[ \\t]*)";
    /**
     * A committee's head word carried onto the line under the rest of its name: "NEIGHBOURHOOD SERVICES" over
     * "COMMITTEE AGENDA" (committee-heads.tsv, those marked "wrapped").
     */
    private static final String WRAPPED_HEAD = "(?:[ \\t]*\\n[ \\t]*(?:sub-?)?(?:" + Lexicon.of("committee-heads.tsv").alternationWhere(1, "wrapped")
            + ")\\b[^\\n:]{0,40}?)";

    /**
     * The same with the date on the line under the name, where the name may hold commas ("Finance, Resources
     * and Customer Services Policy Board" over "14 Nov 2018 - 14:00 to 15:00", "Westby Scrutiny Board" over
     * "14/01/2025 at 6.00 pm").
     */
    private static final Pattern NAME_OVER_DATE = Pattern.compile(
            "(?m)^[ \\t]*(?<c>[A-Z][^\\n:]{2,150}?" + WRAPPED_HEAD + "?)[ \\t]*\\n[ \\t]*\\n?[ \\t]*" + PAPER_LINE + "?(?<rest>" + TIME_FIRST + "?(?<day>"
            + Dates.WEEKDAY + "?\\d{1,2}" + Dates.ORDINAL + "\\s+[A-Za-z]+,?\\s+\\d{4}"
            // "14/01/2025 at 6.00 pm": the date in figures, only when the line holds nothing but it and its time
            + "|\\d{1,2}/\\d{1,2}/\\d{4}(?=[ \\t]*(?:(?:at[ \\t]+)?" + CLOCK + ")?[ \\t]*$))[^\\n]{0,60})",
            Pattern.CASE_INSENSITIVE);

    /** "Minutes of the Cabinet meeting held on 5 March 2025", "Minutes of the Planning Committee meeting, 5 March 2025". */
    private static final Pattern MINUTES_OF_X_MEETING = Pattern.compile(
            "(?im)^[ \\t]*minutes\\s+of\\s+(?:the\\s+)?(?<c>[A-Z][^\\n]{2,150}?)\\s+meeting\\s*,?\\s+(?:held\\s+)?(?:on\\s+)?(?<rest>(?:" + Dates.WEEKDAY_STEM + "day,?\\s+)?\\d[^\\n]{0,200})");
    /** "MINUTES OF THE COUNCIL MEETING HELD AT WESTBY TOWN HALL ON 17th DECEMBER, 2019": the venue before the date. */
    private static final Pattern MINUTES_OF_X_MEETING_AT = Pattern.compile(
            "(?im)^[ \\t]*minutes\\s+of\\s+(?:the\\s+)?(?<c>[A-Z][^\\n]{2,150}?)\\s+meeting\\s*,?\\s+held\\s+(?<rest>(?:at|in|within)\\s+[^\\n]{3,200})");
    /**
     * "MINUTES OF THE FIRE AUTHORITY MEETING" alone on its line, the venue on the next and the date on the one after
     * (or straight under it): the form of earlier minutes bound into an agenda pack.
     */
    private static final Pattern MINUTES_OF_X_MEETING_OVER = Pattern.compile(
            "(?im)^[ \\t]*minutes\\s+of\\s+(?:the\\s+)?(?<c>[A-Z][^\\n]{2,150}?)\\s+meeting[ \\t]*\\n(?<rest>(?:[ \\t]*[A-Z][^\\n\\d:]{2,150}\\n)?"
            + "[ \\t]*(?:" + Dates.WEEKDAY_STEM + "day,?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Za-z]+,?\\s+\\d{4}[^\\n]{0,60})");
    /** "Minutes of the meeting held on Tuesday, 4 March 2025 at 7.00 pm", the committee named on a line above. */
    private static final Pattern MINUTES_HELD = Pattern.compile(
            "(?im)^[ \\t]*minutes\\s+of\\s+(?:(?:the|a)\\s+)?(?:(?:" + Tables.alternationOfKind("meeting-kinds.tsv", "minutes-held") + ")\\s+)?"
            + "meeting\\s+held\\s+(?<rest>[^\\n]{0,200}(?:\\n[^\\n]{0,120})?)");
    /** "(Item 78)", "(Agenda item 5.)", "(Minute 12)": the item a heading of an item's own page names, its number in group n. */
    static final String ITEM_NOTE = "\\((?i:agenda\\s+)?(?i:item|minute)\\s+(?<n>[\\w./]{1,12})\\)";
    /**
     * A web page of one item's history or of decisions made: "Meeting: 03/12/2024 - Westby Committee (Item 78)",
     * "Made at meeting: 19/01/2023 - Council", "Decided at meeting: ...". The date comes first, in figures.
     */
    static final Pattern ITEM_AT_MEETING = Pattern.compile(
            "(?im)^[ \\t]*(?<label>meeting|(?:made|decided)\\s+at\\s+meeting)[ \\t]*:[ \\t]*(?<rest>\\d{1,2}/\\d{1,2}/\\d{4})[ \\t]*[-–][ \\t]*"
            + "(?<c>[^\\n(]{3,150}?)[ \\t]*(?:" + ITEM_NOTE + ")?[ \\t]*$");
    /** An agenda item's own page: "Meeting of Cabinet, Tuesday, 9th October, 2012 10.00 am (Item 51.)", the date in words. */
    static final Pattern MEETING_OF_ITEM = Pattern.compile(
            "(?im)^[ \\t]*meeting\\s+of\\s+(?:the\\s+)?(?<c>[^\\n]{3,150}?),\\s*(?<rest>(?:" + Dates.WEEKDAY_STEM + "day,?\\s+)?"
            + "\\d{1,2}(?:st|nd|rd|th)?,?\\s+[A-Za-z]+,?\\s+\\d{4}[^\\n(]{0,30}?)[ \\t]*" + ITEM_NOTE + "[ \\t]*$");
    /** A committee's name alone on a line: a heading that labelled fields ("Date:", "Time:", "Venue:") may follow. */
    private static final Pattern NAME_LINE = Pattern.compile("(?m)^[ \\t]*(?<c>[A-Z][^\\n:]{2,150}?)[ \\t]*$");

    private MeetingHeaders() {
    }


    /** A header from labelled fields after {@code from}: "Date:" is required, "Time:" and "Venue:" are read if there. */
    private static void fromFields(List<Header> out, String text, int start, int from, String committee) {
        Map<String, Fields.Field> fields = Fields.read(text, from, Math.min(text.length(), from + 600));
        Fields.Field date = fields.get("date");
        if (date == null || date.span().start() > from + 400) {
            return;
        }
        Optional<Dates.Found> d = Dates.first(date.value());
        if (d.isEmpty()) {
            return;
        }
        Optional<LocalTime> time = Optional.ofNullable(fields.get("time"))
                .flatMap(t -> Dates.times(t.value()).stream().findFirst().map(Dates.FoundTime::time));
        if (time.isEmpty()) {
            time = Dates.times(date.value()).stream().findFirst().map(Dates.FoundTime::time);
        }
        Optional<String> venue = Optional.ofNullable(fields.get("venue")).map(f -> tidyVenue(f.value()));
        out.add(new Header(start, new Span(start, date.span().end()), committee, d.get().date(), time, venue, Layout.Role.AGENDA));
    }

    static List<Header> find(String text) {
        List<Header> out = new ArrayList<>();
        matched(out, text, MINUTES_OF_MEETING, Layout.Role.MINUTES, true);
        matched(out, text, MINUTES_OF_MEETING_NAMED, Layout.Role.MINUTES, true);
        matched(out, text, MINUTES_OF_BODY_HELD, Layout.Role.MINUTES, true);
        matched(out, text, MINUTES_OF, Layout.Role.MINUTES, false);
        matched(out, text, WEB_TITLE, Layout.Role.MINUTES, false);
        matched(out, text, WILL_BE_HELD, Layout.Role.AGENDA, true);
        matched(out, text, DECISION_AT, Layout.Role.DECISIONS, false);
        meetingOfLines(out, text);
        namesOverFields(out, text);
        meetingAndDateCells(out, text);
        labelsOverValues(out, text);
        matched(out, text, MINUTES_OF_X_MEETING, Layout.Role.MINUTES, false);
        matched(out, text, MINUTES_OF_X_MEETING_AT, Layout.Role.MINUTES, true);
        matched(out, text, MINUTES_OF_X_MEETING_OVER, Layout.Role.MINUTES, true);
        minutesHeldUnderName(out, text);
        itemsAtMeetings(out, text);
        namesThenDates(out, text);
        // no heading form names the meeting at the top: the heading block read as a whole
        HeadingBlocks.read(text).filter(b -> out.stream().noneMatch(h -> h.start() <= b.span().end())).ifPresent(out::add);
        // "Minutes of the meeting of the X held on 8 November 2017 submitted for approval": earlier minutes, put to this meeting
        out.removeIf(h -> PUT_FOR_APPROVAL.matcher(lineAt(text, h.start())).matches());
        out.sort(Comparator.comparingInt(Header::start));
        List<Header> headers = dedupe(out.stream().map(h -> namedInFull(text, h)).toList());
        List<Header> filled = new ArrayList<>();
        for (int k = 0; k < headers.size(); k++) {
            int limit = k + 1 < headers.size() ? headers.get(k + 1).start() : text.length();
            filled.add(fill(text, headers.get(k), Math.min(limit, headers.get(k).span().end() + 1500)));
        }
        return filled;
    }

    /** "Parish Council", "Town Council", "Council": a kind of council alone, which the paper's own council is. */
    private static final Pattern COUNCIL_KIND_ALONE = Pattern.compile("(?i)(?:(?:parish|town|community|city|county|borough|district)\\s+)?council");
    /**
     * The committee a heading names; "Council" or "Executive" alone, which no committee's name is, names
     * the meeting of the whole council or of its executive ("Council - Wednesday, 24th January, 2024").
     */
    private static String headed(String raw) {
        // "the District Council of Westby": a council's name in its legal form, "Westby District Council"
        Matcher legal = LEGAL_FORM.matcher(raw.strip());
        if (legal.matches()) {
            raw = legal.group(2) + " " + legal.group(1);
        }
        String committee = Committees.clean(raw);
        return committee != null ? committee : Committees.headingAlone(raw);
    }

    /**
     * "WESTBY PARISH COUNCIL / MINUTES OF THE PARISH COUNCIL MEETING HELD ON ...": a heading naming its
     * body by kind alone names the council printed in full just above it.
     */
    private static Header namedInFull(String text, Header h) {
        if (!COUNCIL_KIND_ALONE.matcher(h.committee()).matches()) {
            return h;
        }
        return Committees.namedAbove(text, h.start(), 3)
                .filter(c -> c.toLowerCase(Locale.ROOT).endsWith(h.committee().toLowerCase(Locale.ROOT)) && c.length() > h.committee().length())
                .map(c -> new Header(h.start(), h.span(), c, h.date(), h.time(), h.venue(), h.role())).orElse(h);
    }

    /** Every match of a heading pattern with groups {@code c} (the committee) and {@code rest} (the date and after). */
    private static void matched(List<Header> out, String text, Pattern heading, Layout.Role role, boolean venueBeforeDate) {
        Matcher m = heading.matcher(text);
        while (m.find()) {
            add(out, text, m, role, venueBeforeDate);
        }
    }

    /** "MEETING OF THE X" with its "Date:", "Time:" and "Place:" fields under it. */
    private static void meetingOfLines(List<Header> out, String text) {
        Matcher m = MEETING_OF_LINE.matcher(text);
        while (m.find()) {
            String committee = Committees.clean(m.group("c"));
            if (committee != null) {
                fromFields(out, text, m.start(), m.end(), committee);
            }
        }
    }

    /**
     * "Meeting      WESTBY PLACE COMMITTEE" over "Date      Thursday, 9 January 2020 (commencing at 10:30 am)": a minutes'
     * front set as a table of two columns, its labels apart from their values by a gap where a colon would be.
     */
    private static final Pattern MEETING_AND_DATE_CELLS = Pattern.compile(
            "(?im)^[ \\t]*meeting(?:[ \\t]*:[ \\t]*|[ \\t]{3,}|\\t)(?<c>[A-Z][^\\n]{2,120}?)[ \\t]*\\n(?:[ \\t]*\\n){0,2}"
            + "[ \\t]*date(?:[ \\t]*:[ \\t]*|[ \\t]{3,}|\\t)(?<d>[^\\n]{6,80})$");
    /**
     * "Date      Time      Venue" over "24 June 2025     11:00 am     Council Chambers, Westby House,": a front set as a
     * table whose labels make a row of their own, the values in the row under them, the body's name above.
     */
    private static final Pattern LABELS_ROW = Pattern.compile(
            "(?im)^[ \\t]*date[ \\t]{2,}(?:start\\s+)?time[ \\t]{2,}(?:venue|place|location)[ \\t]*\\n(?:[ \\t]*\\n)?(?<values>[^\\n]+)");
    /** "Minute of Meeting", "Minutes": the paper's word over a front table. */
    private static final Pattern MINUTE_WORD = Pattern.compile("(?i)\\bminutes?\\b");
    private static final Pattern CELL_GAP = Pattern.compile("[ \\t]{2,}");
    private static final Pattern MINUTES_ABOVE = Pattern.compile("(?is).*\\bminutes\\b[^\\n]*\\n\\s*\\z");

    private static void labelsOverValues(List<Header> out, String text) {
        Matcher m = LABELS_ROW.matcher(text);
        while (m.find()) {
            String[] cells = CELL_GAP.split(m.group("values").strip(), 3);
            Optional<Dates.Found> d = cells.length > 0 ? Dates.first(cells[0]) : Optional.empty();
            Optional<String> committee = Committees.namedAbove(text, m.start(), 3);
            if (d.isEmpty() || d.get().span().start() > 0 || committee.isEmpty()) {
                continue;
            }
            Optional<LocalTime> time = cells.length > 1 ? Dates.times(cells[1]).stream().findFirst().map(Dates.FoundTime::time) : Optional.empty();
            Optional<String> venue = cells.length > 2 ? Optional.of(tidyVenue(cells[2])).filter(v -> v.length() >= 3) : Optional.empty();
            String above = text.substring(Math.max(0, m.start() - 200), m.start());
            Layout.Role role = MINUTE_WORD.matcher(above).find() ? Layout.Role.MINUTES : Layout.Role.AGENDA;
            out.add(new Header(m.start(), new Span(m.start(), m.end()), committee.get(), d.get().date(), time, venue, role));
        }
    }

    private static void meetingAndDateCells(List<Header> out, String text) {
        Matcher m = MEETING_AND_DATE_CELLS.matcher(text);
        while (m.find()) {
            String committee = Committees.clean(m.group("c"));
            Optional<Dates.Found> d = Dates.first(m.group("d"));
            if (committee == null || d.isEmpty()) {
                continue;
            }
            Optional<LocalTime> time = Dates.times(m.group("d")).stream().findFirst().map(Dates.FoundTime::time);
            // "minutes" over the table: the record of that meeting; else a summons
            String above = text.substring(Math.max(0, m.start() - 80), m.start());
            Layout.Role role = MINUTES_ABOVE.matcher(above).matches() ? Layout.Role.MINUTES : Layout.Role.AGENDA;
            out.add(new Header(m.start(), new Span(m.start(), m.end()), committee, d.get().date(), time, Optional.empty(), role));
        }
    }

    /** "PLANNING COMMITTEE / Date: 4 March 2025 / Time: 7.00 pm / Venue: ...": a name heading its fields. */
    private static void namesOverFields(List<Header> out, String text) {
        Matcher m = NAME_LINE.matcher(text);
        while (m.find()) {
            int next = text.indexOf('\n', m.end());
            String ahead = next < 0 ? "" : text.substring(next, Math.min(text.length(), next + 300));
            if (!DATE_FIELD_BELOW.matcher(ahead).matches()) {
                continue;
            }
            String committee = Committees.clean(m.group("c"));
            // a letterhead's "City Council" heads the paper, not a meeting
            if (committee != null && !LETTERHEAD.matcher(committee).matches()) {
                fromFields(out, text, m.start(), m.end(), committee);
            }
        }
    }

    /**
     * "Meeting: 03/12/2024 - Westby Committee (Item 78)", "Meeting of Cabinet, Tuesday, 9th October, 2012 (Item 51.)": the
     * meeting an item's page records it at, the line its heading.
     */
    private static void itemsAtMeetings(List<Header> out, String text) {
        Matcher m = ITEM_AT_MEETING.matcher(text);
        while (m.find()) {
            String committee = headed(m.group("c"));
            Optional<Dates.Found> d = Dates.first(m.group("rest"));
            if (committee != null && d.isPresent()) {
                Layout.Role role = !m.group("label").equalsIgnoreCase("meeting") ? Layout.Role.DECISIONS : Layout.Role.MINUTES;
                out.add(new Header(m.start(), new Span(m.start(), m.end()), committee, d.get().date(), Optional.empty(), Optional.empty(), role));
            }
        }
        Matcher of = MEETING_OF_ITEM.matcher(text);
        while (of.find()) {
            String committee = headed(of.group("c"));
            Optional<Dates.Found> d = Dates.first(of.group("rest"));
            if (committee != null && d.isPresent()) {
                Optional<LocalTime> time = Dates.times(of.group("rest").substring(d.get().span().end())).stream().findFirst().map(Dates.FoundTime::time);
                out.add(new Header(of.start(), new Span(of.start(), of.end()), committee, d.get().date(), time, Optional.empty(), Layout.Role.MINUTES));
            }
        }
    }

    /** Whether a heading is one of an item's own page: an item's history, a decision, an agenda item. */
    static boolean itemPage(String heading) {
        return ITEM_AT_MEETING.matcher(heading).matches() || MEETING_OF_ITEM.matcher(heading).matches();
    }

    /** Where the first heading of an item's own page starts in {@code text}, or -1. */
    static int firstItemPage(String text) {
        Matcher a = ITEM_AT_MEETING.matcher(text);
        Matcher b = MEETING_OF_ITEM.matcher(text);
        int x = a.find() ? a.start() : Integer.MAX_VALUE;
        int y = b.find() ? b.start() : Integer.MAX_VALUE;
        return Math.min(x, y) == Integer.MAX_VALUE ? -1 : Math.min(x, y);
    }

    /** "Minutes of the meeting held on ..." under the committee's name as a heading. */
    private static void minutesHeldUnderName(List<Header> out, String text) {
        Matcher m = MINUTES_HELD.matcher(text);
        while (m.find()) {
            // "EXECUTIVE" just above is the body, not the council's name printed above that
            Optional<String> committee = Committees.headingAbove(text, m.start()).or(() -> Committees.namedAbove(text, m.start(), 6));
            if (committee.isPresent()) {
                addNamed(out, text, m, committee.get(), Layout.Role.MINUTES);
            }
        }
    }

    /** A committee's name with a date on its line or the next: a summons's front sheet. */
    private static void namesThenDates(List<Header> out, String text) {
        namesThenDates(out, text, NAME_THEN_DATE);
        namesThenDates(out, text, NAME_OVER_DATE);
    }

    private static void namesThenDates(List<Header> out, String text, Pattern form) {
        Matcher m = form.matcher(text);
        while (m.find()) {
            // "Minute General Meeting of the Council Tuesday, ...": the paper's word run onto the heading's line
            // a name wrapped over two lines is one name, and "AGENDA" after it is the paper's word, not the name's
            String joined = m.group("c").replaceAll("\\s*\\n\\s*", " ");
            Matcher after = PAPER_WORD_AFTER.matcher(joined);
            boolean minutesAfter = after.find() && HeadingBlocks.MINUTES.matcher(after.group()).find();
            String named = after.reset().replaceFirst("");
            Matcher paperWord = PAPER_WORD_BEFORE.matcher(named);
            boolean minutesBefore = paperWord.lookingAt();
            boolean minutesWord = minutesBefore || minutesAfter;
            String committee = headed(minutesBefore ? named.substring(paperWord.end()) : named);
            if (committee == null || continuesNumberedTitle(text, m.start("c"))) {
                continue;
            }
            // the date is the one the line begins with, after its time if that comes first
            String rest = m.group("rest");
            int day = m.start("day") - m.start("rest");
            Optional<Dates.Found> d = Dates.first(rest.substring(day));
            if (d.isEmpty() || d.get().span().start() > 12) {
                continue;
            }
            Optional<LocalTime> time = m.group("timeFirst") != null
                    ? Dates.times(m.group("timeFirst")).stream().findFirst().map(Dates.FoundTime::time)
                    : Dates.times(rest.substring(day + d.get().span().end())).stream().findFirst().map(Dates.FoundTime::time);
            // "Minute" alone on the line above the name: the paper is the meeting's minutes, not its summons
            boolean minutesLine = form == NAME_OVER_DATE && m.group("paperLine") != null && HeadingBlocks.MINUTES.matcher(m.group("paperLine")).lookingAt();
            Layout.Role role = minutesWord || minutesLine || PAPER_WORD_ABOVE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()
                    ? Layout.Role.MINUTES : Layout.Role.AGENDA;
            out.add(new Header(m.start(), new Span(m.start("c"), m.end()), committee, d.get().date(), time,
                    Optional.empty(), role));
        }
    }

    /**
     * Whether the line at {@code at} carries on a numbered item's title from the line above it ("C204  UPDATE FROM
     * THE" over "SCRUTINY COMMITTEE: 18TH OCTOBER, 2023 (REF)"): a reference from a committee's meeting, which
     * names that meeting, is business of this one, not the heading of another.
     */
    private static boolean continuesNumberedTitle(String text, int at) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        if (lineStart < 2) {
            return false;
        }
        int prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
        String above = text.substring(prevStart, lineStart - 1).strip();
        Matcher n = ItemNumbers.NUMBERED.matcher(above);
        return !above.isEmpty() && n.matches() && n.group("t") != null && Casing.isUpper(n.group("t"));
    }

    /** "AGENDA", "MINUTES": the paper's word after a committee's name on a front sheet (heading-words.tsv, "paper"). */
    private static final Pattern PAPER_WORD_AFTER = Pattern.compile(
            "(?i)\\s+(?:" + HeadingBlocks.PAPER + ")\\s*$");
    /** The word that says the paper is minutes, first on the heading's own line, a meeting's kind and "Meeting of" after it. */
    private static final Pattern PAPER_WORD_BEFORE = Pattern.compile("(?i)(?:minutes?|cofnodion)[ \\t]+(?=\\p{L}+[ \\t]+meeting[ \\t]+of\\b)");
    /** The line above a heading that says the paper is minutes: "Minutes", Scottish "Minute", Welsh "Cofnodion". */
    private static final Pattern PAPER_WORD_ABOVE = Pattern.compile("(?im)^[ \\t]*(?:minutes?|cofnodion)[ \\t]*\\n\\s*\\z");

    private static final Pattern VENUE_FIELD = Pattern.compile(
            "(?im)^[ \\t]*(?:proposed\\s+|meeting\\s+)?(?:venue|place|location|where)[ \\t]*:[ \\t]*(?<v>[^\\n]{3,200})$");
    private static final Pattern TIME_FIELD = Pattern.compile("(?im)^[ \\t]*(?:time|start\\s+time)[ \\t]*:[ \\t]*(?<t>[^\\n]{2,40})$");
    private static final Pattern VENUE_WORDS = Pattern.compile(
            "(?i)\\b(?:" + Lexicon.of("venue-words.tsv").alternation() + ")\\b");
    private static final Pattern SENTENCE_STOP = Pattern.compile(".*[a-z]{3,}\\.$");
    /** What stands between a heading's "held" and its venue: ": at the ". */
    private static final Pattern VENUE_LEAD = Pattern.compile(
            "(?is)^\\s*:?\\s*(?:at\\s+\\d{1,2}(?:[.:]\\d{2})?\\s*(?:[ap]\\.?\\s?m\\.?|hrs)?\\s*,?\\s*)?(?:(?:at|in|within)\\s+(?:the\\s+)?)?");
    /** What stands between a venue and the date after it: ", on Tuesday,". */
    private static final Pattern VENUE_TAIL = Pattern.compile(
            "(?is)[\\s,]*(?:on|,)?\\s*(?:" + Dates.WEEKDAY_STEM + "day,?\\s*)?$");
    /** A line that holds a time and nothing else: "at 10.00 am", "10am", "6.30pm". */
    private static final Pattern TIME_LINE = Pattern.compile("(?i)(?:at\\s+)?" + CLOCK);
    /** "in Committee Room B,": the preposition before a venue on a line of its own. */
    private static final Pattern VENUE_PREPOSITION = Pattern.compile("^(?:in|at|within)\\s+(?:the\\s+)?(?=[A-Z])");
    private static final Pattern NO_VENUE = Pattern.compile("(?i)^(?:on|at|in)?$");
    /** "... 2025 at the Council Chamber.": a venue after the date on its line. */
    private static final Pattern VENUE_AFTER_DATE = Pattern.compile("(?i)^[^\\n]*?\\b(?:at|in)\\s+(?:the\\s+)?([A-Z][^\\n]{3,120}?)\\.?\\s*$");
    private static final Pattern NEWLINE = Pattern.compile("\\n");
    /** What follows the date of minutes put to a meeting for approval, not of the paper's own minutes. */
    private static final Pattern PUT_FOR_APPROVAL = Pattern.compile("(?i)^[ \\t]*minutes?\\s+of\\b.*\\bheld\\b.*\\b(?:"
            + Lexicon.of("minutes-approval-words.tsv").alternation() + ")\\b.*");

    /** The whole line {@code at} stands on. */
    private static String lineAt(String text, int at) {
        int s = at == 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
        int e = text.indexOf('\n', at);
        return text.substring(s, e < 0 ? text.length() : e);
    }
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "(?i)(?:the\\s+)?((?:district|borough|city|county|county\\s+borough|town|parish)\\s+council)\\s+of\\s+(\\p{Lu}[\\p{L}'’ -]{2,60})");
    /** "Civic Buildings, Westby at 09:30": the time the heading prints after the place. */
    private static final Pattern TIME_AFTER_VENUE = Pattern.compile("(?i)[\\s,]+at\\s+(?:\\d{1,2}(?:[.:]\\d{2})?\\s*(?:[ap]\\.?\\s?m\\.?|hrs|hours)?|noon|midday)\\s*$");
    /** "View directions", a web page's link after the venue, or its "View" alone where the link wraps after a full stop. */
    private static final Pattern VIEW_DIRECTIONS = Pattern.compile("(?i)(?:\\s*\\.?\\s*view directions|\\.\\s*view$).*$");
    private static final Pattern EDGE_MARKS = Pattern.compile("^[,:;\\s]+|[,:;.\\s]+$");

    /**
     * What a heading leaves to the lines under it: a web page's "Venue: Guildhall, Northby.
     *", a "Time:" field, or a front sheet's address printed under the date line.
     */
    private static Header fill(String text, Header h, int limit) {
        Optional<String> venue = h.venue();
        Optional<LocalTime> time = h.time();
        int from = h.span().end();
        if (from >= limit) {
            return h;
        }
        if (venue.isEmpty()) {
            Matcher v = VENUE_FIELD.matcher(text).region(from, limit);
            if (v.find()) {
                String t = tidyVenue(v.group("v"));
                if (t.length() >= 3) {
                    venue = Optional.of(t);
                }
            }
        }
        if (time.isEmpty()) {
            Matcher t = TIME_FIELD.matcher(text).region(from, limit);
            if (t.find()) {
                time = Dates.times(t.group("t")).stream().findFirst().map(Dates.FoundTime::time);
            }
        }
        if (venue.isEmpty() && h.role() == Layout.Role.MINUTES) {
            // "A Parish Council meeting was held in the Village Hall, Westby on Tuesday, ...": the sentence under the heading
            venue = HeadingBlocks.heldIn(text.substring(from, Math.min(limit, from + 400)));
        }
        int lineEnd = text.indexOf('\n', from);
        int pos = lineEnd < 0 ? limit : lineEnd + 1;
        // a front sheet sets the time on a line of its own under the date: "at 10.00 am", blank lines between
        int skipped = 0;
        while (pos < limit && skipped < 4) {
            int nl = text.indexOf('\n', pos);
            String line = text.substring(pos, nl < 0 ? text.length() : nl).strip();
            Matcher t = TIME_LINE.matcher(line);
            if (!line.isEmpty() && !t.matches()) {
                break;
            }
            if (t.matches() && time.isEmpty()) {
                time = Dates.times(line).stream().findFirst().map(Dates.FoundTime::time);
            }
            pos = nl < 0 ? text.length() : nl + 1;
            skipped++;
        }
        if (venue.isEmpty() && h.role() == Layout.Role.AGENDA) {
            // address lines under the date line (and its time): "Council Chamber, Shire House, / County Hall, Northby",
            // "in Committee Room B, / Civic Centre, Northby"
            StringBuilder address = new StringBuilder();
            for (int n = 0; n < 3 && pos < limit; n++) {
                int nl = text.indexOf('\n', pos);
                String line = text.substring(pos, nl < 0 ? text.length() : nl).strip();
                pos = nl < 0 ? text.length() : nl + 1;
                if (n == 0) {
                    line = VENUE_PREPOSITION.matcher(line).replaceFirst("");
                }
                if (line.isEmpty() || line.contains(":") || line.length() > 80 || Dates.first(line).isPresent()
                        || !Character.isUpperCase(line.codePointAt(0)) || SENTENCE_STOP.matcher(line).matches()) {
                    break;
                }
                address.append(address.length() > 0 ? " " : "").append(line);
            }
            String a = tidyVenue(address.toString());
            if (VENUE_WORDS.matcher(a).find() && a.length() >= 5) {
                venue = Optional.of(a);
            }
        }
        if (venue.equals(h.venue()) && time.equals(h.time())) {
            return h;
        }
        return new Header(h.start(), h.span(), h.committee(), h.date(), time, venue, h.role());
    }

    /** Reads committee, date, time and venue from a match with groups {@code c} and {@code rest}. */
    private static void add(List<Header> out, String text, Matcher m, Layout.Role role, boolean venueBeforeDate) {
        String committee = headed(m.group("c"));
        if (committee == null) {
            return;
        }
        add(out, text, m, committee, role, venueBeforeDate);
    }

    private static void addNamed(List<Header> out, String text, Matcher m, String committee, Layout.Role role) {
        add(out, text, m, committee, role, false);
    }

    private static void add(List<Header> out, String text, Matcher m, String committee, Layout.Role role, boolean venueBeforeDate) {
        String rest = m.group("rest");
        if (venueBeforeDate) {
            // the heading's sentence ends at a blank line or at the colon over a list: a date after it is another's
            rest = HEADING_SENTENCE_END.split(rest, 2)[0];
        }
        Optional<Dates.Found> d = Dates.first(rest);
        if (d.isEmpty()) {
            if (venueBeforeDate && role == Layout.Role.MINUTES) {
                heldUnderDate(out, text, m, committee);
            }
            return;
        }
        int dateEnd = d.get().span().end();
        Optional<String> venue = Optional.empty();
        Optional<LocalTime> timeBefore = Optional.empty();
        if (venueBeforeDate) {
            String before = rest.substring(0, d.get().span().start());
            // "held at 7.15 pm within the Memorial Hall on Thursday ...": the time before the venue
            timeBefore = Dates.times(before).stream().findFirst().map(Dates.FoundTime::time);
            before = VENUE_TAIL.matcher(VENUE_LEAD.matcher(before).replaceFirst("")).replaceFirst("");
            String v = tidyVenue(before);
            if (v.length() >= 3 && v.length() < 160 && !NO_VENUE.matcher(v).matches()) {
                venue = Optional.of(v);
            }
        }
        // a time just after the date ("... 2025 at 5:30 pm", "2025 2.00 pm")
        String after = rest.substring(dateEnd, Math.min(rest.length(), dateEnd + 40));
        Optional<Dates.FoundTime> timeAfter = Dates.times(after).stream().filter(t -> t.span().start() < 16).findFirst();
        Optional<LocalTime> time = timeAfter.map(Dates.FoundTime::time);
        // "2023, 6.30 - 9.05 pm": a range's start takes the end's pm
        Optional<LocalTime[]> range = timeAfter.isPresent() ? Dates.range(after.substring(0, Math.min(after.length(), 40))) : Optional.empty();
        if (range.isPresent()) {
            time = Optional.of(range.get()[0]);
        }
        if (time.isEmpty()) {
            time = timeBefore;
        }
        if (venue.isEmpty()) {
            Matcher v = VENUE_AFTER_DATE.matcher(NEWLINE.split(rest.substring(dateEnd), 2)[0]);
            if (v.find() && Dates.times(v.group(1)).isEmpty()) {
                venue = Optional.of(tidyVenue(v.group(1)));
            }
        }
        // the heading's words end with its date, or the time printed just after it
        int spanEnd = m.start("rest") + dateEnd + timeAfter.map(t -> t.span().end()).orElse(0);
        out.add(new Header(m.start(), new Span(m.start(), Math.min(spanEnd, m.end())), committee, d.get().date(), time,
                venue, role));
    }

    /**
     * "28 MAY 2015 / Minutes of a meeting of the Westby Committee held in the Council Chamber, Town Hall at 9.30 am
     * when there were present:": the heading's sentence names no date, the line over it is the date alone.
     */
    private static void heldUnderDate(List<Header> out, String text, Matcher m, String committee) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, m.start() - 1));
        int above = lineStart;
        String dateLine = "";
        while (above > 0 && dateLine.isEmpty()) {
            int prev = text.lastIndexOf('\n', above - 1);
            dateLine = text.substring(prev + 1, above).strip();
            above = prev;
        }
        Optional<Dates.Found> d = Dates.first(dateLine);
        if (d.isEmpty() || !DATE_ALONE.matcher(dateLine).matches()) {
            return;
        }
        // the sentence, up to its end or the list it introduces
        String sentence = SENTENCE_END.split(m.group("rest"), 2)[0];
        Optional<Dates.FoundTime> t = Dates.times(sentence).stream().findFirst();
        String before = t.map(x -> sentence.substring(0, x.span().start())).orElse(sentence);
        before = VENUE_TAIL.matcher(VENUE_LEAD.matcher(AT_END.matcher(before).replaceFirst("")).replaceFirst("")).replaceFirst("");
        String v = tidyVenue(before);
        Optional<String> venue = v.length() >= 3 && v.length() < 160 && !NO_VENUE.matcher(v).matches() ? Optional.of(v) : Optional.empty();
        int end = m.start("rest") + sentence.length();
        out.add(new Header(m.start(), new Span(m.start(), end), committee, d.get().date(), t.map(Dates.FoundTime::time), venue,
                Layout.Role.MINUTES));
    }

    private static final Pattern HEADING_SENTENCE_END = Pattern.compile("\\n[ \\t]*\\n|:[ \\t]*\\n");

    /** A line that is a date and nothing else: "28 MAY 2015", "Thursday, 28th May 2015". */
    private static final Pattern DATE_ALONE = Pattern.compile(
            "(?i)^(?:" + Dates.WEEKDAY_STEM + "day,?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+[a-z]+,?\\s+\\d{4}$");
    /** Where a heading's sentence ends: a full stop, or "when"/"at which" before the list of those present. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?i)\\.(?=\\s)|\\s+(?:when|at\\s+which|where)\\s+|:|\\n\\s*\\n");
    /** "... Station Road, Westby at": the word left before the time. */
    private static final Pattern AT_END = Pattern.compile("(?i)[\\s,]*\\b(?:at|from)\\s*$");

    static String tidyVenue(String v) {
        String s = SPACES.matcher(v).replaceAll(" ").strip();
        s = VIEW_DIRECTIONS.matcher(s).replaceAll("");
        s = TIME_AFTER_VENUE.matcher(s).replaceAll("");
        s = EDGE_MARKS.matcher(s).replaceAll("");
        return s;
    }

    /** Headers of the same meeting close together (a title repeated in a field block) count once. */
    private static List<Header> dedupe(List<Header> headers) {
        List<Header> out = new ArrayList<>();
        for (Header h : headers) {
            boolean dup = false;
            for (int i = 0; i < out.size(); i++) {
                Header o = out.get(i);
                if (o.date().equals(h.date()) && Math.abs(o.start() - h.start()) < 800
                        && (o.span().overlaps(h.span()) || o.committee().equalsIgnoreCase(h.committee()))) {
                    // keep the richer of the two
                    int score = (h.venue().isPresent() ? 1 : 0) + (h.time().isPresent() ? 1 : 0);
                    int oscore = (o.venue().isPresent() ? 1 : 0) + (o.time().isPresent() ? 1 : 0);
                    if (score > oscore) {
                        out.set(i, new Header(o.start(), o.span(), o.committee(), o.date(),
                                h.time().or(o::time), h.venue().or(o::venue), o.role()));
                    } else if (o.time().isEmpty() && h.time().isPresent() || o.venue().isEmpty() && h.venue().isPresent()) {
                        out.set(i, new Header(o.start(), o.span(), o.committee(), o.date(),
                                o.time().or(h::time), o.venue().or(h::venue), o.role()));
                    }
                    dup = true;
                    break;
                }
            }
            if (!dup) {
                out.add(h);
            }
        }
        return out;
    }
}
