package org.councilgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.councilgraph.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store built with {@code --base-uri https://data.example.org/}: every minted IRI uses that base
 * (and the RDF states it), the pages link relatively so a reader stays on the server asked,
 * requests for {@code /id/...} on the running server find the IRIs under it, and the export
 * command writes the same dumps the server offers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BaseUriTest {
    static final String BASE = "https://data.example.org/";

    @TempDir
    static Path dir;
    static Served s;

    @BeforeAll
    static void serve() throws IOException {
        s = Served.start(dir, BASE, List.of(Served.samples().resolve("riverford-cabinet-2025-03-12-minutes.txt")), false, null);
    }

    @AfterAll
    static void stop() {
        if (s != null) {
            s.close();
        }
    }

    @Test
    @Order(1)
    void theServerReadsTheBaseOffTheStore() {
        assertEquals(BASE, Server.base(s.store, null));
    }

    @Test
    @Order(2)
    void idPathsFindIrisUnderTheBaseAndPagesLinkTheServerAsked() {
        String person = s.first("SELECT ?p WHERE { ?p a foaf:Person . ?mt schema:attendee ?p } ORDER BY ?p LIMIT 1", "p");
        assertTrue(person.startsWith(BASE + "id/person/"), person);
        HttpResponse<String> r = s.get(s.path(person), "Accept", "text/html");
        assertEquals(303, r.statusCode());
        HttpResponse<String> page = s.get(r.headers().firstValue("Location").orElseThrow());
        assertEquals(200, page.statusCode());
        String at = s.url(r.headers().firstValue("Location").orElseThrow());
        Document d = Jsoup.parse(page.body(), at);
        List<String> hrefs = d.select("a[href], link[href]").eachAttr("abs:href");
        hrefs.addAll(d.select("form[action]").eachAttr("abs:action"));
        long ours = 0;
        for (String h : hrefs) {
            boolean vocabulary = Site.PREFIXES.getNsPrefixMap().values().stream()
                    .anyMatch(ns -> !ns.startsWith("https://w3id.org/") && h.startsWith(ns));
            if (h.isEmpty() || h.startsWith("mailto:") || h.startsWith("tel:") || h.contains("legislation.gov.uk") || vocabulary) {
                continue; // the web's own resources: standard terms, statutes, addresses
            }
            // the site's links are relative: they stay on the server that was asked, whatever the base
            assertTrue(h.startsWith(s.url("/")), "link not on the server asked: " + h);
            ours++;
        }
        assertTrue(ours > 10, "the page links to the site");
        for (Element a : d.select("section a[href*=/page/]")) {
            assertTrue(a.absUrl("href").startsWith(s.url("/page/")));
        }
        assertTrue(d.selectFirst("p.iri code").text().startsWith(BASE + "id/person/"), "the page states the real IRI");
        HttpResponse<String> ttl = s.get(s.path(person).replaceFirst("^/id/", "/data/") + ".ttl");
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(ttl.body(), Lang.TURTLE).parse(m);
        m.listSubjects().forEachRemaining(x -> {
            if (x.isURIResource() && !x.getURI().startsWith("https://w3id.org/councilgraph/def#")) {
                assertTrue(x.getURI().startsWith(BASE), "subject not under the base: " + x);
            }
        });
    }

    @Test
    @Order(3)
    void voidAndTheEditorUseTheBase() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(s.get("/.well-known/void").body(), Lang.TURTLE).parse(m);
        Resource endpoint = m.listObjectsOfProperty(m.getProperty(DatasetDescription.VOID + "sparqlEndpoint")).next().asResource();
        assertEquals(BASE + "councilgraph/sparql", endpoint.getURI());
        assertTrue(m.listObjectsOfProperty(m.getProperty(DatasetDescription.VOID + "uriSpace")).next().asLiteral()
                .getString().equals(BASE + "id/"));
        Document q = Jsoup.parse(s.get("/query").body(), s.url("/query"));
        assertTrue(q.selectFirst("link[href*=yasgui.min.css]").absUrl("href").startsWith(s.url("/webjars/")));
    }

    @Test
    @Order(4)
    void aBaseWithAPathIsAlsoAnsweredWithThatPathInFront() throws IOException {
        // as behind a proxy that passes the base's path through to the server
        int port = Served.freePort();
        var server = Server.start(s.store, Server.Options.of(port, true).baseUri("https://data.example.org/councils/")
                .textIndex(dir.resolve("text-2")).queries(null).log(Served.QUIET));
        try {
            for (String path : List.of("/councils/", "/councils/def", "/councils/dump", "/", "/def")) {
                HttpResponse<String> r = s.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + path)).header("Accept", "text/html"));
                assertEquals(200, r.statusCode(), path);
            }
            HttpResponse<String> home = s.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + "/councils/")));
            // relative links keep the path the proxy passed through
            assertEquals("http://127.0.0.1:" + port + "/councils/query", Jsoup.parse(home.body(), "http://127.0.0.1:" + port + "/councils/")
                    .selectFirst("nav a[href=query]").absUrl("href"));
        } finally {
            server.stop();
        }
    }

    @Test
    @Order(5)
    void withTheW3idBaseTheOntologyAnswersAtItsNamespacePath() throws IOException {
        int port = Served.freePort();
        var server = Server.start(s.store, Server.Options.of(port, true).baseUri("https://w3id.org/councilgraph/")
                .textIndex(dir.resolve("text-3")).queries(null).log(Served.QUIET));
        try {
            HttpResponse<String> def = s.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + "/councilgraph/def")).header("Accept", "text/turtle"));
            assertEquals(200, def.statusCode());
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(def.body(), Lang.TURTLE).parse(m);
            assertTrue(m.contains(m.getResource("https://w3id.org/councilgraph/def#Meeting"), org.apache.jena.vocabulary.RDF.type,
                    org.apache.jena.vocabulary.OWL.Class));
            // the dataset's own paths still belong to the SPARQL endpoint
            HttpResponse<String> ask = s.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port
                    + "/councilgraph/sparql?query=" + SitePages.encode("ASK {}"))).header("Accept", "application/sparql-results+json"));
            assertEquals(200, ask.statusCode());
            assertTrue(ask.body().contains("true"));
        } finally {
            server.stop();
        }
    }

    @Test
    @Order(9)
    void exportWritesTheDumps() throws IOException {
        long quads = s.count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        long triples = s.count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        s.close();
        Path out = dir.resolve("export");
        assertEquals(0, Main.run("export", "--store", dir.resolve("store").toString(), "--out", out.toString()));
        Dataset ds = DatasetFactory.create();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out.resolve(Dumps.NQUADS)))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(ds);
        }
        long[] n = {0};
        ds.asDatasetGraph().find().forEachRemaining(q -> n[0]++);
        assertEquals(quads, n[0]);
        Model union = ModelFactory.createDefaultModel();
        RDFParser.source(out.resolve(Dumps.TURTLE)).lang(Lang.TURTLE).parse(union);
        assertEquals(triples, union.size());
        s = null;
        assertEquals(2, Main.run("export", "--store", dir.resolve("no-such-store").toString(), "--out", out.toString()));
    }
}
