package org.councilgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.councilgraph.store.NewestCitations;
import org.councilgraph.vocab.CG;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The linked-data site over a store built from the sample papers: content negotiation, the RDF
 * descriptions, 404s, escaping of hostile text, search, dumps, VoID, the service description, CORS.
 */
class LinkedDataTest {
    @TempDir
    static Path dir;
    static Served s;
    /** A person from the samples who attended a meeting and was read from a passage. */
    static String person;

    private static final Map<String, Lang> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("text/turtle", Lang.TURTLE);
        FORMATS.put("application/ld+json", Lang.JSONLD);
        FORMATS.put("application/n-triples", Lang.NTRIPLES);
        FORMATS.put("application/rdf+xml", Lang.RDFXML);
    }

    @BeforeAll
    static void serve() throws IOException {
        s = Served.start(dir, null, Served.allSamples(), true, Served.exampleQueries(dir));
        person = s.first("SELECT ?p WHERE { ?p a foaf:Person . ?mt schema:attendee ?p . ?m cg:mentionOf ?p } ORDER BY ?p LIMIT 1", "p");
    }

    @AfterAll
    static void stop() {
        if (s != null) {
            s.close();
        }
    }

    // ---------------------------------------------------------------- content negotiation

    @Test
    void entityIrisAnswerWith303ToTheFormatAskedFor() {
        String path = s.path(person);
        String rest = path.substring("/id/".length());
        Map<String, String> expected = Map.of("text/turtle", "ttl", "application/ld+json", "jsonld",
                "application/n-triples", "nt", "application/rdf+xml", "rdf");
        for (var e : expected.entrySet()) {
            HttpResponse<String> r = s.get(path, "Accept", e.getKey());
            assertEquals(303, r.statusCode(), e.getKey());
            assertEquals("/data/" + rest + "." + e.getValue(), r.headers().firstValue("Location").orElseThrow(), e.getKey());
            assertTrue(r.headers().allValues("Vary").contains("Accept"), "Vary: Accept on " + e.getKey());
        }
        HttpResponse<String> browser = s.get(path, "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(303, browser.statusCode());
        assertEquals("/page/" + rest, browser.headers().firstValue("Location").orElseThrow());
        assertEquals("/data/" + rest + ".ttl", s.get(path, "Accept", "*/*").headers().firstValue("Location").orElseThrow());
        assertEquals("/data/" + rest + ".ttl", s.get(path).headers().firstValue("Location").orElseThrow());
        assertEquals("/data/" + rest + ".jsonld",
                s.get(path, "Accept", "text/turtle;q=0.5, application/ld+json").headers().firstValue("Location").orElseThrow());
        assertEquals(406, s.get(path, "Accept", "image/png").statusCode());
    }

    @Test
    void everyFormatCarriesTheSameDescriptionAndTurtleParsesBack() {
        String rest = s.path(person).substring("/id/".length());
        Map<String, Model> models = new LinkedHashMap<>();
        for (var f : FORMATS.entrySet()) {
            HttpResponse<String> r = s.get("/data/" + rest + "." + Conneg.byExtension(ext(f.getValue()), Conneg.RDF).orElseThrow().extension());
            assertEquals(200, r.statusCode(), f.getKey());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(f.getKey()), f.getKey() + " content type");
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(r.body(), f.getValue()).base(s.base).parse(m);
            models.put(f.getKey(), m);
        }
        Model turtle = models.get("text/turtle");
        for (var e : models.entrySet()) {
            assertTrue(turtle.isIsomorphicWith(e.getValue()), e.getKey() + " differs from Turtle");
        }
        // the entity's own triples, as stored
        List<QuerySolution> own = s.query("SELECT ?p ?o WHERE { <" + person + "> ?p ?o }");
        assertFalse(own.isEmpty());
        Resource e = turtle.getResource(person);
        for (QuerySolution row : own) {
            assertTrue(turtle.contains(e, turtle.getProperty(row.getResource("p").getURI()), row.get("o")),
                    "Turtle lacks " + row);
        }
        // an inbound link with its label
        String meeting = s.first("SELECT ?mt WHERE { ?mt schema:attendee <" + person + "> } ORDER BY ?mt LIMIT 1", "mt");
        Resource mt = turtle.getResource(meeting);
        assertTrue(turtle.contains(mt, turtle.getProperty("http://schema.org/attendee"), e));
        assertTrue(mt.hasProperty(RDFS.label), "inbound linker's label");
        // provenance: the passages it was read from, with their words and their paper
        List<Resource> mentions = turtle.listSubjectsWithProperty(turtle.getProperty(CG.mentionOf.getURI()), e).toList();
        assertFalse(mentions.isEmpty(), "mentions of the entity");
        Resource m = mentions.get(0);
        assertTrue(m.hasProperty(turtle.getProperty(CG.quote.getURI())));
        Resource doc = m.getPropertyResourceValue(turtle.getProperty("http://www.w3.org/ns/prov#wasDerivedFrom"));
        assertNotNull(doc);
        assertTrue(doc.hasProperty(RDFS.label), "source document's label");
    }

    @Test
    void dataWithoutExtensionNegotiates() {
        String rest = s.path(person).substring("/id/".length());
        HttpResponse<String> r = s.get("/data/" + rest, "Accept", "application/n-triples");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/n-triples"));
        assertTrue(r.headers().allValues("Vary").contains("Accept"));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(m);
        assertTrue(m.containsResource(m.getResource(person)));
    }

    @Test
    void unknownIrisGet404WithAHelpfulPage() {
        String missing = "/id/person/riverford-borough-council/nobody-of-that-name";
        HttpResponse<String> html = s.get(missing, "Accept", "text/html");
        assertEquals(404, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        Document d = Jsoup.parse(html.body());
        assertTrue(d.text().contains(s.base + "id/person/riverford-borough-council/nobody-of-that-name"), "names the IRI");
        assertFalse(d.select("a[href*=search]").isEmpty(), "offers the search");
        HttpResponse<String> turtle = s.get(missing, "Accept", "text/turtle");
        assertEquals(404, turtle.statusCode());
        assertTrue(turtle.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        assertEquals(404, s.get("/page/person/riverford-borough-council/nobody-of-that-name").statusCode());
        assertEquals(404, s.get("/data/person/riverford-borough-council/nobody-of-that-name.ttl").statusCode());
        assertEquals(404, s.get("/id/").statusCode());
        assertEquals(404, s.get("/dump/not-a-dump.zip").statusCode());
    }

    @Test
    void theOntologyDereferencesAtDef() {
        HttpResponse<String> ttl = s.get("/def", "Accept", "text/turtle");
        assertEquals(200, ttl.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(ttl.body(), Lang.TURTLE).parse(m);
        assertTrue(m.contains(m.getResource(CG.Council.getURI()), RDF.type, OWL.Class));
        HttpResponse<String> html = s.get("/def", "Accept", "text/html");
        assertEquals(200, html.statusCode());
        Document d = Jsoup.parse(html.body());
        assertNotNull(d.getElementById("Council"), "an anchor per term, so cg:Council lands on its entry");
        assertEquals(200, s.get("/def.jsonld").statusCode());
        // terms link to their entry under the site's /def
        String pagePath = "/page" + s.path(person).substring(3);
        Document page = Jsoup.parse(s.get(pagePath, "Accept", "text/html").body(), s.url(pagePath));
        assertTrue(page.select("a[href]").eachAttr("abs:href").stream().anyMatch(h -> h.startsWith(s.url("/def#"))),
                "vocabulary terms link to /def#Term");
    }

    // ---------------------------------------------------------------- pages

    @Test
    void hostileTextFromPapersIsEscapedNeverRun() {
        String hostile = s.base + "id/person/test-council/eve-hostile";
        HttpResponse<String> r = s.get(s.path(hostile).replaceFirst("^/id/", "/page/"));
        assertEquals(200, r.statusCode());
        Document d = Jsoup.parse(r.body());
        assertInert(d, r.body());
        // shown, as text, not dropped
        assertEquals(Served.HOSTILE_NAME, d.selectFirst("h1").text());
        assertTrue(d.text().contains(Served.HOSTILE_ALT));
        assertTrue(d.text().contains(Served.HOSTILE_POST));
        assertTrue(d.text().contains(Served.HOSTILE_QUOTE), "the quoted words, as words");
        assertTrue(d.text().contains(Served.HOSTILE_DOC));
        // the paper's page: a javascript: source is shown, never linked
        HttpResponse<String> doc = s.get("/page/document/hostile-fixture");
        assertInert(Jsoup.parse(doc.body()), doc.body());
        assertTrue(Jsoup.parse(doc.body()).text().contains("javascript:alert('source')"));
        // the search page reflects what was typed, escaped
        HttpResponse<String> search = s.get("/search?q=" + SitePages.encode("<script>alert('q')</script> hostile"));
        assertInert(Jsoup.parse(search.body()), search.body());
        // every passage of the sample papers that carries markup in its words
        for (QuerySolution row : s.query("SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER(isLiteral(?o) && CONTAINS(STR(?o), \"<script\")) }")) {
            String iri = row.getResource("s").getURI();
            if (iri.startsWith(s.base + "id/")) {
                HttpResponse<String> p = s.get("/page/" + iri.substring((s.base + "id/").length()));
                assertEquals(200, p.statusCode(), iri);
                assertInert(Jsoup.parse(p.body()), p.body());
            }
        }
    }

    /** No script element, no event-handler attribute, no script URL: nothing on the page can run. */
    private static void assertInert(Document d, String raw) {
        assertTrue(d.select("script").isEmpty(), "no <script> element");
        assertFalse(raw.contains("<script>alert"), "no raw script tag in the markup");
        assertTrue(d.select("iframe, img, object, embed").isEmpty(), "no active elements");
        for (Element el : d.getAllElements()) {
            for (Attribute a : el.attributes()) {
                assertFalse(a.getKey().toLowerCase().startsWith("on"), "event handler " + a + " on " + el.tagName());
                assertFalse(a.getValue().strip().toLowerCase().startsWith("javascript:"), "script URL in " + a);
            }
        }
    }

    @Test
    void everyKindOfEntityHasAPage() {
        for (QuerySolution row : s.query("SELECT ?c (MIN(?x) AS ?e) WHERE { ?x a ?c FILTER(isIRI(?x) && STRSTARTS(STR(?x), \""
                + s.base + "id/\")) } GROUP BY ?c")) {
            String e = row.getResource("e").getURI();
            HttpResponse<String> r = s.get("/page/" + e.substring((s.base + "id/").length()));
            assertEquals(200, r.statusCode(), e);
            Document d = Jsoup.parse(r.body());
            assertNotNull(d.selectFirst("h1"), e);
            assertTrue(d.text().contains(e), "the page shows its IRI: " + e);
            assertTrue(d.select("script").isEmpty(), "pages need no script: " + e);
        }
    }

    @Test
    void thePersonPageShowsFactsWithTheirSources() {
        Document d = Jsoup.parse(s.get("/page" + s.path(person).substring(3)).body());
        Element meetings = section(d, "Meetings");
        assertNotNull(meetings, "a Meetings section");
        Element fact = meetings.selectFirst("li");
        assertNotNull(fact.selectFirst(".src a.doc"), "each meeting fact names its paper");
        assertNotNull(fact.selectFirst(".src q"), "and quotes the words");
        assertNotNull(d.selectFirst("section.diagram svg a[href]"), "the relationship picture links its boxes");
        // officers' reports: the report page names the contact officer with a quote
        String report = s.first("SELECT ?r WHERE { ?r a cg:Report ; cg:contactOfficer ?p } ORDER BY ?r LIMIT 1", "r");
        Document rd = Jsoup.parse(s.get("/page/" + report.substring((s.base + "id/").length())).body());
        assertNotNull(section(rd, "Written by and contacts").selectFirst(".src q"));
        assertNotNull(rd.selectFirst("section.diagram svg"));
    }

    private static Element section(Document d, String title) {
        for (Element h : d.select("section > h2")) {
            if (h.text().equals(title)) {
                return h.parent();
            }
        }
        return null;
    }

    @Test
    void theHomePageCountsWhatTheDatasetHolds() {
        HttpResponse<String> r = s.get("/");
        assertEquals(200, r.statusCode());
        Document d = Jsoup.parse(r.body(), s.url("/"));
        long meetings = s.count("SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a cg:Meeting }");
        Element row = d.select("table.counts tr").stream().filter(tr -> tr.text().contains("cg:Meeting")).findFirst().orElseThrow();
        assertEquals(Long.toString(meetings), row.selectFirst("td.n").text());
        assertEquals(s.url("/search"), d.selectFirst("form.search.big").absUrl("action"));
        assertNotNull(d.selectFirst("form.search.big input[name=q]"));
        assertTrue(d.select("a[href]").eachAttr("abs:href").contains(s.url("/query")));
        assertTrue(d.select("a[href]").eachAttr("abs:href").contains(s.url("/dump")));
        assertFalse(d.select("a[href*=query?example=people]").isEmpty(), "example questions link to the editor");
    }

    @Test
    void searchFindsLabelsAndQuotedWords() {
        String name = s.first("SELECT ?n WHERE { <" + person + "> foaf:name ?n }", "n");
        String last = name.substring(name.lastIndexOf(' ') + 1);
        Document d = Jsoup.parse(s.get("/search?q=" + SitePages.encode(last)).body());
        assertFalse(d.select("ol.results a[href$=" + person.substring(person.lastIndexOf('/')) + "]").isEmpty(),
                "search for " + last + " finds " + person);
        // text:query in SPARQL, over quoted words
        String quote = s.first("SELECT ?q WHERE { ?m cg:quote ?q FILTER(STRLEN(?q) > 30 && !CONTAINS(STR(?m), \"hostile\")) } "
                + "ORDER BY ?m LIMIT 1", "q");
        String word = java.util.Arrays.stream(quote.split("[^A-Za-z]+")).filter(w -> w.length() > 6).findFirst().orElseThrow();
        String q = PageSparql.PROLOGUE + "SELECT ?m WHERE { ?m text:query (cg:quote \"" + word + "\") }";
        HttpResponse<String> r = s.send(HttpRequest.newBuilder(URI.create(s.url("/councilgraph/sparql")))
                .header("Accept", "text/csv").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + SitePages.encode(q))));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().lines().count() > 1, "text:query finds '" + word + "'");
        assertEquals(200, s.get("/search?q=" + SitePages.encode("\"unbalanced (quote AND OR *")).statusCode());
    }

    /**
     * Every buffer an answer is written through is one Jetty's pool keeps and hands out again: an
     * unpooled buffer is fresh direct memory per answer, given back only by a full collection.
     */
    @Test
    void answersAreWrittenThroughPooledBuffers() {
        ArrayByteBufferPool pool = (ArrayByteBufferPool) s.server.getJettyServer().getConnectors()[0].getByteBufferPool();
        pool.setStatisticsEnabled(true);
        try {
            String small = "SELECT ?s WHERE { ?s a foaf:Person } LIMIT 5";
            String large = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 2000";
            for (String q : List.of(small, large, small, large)) {
                HttpResponse<String> r = s.send(HttpRequest.newBuilder(URI.create(s.url("/councilgraph/sparql")))
                        .header("Accept", "application/sparql-results+json")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("query=" + SitePages.encode(PageSparql.PROLOGUE + q))));
                assertEquals(200, r.statusCode(), r.body());
                int rows = org.apache.jena.query.ResultSetFactory.fromJSON(
                        new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8))).rewindable().size();
                assertEquals(q == small ? 5 : 2000, rows, "the whole answer arrived: " + q);
            }
            assertTrue(pool.getNoBucketDirectAcquires().isEmpty() && pool.getNoBucketHeapAcquires().isEmpty(),
                    "buffers larger than the pool keeps (size=count): direct " + pool.getNoBucketDirectAcquires()
                            + ", heap " + pool.getNoBucketHeapAcquires());
        } finally {
            pool.setStatisticsEnabled(false);
        }
    }

    /**
     * The server builds the index behind cg:newestCitations ahead, for the dataset its endpoint
     * queries: a reader's question about an Act then finds it built and builds nothing.
     */
    @Test
    void actsCitationsAreIndexedAheadForTheServedDataset() {
        NewestCitations.prepare(s.server.getDataAccessPointRegistry().get(Server.DATASET).getDataService().getDataset());
        long built = NewestCitations.builds();
        String act = s.first("SELECT ?a WHERE { ?r dcterms:references ?a . ?a a cg:Legislation } ORDER BY ?a LIMIT 1", "a");
        String q = PageSparql.PROLOGUE + "SELECT ?x WHERE { (?x ?date ?section) cg:newestCitations (<" + act + ">) }";
        HttpResponse<String> r = s.send(HttpRequest.newBuilder(URI.create(s.url("/councilgraph/sparql")))
                .header("Accept", "text/csv").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + SitePages.encode(q))));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().lines().count() > 1, "the Act's citing reports: " + r.body());
        assertEquals(built, NewestCitations.builds(), "the endpoint's query used the index built ahead");
    }

    // ---------------------------------------------------------------- dataset

    @Test
    void dumpsHoldTheWholeDataset() throws IOException {
        HttpResponse<byte[]> nq = s.getBytes("/dump/councilgraph.nq.gz");
        assertEquals(200, nq.statusCode());
        Dataset ds = DatasetFactory.create();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(nq.body()))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(ds);
        }
        long quads = s.count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        long[] got = {0};
        ds.asDatasetGraph().find().forEachRemaining(q -> got[0]++);
        assertEquals(quads, got[0]);
        HttpResponse<String> ttl = s.get("/dump/councilgraph.ttl");
        assertEquals(200, ttl.statusCode());
        Model union = ModelFactory.createDefaultModel();
        RDFParser.fromString(ttl.body(), Lang.TURTLE).parse(union);
        assertEquals(s.count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), union.size());
        assertEquals(200, s.get("/dump").statusCode());
    }

    @Test
    void voidDescribesTheDataset() {
        HttpResponse<String> r = s.get("/.well-known/void", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        String v = DatasetDescription.VOID;
        Resource ds = m.listSubjectsWithProperty(RDF.type, m.getResource(v + "Dataset")).toList().stream()
                .filter(x -> x.hasProperty(m.getProperty(v + "sparqlEndpoint"))).findFirst().orElseThrow();
        assertEquals(s.count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), ds.getProperty(m.getProperty(v + "triples")).getLong());
        assertTrue(ds.getProperty(m.getProperty(v + "entities")).getLong() > 0);
        assertEquals(s.base + "councilgraph/sparql", ds.getPropertyResourceValue(m.getProperty(v + "sparqlEndpoint")).getURI());
        assertEquals(2, m.listObjectsOfProperty(ds, m.getProperty(v + "dataDump")).toList().size());
        List<RDFNode> examples = m.listObjectsOfProperty(ds, m.getProperty(v + "exampleResource")).toList();
        assertFalse(examples.isEmpty());
        for (RDFNode ex : examples) {
            assertEquals(303, s.get(s.path(ex.asResource().getURI())).statusCode(), "example resources dereference");
        }
        assertTrue(m.contains(ds, m.getProperty(v + "vocabulary"), m.getResource(CG.NS)));
        assertTrue(m.contains(ds, m.getProperty(v + "vocabulary"), m.getResource("http://xmlns.com/foaf/0.1/")));
    }

    @Test
    void theEndpointDescribesItselfAndStillAnswersQueries() {
        HttpResponse<String> r = s.get("/councilgraph/sparql", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        String sd = DatasetDescription.SD;
        Resource svc = m.listSubjectsWithProperty(RDF.type, m.getResource(sd + "Service")).next();
        assertEquals(s.base + "councilgraph/sparql", svc.getPropertyResourceValue(m.getProperty(sd + "endpoint")).getURI());
        assertTrue(m.contains(svc, m.getProperty(sd + "feature"), m.getResource(sd + "UnionDefaultGraph")));
        HttpResponse<String> ask = s.get("/councilgraph/sparql?query=" + SitePages.encode("ASK { ?s a <" + CG.Meeting.getURI() + "> }"),
                "Accept", "application/sparql-results+json");
        assertEquals(200, ask.statusCode());
        assertTrue(ask.body().contains("true"));
    }

    @Test
    void corsHeadersOnTheEndpointAndOnRdf() {
        String origin = "https://app.example";
        HttpResponse<String> data = s.get("/data" + s.path(person).substring(3) + ".ttl", "Origin", origin);
        assertEquals(200, data.statusCode());
        assertTrue(data.headers().firstValue("Access-Control-Allow-Origin").isPresent(), "CORS on RDF");
        HttpResponse<String> q = s.get("/councilgraph/sparql?query=" + SitePages.encode("ASK {}"), "Origin", origin);
        assertTrue(q.headers().firstValue("Access-Control-Allow-Origin").isPresent(), "CORS on the endpoint");
        HttpResponse<String> pre = s.send(HttpRequest.newBuilder(URI.create(s.url("/councilgraph/sparql")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type"));
        assertTrue(pre.statusCode() < 300, "preflight answered: " + pre.statusCode());
        assertTrue(pre.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
    }

    @Test
    void theQueryPageCarriesEveryExampleSafely() {
        HttpResponse<String> r = s.get("/query");
        assertEquals(200, r.statusCode());
        Document d = Jsoup.parse(r.body());
        Element json = d.getElementById("examples");
        assertNotNull(json);
        String data = json.data();
        assertTrue(data.contains("Who are the people named in the papers?"));
        assertFalse(data.contains("</script>"), "a query's text cannot close the script element");
        assertTrue(data.contains("\\u003c/script\\u003e"));
        assertNotNull(d.selectFirst("script[src*=yasgui.min.js]"));
        String js = d.selectFirst("script[src*=yasgui.min.js]").attr("src");
        HttpResponse<byte[]> bundle = s.getBytes(java.net.URI.create(s.url("/query")).resolve(js).getPath());
        assertEquals(200, bundle.statusCode(), "the YASGUI bundle is served from the webjar");
        assertTrue(new String(bundle.body(), 0, 2000, StandardCharsets.UTF_8).length() > 0);
        assertEquals(404, s.get("/webjars/../web/layout.html").statusCode());
    }

    @Test
    void theSiteIsReadOnly() {
        HttpResponse<String> r = s.send(HttpRequest.newBuilder(URI.create(s.url(s.path(person))))
                .POST(HttpRequest.BodyPublishers.ofString("x")));
        assertEquals(405, r.statusCode());
    }

    private static String ext(Lang lang) {
        if (lang.equals(Lang.TURTLE)) {
            return "ttl";
        }
        if (lang.equals(Lang.JSONLD)) {
            return "jsonld";
        }
        if (lang.equals(Lang.NTRIPLES)) {
            return "nt";
        }
        return "rdf";
    }
}
