package org.councilgraph.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.councilgraph.crawl.StandInSite.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crawls of an invented council's ModernGov site, served by a local stand-in. */
class CrawlerTest {
    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);
    static final long DELAY = 40;

    @TempDir
    Path dir;
    StandInSite site;
    ModernGov ws;
    byte[] report;
    byte[] appendix;
    byte[] minutes;
    final List<Fetcher.Exchange> log = new ArrayList<>();

    static final String COMMITTEES = """
            <?xml version="1.0" encoding="utf-8"?>
            <committees><committeescount> 2</committeescount>
              <committee><committeeid>10</committeeid><committeetitle>Westby Audit Committee</committeetitle>
                <committeedeleted>False</committeedeleted><committeeexpired>False</committeeexpired></committee>
              <committee><committeeid>11</committeeid><committeetitle>Northby Joint Board</committeetitle>
                <committeedeleted>True</committeedeleted><committeeexpired>True</committeeexpired></committee>
            </committees>""";
    static final String MEETINGS = """
            <?xml version="1.0" encoding="utf-8"?>
            <getmeetings><committee><committeeid>10</committeeid><committeetitle>Westby Audit Committee</committeetitle>
              <committeemeetings>
                <meeting><meetingid>501</meetingid><meetingdate>04/03/2025</meetingdate><meetingstatus>Cancelled</meetingstatus>
                  <meetingtime>10.00 am</meetingtime></meeting>
                <meeting><meetingid>502</meetingid><meetingdate>08/04/2025</meetingdate><meetingstatus>Confirmed</meetingstatus>
                  <meetingtime>10.00 am</meetingtime></meeting>
              </committeemeetings></committee></getmeetings>""";
    static final String CANCELLED = """
            <?xml version="1.0" encoding="utf-8"?>
            <meeting><meetingid>501</meetingid><meetingdate>04/03/2025</meetingdate><meetingstatus>Cancelled</meetingstatus>
              <agendaitems></agendaitems><attendees></attendees></meeting>""";

    static String meeting(URI base) {
        // the first document's link names the council's internal host, as some installs print
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <meeting><meetingid>502</meetingid><meetingdate>08/04/2025</meetingdate><meetingstatus>Confirmed</meetingstatus>
                  <agendaitems>
                    <agendaitem><agendaitemtitle>Internal Audit Progress</agendaitemtitle><agendaitemnumber>5</agendaitemnumber>
                      <linkeddocuments>
                        <linkeddoc><attachmentid>9001</attachmentid><title>Internal Audit Progress Report</title>
                          <url>http://modgov-internal:8080/mgConvert2PDF.aspx?ID=9001</url><isrestricted>False</isrestricted></linkeddoc>
                        <linkeddoc><attachmentid>9002</attachmentid><title>Appendix A - Audit Plan</title>
                          <url>BASE/mgConvert2PDF.aspx?ID=9002</url><isrestricted>False</isrestricted></linkeddoc>
                        <linkeddoc><attachmentid>9003</attachmentid><title>Exempt appendix</title>
                          <url>BASE/mgConvert2PDF.aspx?ID=9003</url><isrestricted>True</isrestricted></linkeddoc>
                      </linkeddocuments></agendaitem>
                  </agendaitems>
                  <attendees><attendee memberid="7" name="Councillor Ada Penrose" roledescription="Chair" attendance="Present"/></attendees>
                </meeting>""".replace("BASE", base.toString());
    }

    static final String PAGE = """
            <html><body><h1>Agenda and minutes</h1>
            <a href="/documents/g502/Printed%20minutes%2008th-Apr-2025%2010.00%20Westby%20Audit%20Committee.pdf">Printed minutes</a>
            <a href="mgConvert2PDF.aspx?ID=9001">Internal Audit Progress Report</a>
            <a href="https://elsewhere.example/documents/g1/other.pdf">Elsewhere</a>
            </body></html>""";
    static final String MINUTES_PATH = "/documents/g502/Printed%20minutes%2008th-Apr-2025%2010.00%20Westby%20Audit%20Committee.pdf";

    @BeforeEach
    void standIn() throws IOException {
        site = new StandInSite();
        ws = new ModernGov(site.base());
        report = StandInSite.pdf("Westby Borough Council", "Report of the Head of Internal Audit");
        appendix = StandInSite.pdf("Appendix A", "Audit Plan 2025/26");
        minutes = StandInSite.pdf("Westby Borough Council", "Minutes of the Westby Audit Committee", "8 April 2025");
        site.on("/mgWebService.asmx/GetCommittees", Answer.xml(COMMITTEES))
                .on(path(ws.meetings("10", FROM, TO)), Answer.xml(MEETINGS))
                .on(path(ws.meeting("501")), Answer.xml(CANCELLED))
                .on(path(ws.meeting("502")), Answer.xml(meeting(site.base())))
                .on(path(ws.documentsPage("10", "502")), Answer.xml(PAGE))
                .on("/mgConvert2PDF.aspx?ID=9001", pdf(report).validated("\"r1\"", ""))
                .on("/mgConvert2PDF.aspx?ID=9002", pdf(appendix))
                .on(MINUTES_PATH, pdf(minutes).validated("", "Tue, 08 Apr 2025 16:00:00 GMT"));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    static String path(URI u) {
        return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    static Answer pdf(byte[] body) {
        return new Answer(200, body, "application/pdf", "", "", Map.of());
    }

    Crawler.Result crawl(Path archive, Fetcher.Politeness p) throws IOException {
        Fetcher f = new Fetcher(p, "test", log::add);
        return new Crawler(ws, f, Archive.open(archive), line -> { }).crawl(new Crawler.Options(FROM, TO, List.of()));
    }

    Crawler.Result crawl(Path archive) throws IOException {
        return crawl(archive, Fetcher.Politeness.defaults().withDelay(DELAY));
    }

    @Test
    void aFirstCrawlKeepsEveryAnswerAndDocumentWithItsManifestLine() throws IOException {
        Crawler.Result r = crawl(dir);
        assertEquals(List.of(), r.failures());
        Archive a = Archive.open(dir);
        Path folder = dir.resolve("papers/10-westby-audit-committee/2025-04-08-502");
        assertTrue(Files.isRegularFile(folder.resolve("9001-internal-audit-progress-report.pdf")), list(dir));
        assertTrue(Files.isRegularFile(folder.resolve("9002-appendix-a-audit-plan.pdf")), list(dir));
        assertTrue(Files.isRegularFile(folder.resolve("printed-minutes-08th-apr-2025-10-00-westby-audit-committee.pdf")), list(dir));
        assertTrue(Files.isRegularFile(dir.resolve("ws/GetMeeting-501.xml")));
        Archive.Entry doc = a.entry(site.base() + "/mgConvert2PDF.aspx?ID=9001").orElseThrow();
        assertEquals(Archive.sha256(report), doc.sha256());
        assertEquals(report.length, doc.bytes());
        assertEquals("\"r1\"", doc.etag());
        assertEquals(List.of("10", "502", "5", "Internal Audit Progress Report"),
                List.of(doc.committee(), doc.meeting(), doc.item(), doc.title()));
        // the deleted committee, the restricted document, the other host and the cancelled meeting's page are not asked for
        assertEquals(List.of(), site.requestsFor(path(ws.meetings("11", FROM, TO))));
        assertEquals(List.of(), site.requestsFor("/mgConvert2PDF.aspx?ID=9003"));
        assertEquals(List.of(), site.requestsFor(path(ws.documentsPage("10", "501"))));
        assertEquals(1, site.requestsFor("/mgConvert2PDF.aspx?ID=9001").size(), "a document linked twice is fetched once");
    }

    @Test
    void requestsComeOneAtATimeSpacedByTheDelayWithOurUserAgentAfterRobotsTxt() throws IOException {
        crawl(dir);
        List<StandInSite.Seen> seen = List.copyOf(site.seen);
        assertEquals("/robots.txt", seen.get(0).pathAndQuery());
        for (int i = 0; i < seen.size(); i++) {
            assertFalse(seen.get(i).overlapped(), seen.get(i).toString());
            assertTrue(seen.get(i).userAgent().startsWith("councilgraph/test "), seen.get(i).userAgent());
            if (i > 0) {
                long gapMillis = (seen.get(i).atNanos() - seen.get(i - 1).atNanos()) / 1_000_000;
                assertTrue(gapMillis >= DELAY - 5, "gap of " + gapMillis + " ms before " + seen.get(i).pathAndQuery());
            }
        }
    }

    @Test
    void aSecondCrawlAsksConditionallyAndStoresNothingUnchanged() throws IOException {
        crawl(dir);
        Path appendixFile = dir.resolve("papers/10-westby-audit-committee/2025-04-08-502/9002-appendix-a-audit-plan.pdf");
        FileTime before = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(appendixFile, before);
        int firstCount = site.seen.size();
        Crawler.Result second = crawl(dir);
        assertEquals(0, second.stored(), "nothing new or changed on the second crawl");
        assertEquals(List.of(), second.failures());
        List<StandInSite.Seen> report2 = site.requestsFor("/mgConvert2PDF.aspx?ID=9001");
        assertEquals("\"r1\"", report2.get(1).ifNoneMatch());
        assertEquals(304, report2.get(1).status());
        List<StandInSite.Seen> minutes2 = site.requestsFor(MINUTES_PATH);
        assertEquals("Tue, 08 Apr 2025 16:00:00 GMT", minutes2.get(1).ifModifiedSince());
        assertEquals(304, minutes2.get(1).status());
        // no validators: fetched again, compared by hash, and not rewritten
        assertEquals(before, Files.getLastModifiedTime(appendixFile));
        assertTrue(site.seen.size() > firstCount);
    }

    @Test
    void robotsTxtIsObeyed() throws IOException {
        site.on("/robots.txt", Answer.of(200, "User-agent: *\nDisallow: /mgConvert2PDF.aspx\n", Map.of()));
        Crawler.Result r = crawl(dir);
        assertEquals(List.of(), site.requestsFor("/mgConvert2PDF.aspx"));
        assertTrue(r.failures().stream().anyMatch(f -> f.contains("ID=9001") && f.contains("robots.txt")), r.failures().toString());
        assertTrue(Files.isRegularFile(dir.resolve("papers/10-westby-audit-committee/2025-04-08-502/"
                + "printed-minutes-08th-apr-2025-10-00-westby-audit-committee.pdf")), "what robots.txt allows is still kept");
    }

    @Test
    void a503IsRetriedAfterTheRetryAfterTheServerAsks() throws IOException {
        site.on("/mgWebService.asmx/GetCommittees", Answer.of(503, "busy", Map.of("Retry-After", "1")), Answer.xml(COMMITTEES));
        Crawler.Result r = crawl(dir);
        assertEquals(List.of(), r.failures());
        List<StandInSite.Seen> asks = site.requestsFor("/mgWebService.asmx/GetCommittees");
        assertEquals(List.of(503, 200), asks.stream().map(StandInSite.Seen::status).toList());
        long waitedMillis = (asks.get(1).atNanos() - asks.get(0).atNanos()) / 1_000_000;
        assertTrue(waitedMillis >= 990, "asked again after " + waitedMillis + " ms");
    }

    @Test
    void aMalformedOrHtmlAnswerIsNamedAndTheRestIsKept() throws IOException {
        site.on(path(ws.meeting("502")), Answer.xml("<?xml version=\"1.0\"?><meeting><agendaitems><agendaitem>"));
        site.on(path(ws.meeting("501")), Answer.xml("<!DOCTYPE html><html><body>Runtime Error</body></html>"));
        Crawler.Result r = crawl(dir);
        assertEquals(2, r.failures().size(), r.failures().toString());
        assertTrue(r.failures().get(0).contains("lMeetingId=501") && r.failures().get(0).contains("HTML page"), r.failures().toString());
        assertTrue(r.failures().get(1).contains("lMeetingId=502") && r.failures().get(1).contains("malformed XML"), r.failures().toString());
        assertTrue(Archive.open(dir).entry(site.base() + path(ws.meetings("10", FROM, TO))).isPresent());
    }

    @Test
    void aRedirectToAnotherHostIsNotFollowedAndAnOversizedDocumentIsRefused() throws IOException {
        site.on("/mgConvert2PDF.aspx?ID=9001", Answer.of(302, "", Map.of("Location", "https://elsewhere.example/x.pdf")));
        site.on("/mgConvert2PDF.aspx?ID=9002", pdf(new byte[64 * 1024]));
        Crawler.Result r = crawl(dir, Fetcher.Politeness.defaults().withDelay(DELAY).withMaxBytes(32 * 1024));
        assertTrue(r.failures().stream().anyMatch(f -> f.contains("ID=9001") && f.contains("another host")), r.failures().toString());
        assertTrue(r.failures().stream().anyMatch(f -> f.contains("ID=9002") && f.contains("larger than the cap")), r.failures().toString());
        assertTrue(Files.isRegularFile(dir.resolve("papers/10-westby-audit-committee/2025-04-08-502/"
                + "printed-minutes-08th-apr-2025-10-00-westby-audit-committee.pdf")));
    }

    @Test
    void whatAKilledCrawlLeftHalfWrittenIsClearedAndTheCrawlGoesOn() throws IOException {
        crawl(dir);
        Path folder = dir.resolve("papers/10-westby-audit-committee/2025-04-08-502");
        Path part = folder.resolve("9002-appendix-a-audit-plan.pdf.part-1f2e");
        Files.write(part, new byte[] {'%', 'P'});
        Files.writeString(dir.resolve(Archive.MANIFEST), "http://cut.example/x\tpapers/x.pdf\t2025-", java.nio.file.StandardOpenOption.APPEND);
        Archive reopened = Archive.open(dir);
        assertFalse(Files.exists(part), "a half-written file never stays in the archive");
        assertFalse(reopened.entry("http://cut.example/x").isPresent(), "a manifest line cut short is not read");
        Crawler.Result r = crawl(dir);
        assertEquals(List.of(), r.failures());
        for (String line : Files.readAllLines(dir.resolve(Archive.MANIFEST))) {
            assertTrue(line.isEmpty() || line.startsWith("#") || line.startsWith("http://cut.example")
                    || Archive.Entry.parse(line).isPresent(), line);
        }
        assertTrue(Archive.open(dir).entry(site.base() + "/mgConvert2PDF.aspx?ID=9002").isPresent());
    }

    static String list(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            return s.map(Path::toString).reduce("", (a, b) -> a + "\n" + b);
        }
    }
}
