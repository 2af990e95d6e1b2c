package org.councilgraph.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.segment.Layout.ItemSection;
import org.councilgraph.segment.Layout.MeetingReference;
import org.councilgraph.segment.Layout.MeetingSection;
import org.councilgraph.segment.Layout.ReportCover;
import org.councilgraph.text.Dates;
import org.councilgraph.text.Similarity;
import org.councilgraph.text.Span;

/**
 * What a pack says about its reports beyond their covers:
 * <ul>
 *   <li>a cover that prints no date is for the meeting of the covers around it (a pack's reports
 *       all go to one meeting);</li>
 *   <li>a report goes with the agenda item of its meeting that has its title, or that names the
 *       appendix the report is printed as ("10. Introduction ... Appendix C" and a deck marked
 *       "Appendix C");</li>
 *   <li>a report listed among another's appendices ("Appendices: 30. Adoption Agency Annual Report
 *       2024-25") is a report too, for the same meeting;</li>
 *   <li>a report the text says was before an earlier meeting ("A report on Inclusion in Schools was
 *       presented to the Committee on 3 June 2023") is a report of that meeting;</li>
 *   <li>a background paper that is an earlier report, cited by where and when it went ("Report to
 *       Cabinet, 18 July 2024 – Waste Collection Review", "Cabinet report, 12 November 2024 – ...",
 *       "Northby Bypass - report to Place Committee, 7 March 2019"), is a report of that meeting. Report
 *       packs of most councils cite their history this way, in the same few shapes.</li>
 * </ul>
 */
final class ReportLinks {
    private static final Pattern APPENDICES = Pattern.compile("(?im)^[ \\t]*(?:\\d+\\.\\s*)?(?:appendices|appendix|list\\s+of\\s+appendices)[ \\t]*:?[ \\t]*$");
    private static final Pattern APPENDIX_ENTRY = Pattern.compile(
            "^(?:\\d{1,3}\\.?\\s+|[•\\-–]\\s+)?(?:appendix\\s+[A-Z0-9]{1,3}\\s*[-–:.]?\\s*)?(?<t>[A-Z][^\\n]{5,160}?)\\.?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern APPENDIX_MARK = Pattern.compile("\\bAppendix\\s+([A-Z]{1,2}|\\d{1,2})\\b");
    private static final Pattern EARLIER = Pattern.compile(
            "\\b(?:An?|The)?\\s*[Rr]eports?\\s+(?:on|about|entitled|titled|regarding)\\s+[‘'\"“]?(?<t>[A-Z][^.;\\n]{3,150}?)[’'\"”]?\\s+"
            + "(?:was|were|had\\s+been|has\\s+been|have\\s+been)\\s+(?:also\\s+)?(?:presented|considered|submitted|received|taken)\\s+"
            + "(?:to|by|at)\\s+(?:the\\s+)?(?<c>[A-Z][\\w’', &\\-]{2,100}?)\\s+(?:at\\s+(?:its|their)\\s+meetings?\\s+)?on\\s+(?<d>[^.;]{6,80})");

    /** A date as background papers print it; it may wrap ("28" / "November 2022"). */
    private static final String CITED_DATE = "\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Z][a-z]+\\.?,?\\s+\\d{4}";
    /** A body's name, its words set over one line break at most. */
    private static final String CITED_BODY = "(?<c>(?:the\\s+)?[A-Z][\\w'’&\\-]*(?:(?:[ \\t]+|[ \\t]*\\n[ \\t]*)(?:[A-Z][\\w'’&\\-]*|and|of|for|the|&)){0,12}?)";
    /** Between the date and the title: a dash or a colon, perhaps at a line's end. */
    private static final String CITED_TITLE = "[ \\t]*(?:\\n[ \\t]*)?[–—:\\-][ \\t]*(?<t>[A-Z0-9‘'\"“][^\\n]*)";
    /** A list entry's start: a line, perhaps after its number or bullet ("1.", "12.2", "•"). */
    private static final String CITED_ENTRY = "(?m)^[ \\t]*(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?[ \\t]+|[•·*][ \\t]*)?";
    /** Between the body and the date: ", ", " on ", " held on ". */
    private static final String CITED_WHEN = "(?:\\s*,\\s*|\\s+(?:held\\s+)?on\\s+(?:the\\s+)?)(?<d>" + CITED_DATE + ")";
    private static final Pattern[] CITED = {
        // "Report to Cabinet, 18 July 2024 - Title", "Report No. 31 to Cabinet, ...", "Report to the X held on 9 October 2023 – Title"
        Pattern.compile("\\bReport(?:\\s+No\\.?\\s*\\d+)?\\s+to\\s+" + CITED_BODY + CITED_WHEN + CITED_TITLE),
        // "Cabinet report, 12 November 2024 – Title"
        Pattern.compile(CITED_ENTRY + CITED_BODY + "[ \\t]+report\\s*,\\s*(?<d>" + CITED_DATE + ")" + CITED_TITLE),
        // "Title - report to Place Committee, 7 March 2019"
        Pattern.compile(CITED_ENTRY + "(?<t>[A-Z][^\\n]{3,150}?)[ \\t]+[–—\\-][ \\t]+[Rr]eport\\s+to\\s+" + CITED_BODY + CITED_WHEN),
    };
    /**
     * What ends a cited report's title over its lines: the next entry, a field's label, a page number. A line that opens
     * with an en dash goes on with the title ("... (Dog Control) 2023" / "– Renewal"); lists mark entries otherwise.
     */
    private static final Pattern NOT_TITLE_LINE = Pattern.compile(
            "^(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s|[•·*\\-]\\s|[A-Z][\\w ]{0,30}:(?:\\s|$)|(?i:page\\s+\\d+|appendix\\b)).*");

    private static final Pattern TITLE_SMALL_WORD = Pattern.compile("and|of|the|for|to|in|on|a|an");
    private static final Pattern NOT_A_REPORT_LINE = Pattern.compile("(?i)^(?:\\d+\\.\\s*)?(?:officers?|contact|background|none|n/a).*");
    private static final Pattern REPORT_WORD = Pattern.compile(".*\\b(?:Report|REPORT)\\b.*");
    private static final Pattern CLAUSE_END = Pattern.compile(".*[,;]$");
    private static final Pattern THIS_REPORT = Pattern.compile("(?i).*\\b(?:this|the)\\s+report\\b.*");

    private ReportLinks() {
    }

    static Layout link(Layout l) {
        String text = l.paper().text();
        List<ReportCover> reports = new ArrayList<>(l.reports());
        inheritDates(reports);
        List<ReportCover> out = new ArrayList<>();
        for (ReportCover r : reports) {
            out.add(r.itemNumber().isPresent() ? r : withItem(r, l.meetings(), text));
        }
        List<ReportCover> extra = new ArrayList<>();
        for (ReportCover r : out) {
            if (r.span().start() == r.body().start() || r.body().length() > 2000) {
                extra.addAll(appendixReports(r, text));
            }
        }
        extra.addAll(earlierReports(l, text));
        extra.addAll(citedReports(text));
        Set<String> titles = new HashSet<>();
        out.forEach(r -> titles.add(key(r.title())));
        for (ReportCover r : extra) {
            if (titles.add(key(r.title()))) {
                out.add(r);
            }
        }
        return new Layout(l.paper(), l.council(), l.meetings(), out, l.contacts(), l.references(), l.committees(),
                l.membershipListings());
    }

    /** A cover without a date takes the date of the nearest cover for the same committee. */
    private static void inheritDates(List<ReportCover> reports) {
        for (int i = 0; i < reports.size(); i++) {
            ReportCover r = reports.get(i);
            if (r.meetingDate().isPresent() || r.committee().isEmpty() || r.itemNumber().isPresent()) {
                continue;
            }
            Optional<LocalDate> date = Optional.empty();
            int best = Integer.MAX_VALUE;
            for (ReportCover o : reports) {
                if (o != r && o.itemNumber().isEmpty() && o.meetingDate().isPresent() && o.committee().equals(r.committee())) {
                    int d = Math.abs(o.span().start() - r.span().start());
                    if (d < best) {
                        best = d;
                        date = o.meetingDate();
                    }
                }
            }
            if (date.isPresent()) {
                reports.set(i, new ReportCover(r.title(), r.span(), r.reportOf(), r.committee(), date, r.itemNumber(), r.contacts(),
                        r.body()));
            }
        }
    }

    private static ReportCover withItem(ReportCover r, List<MeetingSection> meetings, String text) {
        if (r.committee().isEmpty() || r.meetingDate().isEmpty()) {
            return r;
        }
        for (MeetingSection m : meetings) {
            if (!m.date().equals(r.meetingDate().get()) || !CommitteeAliases.key(m.committee()).equals(CommitteeAliases.key(r.committee().get()))) {
                continue;
            }
            // the item of the same title; else the item whose agenda line names the appendix printed on the
            // cover ("Appendix C"); else an item of a like title
            Optional<ItemSection> match = m.items().stream().filter(i -> key(i.title()).equals(key(r.title()))).findFirst();
            if (match.isPresent()) {
                return new ReportCover(r.title(), r.span(), r.reportOf(), r.committee(), r.meetingDate(), match.get().number(),
                        r.contacts(), r.body());
            }
            String around = text.substring(r.span().start(), Math.min(text.length(), r.span().end() + 400));
            Matcher a = APPENDIX_MARK.matcher(around);
            if (a.find()) {
                Pattern mark = Pattern.compile("\\b" + Pattern.quote(a.group()) + "\\b");
                match = m.items().stream().filter(i -> mark.matcher(lineOf(text, i.titleSpan())).find()).findFirst();
            }
            if (match.isEmpty()) {
                match = m.items().stream().filter(i -> sameTitle(i.title(), r.title())).findFirst();
            }
            if (match.isPresent()) {
                return new ReportCover(r.title(), r.span(), r.reportOf(), r.committee(), r.meetingDate(), match.get().number(),
                        r.contacts(), r.body());
            }
        }
        return r;
    }

    private static String lineOf(String text, Span span) {
        int s = text.lastIndexOf('\n', Math.max(0, span.start() - 1)) + 1;
        int e = text.indexOf('\n', span.end());
        return text.substring(s, e < 0 ? text.length() : e);
    }

    static boolean sameTitle(String a, String b) {
        return Similarity.jaccard(words(a), words(b)) >= 0.6;
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'s\\b", "").split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !TITLE_SMALL_WORD.matcher(w).matches()) {
                out.add(w);
            }
        }
        return out;
    }

    private static String key(String title) {
        return String.join(" ", new java.util.TreeSet<>(words(title)));
    }

    /** Entries under an "Appendices" heading of a report that are themselves reports. */
    private static List<ReportCover> appendixReports(ReportCover parent, String text) {
        List<ReportCover> out = new ArrayList<>();
        Matcher h = APPENDICES.matcher(text).region(parent.body().start(), parent.body().end());
        while (h.find()) {
            int pos = h.end();
            int taken = 0;
            for (int n = 0; n < 8 && pos < parent.body().end(); n++) {
                int nl = text.indexOf('\n', pos + 1);
                int end = nl < 0 ? text.length() : nl;
                String line = text.substring(Math.min(pos + 1, end), end).strip();
                int lineStart = Math.min(pos + 1, end);
                pos = end;
                if (line.isEmpty()) {
                    continue;
                }
                Matcher e = APPENDIX_ENTRY.matcher(line);
                // the list ends at the next heading or label ("13. Contact details", "Report Authors:")
                if (!e.matches() || line.endsWith(":") || NOT_A_REPORT_LINE.matcher(line).matches()) {
                    break;
                }
                String title = e.group("t").strip();
                // a titled report ("Adoption Agency Annual Report 2024-25"), not a sentence about one
                if (REPORT_WORD.matcher(title).matches() && title.split("\\s+").length <= 16 && !CLAUSE_END.matcher(title).matches()
                        && !THIS_REPORT.matcher(title).matches()) {
                    int s = lineStart + line.indexOf(title);
                    out.add(new ReportCover(title, new Span(s, s + title.length()), Optional.empty(), parent.committee(),
                            parent.meetingDate(), parent.itemNumber(), List.of(), new Span(s, s + title.length())));
                    taken++;
                }
            }
        }
        return out;
    }

    /** "A report on X was presented to the Committee on 3 June 2023", one report per date named. */
    private static List<ReportCover> earlierReports(Layout l, String text) {
        List<ReportCover> out = new ArrayList<>();
        Matcher m = EARLIER.matcher(text);
        while (m.find()) {
            List<Dates.Found> dates = Dates.find(m.group("d"), null);
            if (dates.isEmpty() || dates.get(0).span().start() > 20) {
                continue;
            }
            Span span = new Span(m.start(), m.end());
            Optional<String> committee = Optional.ofNullable(Committees.clean(m.group("c")));
            if (committee.isEmpty()) {
                // "the Committee": the meeting the paper names on that day, else the paper's own committee
                LocalDate d = dates.get(0).date();
                committee = l.references().stream().filter(r -> r.date().equals(d) && r.committee().isPresent())
                        .map(MeetingReference::committee).map(Optional::get).findFirst()
                        .or(() -> l.meetings().stream().map(MeetingSection::committee).findFirst())
                        .or(() -> l.reports().stream().flatMap(r -> r.committee().stream()).findFirst());
            }
            if (committee.isEmpty()) {
                continue;
            }
            String title = m.group("t").replaceAll("\\s+", " ").strip();
            out.add(new ReportCover(title, span, Optional.empty(), committee, Optional.of(dates.get(0).date()), Optional.empty(),
                    List.of(), span));
        }
        return out;
    }

    /** Earlier reports a paper cites as background by where and when they went, one report each. */
    private static List<ReportCover> citedReports(String text) {
        List<ReportCover> out = new ArrayList<>();
        for (Pattern p : CITED) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Optional<Dates.Found> date = Dates.first(m.group("d"));
                if (date.isEmpty()) {
                    continue;
                }
                String title = citedTitle(text, m);
                if (title.length() < 4) {
                    continue;
                }
                Optional<String> committee = Optional.ofNullable(Committees.clean(m.group("c")));
                Span span = new Span(m.start(), m.end());
                out.add(new ReportCover(title, span, Optional.empty(), committee, Optional.of(date.get().date()), Optional.empty(),
                        List.of(), span));
            }
        }
        return out;
    }

    /** The title on its line and the lines it wraps onto, up to the next entry, label or blank line. */
    private static String citedTitle(String text, Matcher m) {
        StringBuilder title = new StringBuilder(m.group("t").strip());
        boolean titleLast = m.end("t") == m.end();
        int pos = text.indexOf('\n', m.end("t"));
        for (int n = 0; titleLast && n < 3 && pos >= 0 && !title.toString().endsWith("."); n++) {
            int nl = text.indexOf('\n', pos + 1);
            String line = text.substring(pos + 1, nl < 0 ? text.length() : nl).strip();
            if (line.isEmpty() || NOT_TITLE_LINE.matcher(line).matches()) {
                break;
            }
            title.append(' ').append(line);
            pos = nl;
        }
        return title.toString().replaceAll("\\s+", " ").replaceAll("[.;,]+$", "").strip();
    }
}
