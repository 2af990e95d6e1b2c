package org.councilgraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.councilgraph.CouncilGraph;
import org.councilgraph.Corpus;
import org.councilgraph.bench.SyntheticCorpus;
import org.councilgraph.store.GraphStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same input, same graph: builds are repeatable, and re-runs touch only what changed. */
class IdempotenceTest {
    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());

    @TempDir
    static Path tmp;
    static List<Path> papers;

    @BeforeAll
    static void papers() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("papers"));
        for (String s : List.of("riverford-cabinet-2025-03-12-minutes.txt", "riverford-scrutiny-2025-05-20-agenda.md",
                "riverford-scrutiny-2025-05-20-minutes.html", "riverford-school-place-planning-report.pdf")) {
            Files.copy(Corpus.sample(s), dir.resolve(s));
        }
        new SyntheticCorpus(5).write(dir, 6);
        papers = List.of(dir);
    }

    @Test
    void buildingTheSameInputTwiceGivesAnIsomorphicDatasetWithTheSameIris() {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        // separate instances, as two separate runs of the command would be
        try (CouncilGraph cg = new CouncilGraph(CouncilGraph.DEFAULT_BASE); GraphStore s = GraphStore.open(a)) {
            assertEquals(0, cg.build(papers, s, QUIET).failures());
        }
        try (CouncilGraph cg = new CouncilGraph(CouncilGraph.DEFAULT_BASE).workers(1); GraphStore s = GraphStore.open(b)) {
            assertEquals(0, cg.build(papers, s, QUIET).failures());
        }
        try (GraphStore sa = GraphStore.open(a); GraphStore sb = GraphStore.open(b)) {
            Map<String, String> docs = sa.documents();
            assertEquals(10, docs.size());
            assertEquals(docs, sb.documents());
            for (String g : docs.keySet()) {
                Graph ga = Fixtures.snapshot(sa, g);
                Graph gb = Fixtures.snapshot(sb, g);
                assertTrue(ga.size() > 20, g);
                assertEquals(iris(ga), iris(gb), "same IRIs in " + g);
                assertTrue(ga.isIsomorphicWith(gb), "isomorphic " + g);
            }
        }
    }

    @Test
    void aRerunSkipsUnchangedPapersAndReplacesChangedOnes() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("incremental"));
        List<Path> files = new SyntheticCorpus(11).write(dir, 3);
        Path store = tmp.resolve("inc-store");
        String changedGraph;
        Graph oldChanged;
        Graph keptBefore;
        String keptGraph;
        try (CouncilGraph cg = new CouncilGraph(CouncilGraph.DEFAULT_BASE); GraphStore s = GraphStore.open(store)) {
            CouncilGraph.BuildReport first = cg.build(List.of(dir), s, QUIET);
            assertEquals(3, first.stored());
            changedGraph = graphOf(s, files.get(0));
            keptGraph = graphOf(s, files.get(1));
            oldChanged = Fixtures.snapshot(s, changedGraph);
            keptBefore = Fixtures.snapshot(s, keptGraph);

            String text = Files.readString(files.get(0));
            String oldChair = text.substring(text.indexOf("PRESENT: Councillor ") + 20, text.indexOf(" (Chair)"));
            Files.writeString(files.get(0), text.replace(oldChair, "Quillon Vantreece"), StandardCharsets.UTF_8);

            CouncilGraph.BuildReport second = cg.build(List.of(dir), s, QUIET);
            assertEquals(List.of(CouncilGraph.Status.OK, CouncilGraph.Status.UNCHANGED, CouncilGraph.Status.UNCHANGED), second.files().stream().map(CouncilGraph.FileResult::status).toList());
            Graph changed = Fixtures.snapshot(s, changedGraph);
            String lits = Fixtures.literals(changed);
            assertTrue(lits.contains("Quillon Vantreece"), "the new text is in");
            assertFalse(lits.contains(oldChair), "the old text is gone, not left beside the new: " + oldChair);
            assertFalse(changed.isIsomorphicWith(oldChanged));
            assertTrue(keptBefore.isIsomorphicWith(Fixtures.snapshot(s, keptGraph)), "unchanged paper untouched");
            assertEquals(3, s.documents().size());

            // --force re-reads everything and, the input being the same, changes nothing
            Graph beforeForce = Fixtures.snapshot(s, changedGraph);
            CouncilGraph.BuildReport forced = cg.force(true).build(List.of(dir), s, QUIET);
            assertEquals(3, forced.stored());
            assertTrue(beforeForce.isIsomorphicWith(Fixtures.snapshot(s, changedGraph)), "re-ingest replaces, never duplicates");
        }
    }

    private static String graphOf(GraphStore s, Path file) {
        return s.documents().entrySet().stream().filter(e -> e.getValue().equals(file.getParent().getFileName() + "/" + file.getFileName()))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private static Set<String> iris(Graph g) {
        Set<String> out = new TreeSet<>();
        List<Node> nodes = new ArrayList<>();
        g.find().forEachRemaining(t -> {
            nodes.add(t.getSubject());
            nodes.add(t.getPredicate());
            nodes.add(t.getObject());
        });
        nodes.stream().filter(Node::isURI).forEach(n -> out.add(n.getURI()));
        return out;
    }
}
