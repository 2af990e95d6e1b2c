package org.councilgraph.end2end;

import static org.councilgraph.end2end.SampleStore.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.system.Txn;
import org.councilgraph.serve.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled sample papers, all four formats, built into a store and served. */
class EndToEndIT {
    static final String BASE = "http://localhost:3030/";
    @TempDir
    static Path dir;
    static Path papers;
    static SampleStore.Built built;

    @BeforeAll
    static void build() throws IOException {
        papers = SampleStore.copySamples(dir);
        built = SampleStore.build(dir, BASE, List.of(papers));
    }

    @AfterAll
    static void close() {
        built.close();
    }

    @Test
    void everyPaperIsStoredInItsOwnGraphDerivedFromItsSourceDocument() {
        assertEquals(4, built.report().stored(), built.log());
        assertEquals(0, built.report().failures(), built.log());
        List<String> formats = select(built.store(), """
                SELECT ?f WHERE { GRAPH ?g { ?g prov:wasDerivedFrom ?d . ?d a cg:SourceDocument ; dcterms:format ?f } } ORDER BY ?f""", "f");
        assertEquals(List.of("application/pdf", "text/html", "text/markdown", "text/plain"), formats);
        assertFalse(select(built.store(), "SELECT ?c WHERE { GRAPH ?g { ?c a owl:Class } }", "c").isEmpty(), "ontology loaded");
    }

    @Test
    void officerWithPostContactDetailsAndReports() {
        List<String> rows = select(built.store(), """
                SELECT ?x WHERE { ?p a cg:Officer ; foaf:name "Dana Okafor" ; foaf:mbox ?mbox ;
                  org:holds/rdfs:label "Director of Children and Education Services" .
                  ?r a cg:Report ; cg:contactOfficer ?p ; dcterms:title ?t .
                  BIND(CONCAT(STR(?mbox), " ", ?t) AS ?x) }""", "x");
        assertTrue(rows.contains("mailto:dana.okafor@riverford.gov.uk SCHOOL PLACE PLANNING 2025-2030"), rows.toString());
    }

    @Test
    void meetingWithCommitteeVenueAttendanceApologiesAndChair() {
        String meeting = "<" + BASE + "id/meeting/riverford-borough-council/cabinet/2025-03-12>";
        assertEquals(List.of("Council Chamber, Riverford Town Hall, Market Square, Riverford"),
                select(built.store(), "SELECT ?v WHERE { " + meeting + " schema:location/schema:name ?v }", "v"));
        assertEquals(List.of("2025-03-12T20:05:00"), select(built.store(), "SELECT ?e WHERE { " + meeting + " schema:endDate ?e }", "e"));
        List<String> present = select(built.store(), "SELECT ?n WHERE { " + meeting + " schema:attendee/foaf:name ?n } ORDER BY ?n", "n");
        assertTrue(present.containsAll(List.of("Helena Marsh", "Grace Ilsley", "Dana Okafor")), present.toString());
        assertEquals(List.of("Lewis Brannock"), select(built.store(), "SELECT ?n WHERE { " + meeting + " cg:apologiesFrom/foaf:name ?n }", "n"));
        assertEquals(List.of("Helena Marsh"), select(built.store(), "SELECT ?n WHERE { " + meeting + " cg:chairedBy/foaf:name ?n }", "n"));
        assertEquals(List.of("Cabinet"), select(built.store(), "SELECT ?n WHERE { " + meeting + " cg:committee ?k . ?k a cg:Committee ; rdfs:label ?n ; org:subOrganizationOf/rdfs:label \"Riverford Borough Council\" }", "n"));
    }

    @Test
    void aBoardThePaperSaysMeetsIsACommitteeAndPartnersAreOutsideBodies() {
        String board = "<" + BASE + "id/committee/riverford-borough-council/family-hubs-improvement-board>";
        assertEquals(List.of("2025-06-24"), select(built.store(), "SELECT ?d WHERE { ?m cg:committee " + board
                + " ; schema:startDate ?d . " + board + " a cg:Committee }", "d"));
        // one node for the board: no outside body of the same name beside the committee
        assertEquals(List.of(), select(built.store(), "SELECT ?o WHERE { ?o a org:Organization ; rdfs:label \"Family Hubs Improvement Board\" "
                + "FILTER NOT EXISTS { ?o a cg:Committee } }", "o"));
        assertEquals(List.of("Grow Together", "Kite Street Arts"), select(built.store(), "SELECT ?n WHERE { ?o a org:Organization ; "
                + "rdfs:label ?n FILTER(?n IN (\"Grow Together\", \"Kite Street Arts\")) } ORDER BY ?n", "n"));
    }

    @Test
    void itemsResolutionsAndDeclarations() {
        List<String> res = select(built.store(), """
                SELECT ?t WHERE { ?r a cg:Resolution ; rdf:value ?t ; cg:agendaItem ?i . ?i cg:itemNumber "44" ; dcterms:title "School Place Planning 2025-2030" } ORDER BY ?t""", "t");
        assertEquals(2, res.size(), res.toString());
        List<String> dec = select(built.store(), "SELECT ?n WHERE { ?d a cg:DeclarationOfInterest ; cg:declaredBy/foaf:name ?n } ORDER BY ?n", "n");
        assertEquals(List.of("Grace Ilsley", "Priya Anand"), dec);
    }

    @Test
    void legislationLinkedToLegislationGovUkWithSections() {
        List<String> same = select(built.store(), """
                SELECT ?s WHERE { ?a a cg:Legislation ; rdfs:label "Education Act 1996" ; owl:sameAs ?s }""", "s");
        assertEquals(List.of("http://www.legislation.gov.uk/id/ukpga/1996/56"), same);
        List<String> sections = select(built.store(), """
                SELECT ?s WHERE { ?x a cg:LegislationSection ; dcterms:isPartOf/rdfs:label "Children Act 1989" ; owl:sameAs ?s } ORDER BY ?s""", "s");
        assertEquals(List.of("http://www.legislation.gov.uk/id/ukpga/1989/41/section/17", "http://www.legislation.gov.uk/id/ukpga/1989/41/section/47"), sections);
    }

    @Test
    void everyFactCarriesItsProvenance() {
        List<String> q = select(built.store(), """
                SELECT ?q WHERE { ?m a cg:Mention ; cg:mentionOf ?p ; cg:statesProperty org:holds ; cg:page ?page ; cg:quote ?q .
                  ?p foaf:name "Marcus Tilney" }""", "q");
        assertFalse(q.isEmpty());
        assertTrue(q.get(0).contains("Head of Education Sufficiency"), q.toString());
    }

    @Test
    void rebuildingReplacesEachGraphAndSkipsUnchangedPapers() throws IOException {
        long before = count();
        SampleStore.Built again;
        var cg = new org.councilgraph.CouncilGraph(BASE).force(true);
        var log = new java.io.ByteArrayOutputStream();
        cg.build(List.of(papers), built.store(), new java.io.PrintStream(log));
        assertEquals(before, count(), "re-reading the same papers leaves no duplicates");
        var skip = new org.councilgraph.CouncilGraph(BASE).build(List.of(papers), built.store(), new java.io.PrintStream(log));
        assertEquals(4, skip.files().stream().filter(f -> f.status() == org.councilgraph.CouncilGraph.Status.UNCHANGED).count());
    }

    private static long count() {
        return Txn.calculateRead(built.store().dataset(), () -> built.store().datasetGraph().stream().count());
    }

    @Test
    void servesSparqlOverHttpInJsonAndCsvWithTheUnionAsDefaultGraph() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        FusekiServer server = Server.start(built.store(), port, true);
        try {
            HttpClient http = HttpClient.newHttpClient();
            String q = "SELECT (COUNT(*) AS ?n) WHERE { ?m a <https://w3id.org/councilgraph/def#Meeting> }";
            String url = "http://127.0.0.1:" + port + "/councilgraph/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
            HttpResponse<String> json = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, json.statusCode());
            assertTrue(json.body().contains("\"n\""), json.body());
            HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/councilgraph/sparql"))
                    .header("Accept", "text/csv").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, csv.statusCode());
            int meetings = Integer.parseInt(csv.body().lines().skip(1).findFirst().orElseThrow().strip());
            assertTrue(meetings >= 3, csv.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void demoSamplesAreShippedInTheJar() {
        for (String s : SampleStore.SAMPLES) {
            assertTrue(Files.exists(papers.resolve(s)));
        }
    }
}
