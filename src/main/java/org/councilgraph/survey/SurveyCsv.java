package org.councilgraph.survey;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/** The survey's rows as CSV (RFC 4180), one paper a row, for spreadsheets and for comparing runs. */
public final class SurveyCsv {
    static final List<String> HEADER = List.of("file", "kind", "council", "meetings", "committee", "date", "time", "venue",
            "present", "in_attendance", "apologies", "absent", "items", "resolutions", "reports", "reports_titled",
            "reports_with_author", "reports_with_contact", "councillors", "officers", "coopted", "other_people", "posts",
            "services", "organisations", "laws", "lacks");

    private SurveyCsv() {
    }

    public static void write(List<Survey.Row> rows, Writer w) throws IOException {
        w.write(String.join(",", HEADER) + "\r\n");
        for (Survey.Row r : rows) {
            Survey.Found f = r.found();
            Survey.Meeting m = f.meetingList().isEmpty() ? new Survey.Meeting("", "", "", "") : f.meetingList().get(0);
            List<Object> cells = List.of(r.file(), r.kind().label(), f.council(), f.meetings(), m.committee(), m.date(),
                    m.time(), m.venue(), f.present(), f.inAttendance(), f.apologies(), f.absent(), f.items(), f.resolutions(),
                    f.reports(), f.reportsTitled(), f.reportsWithAuthor(), f.reportsWithContact(), f.councillors(),
                    f.officers(), f.coopted(), f.otherPeople(), f.posts(), f.services(), f.organisations(), f.laws(),
                    String.join("; ", r.lacks()));
            w.write(cells.stream().map(c -> quote(String.valueOf(c))).collect(Collectors.joining(",")) + "\r\n");
        }
    }

    static String quote(String s) {
        return s.matches("[^\",\\r\\n]*") ? s : '"' + s.replace("\"", "\"\"") + '"';
    }
}
