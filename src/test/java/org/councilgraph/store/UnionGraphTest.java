package org.councilgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kept union graph follows every write: papers stored, replaced, superseded, consolidated; an old store filled. */
class UnionGraphTest {
    @TempDir
    Path dir;

    private static final String A = "http://example.org/graph/westby-a";
    private static final String B = "http://example.org/graph/northby-b";

    private static Node n(String local) {
        return NodeFactory.createURI("http://example.org/id/" + local);
    }

    private static Quad q(String g, String s, String p, String o) {
        return Quad.create(NodeFactory.createURI(g), n(s), n(p), n(o));
    }

    private static Set<Triple> kept(GraphStore s) {
        return Txn.calculateRead(s.dataset(), () -> {
            Set<Triple> out = new HashSet<>();
            s.datasetGraph().getDefaultGraph().find().forEachRemaining(out::add);
            return out;
        });
    }

    /** The union of the named graphs, the bookkeeping graph apart: what the kept union must equal. */
    private static Set<Triple> union(GraphStore s) {
        return Txn.calculateRead(s.dataset(), () -> {
            Set<Triple> out = new HashSet<>();
            s.datasetGraph().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quad -> {
                if (!quad.getGraph().equals(GraphStore.BOOKKEEPING)) {
                    out.add(quad.asTriple());
                }
            });
            return out;
        });
    }

    private static Triple t(String s, String p, String o) {
        return Triple.create(n(s), n(p), n(o));
    }

    @Test
    void aTripleStaysWhileAnyPaperStatesItAndGoesWithTheLast() {
        try (GraphStore s = GraphStore.open(dir)) {
            s.storePaper(A, List.of(q(A, "council", "name", "westby"), q(A, "meeting1", "of", "council")), List.of());
            s.storePaper(B, List.of(q(B, "council", "name", "westby"), q(B, "meeting2", "of", "council")), List.of());
            assertEquals(union(s), kept(s));
            assertEquals(4 - 1, kept(s).size(), "the triple both papers state is kept once");
            s.storePaper(A, List.of(q(A, "meeting1", "of", "council")), List.of());
            assertTrue(kept(s).contains(t("council", "name", "westby")), "B still states it");
            s.storePaper(B, List.of(q(B, "meeting2", "of", "council")), List.of());
            assertFalse(kept(s).contains(t("council", "name", "westby")), "no paper states it any more");
            assertEquals(union(s), kept(s));
            s.removeGraph(A);
            assertEquals(Set.of(t("meeting2", "of", "council")), kept(s));
        }
    }

    @Test
    void papersStoredTogetherAreStoredAsEachAloneAndABatchThatFailsLeavesNothingOfIt() {
        try (GraphStore s = GraphStore.open(dir)) {
            s.storePapers(List.of(
                    new GraphStore.PaperGraph(A, List.of(q(A, "council", "name", "westby"), q(A, "meeting1", "of", "council")), List.of()),
                    new GraphStore.PaperGraph(B, List.of(q(B, "council", "name", "westby")), List.of())));
            assertEquals(union(s), kept(s));
            assertEquals(Set.of(t("council", "name", "westby"), t("meeting1", "of", "council")), kept(s));
            assertTrue(s.consolidationPending(), "papers stored together owe a consolidation as one alone does");
            // a quad TDB2 cannot store (a variable) fails the whole batch: the good paper in it is not half-written
            String c = "http://example.org/graph/northby-c";
            Quad unstorable = Quad.create(NodeFactory.createURI(c), n("x"), n("p"), org.apache.jena.sparql.core.Var.alloc("v"));
            Set<Triple> before = union(s);
            org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> s.storePapers(List.of(
                    new GraphStore.PaperGraph(A, List.of(q(A, "meeting3", "of", "council")), List.of()),
                    new GraphStore.PaperGraph(c, List.of(unstorable), List.of()))));
            assertEquals(before, union(s), "nothing of a failed batch is stored");
            assertEquals(before, kept(s));
        }
    }

    @Test
    void aSupersededGraphTakesItsOwnTriplesWithIt() {
        String old = "http://example.org/graph/westby-old-name";
        try (GraphStore s = GraphStore.open(dir)) {
            s.storePaper(old, List.of(q(old, "report1", "cites", "act1"), q(old, "report1", "title", "budget")), List.of());
            s.storePaper(A, List.of(q(A, "report1", "title", "budget")), List.of(old));
            assertEquals(Set.of(t("report1", "title", "budget")), kept(s));
        }
    }

    @Test
    void theBookkeepingGraphIsNoPartOfTheUnion() {
        try (GraphStore s = GraphStore.open(dir)) {
            s.storePaper(A, List.of(q(A, "a", "b", "c")), List.of());
            assertTrue(s.consolidationPending());
            assertEquals(Set.of(t("a", "b", "c")), kept(s));
        }
    }

    @Test
    void aConsolidationRewritingGraphsKeepsTheUnionInStep() {
        try (GraphStore s = GraphStore.open(dir)) {
            s.storePaper(A, List.of(q(A, "person-short", "name", "ahmed"), q(A, "person-short", "attended", "meeting1")), List.of());
            s.storePaper(B, List.of(q(B, "person-full", "name", "ahmed"), q(B, "person-short", "attended", "meeting1")), List.of());
            s.consolidate(dsg -> {
                // a person merged into another: graph A rewritten wholesale, one quad of B dropped
                dsg.deleteAny(NodeFactory.createURI(A), Node.ANY, Node.ANY, Node.ANY);
                dsg.add(q(A, "person-full", "name", "ahmed"));
                dsg.add(q(A, "person-full", "attended", "meeting1"));
                dsg.delete(q(B, "person-short", "attended", "meeting1"));
                return null;
            });
            assertFalse(s.consolidationPending());
            assertEquals(union(s), kept(s));
            assertEquals(Set.of(t("person-full", "name", "ahmed"), t("person-full", "attended", "meeting1")), kept(s));
        }
    }

    @Test
    void aStoreWrittenBeforeTheUnionWasKeptIsServedComputedUntilFilled() {
        try (GraphStore s = GraphStore.open(dir)) {
            Txn.executeWrite(s.dataset(), () -> {
                DatasetGraph dsg = s.datasetGraph();
                dsg.add(q(A, "a", "b", "c"));
                dsg.add(q(B, "d", "e", "f"));
            });
            assertFalse(s.serveKeptUnion(), "an empty default graph over papers is no kept union");
            assertTrue(s.keepUnion());
            assertFalse(s.keepUnion(), "filled once");
            assertEquals(union(s), kept(s));
            assertTrue(s.serveKeptUnion());
            assertEquals(2, s.namedQuads());
        }
    }

    @Test
    void statisticsAreWrittenWhereTdb2ReadsThem() throws Exception {
        try (GraphStore s = GraphStore.open(dir)) {
            s.storePaper(A, List.of(q(A, "a", "b", "c"), q(A, "d", "b", "f")), List.of());
            Path file = s.writeStatistics().orElseThrow();
            assertTrue(file.getParent().getFileName().toString().startsWith("Data-"), file.toString());
            String text = java.nio.file.Files.readString(file);
            assertTrue(text.contains("<http://example.org/id/b>") && text.contains("(count 2)"), text);
        }
    }
}
