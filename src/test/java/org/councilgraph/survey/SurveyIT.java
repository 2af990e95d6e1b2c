package org.councilgraph.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.councilgraph.end2end.SampleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The survey of the bundled sample papers: one of each kind, each with what its kind should have. */
class SurveyIT {
    @TempDir
    static Path dir;
    static SampleStore.Built built;
    static Map<String, Survey.Row> rows;

    @BeforeAll
    static void survey() throws IOException {
        Path papers = SampleStore.copySamples(dir);
        built = SampleStore.build(dir, "http://localhost:3030/", List.of(papers));
        List<Survey.Row> all = Survey.of(built.store().dataset(), Survey.papers(List.of(papers)));
        rows = all.stream().collect(Collectors.toMap(r -> Path.of(r.file()).getFileName().toString(), r -> r));
    }

    @AfterAll
    static void close() {
        built.close();
    }

    @Test
    void eachPaperIsReadAsItsKindAndLacksNothingItsKindShouldHave() {
        assertEquals(4, rows.size(), rows.keySet().toString());
        assertEquals(PaperKind.MINUTES, rows.get("riverford-cabinet-2025-03-12-minutes.txt").kind());
        assertEquals(PaperKind.AGENDA, rows.get("riverford-scrutiny-2025-05-20-agenda.md").kind());
        assertEquals(PaperKind.MEETING_PAGE, rows.get("riverford-scrutiny-2025-05-20-minutes.html").kind());
        assertEquals(PaperKind.REPORT, rows.get("riverford-school-place-planning-report.pdf").kind());
        rows.values().forEach(r -> assertEquals(List.of(), r.lacks(), r.file()));
        rows.values().forEach(r -> assertEquals("Riverford Borough Council", r.found().council(), r.file()));
    }

    @Test
    void minutesGiveTheirMeetingAttendanceByStatusItemsAndResolutions() {
        Survey.Found f = rows.get("riverford-cabinet-2025-03-12-minutes.txt").found();
        assertEquals(new Survey.Meeting("Cabinet", "2025-03-12", "", "Council Chamber, Riverford Town Hall, Market Square, Riverford"),
                f.meetingList().get(0));
        assertTrue(f.present() > 0 && f.apologies() == 1 && f.inAttendance() > 0, f.toString());
        assertTrue(f.items() > 0 && f.resolutions() > 0 && f.councillors() > 0 && f.officers() > 0, f.toString());
    }

    @Test
    void aReportGivesItsTitleAndAuthorAndContact() {
        Survey.Found f = rows.get("riverford-school-place-planning-report.pdf").found();
        assertEquals(1, f.reportsTitled());
        assertEquals(1, f.reportsWithAuthor());
        assertEquals(1, f.reportsWithContact());
    }

    @Test
    void theSummaryGivesSharesByKindAndTheCsvARowAPaper() throws IOException {
        Map<String, Summary.Shares> byKind = Survey.shares(List.copyOf(rows.values()), r -> r.kind().label());
        assertEquals(1.0, byKind.get("minutes").share("attendance"));
        assertEquals(0.0, byKind.get("report").share("items"));
        StringWriter csv = new StringWriter();
        SurveyCsv.write(List.copyOf(rows.values()), csv);
        String[] lines = csv.toString().split("\r\n");
        assertEquals(5, lines.length);
        assertTrue(lines[0].startsWith("file,kind,council,meetings,committee,date"), lines[0]);
        assertTrue(csv.toString().contains(",minutes,Riverford Borough Council,1,Cabinet,2025-03-12,"), csv.toString());
    }
}
