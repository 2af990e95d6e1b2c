package org.councilgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A meeting the paper says was cancelled carries schema:eventStatus, and its page says so; one held carries none. */
class MeetingStatusTest {
    @TempDir
    Path dir;

    @Test
    void aCancelledMeetingIsMarkedSoInTheGraphAndOnItsPage() throws IOException {
        Path papers = Files.createDirectories(dir.resolve("papers"));
        for (String f : List.of("cancelled-meeting.html", "northvale-planning-minutes.txt")) {
            try (InputStream in = MeetingStatusTest.class.getResourceAsStream("/fixtures/" + f)) {
                Files.write(papers.resolve(f), in.readAllBytes());
            }
        }
        try (Served s = Served.start(dir, null, List.of(papers), false, null)) {
            String meeting = s.first("SELECT ?m WHERE { ?m a cg:Meeting ; schema:eventStatus schema:EventCancelled ; "
                    + "schema:startDate \"2025-11-25T18:30:00\"^^xsd:dateTime }", "m");
            assertEquals("1", s.first("SELECT (COUNT(*) AS ?n) WHERE { ?m a cg:Meeting ; schema:eventStatus ?x }", "n"),
                    "the meeting held has no status");
            HttpResponse<String> page = s.get("/page/" + s.path(meeting).substring("/id/".length()), "Accept", "text/html");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains(">Cancelled<"), page.body());
        }
    }
}
