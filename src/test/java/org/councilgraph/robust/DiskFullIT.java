package org.councilgraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.councilgraph.bench.SyntheticCorpus;
import org.councilgraph.store.GraphStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build whose store's disk fills up: it stops with a line saying so (exit 4), not a JVM error; the
 * papers it reported stored are in the store, which opens; and once there is room the same build
 * stores the rest, skipping those. The small disk is a tmpfs of a few megabytes, which takes root to
 * mount: elsewhere this test is skipped.
 */
class DiskFullIT {
    private static final int PAPERS = 60;

    @TempDir
    Path tmp;
    private Path disk;

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            run("umount", disk.toString());
        }
    }

    @Test
    void aFullDiskStopsTheBuildWithALineSayingSoAndKeepsWhatWasStored() throws Exception {
        Path papers = tmp.resolve("papers");
        new SyntheticCorpus(7).write(papers, PAPERS);
        Path mountPoint = Files.createDirectories(tmp.resolve("small-disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=12m", "tmpfs", mountPoint.toString()),
                "mounting a small tmpfs needs root");
        disk = mountPoint;
        Path store = disk.resolve("store");

        Process child = build(store, papers);
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(300, TimeUnit.SECONDS));
        String err = Files.readString(tmp.resolve("child.err"));
        assertEquals(4, child.exitValue(), out + err);
        assertTrue(err.contains("build stopped: the disk holding the store " + store + " is full"), err);
        assertTrue(!err.contains("InternalError") && !err.contains("\tat "), "one line, no JVM trace: " + err);
        long reported = out.lines().filter(l -> l.startsWith("OK ")).count();
        assertTrue(reported > 0 && reported < PAPERS, "some papers were stored before the disk filled: " + reported);

        assertTrue(run("mount", "-o", "remount,size=400m", disk.toString()), "room made");
        Map<String, String> kept;
        try (GraphStore s = GraphStore.open(store)) {
            kept = s.documents();
        }
        assertEquals(reported, kept.size(), "the papers reported stored, and only those, are in the store");

        Process again = build(store, papers);
        List<String> lines = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertTrue(again.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, again.exitValue(), String.join("\n", lines));
        assertEquals(reported, lines.stream().filter(l -> l.startsWith("SKIP ")).count(), String.join("\n", lines));
        assertEquals(PAPERS - reported, lines.stream().filter(l -> l.startsWith("OK ")).count());
    }

    private Process build(Path store, Path papers) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.councilgraph.cli.Main", "build", "--store", store.toString(), "--no-progress", "--workers", "1",
                papers.toString())
                .redirectError(tmp.resolve("child.err").toFile())
                .start();
    }
}
