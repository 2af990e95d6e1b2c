package org.councilgraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.system.Txn;
import org.councilgraph.CouncilGraph;
import org.councilgraph.bench.SyntheticCorpus;
import org.councilgraph.serve.EndpointGuard;
import org.councilgraph.serve.Server;
import org.councilgraph.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public endpoint under hostile use: it will not write, will not call other hosts, stops a
 * runaway query with a clear timeout while answering others, and caps result rows.
 */
class EndpointTest {
    @TempDir
    static Path tmp;
    static GraphStore store;
    static FusekiServer server;
    static String base;
    static long triples;
    /** A listener standing in for "another host": any connection to it is a request the endpoint should not have made. */
    static ServerSocket bait;
    static final AtomicInteger baitHits = new AtomicInteger();
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void serve() throws Exception {
        store = GraphStore.open(tmp.resolve("store"));
        try (CouncilGraph cg = new CouncilGraph(CouncilGraph.DEFAULT_BASE)) {
            cg.build(List.of(new SyntheticCorpus(3).write(tmp.resolve("papers"), 4).get(0).getParent()), store,
                    new PrintStream(PrintStream.nullOutputStream()));
        }
        triples = count();
        assertTrue(triples > 1000, "enough data for a cartesian product to hurt: " + triples);
        // the limits as `serve` takes them on its command line
        server = Server.start(store, org.councilgraph.cli.ServeCommand.optionsOf("--store", tmp.resolve("store").toString(), "--port", "0",
                "--localhost", "--query-timeout", "2", "--max-rows", "50"));
        base = "http://127.0.0.1:" + server.getPort() + Server.DATASET;
        bait = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!bait.isClosed()) {
                try (Socket s = bait.accept()) {
                    baitHits.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.stop();
        }
        if (bait != null) {
            bait.close();
        }
        if (store != null) {
            store.close();
        }
    }

    static long count() {
        return Txn.calculateRead(store.dataset(), () -> {
            long[] n = {0};
            store.datasetGraph().find().forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

    static String baitUrl() {
        return "http://127.0.0.1:" + bait.getLocalPort() + "/sparql";
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        HttpRequest req = b.timeout(Duration.ofSeconds(60)).build();
        // a refused write may leave its connection closed by the server: never reuse one for the next
        HttpClient client = req.method().equals("GET") ? http
                : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(req, HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> query(String q) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + "/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json"));
    }

    @Test
    void answersReadQueries() throws Exception {
        HttpResponse<String> r = query("ASK { ?s a <https://w3id.org/councilgraph/def#Meeting> }");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("true"), r.body());
    }

    @Test
    void refusesSparqlUpdateIncludingLoad() throws Exception {
        String[] updates = {"INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }", "DROP ALL", "CLEAR DEFAULT",
            "LOAD <" + baitUrl() + ">", "DELETE WHERE { ?s ?p ?o }"};
        for (String path : List.of("", "/sparql", "/update", "/query")) {
            for (String u : updates) {
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(u)));
                assertTrue(r.statusCode() >= 400, path + " " + u + " -> " + r.statusCode());
                HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(u, StandardCharsets.UTF_8))));
                assertTrue(form.statusCode() >= 400, path + " form " + u + " -> " + form.statusCode());
            }
        }
        assertEquals(triples, count(), "nothing changed");
        assertEquals(0, baitHits.get(), "LOAD fetched nothing");
    }

    @Test
    void refusesGraphStoreWrites() throws Exception {
        String turtle = "<urn:x:a> <urn:x:b> <urn:x:c> .";
        String graph = URLEncoder.encode(CouncilGraph.DEFAULT_BASE + "graph/x", StandardCharsets.UTF_8);
        for (String target : List.of("?default", "?graph=" + graph, "/data?default", "/data?graph=" + graph,
                "/get?default", "/sparql?default")) {
            for (String method : List.of("PUT", "POST", "DELETE", "PATCH")) {
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + target)).header("Content-Type", "text/turtle");
                b = method.equals("DELETE") ? b.DELETE() : b.method(method, HttpRequest.BodyPublishers.ofString(turtle));
                HttpResponse<String> r = send(b);
                assertTrue(r.statusCode() >= 400, method + " " + target + " -> " + r.statusCode());
            }
        }
        assertEquals(triples, count(), "nothing changed");
    }

    @Test
    void refusesServiceCallsToOtherHosts() throws Exception {
        String url = baitUrl();
        for (String q : List.of(
                "SELECT * WHERE { SERVICE <" + url + "> { ?s ?p ?o } }",
                "SELECT * WHERE { ?x a ?t . SERVICE SILENT <" + url + "> { ?x ?p ?o } } LIMIT 1",
                "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <" + url + "> { ?s ?p ?o } } } }",
                "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <" + url + "> { ?s ?p ?o } } } LIMIT 1",
                "ASK { BIND(<" + url + "> AS ?u) SERVICE ?u { ?s ?p ?o } }",
                "SELECT ?s WHERE { ?s ?p ?o } ORDER BY (EXISTS { SERVICE <" + url + "> { ?s ?p ?o } }) LIMIT 1",
                "SELECT ?s WHERE { ?s ?p ?o } GROUP BY ?s HAVING (NOT EXISTS { SERVICE <" + url + "> { } })")) {
            HttpResponse<String> r = query(q);
            assertNotEquals(200, r.statusCode(), q + " -> " + r.body());
        }
        assertEquals(0, baitHits.get(), "the server called out");
        HttpResponse<String> r = query("SELECT * WHERE { SERVICE <" + url + "> { ?s ?p ?o } }");
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("SERVICE is not allowed"), r.body());
    }

    @Test
    void aCartesianProductTimesOutClearlyWhileOthersAreAnswered() throws Exception {
        String cartesian = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        long t0 = System.nanoTime();
        CompletableFuture<HttpResponse<String>> slow = http.sendAsync(
                HttpRequest.newBuilder(URI.create(base + "/sparql?query=" + URLEncoder.encode(cartesian, StandardCharsets.UTF_8)))
                        .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        int answeredMeanwhile = 0;
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = query("SELECT ?m WHERE { ?m a <https://w3id.org/councilgraph/def#Meeting> } LIMIT 3");
            assertEquals(200, r.statusCode());
            if (!slow.isDone()) {
                answeredMeanwhile++;
            }
        }
        assertTrue(answeredMeanwhile > 0, "other queries were answered while the runaway one ran");
        HttpResponse<String> r = slow.get();
        double secs = (System.nanoTime() - t0) / 1e9;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().toLowerCase().contains("timed out") || r.body().toLowerCase().contains("timeout"), r.body());
        assertTrue(secs < 20, "stopped near the 2 s limit, not left to run: " + secs);
        assertEquals(200, query("ASK {}").statusCode(), "still serving");
    }

    @Test
    void capsResultRows() throws Exception {
        HttpResponse<String> all = query("SELECT * WHERE { ?s ?p ?o }");
        assertEquals(200, all.statusCode());
        assertEquals(50, rows(all.body()));
        assertEquals("50", all.headers().firstValue(EndpointGuard.ROW_CAP_HEADER).orElse(null));
        HttpResponse<String> few = query("SELECT * WHERE { ?s ?p ?o } LIMIT 7");
        assertEquals(7, rows(few.body()));
        assertNull(few.headers().firstValue(EndpointGuard.ROW_CAP_HEADER).orElse(null));
        HttpResponse<String> big = query("SELECT * WHERE { ?s ?p ?o } LIMIT 100000");
        assertEquals(50, rows(big.body()));
        assertFalse(big.headers().firstValue(EndpointGuard.ROW_CAP_HEADER).isEmpty());
    }

    @Test
    void repeatedQueriesAreAnsweredFromTheCacheUntilTheStoreChanges() throws Exception {
        String q = "SELECT ?t (COUNT(?s) AS ?n) WHERE { ?s a ?t } GROUP BY ?t ORDER BY ?t";
        HttpResponse<String> first = query(q);
        HttpResponse<String> second = query(q);
        assertEquals(200, second.statusCode());
        assertEquals("miss", first.headers().firstValue("X-Councilgraph-Cache").orElse(null));
        assertEquals("hit", second.headers().firstValue("X-Councilgraph-Cache").orElse(null));
        assertEquals(first.body(), second.body());
        assertEquals(first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));
        store.removeGraph("urn:x:no-such-graph"); // a write, of nothing: every cached answer is now suspect
        HttpResponse<String> third = query(q);
        assertEquals("miss", third.headers().firstValue("X-Councilgraph-Cache").orElse(null));
        assertEquals(first.body(), third.body());
    }

    private static int rows(String json) {
        int n = 0;
        for (int i = json.indexOf("\"s\""); i >= 0; i = json.indexOf("\"s\"", i + 1)) {
            n++;
        }
        return n - 1; // the head lists the variable once
    }
}
