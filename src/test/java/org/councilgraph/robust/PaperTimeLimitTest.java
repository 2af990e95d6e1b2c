package org.councilgraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
            assertFalse(huge.detail().contains("given up"), "its work stopped: " + huge.detail());
            CouncilGraph.FileResult after = r.files().stream().filter(f -> f.source().endsWith("zz-late-minutes.txt")).findFirst().orElseThrow();
            assertEquals(CouncilGraph.Status.OK, after.status(), after.detail());
            assertEquals(3, r.unchanged(), r.files().toString());
            Map<String, String> docs = s.documents();
            assertEquals(4, docs.size(), docs.toString());
            assertTrue(docs.keySet().stream().noneMatch(k -> k.contains("huge")), docs.toString());
            assertEquals(List.of(), busyWorkers(), "no worker still at the stopped paper");
        }
    }

    /** Worker threads in the middle of a paper's analysis (any stage's code, or CoreNLP's, on their stack). */
    static List<String> busyWorkers() {
        List<String> busy = new ArrayList<>();
        Thread.getAllStackTraces().forEach((t, stack) -> {
            if (t.getName().equals("councilgraph-worker") && t.isAlive()) {
                for (StackTraceElement e : stack) {
                    String c = e.getClassName();
                    if (c.startsWith("org.councilgraph.") || c.startsWith("edu.stanford.nlp.")) {
                        busy.add(t + " at " + e);
                        break;
                    }
                }
            }
        });
        return busy;
    }

    @Test
    void aRunawayPaperStopsAtItsTimeAndThePapersBehindItAreStored() throws IOException {
        // minutes with a line of 99,000 characters of dotted words: a pattern that tries each of its
        // characters as the start of an e-mail address takes minutes over it, deaf to interrupts
        Path dir = Files.createDirectories(tmp.resolve("runaway"));
        String minutes = Fixtures.sampleMinutes();
        int cut = minutes.indexOf("\n\n", minutes.length() / 2);
        Files.writeString(dir.resolve("00-dotted-minutes.txt"), minutes.substring(0, cut) + "\n\nSee westby."
                + "a.".repeat(49_500) + "\n" + minutes.substring(cut), StandardCharsets.UTF_8);
        List<Path> good = new SyntheticCorpus(8).write(dir, 3);
        Duration limit = Duration.ofSeconds(3);
        try (CouncilGraph cg = new CouncilGraph(CouncilGraph.DEFAULT_BASE).paperTimeLimit(limit);
             GraphStore s = GraphStore.open(tmp.resolve("runaway-store"))) {
            CouncilGraph.BuildReport r = cg.build(List.of(dir), s, QUIET);
            CouncilGraph.FileResult dotted = r.files().stream().filter(f -> f.source().endsWith("00-dotted-minutes.txt"))
                    .findFirst().orElseThrow();
            if (dotted.failed()) {
                // while such a pattern is in the pipeline: stopped at its time, its worker got back
                assertTrue(dotted.detail().startsWith("took longer than 3 s to analyse; stopped"), dotted.line());
                assertFalse(dotted.detail().contains("given up"), dotted.line());
            } else {
                assertTrue(dotted.millis() < limit.toMillis(), dotted.line());
            }
            assertEquals(good.size(), r.files().stream().filter(f -> f.status() == CouncilGraph.Status.OK
                    && !f.source().endsWith("dotted-minutes.txt")).count(), "the papers behind it are stored: " + r.files());
            assertEquals(List.of(), busyWorkers(), "no worker still at it");
        }
    }

    @Test
    void pagesOfSpaceAreReadInTimeAndThePapersBehindThemAreStored() throws IOException {
        // four 2 MB files of lines of 99,999 spaces ended by a word: cleaning took 14 s a line, every paper
        // queued behind them timed out, and their threads ran on, filling the heap
        Path dir = Files.createDirectories(tmp.resolve("spaces"));
        String page = (" ".repeat(99_999) + "x\n").repeat(20);
        for (int i = 1; i <= 4; i++) {
            Files.writeString(dir.resolve("0" + i + "-blank.txt"), page, StandardCharsets.UTF_8);
        }
        List<Path> good = new SyntheticCorpus(6).write(dir, 3);
        try (CouncilGraph cg = new CouncilGraph(CouncilGraph.DEFAULT_BASE).paperTimeLimit(Duration.ofSeconds(5));
             GraphStore s = GraphStore.open(tmp.resolve("spaces-store"))) {
            CouncilGraph.BuildReport r = cg.build(List.of(dir), s, QUIET);
            for (CouncilGraph.FileResult f : r.files()) {
                if (f.source().endsWith("-blank.txt")) {
                    // read to the end (cleaning is linear now), or stopped at its time by a pattern of a later stage
                    assertEquals(CouncilGraph.Status.FAILED, f.status());
                    assertTrue(f.detail().contains("not a council paper")
                            || f.detail().startsWith("took longer than 5 s to analyse; stopped") && !f.detail().contains("given up"), f.line());
                    assertFalse(f.detail().contains("given up"), f.line());
                }
            }
            assertEquals(good.size(), r.stored(), r.files().toString());
            assertEquals(List.of(), busyWorkers());
        }
    }
}
