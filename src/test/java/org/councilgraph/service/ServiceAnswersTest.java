package org.councilgraph.service;

import static org.councilgraph.end2end.SampleStore.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.councilgraph.Corpus;
import org.councilgraph.crawl.Archive;
import org.councilgraph.crawl.Fetcher;
import org.councilgraph.end2end.SampleStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crawl's archive of the real web-service answers saved in ../shared/corpus/moderngov-ws (a ModernGov
 * site's committees, its Audit Committee's meetings: one cancelled, one with items, documents and an
 * attendee), built into a store: the answers' facts by the graph contract, each answer its own graph
 * with its URL as source; a malformed answer named and skipped.
 */
class ServiceAnswersTest {
    static final String SITE = "https://democracy.manchester.gov.uk";
    static final String WS = SITE + "/mgWebService.asmx/";

    @TempDir
    Path dir;
    Path archive;

    @BeforeEach
    void archive() throws IOException {
        Path saved = Corpus.shared().resolve("corpus/moderngov-ws/manchester");
        archive = dir.resolve("archive");
        Archive a = Archive.open(archive);
        a.describe(SITE, "Manchester City Council", "MAN");
        keep(a, WS + "GetCommittees", "ws/GetCommittees.xml", Files.readAllBytes(saved.resolve("committees.xml")),
                Archive.Context.NONE);
        keep(a, WS + "GetMeetings?lCommitteeId=144", "ws/GetMeetings-144.xml", Files.readAllBytes(saved.resolve("meetings.xml")),
                new Archive.Context("144", "", "", "Audit Committee"));
        keep(a, WS + "GetMeeting?lMeetingId=4966", "ws/GetMeeting-4966.xml", Files.readAllBytes(saved.resolve("meeting_no_minutes.xml")),
                new Archive.Context("144", "4966", "", "Audit Committee 2026-01-13"));
        keep(a, WS + "GetMeeting?lMeetingId=4967", "ws/GetMeeting-4967.xml", Files.readAllBytes(saved.resolve("meeting_with_minutes.xml")),
                new Archive.Context("144", "4967", "", "Audit Committee 2026-02-10"));
        keep(a, WS + "GetMeeting?lMeetingId=4968", "ws/GetMeeting-4968.xml",
                "<?xml version=\"1.0\"?><meeting><meetingdate>".getBytes(StandardCharsets.UTF_8),
                new Archive.Context("144", "4968", "", "Audit Committee 2026-03-10"));
    }

    static void keep(Archive a, String url, String file, byte[] body, Archive.Context cx) throws IOException {
        a.store(url, file, body, Fetcher.Validators.NONE, cx);
    }

    @Test
    void theAnswersBuildIntoTheCommitteeItsMeetingsItemsDocumentsAndAttendee() {
        try (SampleStore.Built b = SampleStore.build(dir, "http://localhost:3030/", List.of(archive))) {
            assertEquals(4, b.report().stored(), b.log());
            assertEquals(1, b.report().failures(), b.log());
            assertTrue(b.log().contains("FAILED  " + archive.resolve("ws/GetMeeting-4968.xml") + ": not a web-service answer: malformed XML"),
                    b.log());
            assertEquals(List.of("Appointment Sub Committee for Director of Adult Social Services", "Art Galleries Committee",
                    "Audit Committee"), select(b.store(), """
                    SELECT DISTINCT ?l WHERE { ?k a cg:Committee ; rdfs:label ?l ; org:subOrganizationOf/rdfs:label "Manchester City Council" }
                    ORDER BY ?l""", "l"));
            assertEquals(List.of("2026-01-13T10:00:00 cancelled", "2026-02-10T10:00:00 -"), select(b.store(), """
                    SELECT (CONCAT(STR(?d), IF(BOUND(?s), " cancelled", " -")) AS ?x) WHERE {
                      ?m a cg:Meeting ; cg:committee/rdfs:label "Audit Committee" ; schema:startDate ?d
                      OPTIONAL { ?m schema:eventStatus ?s FILTER(?s = schema:EventCancelled) } } ORDER BY ?d""", "x"));
            assertEquals(List.of("2026-01-13T14:00:00|Council Antechamber, Level 2, Town Hall Extension",
                    "2026-02-10T14:00:00|Council Antechamber, Level 2, Town Hall Extension"), select(b.store(), """
                    SELECT DISTINCT (CONCAT(STR(?e), "|", ?v) AS ?x) WHERE { ?m schema:endDate ?e ; schema:location/schema:name ?v }
                    ORDER BY ?x""", "x"));
            assertEquals(List.of("1 Minutes", "9 Work Programme"), select(b.store(), """
                    SELECT (CONCAT(?n, " ", ?t) AS ?x) WHERE { ?i a cg:AgendaItem ; cg:itemNumber ?n ; dcterms:title ?t ;
                      cg:meeting/schema:startDate ?d FILTER(STRSTARTS(STR(?d), "2026-02-10")) } ORDER BY ?n""", "x"));
            assertEquals(List.of("9 DRAFT WP  FEBRUARY 2026 " + SITE + "/mgConvert2PDF.aspx?ID=60909"), select(b.store(), """
                    SELECT (CONCAT(?n, " ", ?t, " ", ?u) AS ?x) WHERE { ?r a cg:Report ; dcterms:title ?t ; dcterms:source ?u ;
                      cg:consideredAt/cg:itemNumber ?n FILTER(CONTAINS(?u, "60909")) }""", "x"));
            assertEquals(List.of("Basil Curley|LAB|Charlestown|Member|Councillor Basil Curley"), select(b.store(), """
                    SELECT DISTINCT (CONCAT(?n, "|", ?party, "|", ?ward, "|", ?role, "|", ?alt) AS ?x) WHERE {
                      ?p a cg:Councillor ; foaf:name ?n ; cg:party ?party ; cg:ward ?ward ; skos:altLabel ?alt .
                      ?ms org:member ?p ; org:organization/rdfs:label "Audit Committee" ; org:role/rdfs:label ?role }""", "x"));
            assertEquals(List.of(), select(b.store(), "SELECT ?p WHERE { ?m schema:attendee ?p }", "p"),
                    "an attendee the service lists as expected is not said to have attended");
            assertEquals(List.of(WS + "GetMeeting?lMeetingId=4967"), select(b.store(), """
                    SELECT ?src WHERE { GRAPH ?g { ?g prov:wasDerivedFrom ?d . ?d dcterms:source ?src ; dcterms:format "application/xml" .
                      ?i a cg:AgendaItem } } GROUP BY ?src""", "src"));
            assertEquals(List.of("Work Programme"), select(b.store(), """
                    SELECT ?q WHERE { ?mn cg:mentionOf ?i ; cg:quote ?q . ?i cg:itemNumber "9" }""", "q"));
        }
    }

    @Test
    void aSecondBuildOfTheSameArchiveSkipsEveryAnswer() {
        try (SampleStore.Built b = SampleStore.build(dir, "http://localhost:3030/", List.of(archive))) {
            assertEquals(4, b.report().stored(), b.log());
        }
        try (SampleStore.Built b = SampleStore.build(dir, "http://localhost:3030/", List.of(archive))) {
            assertEquals(0, b.report().stored(), b.log());
            assertEquals(4, b.report().unchanged(), b.log());
        }
    }
}
