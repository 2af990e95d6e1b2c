package org.councilgraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.councilgraph.CouncilGraph;
import org.councilgraph.bench.SyntheticCorpus;
import org.councilgraph.consolidate.Consolidator;
import org.councilgraph.resolve.Iris;
import org.councilgraph.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of a build: the store opens afterwards, holds whole documents only
 * (each stored graph exactly what a clean build makes of that paper), and a re-run finishes the rest,
 * skipping what was already stored.
 */
class CrashRecoveryTest {
    private static final int PAPERS = 40;
    private static final int KILL_AFTER = 8;

    @TempDir
    Path tmp;

    @Test
    void aBuildKilledMidwayLeavesWholeDocumentsAndARerunCompletes() throws Exception {
        Path dir = tmp.resolve("papers");
        List<Path> papers = new SyntheticCorpus(99).write(dir, PAPERS);
        Path store = tmp.resolve("store");

        Process child = build(store, dir);
        List<String> seen = new ArrayList<>();
        int ok = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                seen.add(line);
                if (line.startsWith("OK ") && ++ok == KILL_AFTER) {
                    child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
                    break;
                }
            }
        }
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child died");
        assertEquals(KILL_AFTER, ok, "killed after " + KILL_AFTER + " papers were reported stored: " + seen);
        assertFalse(seen.stream().anyMatch(l -> l.matches("\\d+ stored.*")), "killed before the build finished");
        assertTrue(child.exitValue() != 0 && child.exitValue() != 3, "killed, not finished: " + child.exitValue());

        Map<String, String> afterCrash;
        try (GraphStore s = GraphStore.open(store)) {
            afterCrash = s.documents();
            assertTrue(afterCrash.size() >= KILL_AFTER && afterCrash.size() < PAPERS,
                    "every reported paper is there and the rest are not: " + afterCrash.size());
            // the same papers built cleanly, in this JVM, are the yardstick for "whole"
            List<Path> storedPapers = papers.stream().filter(p -> afterCrash.containsValue("papers/" + p.getFileName())).toList();
            assertEquals(afterCrash.size(), storedPapers.size());
            // a folder of the same name holding those papers alone names them as the crashed build did
            Path same = Files.createDirectories(tmp.resolve("reference-papers").resolve("papers"));
            for (Path p : storedPapers) {
                Files.copy(p, same.resolve(p.getFileName()));
            }
            // every build ends by resolving across papers (a paper naming no council joins its committee's),
            // which the killed one never reached: do it here, as the re-run below will
            new Consolidator(new Iris(CouncilGraph.DEFAULT_BASE)).consolidate(s.datasetGraph());
            try (CouncilGraph cg = new CouncilGraph(CouncilGraph.DEFAULT_BASE);
                 GraphStore ref = GraphStore.open(tmp.resolve("reference"))) {
                cg.build(List.of(same), ref, new PrintStream(PrintStream.nullOutputStream()));
                assertEquals(afterCrash.keySet(), ref.documents().keySet());
                for (String g : afterCrash.keySet()) {
                    assertTrue(Fixtures.snapshot(ref, g).isIsomorphicWith(Fixtures.snapshot(s, g)), "whole: " + g);
                }
            }
        }

        Process rerun = build(store, dir);
        String out = new String(rerun.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(rerun.waitFor(10, TimeUnit.MINUTES));
        assertEquals(0, rerun.exitValue(), out + Files.readString(store.resolveSibling("child.err")));
        assertEquals(afterCrash.size(), out.lines().filter(l -> l.startsWith("SKIP ")).count(), "stored papers are skipped");
        assertEquals(PAPERS - afterCrash.size(), out.lines().filter(l -> l.startsWith("OK ")).count(), "the rest are built");
        assertTrue(out.contains("store compacted"), "a build of many papers compacts the store: " + out);
        try (GraphStore s = GraphStore.open(store)) {
            assertEquals(PAPERS, s.documents().size(), "all there after compaction");
        }
    }

    /** {@code councilgraph build} in a child JVM with this test's classpath. */
    private static Process build(Path store, Path papers) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.councilgraph.cli.Main", "build", "--store", store.toString(), "--no-progress", papers.toString())
                .redirectError(store.resolveSibling("child.err").toFile())
                .start();
    }
}
