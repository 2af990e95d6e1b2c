package org.councilgraph.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Dates and clock times as English and Welsh council papers write them: "Tuesday, 2 September 2025",
 * "8th April 2025", "TUESDAY, 8 APRIL 2025", "January 30th 2026", "15-Jan-2026", "12/09/2024",
 * "29.09.2020", "29.09.20", "12fed Mehefin 2024", an ordinal printed apart from its number ("3 rd September",
 * a superscript on a line of its own), "2.00 pm", "5:30pm", "14:00", "1900hrs", "10am", "noon".
 * The words (months, weekdays, ordinal endings, times named by a word) are tables of the lexicon.
 */
public final class Dates {
    private static final Lexicon MONTH_NAMES = Lexicon.of("month-forms.tsv");
    /** Month name or abbreviation, lower case, to its number. */
    private static final Map<String, Integer> MONTHS = MONTH_NAMES.rows().stream()
            .collect(Collectors.toUnmodifiableMap(r -> r.get(0).toLowerCase(Locale.ROOT), r -> Integer.parseInt(r.get(1)), (x, y) -> x));
    static final String MONTH = "(?:" + MONTH_NAMES.alternation() + ")";
    /** The stems of the weekdays' names ("Wednes" of "Wednesday"), as a regex group. */
    public static final String WEEKDAY_STEM = "(?:" + Lexicon.of("weekday-stems.tsv").alternation() + ")";
    /** A weekday's name, English or Welsh, full or short, with the comma and "the" that may follow it. */
    public static final String WEEKDAY = "(?:(?:" + Lexicon.of("weekday-forms.tsv").alternation() + ")(?:day)?\\.?,?\\s+(?:the\\s+)?)";
    /** A day's ordinal ending ("st", "th", Welsh "eg"), printed on or apart from its number; optional. */
    public static final String ORDINAL = "(?:\\s{0,3}(?:" + Lexicon.of("ordinal-suffixes.tsv").alternation() + ")(?![a-z]))?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)\\b" + WEEKDAY + "?(\\d{1,2})" + ORDINAL + "(?:\\s+of)?[\\s\\-]+(" + MONTH + ")\\.?(?:,?[\\s\\-]+(\\d{4}))?\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)\\b" + WEEKDAY + "?(" + MONTH + ")\\.?\\s+(\\d{1,2})" + ORDINAL + ",?\\s+(\\d{4})\\b");
    /**
     * "29/09/2020", "29/09/20", "29-09-2020", "29.09.2020"; with dots a two-figure year only when day and
     * month have two figures and a minute's number cannot be meant ("29.09.20", not "24.03.01" opening a
     * line before its title).
     */
    private static final Pattern NUMERIC = Pattern.compile(
            "\\b(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4}|\\d{2})\\b(?![./\\-]\\d)");
    /** A title after a number: "24.03.01  Election of Chair" is a minute's number. */
    private static final Pattern TITLE_AFTER = Pattern.compile("[ \\t]+[A-Z][a-z]");
    /** A time named by a word ("noon") and the clock time it names. */
    private static final Map<String, LocalTime> CLOCK_WORDS = Lexicon.of("clock-words.tsv").map().entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(e -> e.getKey().toLowerCase(Locale.ROOT), e -> LocalTime.parse(e.getValue())));
    private static final Pattern CLOCK_WORD = Pattern.compile(
            "(?i)\\b(?:12\\s*)?(" + Lexicon.of("clock-words.tsv").alternation() + ")\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern TIME = Pattern.compile(
            // Welsh "yb" (y bore) is am, "yp" (y prynhawn) and "yh" (yr hwyr) pm
            "(?i)\\b(\\d{1,2})(?:[.:](\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?|y\\.?[bph]\\.?)(?![a-z])|\\b([01]?\\d|2[0-3]):([0-5]\\d)(?!\\d)(?:\\s*(?:hrs|hours))?"
            + "|\\b([01]\\d|2[0-3])[.:]?([0-5]\\d)\\s*(?:hrs|hours)\\b");

    private Dates() {
    }

    /** A date found in text, with the span of its words; {@code yearGiven} is false when inferred. */
    public record Found(LocalDate date, Span span, boolean yearGiven) {
    }

    /** A clock time found in text. */
    public record FoundTime(LocalTime time, Span span) {
    }

    /**
     * Every date in {@code text}, in order. A day and month without a year takes {@code defaultYear}
     * when that is not null (a minute "next meeting on 4 November" inside a 2025 paper), else is skipped.
     */
    public static List<Found> find(CharSequence text, Integer defaultYear) {
        List<Found> out = new ArrayList<>();
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            Integer year = m.group(3) != null ? Integer.valueOf(m.group(3)) : defaultYear;
            if (year == null) {
                continue;
            }
            date(year, MONTHS.get(m.group(2).toLowerCase(Locale.ROOT).replace(".", "")), Integer.parseInt(m.group(1)))
                    .ifPresent(d -> out.add(new Found(d, new Span(m.start(), m.end()), m.group(3) != null)));
        }
        Matcher u = MONTH_DAY_YEAR.matcher(text);
        while (u.find()) {
            Span span = new Span(u.start(), u.end());
            if (out.stream().anyMatch(f -> f.span().overlaps(span))) {
                continue;
            }
            date(Integer.parseInt(u.group(3)), MONTHS.get(u.group(1).toLowerCase(Locale.ROOT)), Integer.parseInt(u.group(2)))
                    .ifPresent(d -> out.add(new Found(d, span, true)));
        }
        Matcher n = NUMERIC.matcher(text);
        while (n.find()) {
            String y = n.group(4);
            if (n.group(2).equals(".") && y.length() == 2 && (n.group(1).length() < 2 || n.group(3).length() < 2
                    || opensLine(text, n.start()) && TITLE_AFTER.matcher(text).region(n.end(), text.length()).lookingAt())) {
                continue;
            }
            int year = Integer.parseInt(y);
            date(year < 100 ? 2000 + year : year, Integer.parseInt(n.group(3)), Integer.parseInt(n.group(1)))
                    .ifPresent(d -> out.add(new Found(d, new Span(n.start(), n.end()), true)));
        }
        Matcher i = ISO.matcher(text);
        while (i.find()) {
            date(Integer.parseInt(i.group(1)), Integer.parseInt(i.group(2)), Integer.parseInt(i.group(3)))
                    .ifPresent(d -> out.add(new Found(d, new Span(i.start(), i.end()), true)));
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /** The first date in {@code text} that states its year. */
    public static Optional<Found> first(CharSequence text) {
        return find(text, null).stream().findFirst();
    }

    /** Every clock time in {@code text}, in order. */
    public static List<FoundTime> times(CharSequence text) {
        List<FoundTime> out = new ArrayList<>();
        Matcher m = TIME.matcher(text);
        while (m.find()) {
            try {
                int h;
                int min;
                if (m.group(1) != null) {
                    h = Integer.parseInt(m.group(1));
                    min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                    String mark = m.group(3).toLowerCase(Locale.ROOT).replace(".", "");
                    boolean pm = mark.startsWith("p") || mark.equals("yp") || mark.equals("yh");
                    if (h < 1 || h > 12) {
                        continue;
                    }
                    h = h % 12 + (pm ? 12 : 0);
                } else if (m.group(4) != null) {
                    h = Integer.parseInt(m.group(4));
                    min = Integer.parseInt(m.group(5));
                } else {
                    h = Integer.parseInt(m.group(6));
                    min = Integer.parseInt(m.group(7));
                }
                out.add(new FoundTime(LocalTime.of(h, min), new Span(m.start(), m.end())));
            } catch (DateTimeException e) {
                // "25.75 pm" is not a time
            }
        }
        Matcher w = CLOCK_WORD.matcher(text);
        while (w.find()) {
            out.add(new FoundTime(CLOCK_WORDS.get(w.group(1).toLowerCase(Locale.ROOT)), new Span(w.start(), w.end())));
        }
        if (w.reset().find()) {
            out.sort((a, b) -> a.span().compareTo(b.span()));
        }
        return out;
    }

    private static final Pattern TIME_RANGE = Pattern.compile(
            "(?i)\\b(\\d{1,2})[.:](\\d{2})\\s*(am|pm)?\\s*(?:-|–|to)\\s*(\\d{1,2})[.:](\\d{2})\\s*(am|pm)");

    /**
     * A range "2.00 - 4.26 pm": the first time borrows the second's am/pm when it has none, as the
     * printed form intends. Returns start and end, or empty.
     */
    public static Optional<LocalTime[]> range(CharSequence text) {
        Matcher m = TIME_RANGE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String endMeridian = m.group(6).toLowerCase(Locale.ROOT);
        String startMeridian = m.group(3) == null ? endMeridian : m.group(3).toLowerCase(Locale.ROOT);
        int sh = Integer.parseInt(m.group(1));
        int eh = Integer.parseInt(m.group(4));
        if (m.group(3) == null && endMeridian.equals("pm") && sh > eh && sh < 12) {
            startMeridian = "am"; // "11.00 - 1.15 pm"
        }
        try {
            return Optional.of(new LocalTime[] {
                LocalTime.of(sh % 12 + (startMeridian.equals("pm") ? 12 : 0), Integer.parseInt(m.group(2))),
                LocalTime.of(eh % 12 + (endMeridian.equals("pm") ? 12 : 0), Integer.parseInt(m.group(5)))});
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Whether only spaces stand between the line's start and {@code at}. */
    private static boolean opensLine(CharSequence text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static Optional<LocalDate> date(int year, Integer month, int day) {
        if (month == null || year < 1900 || year > 2100) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
