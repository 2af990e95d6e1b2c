package org.councilgraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.councilgraph.Corpus;
import org.councilgraph.CouncilGraph;
import org.councilgraph.consolidate.Consolidator;
import org.councilgraph.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consolidation cut short (the process killed in it, here a write that throws half way) leaves the
 * store as it was before the consolidation began and owing it; the next build, every paper unchanged,
 * completes it, and the store is then what a clean build makes.
 */
class ConsolidationRepairTest {
    @TempDir
    Path tmp;

    /**
     * A view of the store whose writes fail once a second graph is being rewritten, as a kill between
     * two graphs' rewrites would stop them: the first graph is wholly rewritten by then.
     */
    private static UnaryOperator<DatasetGraph> failingAtSecondGraph() {
        return dsg -> new DatasetGraphWrapper(dsg) {
            private final java.util.Set<org.apache.jena.graph.Node> graphs = new java.util.HashSet<>();

            @Override
            public void add(Quad q) {
                graphs.add(q.getGraph());
                if (graphs.size() > 1) {
                    throw new IllegalStateException("consolidation cut short after rewriting " + graphs.iterator().next());
                }
                super.add(q);
            }
        };
    }

    /** A listener that keeps what consolidation reported. */
    private static CouncilGraph.Listener merges(List<Consolidator.Report> into) {
        return new CouncilGraph.Listener() {
            @Override
            public void file(CouncilGraph.FileResult r, int done, long bytesDone, long tokens, long elapsedMillis) {
            }

            @Override
            public void merged(Consolidator.Report report) {
                into.add(report);
            }
        };
    }

    @Test
    void aConsolidationCutShortIsOwedAndTheNextBuildCompletesIt() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("papers"));
        for (String s : List.of("riverford-cabinet-2025-03-12-minutes.txt", "riverford-scrutiny-2025-05-20-agenda.md",
                "riverford-scrutiny-2025-05-20-minutes.html", "riverford-school-place-planning-report.pdf")) {
            Files.copy(Corpus.sample(s), dir.resolve(s));
        }
        // the same committees' papers of the year before: their people too are made one with the fuller names
        for (String s : List.of("riverford-cabinet-2025-03-12-minutes.txt", "riverford-scrutiny-2025-05-20-agenda.md",
                "riverford-scrutiny-2025-05-20-minutes.html")) {
            Files.writeString(dir.resolve("earlier-" + s), Files.readString(Corpus.sample(s)).replace("2025", "2024"));
        }
        List<Path> roots = List.of(dir);
        Path clean = tmp.resolve("clean");
        Path cut = tmp.resolve("cut");
        Path unconsolidated = tmp.resolve("unconsolidated");
        try (CouncilGraph cg = new CouncilGraph(CouncilGraph.DEFAULT_BASE)) {
            List<Consolidator.Report> reports = new ArrayList<>();
            try (GraphStore s = GraphStore.open(clean)) {
                assertEquals(7, cg.build(roots, s, merges(reports)).stored());
                assertFalse(s.consolidationPending(), "a finished build owes nothing");
            }
            assertEquals(1, reports.size());
            assertTrue(reports.get(0).graphsRewritten() >= 2, "these papers are consolidated, over several graphs: " + reports);

            // the yardstick for "as before": the papers stored, consolidated over nothing
            cg.consolidationView(dsg -> DatasetGraphFactory.create());
            try (GraphStore s = GraphStore.open(unconsolidated)) {
                cg.build(roots, s, merges(new ArrayList<>()));
            }

            cg.consolidationView(failingAtSecondGraph());
            try (GraphStore s = GraphStore.open(cut)) {
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> cg.build(roots, s, merges(new ArrayList<>())));
                assertTrue(e.getMessage().contains("cut short"), e.toString());
            }
        }
        try (GraphStore s = GraphStore.open(cut); GraphStore before = GraphStore.open(unconsolidated)) {
            assertTrue(s.consolidationPending(), "the consolidation is owed");
            assertSameGraphs(before, s, "nothing of a cut consolidation is applied");
        }
        try (GraphStore s = GraphStore.open(cut); GraphStore c = GraphStore.open(clean)) {
            assertFalse(sameGraphs(c, s), "a store not consolidated differs from a clean build's");
        }

        // the next build: every paper unchanged, and the consolidation done all the same
        List<Consolidator.Report> reports = new ArrayList<>();
        try (CouncilGraph cg = new CouncilGraph(CouncilGraph.DEFAULT_BASE); GraphStore s = GraphStore.open(cut)) {
            CouncilGraph.BuildReport r = cg.build(roots, s, merges(reports));
            assertEquals(7, r.unchanged(), r.files().toString());
            assertEquals(1, reports.size(), "consolidated although no paper changed");
            assertFalse(s.consolidationPending());
        }
        try (GraphStore s = GraphStore.open(cut); GraphStore c = GraphStore.open(clean)) {
            assertSameGraphs(c, s, "repaired: what a clean build makes");
        }
    }

    private static boolean sameGraphs(GraphStore a, GraphStore b) {
        Map<String, String> docs = a.documents();
        if (!docs.equals(b.documents())) {
            return false;
        }
        return docs.keySet().stream().allMatch(g -> Fixtures.snapshot(a, g).isIsomorphicWith(Fixtures.snapshot(b, g)));
    }

    private static void assertSameGraphs(GraphStore expected, GraphStore actual, String what) {
        Map<String, String> docs = expected.documents();
        assertEquals(docs, actual.documents(), what);
        for (String g : docs.keySet()) {
            assertTrue(Fixtures.snapshot(expected, g).isIsomorphicWith(Fixtures.snapshot(actual, g)), what + ": " + g);
        }
    }
}
