package org.councilgraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.system.Txn;
import org.councilgraph.CouncilGraph;
import org.councilgraph.bench.SyntheticCorpus;
import org.councilgraph.cli.ServeCommand;
import org.councilgraph.serve.Server;
import org.councilgraph.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests an attacker would send to the public endpoint, each sent while a light query is timed:
 * the light query ({@code ASK {}}, the home page) must be answered within {@link #LIGHT} however many
 * hostile requests are running, and the server must be idle again soon after the time limit, no
 * worker left behind on a request its client gave up on. The server here has a 2 s time limit.
 */
class HostileRequestsTest {
    /** A generous bound for a trivial answer on a loaded machine, measured, never slept. */
    static final Duration LIGHT = Duration.ofSeconds(2);
    static final long TIMEOUT_MS = 2_000;
    /** Time limit plus this: the most a worker may go on after the hostile requests arrive. */
    static final long IDLE_SLACK_MS = 5_000;
    /**
     * Distinct padded requests in the cache flood: kept, their keys alone would fill 32 MB, far above
     * what the heap moves by anyway between two readings in a shared test JVM (5 MB seen).
     */
    static final int FLOOD = 2_000;

    @TempDir
    static Path tmp;
    static GraphStore store;
    static FusekiServer server;
    static String site;
    static String sparql;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void serve() throws Exception {
        store = GraphStore.open(tmp.resolve("store"));
        try (CouncilGraph cg = new CouncilGraph(CouncilGraph.DEFAULT_BASE)) {
            cg.build(List.of(new SyntheticCorpus(3).write(tmp.resolve("papers"), 2).get(0).getParent()), store,
                    new PrintStream(PrintStream.nullOutputStream()));
        }
        // a stored literal that a backtracking matcher would never finish with
        Txn.executeWrite(store.dataset(), () -> store.datasetGraph().add(Quad.create(NodeFactory.createURI("urn:x:g"),
                NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:note"), NodeFactory.createLiteralString("a".repeat(60)))));
        server = Server.start(store, ServeCommand.optionsOf("--store", tmp.resolve("store").toString(), "--port", "0",
                "--localhost", "--query-timeout", Double.toString(TIMEOUT_MS / 1000.0), "--cache-mb", "1"));
        site = "http://127.0.0.1:" + server.getPort();
        sparql = site + Server.DATASET + "/sparql";
        // the first home page and query load their classes: timed light requests are warm ones
        assertEquals(200, http.send(get(site + "/"), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(200, http.send(get(sparql + "?query=ASK%7B%7D"), HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    // ---------------------------------------------------------------- the hostile requests

    @Test
    void backtrackingRegexInBindHoldsNoWorker() throws Exception {
        String q = "SELECT ?x WHERE { BIND(REGEX(\"" + "a".repeat(60) + "\", \"(.*a){12}b\") AS ?x) }";
        List<HttpResponse<String>> answers = underAttack(24, i -> get(sparql + "?query=" + enc(q) + "&n=" + i));
        for (HttpResponse<String> r : answers) {
            assertEquals(200, r.statusCode(), r.body());
        }
    }

    @Test
    void backtrackingRegexOverStoredLiteralsHoldsNoWorker() throws Exception {
        String q = "SELECT ?o WHERE { ?s ?p ?o FILTER(REGEX(?o, \"(.*a){12}b\")) } LIMIT 1";
        List<HttpResponse<String>> answers = underAttack(24, i -> get(sparql + "?query=" + enc(q) + "&n=" + i));
        for (HttpResponse<String> r : answers) {
            assertTrue(r.statusCode() == 200 || r.statusCode() == 503, r.statusCode() + " " + r.body());
        }
        assertTrue(answers.stream().anyMatch(r -> r.statusCode() == 200), "some were answered");
    }

    @Test
    void fiftyHeavyQueriesLeaveAWorkerForLightOnes() throws Exception {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        List<HttpResponse<String>> answers = underAttack(50, i -> get(sparql + "?query=" + enc(q) + "&n=" + i));
        for (HttpResponse<String> r : answers) {
            // timed out, or told the server is busy: never an error of the server's own
            assertTrue(r.statusCode() == 200 || r.statusCode() == 503, r.statusCode() + " " + r.body());
        }
    }

    @Test
    void aFloodOfPaddedQueriesLeavesTheHeapBounded() throws Exception {
        long before = usedHeapAfterGc();
        // each key just under the longest kept: the cache must count it, not only the answer
        String pad = "p".repeat(16_000);
        AtomicInteger sent = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<CompletableFuture<Void>> flood = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            flood.add(CompletableFuture.runAsync(() -> {
                for (int i; (i = sent.getAndIncrement()) < FLOOD; ) {
                    try {
                        HttpResponse<String> r = http.send(get(sparql + "?query=ASK%7B%7D&pad=" + i + pad), HttpResponse.BodyHandlers.ofString());
                        assertEquals(200, r.statusCode());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }, pool));
        }
        assertLightQueriesFast();
        CompletableFuture.allOf(flood.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        pool.shutdown();
        long grown = usedHeapAfterGc() - before;
        // 2,000 keys of 16 KB kept would be 32 MB; the cache may hold 1 MB, the rest is the JVM's own
        assertTrue(grown < 12L << 20, "heap grew by " + (grown >> 10) + " KB");
        // a request line of half a megabyte is refused before anything reads it
        HttpResponse<String> huge = http.send(get(sparql + "?query=ASK%7B%7D&pad=" + "p".repeat(500_000)),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(huge.statusCode() == 414 || huge.statusCode() == 431, "refused: " + huge.statusCode());
    }

    @Test
    void anEightMegabyteQueryIsRefusedAtOnce() throws Exception {
        String body = "# " + "x".repeat(8 << 20) + "\nASK {}";
        for (HttpRequest req : List.of(
                HttpRequest.newBuilder(URI.create(sparql)).header("Content-Type", "application/sparql-query")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(60)).build(),
                HttpRequest.newBuilder(URI.create(sparql)).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(body))).timeout(Duration.ofSeconds(60)).build())) {
            long t0 = System.nanoTime();
            try {
                HttpResponse<String> r = fresh().send(req, HttpResponse.BodyHandlers.ofString());
                assertEquals(400, r.statusCode(), r.body());
                assertTrue(r.body().contains("at most"), r.body());
            } catch (IOException closedWhileSending) {
                // the server answers 400 and closes without reading the rest; a client still sending may see
                // only the close (the refusal's cost is what is asserted, below)
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 1_500, "refused in " + ms + " ms");
        }
        assertLightQueriesFast();
    }

    @Test
    void tenThousandUnionsOrOptionalsGetAClearAnswerNotAStackTrace() throws Exception {
        for (String q : List.of(
                "SELECT * WHERE { " + String.join(" UNION ", java.util.Collections.nCopies(10_000, "{ ?s ?p ?o }")) + " } LIMIT 1",
                "SELECT * WHERE { ?s ?p ?o " + String.join(" ", java.util.Collections.nCopies(9_000, "OPTIONAL { ?s ?p ?o }")) + " } LIMIT 1",
                "ASK { FILTER(" + String.join("||", java.util.Collections.nCopies(30_000, "1")) + ") }")) {
            HttpResponse<String> r = fresh().send(HttpRequest.newBuilder(URI.create(sparql))
                    .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(q))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() == 400 || r.statusCode() == 200, r.statusCode() + " " + r.body());
            assertFalse(r.body().contains("\tat ") || r.body().contains("Exception"), r.body());
            assertTrue(r.body().length() < 2_000, "a short answer: " + r.body().length());
        }
        assertLightQueriesFast();
    }

    /** Counts the instances made: a {@code <java:...>} function IRI naming it must make none. */
    public static final class Spy extends FunctionBase {
        static final AtomicInteger MADE = new AtomicInteger();

        public Spy() {
            MADE.incrementAndGet();
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            return NodeValue.makeString("loaded");
        }

        @Override
        public void checkBuild(String uri, org.apache.jena.sparql.expr.ExprList args) {
        }
    }

    @Test
    void javaFunctionIrisLoadNoClass() throws Exception {
        String q = "SELECT ?x WHERE { BIND(<java:" + Spy.class.getName() + ">() AS ?x) }";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(sparql + "?query=" + enc(q)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertFalse(r.body().contains("loaded"), r.body());
        assertEquals(0, Spy.MADE.get(), "no instance made");
    }

    @Test
    void corsGrantsNoCredentialsToAnyOrigin() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(sparql + "?query=ASK%7B%7D"))
                .header("Origin", "https://attacker.example").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), r.headers().toString());
    }

    @Test
    void badParametersOnTheSiteAnswer400QuicklyAndGuessesStayCheap() throws Exception {
        for (String path : List.of("/search?q=%FF%FE", "/list?class=%FF%FE",
                "/search?q=" + String.join("+", java.util.Collections.nCopies(1_100, "word")))) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(get(site + path), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, r.statusCode(), path.substring(0, Math.min(40, path.length())) + " " + r.body());
            assertTrue(System.nanoTime() - t0 < LIGHT.toNanos(), "quick");
        }
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(site + "/id/" + "word-".repeat(1_400)))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, r.statusCode());
        assertTrue(System.nanoTime() - t0 < LIGHT.toNanos(), "a 7 KB unknown IRI costs no seconds of guessing");
    }

    // ---------------------------------------------------------------- measuring

    /**
     * Sends {@code n} hostile requests at once, times the light requests while they run, then waits
     * for every answer and for the server to be idle, which must come within the time limit and slack.
     */
    private List<HttpResponse<String>> underAttack(int n, java.util.function.IntFunction<HttpRequest> hostile) throws Exception {
        long t0 = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sent.add(http.sendAsync(hostile.apply(i), HttpResponse.BodyHandlers.ofString()));
        }
        awaitBusy(t0);
        assertLightQueriesFast();
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> f : sent) {
            answers.add(f.get(120, TimeUnit.SECONDS));
        }
        long idleAfter = awaitIdle(t0);
        assertTrue(idleAfter <= TIMEOUT_MS + IDLE_SLACK_MS, "idle " + idleAfter + " ms after the attack began");
        for (HttpResponse<String> r : answers) {
            assertNotEquals(500, r.statusCode(), r.body());
        }
        return answers;
    }

    private static void assertLightQueriesFast() throws Exception {
        for (String url : List.of(sparql + "?query=" + enc("ASK {}") + "&t=" + System.nanoTime(), site + "/")) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(get(url), HttpResponse.BodyHandlers.ofString());
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            assertEquals(200, r.statusCode(), url + " " + r.body());
            assertTrue(took.compareTo(LIGHT) < 0, url + " took " + took.toMillis() + " ms");
        }
    }

    /** Threads of the server inside the SPARQL query servlet now. */
    private static long queryWorkers() {
        return Thread.getAllStackTraces().values().stream()
                .filter(stack -> Arrays.stream(stack).anyMatch(f -> f.getClassName().startsWith("org.apache.jena.fuseki.servlets.SPARQLQueryProcessor")))
                .count();
    }

    /** Waits (at most a few seconds) until a hostile request is being worked on, so the light ones are timed under load. */
    private static void awaitBusy(long since) {
        while (queryWorkers() == 0 && System.nanoTime() - since < TimeUnit.SECONDS.toNanos(3)) {
            Thread.onSpinWait();
        }
    }

    /** Milliseconds from {@code since} until no worker is inside the query servlet (gives up at a minute). */
    private static long awaitIdle(long since) throws InterruptedException {
        while (queryWorkers() > 0 && System.nanoTime() - since < TimeUnit.MINUTES.toNanos(1)) {
            Thread.sleep(20); // polling, not timing: the measure is the clock below
        }
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/sparql-results+json,text/html;q=0.9")
                .timeout(Duration.ofSeconds(60)).build();
    }

    /** A client of its own: a refused request may leave its connection closed by the server. */
    private static HttpClient fresh() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
