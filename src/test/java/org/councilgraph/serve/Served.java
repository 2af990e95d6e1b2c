package org.councilgraph.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.councilgraph.CouncilGraph;
import org.councilgraph.store.GraphStore;

/**
 * A store built from the bundled sample papers (plus, when asked, a graph of hostile text),
 * served on a free loopback port, and an HTTP client that never follows redirects.
 */
final class Served implements AutoCloseable {
    static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    /** Text a paper could carry that must never run in a reader's browser. */
    static final String HOSTILE_NAME = "Eve <script>alert('name')</script> O'Hara";
    static final String HOSTILE_ALT = "\"><img src=x onerror=alert('alt')>";
    static final String HOSTILE_POST = "</dd><script>alert('post')</script>";
    static final String HOSTILE_QUOTE = "<iframe src=javascript:alert('quote')></iframe> & more";
    static final String HOSTILE_DOC = "<b>paper</b><script>alert('doc')</script>";

    final Path dir;
    final String base;
    final int port;
    final GraphStore store;
    final FusekiServer server;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Served(Path dir, String base, int port, GraphStore store, FusekiServer server) {
        this.dir = dir;
        this.base = base;
        this.port = port;
        this.store = store;
        this.server = server;
    }

    /**
     * Builds {@code papers} into a store under {@code dir} with IRIs under {@code base} (null: the
     * server's own address) and serves it with the example queries in {@code queries}.
     */
    static Served start(Path dir, String base, List<Path> papers, boolean hostile, Path queries) throws IOException {
        int port = freePort();
        String b = base != null ? base : "http://127.0.0.1:" + port + "/";
        GraphStore store = GraphStore.open(dir.resolve("store"));
        new CouncilGraph(b).build(papers, store, QUIET);
        if (hostile) {
            addHostileGraph(store, b);
        }
        FusekiServer server = Server.start(store, Server.Options.of(port, true).textIndex(dir.resolve("text"))
                .queries(queries).log(QUIET));
        return new Served(dir, b, port, store, server);
    }

    static Path samples() {
        try {
            return Path.of(Served.class.getResource("/samples").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> allSamples() {
        return List.of(samples());
    }

    /** A test folder of example queries. */
    /** How many example queries the project ships in queries/ (the editor shows them all). */
    static long bundledQueryCount() throws IOException {
        try (var s = Files.list(Path.of("queries"))) {
            return s.filter(p -> p.toString().endsWith(".rq")).count();
        }
    }

    static Path exampleQueries(Path dir) throws IOException {
        Path q = Files.createDirectories(dir.resolve("queries"));
        Files.writeString(q.resolve("people.rq"), """
                # Who are the people named in the papers?
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                SELECT ?person ?name WHERE { ?person a foaf:Person ; foaf:name ?name } ORDER BY ?name
                """);
        Files.writeString(q.resolve("meetings.rq"), """
                # Which meetings are recorded, and when? </script><b>not markup</b>
                PREFIX cg: <https://w3id.org/councilgraph/def#>
                PREFIX schema: <http://schema.org/>
                SELECT ?meeting ?date WHERE { ?meeting a cg:Meeting ; schema:startDate ?date } ORDER BY ?date
                """);
        return q;
    }

    private static void addHostileGraph(GraphStore store, String base) {
        Model m = ModelFactory.createDefaultModel();
        String cg = "https://w3id.org/councilgraph/def#";
        Resource doc = m.createResource(base + "id/document/hostile-fixture");
        Resource person = m.createResource(base + "id/person/test-council/eve-hostile");
        Resource post = m.createResource(base + "id/post/test-council/hostile-post");
        Resource mention = m.createResource(base + "id/mention/hostile-fixture/1");
        var prov = m.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom");
        var label = m.createProperty("http://www.w3.org/2000/01/rdf-schema#label");
        m.createResource(base + "graph/hostile-fixture").addProperty(prov, doc);
        doc.addProperty(org.apache.jena.vocabulary.RDF.type, m.createResource(cg + "SourceDocument"))
                .addProperty(label, HOSTILE_DOC)
                .addProperty(m.createProperty("http://purl.org/dc/terms/source"), "javascript:alert('source')")
                .addProperty(m.createProperty("http://purl.org/dc/terms/format"), "application/pdf");
        person.addProperty(org.apache.jena.vocabulary.RDF.type, m.createResource("http://xmlns.com/foaf/0.1/Person"))
                .addProperty(org.apache.jena.vocabulary.RDF.type, m.createResource(cg + "Officer"))
                .addProperty(label, HOSTILE_NAME)
                .addProperty(m.createProperty("http://xmlns.com/foaf/0.1/name"), HOSTILE_NAME)
                .addProperty(m.createProperty("http://www.w3.org/2004/02/skos/core#altLabel"), HOSTILE_ALT)
                .addProperty(m.createProperty("http://xmlns.com/foaf/0.1/homepage"), m.createResource("javascript:alert(3)"))
                .addProperty(m.createProperty("http://www.w3.org/ns/org#holds"), post);
        post.addProperty(org.apache.jena.vocabulary.RDF.type, m.createResource("http://www.w3.org/ns/org#Post"))
                .addProperty(label, HOSTILE_POST);
        mention.addProperty(org.apache.jena.vocabulary.RDF.type, m.createResource(cg + "Mention"))
                .addProperty(m.createProperty(cg + "mentionOf"), person)
                .addProperty(m.createProperty(cg + "statesProperty"), m.createResource("http://www.w3.org/ns/org#holds"))
                .addProperty(m.createProperty(cg + "statesValue"), post)
                .addProperty(prov, doc)
                .addLiteral(m.createProperty(cg + "page"), 2L)
                .addProperty(m.createProperty(cg + "quote"), HOSTILE_QUOTE);
        store.replaceGraph(base + "graph/hostile-fixture", m);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** The server path of an IRI under the base (id/...). */
    String path(String iri) {
        return "/" + iri.substring(base.length());
    }

    HttpResponse<String> get(String path, String... headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60)).GET();
            for (int i = 0; i + 1 < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Rows of a query run on the store directly (not through the server). */
    List<QuerySolution> query(String sparql) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(PageSparql.PROLOGUE + sparql).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    String first(String sparql, String var) {
        List<QuerySolution> rows = query(sparql);
        if (rows.isEmpty()) {
            throw new AssertionError("the sample store holds nothing for: " + sparql);
        }
        return rows.get(0).get(var).isURIResource() ? rows.get(0).getResource(var).getURI()
                : rows.get(0).getLiteral(var).getLexicalForm();
    }

    long count(String sparql) {
        return query(sparql).get(0).getLiteral("n").getLong();
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
