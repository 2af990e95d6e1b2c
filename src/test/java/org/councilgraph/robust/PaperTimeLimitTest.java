package org.councilgraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.councilgraph.CouncilGraph;
import org.councilgraph.bench.SyntheticCorpus;
import org.councilgraph.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paper that takes longer than the limit is stopped, reported FAILED with the reason, and the
 * build goes on: the papers after it are stored, the papers stored before are kept.
 */
class PaperTimeLimitTest {
    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());
    @TempDir
    Path tmp;

    @Test
    void aPaperOverItsTimeIsStoppedAndTheBuildGoesOn() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("papers"));
        List<Path> small = new SyntheticCorpus(5).write(dir, 3);
        Path store = tmp.resolve("store");
        try (CouncilGraph cg = new CouncilGraph(CouncilGraph.DEFAULT_BASE); GraphStore s = GraphStore.open(store)) {
            assertEquals(3, cg.build(List.of(dir), s, QUIET).stored());
        }
        // a minutes pack of some 40,000 lines: its layout alone takes seconds, far over a limit of one second
        String unit = Fixtures.sampleMinutes();
        Path big = dir.resolve("00-huge-pack.txt");
        Files.writeString(big, (unit + "\n\n").repeat(Math.max(1, 2_000_000 / unit.length())), StandardCharsets.UTF_8);
        Path late = dir.resolve("zz-late-minutes.txt");
        Files.writeString(late, unit.replace("2025", "2024"), StandardCharsets.UTF_8);

        try (CouncilGraph cg = new CouncilGraph(CouncilGraph.DEFAULT_BASE).paperTimeLimit(Duration.ofSeconds(1));
             GraphStore s = GraphStore.open(store)) {
            CouncilGraph.BuildReport r = cg.build(List.of(dir), s, QUIET);
            CouncilGraph.FileResult huge = r.files().stream().filter(f -> f.source().endsWith("00-huge-pack.txt")).findFirst().orElseThrow();
            assertEquals(CouncilGraph.Status.FAILED, huge.status());
            assertTrue(huge.detail().contains("took longer than 1 s"), huge.detail());
            System.out.println("HUGE: " + huge.detail());
            CouncilGraph.FileResult after = r.files().stream().filter(f -> f.source().endsWith("zz-late-minutes.txt")).findFirst().orElseThrow();
            assertEquals(CouncilGraph.Status.OK, after.status(), after.detail());
            assertEquals(3, r.unchanged(), r.files().toString());
            Map<String, String> docs = s.documents();
            assertEquals(4, docs.size(), docs.toString());
            assertTrue(docs.keySet().stream().noneMatch(k -> k.contains("huge")), docs.toString());
        }
    }
}
