package org.councilgraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.councilgraph.bench.SyntheticCorpus;
import org.councilgraph.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a terminal a build shows one progress line on stderr (files, tokens/s, ETA) and still lists failures. */
class BuildProgressTest {
    @TempDir
    Path tmp;

    @Test
    void progressLineOnStderrFailuresOnStdout() throws Exception {
        Path dir = tmp.resolve("papers");
        new SyntheticCorpus(21).write(dir, 3);
        Files.write(dir.resolve("zz-empty.txt"), new byte[0]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = Main.run("build", "--store", tmp.resolve("store").toString(), "--progress", dir.toString());
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
        String o = out.toString(StandardCharsets.UTF_8);
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(3, exit, o + e);
        assertTrue(e.contains("1/4 files") && e.contains("4/4 files"), e);
        assertTrue(e.matches("(?s).*\\d+ tokens/s\\s+ETA (\\d\\d:\\d\\d|--:--).*"), e);
        assertTrue(o.contains("FAILED  " + dir.resolve("zz-empty.txt") + ": empty file"), o);
        assertFalse(o.contains("OK      "), "no per-file lines for the good papers on a terminal: " + o);
        assertTrue(o.contains("3 stored, 0 unchanged, 1 failed"), o);
    }
}
