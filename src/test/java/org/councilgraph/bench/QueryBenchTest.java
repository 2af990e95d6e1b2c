package org.councilgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.councilgraph.CouncilGraph;
import org.councilgraph.serve.Server;
import org.councilgraph.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query bench against a served synthetic store: its clients get whole answers, or say why not. */
class QueryBenchTest {
    @TempDir
    Path tmp;

    @Test
    void timedAnswersAreWholeWhetherReadAsBytesOrParsed() throws Exception {
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            try (CouncilGraph cg = new CouncilGraph(CouncilGraph.DEFAULT_BASE)) {
                cg.build(List.of(new SyntheticCorpus(3).write(tmp.resolve("papers"), 6).get(0).getParent()), store,
                        new PrintStream(PrintStream.nullOutputStream()));
            }
            FusekiServer server = Server.start(store, 0, true);
            try {
                String endpoint = "http://127.0.0.1:" + server.getPort() + Server.DATASET + "/sparql";
                // long enough (over 100 KB of JSON) to be sent in chunks
                String many = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 777";
                for (boolean parse : List.of(false, true)) {
                    QueryBench.Line line = QueryBench.time(endpoint, "many", many, 0, 3, 4, parse);
                    assertEquals("", line.error(), "parse=" + parse);
                    assertEquals(777, line.rows());
                    assertTrue(line.p50() > 0 && line.p95() >= line.p50(), line.row());
                }
                QueryBench.Line bad = QueryBench.time(endpoint, "bad", "SELECT * WHERE {", 0, 2, 2, false);
                assertFalse(bad.error().isEmpty(), "a query the endpoint refuses is an error line: " + bad.row());
                assertTrue(bad.row().contains("error"), bad.row());
            } finally {
                server.stop();
            }
        }
    }
}
