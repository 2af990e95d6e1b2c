package org.councilgraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.councilgraph.CouncilGraph;
import org.councilgraph.bench.QueryWorkload;
import org.councilgraph.bench.LoadTest;
import org.councilgraph.bench.SyntheticCorpus;
import org.councilgraph.serve.Server;
import org.councilgraph.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100 concurrent clients asking the example queries of a loopback endpoint, for a bounded time
 * ({@code -Dcouncilgraph.loadSeconds}, 10 s by default here; {@code bench load} runs the full 60 s):
 * not one error.
 */
class EndpointLoadTest {
    @TempDir
    Path tmp;

    @Test
    void hundredConcurrentClientsGetNoErrors() throws Exception {
        int seconds = Integer.getInteger("councilgraph.loadSeconds", 10);
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            try (CouncilGraph cg = new CouncilGraph(CouncilGraph.DEFAULT_BASE)) {
                CouncilGraph.BuildReport r = cg.build(List.of(new SyntheticCorpus(8).write(tmp.resolve("papers"), 12)
                        .get(0).getParent()), store, new PrintStream(PrintStream.nullOutputStream()));
                assertEquals(12, r.stored());
            }
            FusekiServer server = Server.start(store, 0, true);
            try {
                String endpoint = "http://127.0.0.1:" + server.getPort() + Server.DATASET + "/sparql";
                List<String> queries = List.copyOf(QueryWorkload.all().values());
                LoadTest.Result r = LoadTest.run(endpoint, queries, 100, Duration.ofSeconds(seconds), 2_000_000);
                System.out.println("load test: " + r.summary());
                assertEquals(0, r.errors(), "errors: " + r.errorSamples());
                assertTrue(r.requests() >= 100, "every client was answered at least once: " + r.requests());
            } finally {
                server.stop();
            }
        }
    }
}
