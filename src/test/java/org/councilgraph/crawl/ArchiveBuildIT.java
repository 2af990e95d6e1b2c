package org.councilgraph.crawl;

import static org.councilgraph.end2end.SampleStore.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.councilgraph.Corpus;
import org.councilgraph.cli.Main;
import org.councilgraph.crawl.StandInSite.Answer;
import org.councilgraph.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code update} against a stand-in for a ModernGov site answering with the real web-service responses
 * saved in ../shared/corpus/moderngov-ws (the Audit Committee of Manchester's site: a cancelled meeting
 * and one with items, documents and an attendee), plus generated PDFs: the two reports its items link
 * and the printed minutes its "Agenda and minutes" page links. Another committee's meetings come back
 * malformed. The archive built: the meetings, the committee, the attendee, the documents with their
 * URLs, and the printed minutes' meeting the same node as the web service's. A second update asks
 * conditionally and stores nothing. With {@code -Dcouncilgraph.requestlog=PREFIX} the two crawls'
 * request logs are written to PREFIX-first.txt and PREFIX-second.txt.
 */
class ArchiveBuildIT {
    static final LocalDate FROM = LocalDate.of(2025, 9, 1);
    static final LocalDate TO = LocalDate.of(2026, 3, 31);
    static final String MINUTES = "/documents/g4967/Printed%20minutes%2010th-Feb-2026%2010.00%20Audit%20Committee.pdf";

    @TempDir
    Path dir;

    @Test
    void anUpdateCrawlsTheStandInAndBuildsItsMeetingsAsOneNodeWithTheirPrintedMinutes() throws IOException {
        Path saved = Corpus.shared().resolve("corpus/moderngov-ws/manchester");
        try (StandInSite site = new StandInSite()) {
            ModernGov ws = new ModernGov(site.base());
            site.on("/mgWebService.asmx/GetCommittees", Answer.xml(Files.readString(saved.resolve("committees.xml"))))
                    .on(CrawlerTest.path(ws.meetings("144", FROM, TO)), Answer.xml(Files.readString(saved.resolve("meetings.xml"))))
                    .on(CrawlerTest.path(ws.meetings("163", FROM, TO)), Answer.xml("<?xml version=\"1.0\"?><getmeetings><committee>"))
                    .on(CrawlerTest.path(ws.meeting("4966")), Answer.xml(Files.readString(saved.resolve("meeting_no_minutes.xml"))))
                    .on(CrawlerTest.path(ws.meeting("4967")), Answer.xml(Files.readString(saved.resolve("meeting_with_minutes.xml"))))
                    .on(CrawlerTest.path(ws.documentsPage("144", "4967")), Answer.xml("<html><body><h1>Agenda and minutes</h1>"
                            + "<a href=\"" + MINUTES + "\">Printed minutes 10th-Feb-2026 10.00 Audit Committee</a></body></html>"))
                    .on("/mgConvert2PDF.aspx?ID=60860", pdf(previousMinutes()).validated("\"m-60860\"", ""))
                    .on("/mgConvert2PDF.aspx?ID=60909", pdf(workProgramme()))
                    .on(MINUTES, pdf(minutes()).validated("", "Wed, 11 Feb 2026 09:00:00 GMT"));
            Path archive = dir.resolve("archive");
            Path store = dir.resolve("store");
            String[] update = {"update", "--site", site.base().toString(), "--council", "MAN", "--archive", archive.toString(),
                "--store", store.toString(), "--from", FROM.toString(), "--to", TO.toString(), "--committee", "144",
                "--committee", "163", "--delay-ms", "20"};

            Run first = run(update);
            int firstRequests = site.seen.size();
            writeLog(site.seen.subList(0, firstRequests), "first");
            assertEquals(3, first.exit(), first.out());
            assertTrue(first.err().contains("lCommitteeId=163") && first.err().contains("malformed XML"), first.err());
            assertTrue(first.out().contains("FAILED  " + archive.resolve("ws/GetMeetings-163-" + FROM + "-" + TO + ".xml")
                    + ": not a web-service answer: malformed XML"), first.out());
            assertTrue(first.out().contains("7 stored, 0 unchanged, 1 failed"), first.out());
            try (GraphStore s = GraphStore.open(store)) {
                assertGraph(s, site.base().toString());
            }

            Run second = run(update);
            List<StandInSite.Seen> again = List.copyOf(site.seen.subList(firstRequests, site.seen.size()));
            writeLog(again, "second");
            assertTrue(second.out().contains("0 stored, 7 unchanged, 1 failed"), second.out());
            assertEquals(List.of(304, 304), again.stream().filter(r -> r.pathAndQuery().equals("/mgConvert2PDF.aspx?ID=60860")
                    || r.pathAndQuery().equals(MINUTES)).map(StandInSite.Seen::status).toList(), again.toString());
            assertTrue(second.err().contains("0 files new or changed"), second.err());
        }
    }

    private static void assertGraph(GraphStore s, String base) {
        assertEquals(List.of("Audit Committee|Manchester City Council"), select(s, """
                SELECT DISTINCT (CONCAT(?k, "|", ?c) AS ?x) WHERE { ?m a cg:Meeting ; cg:committee ?kk .
                  ?kk rdfs:label ?k ; org:subOrganizationOf/rdfs:label ?c }""", "x"));
        assertEquals(List.of("2026-01-13"), select(s, """
                SELECT DISTINCT (SUBSTR(STR(?d), 1, 10) AS ?x) WHERE { ?m schema:eventStatus schema:EventCancelled ; schema:startDate ?d }""", "x"));
        assertEquals(List.of("Basil Curley"), select(s, """
                SELECT DISTINCT ?n WHERE { ?p a cg:Councillor ; foaf:name ?n ; cg:ward "Charlestown" }""", "n"));
        for (String id : List.of("60860", "60909")) {
            String url = base + "/mgConvert2PDF.aspx?ID=" + id;
            assertEquals(List.of("application/pdf"), select(s, "SELECT ?f WHERE { ?d a cg:SourceDocument ; dcterms:source \"" + url
                    + "\" ; dcterms:format ?f }", "f"), "the document fetched from " + url);
            assertEquals(1, select(s, "SELECT ?r WHERE { ?r a cg:Report ; dcterms:source \"" + url + "\" ; cg:consideredAt ?i }",
                    "r").size(), "the item's document published at " + url);
        }
        assertEquals(List.of(), select(s, """
                SELECT ?src WHERE { ?d a cg:SourceDocument ; dcterms:source ?src ; cg:council/rdfs:label ?c FILTER(?c != "Manchester City Council") }""",
                "src"), "every paper and answer is the archive's council's, the previous minutes that name none included");
        // the meeting of 10 February: one node, stated by the web service's answer and by its printed minutes
        List<String> graphs = select(s, """
                SELECT ?src WHERE { ?m a cg:Meeting ; schema:startDate ?d FILTER(STRSTARTS(STR(?d), "2026-02-10"))
                  GRAPH ?g { ?m a cg:Meeting . ?g prov:wasDerivedFrom/dcterms:source ?src } } ORDER BY ?src""", "src");
        // (and by the report that was to it, and the committee's list of meetings)
        assertEquals(List.of(base + MINUTES, base + "/mgConvert2PDF.aspx?ID=60909", base + "/mgWebService.asmx/GetMeeting?lMeetingId=4967",
                base + "/mgWebService.asmx/GetMeetings?lCommitteeId=144&sFromDate=01%2F09%2F2025&sToDate=31%2F03%2F2026"), graphs);
        assertEquals(1, select(s, """
                SELECT DISTINCT ?m WHERE { ?m a cg:Meeting ; schema:startDate ?d FILTER(STRSTARTS(STR(?d), "2026-02-10")) }""", "m").size());
    }

    record Run(int exit, String out, String err) {
    }

    /** Runs the command line with stdout and stderr captured. */
    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            exit = Main.run(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    private static void writeLog(List<StandInSite.Seen> seen, String which) throws IOException {
        String prefix = System.getProperty("councilgraph.requestlog", "");
        if (!prefix.isEmpty()) {
            StringBuilder b = new StringBuilder();
            synchronized (seen) {
                seen.forEach(r -> b.append(r.logLine()).append('\n'));
            }
            Files.writeString(Path.of(prefix + "-" + which + ".txt"), b.toString());
        }
    }

    static Answer pdf(byte[] body) {
        return new Answer(200, body, "application/pdf", "", "", Map.of());
    }

    static byte[] minutes() throws IOException {
        return StandInSite.pdf("Manchester City Council", "Minutes of the Audit Committee", "Tuesday, 10 February 2026",
                "Council Antechamber, Level 2, Town Hall Extension", "", "Present:", "Councillor Curley (Chair)",
                "", "1. Minutes", "Decision", "To approve the minutes of the meeting held on 25 November 2025 as a correct record.",
                "", "9. Work Programme", "The Committee considered a report of the Governance and Scrutiny Support Unit.",
                "Decision", "To note the report.");
    }

    static byte[] previousMinutes() throws IOException {
        // prints no council: the archive's council is its council
        return StandInSite.pdf("Minutes of the Audit Committee", "Tuesday, 25 November 2025",
                "", "Present:", "Councillor Curley (Chair)", "", "1. Urgent Business", "There was no urgent business.");
    }

    static byte[] workProgramme() throws IOException {
        return StandInSite.pdf("Manchester City Council", "Report for Information", "",
                "Report to: Audit Committee - 10 February 2026", "Subject: Audit Committee Work Programme",
                "Report of: Governance and Scrutiny Support Unit");
    }
}
