package org.councilgraph.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.councilgraph.Corpus;
import org.councilgraph.crawl.StandInSite.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crawl of a stand-in answering with the real web-service responses saved in
 * ../shared/corpus/moderngov-ws (a ModernGov site's Audit Committee: one cancelled meeting, one with
 * minutes and two linked documents); the links in them name the real host, which the crawl rebases
 * onto the site it crawls.
 */
class SavedServiceTest {
    @TempDir
    Path dir;

    @Test
    void theSavedResponsesGiveTheCommitteesMeetingsAndLinkedDocuments() throws IOException {
        Path saved = Corpus.shared().resolve("corpus/moderngov-ws/manchester");
        try (StandInSite site = new StandInSite()) {
            ModernGov ws = new ModernGov(site.base());
            LocalDate from = LocalDate.of(2025, 9, 1);
            LocalDate to = LocalDate.of(2026, 3, 31);
            site.on("/mgWebService.asmx/GetCommittees", Answer.xml(Files.readString(saved.resolve("committees.xml"))))
                    .on(CrawlerTest.path(ws.meetings("144", from, to)), Answer.xml(Files.readString(saved.resolve("meetings.xml"))))
                    .on(CrawlerTest.path(ws.meeting("4966")), Answer.xml(Files.readString(saved.resolve("meeting_no_minutes.xml"))))
                    .on(CrawlerTest.path(ws.meeting("4967")), Answer.xml(Files.readString(saved.resolve("meeting_with_minutes.xml"))))
                    .on(CrawlerTest.path(ws.documentsPage("144", "4967")), Answer.xml("<html><body>no packs yet</body></html>"))
                    .on("/mgConvert2PDF.aspx?ID=60860", new Answer(200, StandInSite.pdf("Minutes"), "application/pdf", "", "", Map.of()))
                    .on("/mgConvert2PDF.aspx?ID=60909", new Answer(200, StandInSite.pdf("Work programme"), "application/pdf", "", "", Map.of()));
            Fetcher f = new Fetcher(Fetcher.Politeness.defaults().withDelay(10), "test", e -> { });
            Crawler.Result r = new Crawler(ws, f, Archive.open(dir), line -> { })
                    .crawl(new Crawler.Options(from, to, List.of("144")));
            assertEquals(List.of(), r.failures());
            Archive a = Archive.open(dir);
            assertTrue(a.entry(site.base() + "/mgConvert2PDF.aspx?ID=60860").isPresent(), a.entries().keySet().toString());
            assertEquals("4967", a.entry(site.base() + "/mgConvert2PDF.aspx?ID=60909").orElseThrow().meeting());
            assertEquals(List.of(), site.requestsFor(CrawlerTest.path(ws.documentsPage("144", "4966"))), "a cancelled meeting has no packs");
            assertTrue(Files.readString(dir.resolve("ws/GetMeeting-4966.xml"), StandardCharsets.UTF_8).contains("Cancelled"));
        }
    }
}
