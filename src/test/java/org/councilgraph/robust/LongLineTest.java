package org.councilgraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.councilgraph.CouncilGraph;
import org.councilgraph.store.GraphStore;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One very long line, the shape that made patterns recurse once a repetition or try every start: a
 * paper that is a single 2 MB line is refused at once, and papers with a line just under the limit
 * are read to the end, neither overflowing the stack nor running past their time. (A line of dotted
 * words is read in {@code GovHostsTest}, and in the pipeline in {@link PaperTimeLimitTest}.)
 */
class LongLineTest {
    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());
    @TempDir
    Path tmp;

    private CouncilGraph.BuildReport build(Path dir) {
        try (CouncilGraph cg = new CouncilGraph(CouncilGraph.DEFAULT_BASE).paperTimeLimit(Duration.ofSeconds(60));
             GraphStore s = GraphStore.open(tmp.resolve("store"))) {
            return assertTimeoutPreemptively(Duration.ofMinutes(3), () -> cg.build(List.of(dir), s, QUIET));
        }
    }

    private static void assertReadWhole(CouncilGraph.FileResult f) {
        assertFalse(f.detail().contains("StackOverflowError"), "no overflow: " + f.line());
        assertFalse(f.detail().contains("took longer"), "in time: " + f.line());
        assertEquals(CouncilGraph.Status.OK, f.status(), f.line());
    }

    @Test
    void aPaperOfOneTwoMegabyteLineIsRefusedAtOnce() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("one-line"));
        Files.writeString(dir.resolve("hosts.txt"), "Contact westby." + "a.".repeat(1_000_000) + "gov.uk", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("rule.md"), "# Westby\n\n|" + "---|".repeat(500_000), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("words.html"), "<html><body><p>" + "Westby Borough Council Planning Committee and ".repeat(45_000)
                + "</p></body></html>", StandardCharsets.UTF_8);
        CouncilGraph.BuildReport r = build(dir);
        assertEquals(3, r.failures(), r.files().toString());
        for (CouncilGraph.FileResult f : r.files()) {
            assertTrue(f.detail().contains("characters (limit 100000): not the text of a paper"), f.line());
        }
    }

    @Test
    void minutesWithALongTableRuleAreReadWhole() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("near-limit"));
        String minutes = Fixtures.sampleMinutes();
        int cut = minutes.indexOf("\n\n", minutes.length() / 2);
        // a Markdown table rule of 24,000 columns: the rule pattern recursed once a column
        Files.writeString(dir.resolve("rule-minutes.md"), "# Riverford\n\n**Minutes**\n\n" + minutes.substring(0, cut)
                + "\n\n| a | b |\n|" + "---|".repeat(24_000) + "\n\n" + minutes.substring(cut), StandardCharsets.UTF_8);
        CouncilGraph.BuildReport r = build(dir);
        assertEquals(1, r.files().size());
        r.files().forEach(LongLineTest::assertReadWhole);
    }

    @Test
    void minutesWithALongLineOfNamesAreReadWhole() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("names"));
        String minutes = Fixtures.sampleMinutes();
        int cut = minutes.indexOf("\n\n", minutes.length() / 2);
        // 99,000 characters of capitalised words: the run of a body's name is matched word by word
        Files.writeString(dir.resolve("names-minutes.txt"), minutes.substring(0, cut) + "\n\n"
                + "Westby Northby Riverford Planning ".repeat(2_900) + "\n" + minutes.substring(cut), StandardCharsets.UTF_8);
        CouncilGraph.BuildReport r = build(dir);
        r.files().forEach(LongLineTest::assertReadWhole);
    }
}
