package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} and {@code query} read a store that must exist: a mistyped path, a folder that is
 * not a store and a damaged store each give one line saying what and what to do, and exit 2.
 */
class StoreOpeningTest {
    @TempDir
    Path tmp;

    @Test
    void aMistypedStoreIsAnErrorNotANewEmptyStore() throws Exception {
        Path missing = tmp.resolve("stroe");
        for (String[] args : new String[][] {{"serve", "--store", missing.toString(), "--port", "0", "--localhost"},
            {"query", "--store", missing.toString(), "--query", "ASK {}"}}) {
            Run r = run(args);
            assertEquals(2, r.code, r.err);
            assertTrue(r.err.startsWith("No store at " + missing), r.err);
            assertEquals(1, r.err.strip().lines().count(), "one line: " + r.err);
            assertFalse(Files.exists(missing), "nothing created");
        }
    }

    @Test
    void aFolderThatIsNotAStoreIsSaidSo() throws Exception {
        Path papers = Files.createDirectories(tmp.resolve("papers"));
        Files.writeString(papers.resolve("minutes.txt"), "Westby Parish Council\n");
        Run r = run("query", "--store", papers.toString(), "--query", "ASK {}");
        assertEquals(2, r.code, r.err);
        assertTrue(r.err.contains("is not a store"), r.err);
        assertEquals(1, r.err.strip().lines().count(), "one line: " + r.err);
    }

    @Test
    void aDamagedStoreIsOneLineNotAStackTrace() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("store").resolve("Data-0001"));
        Random random = new Random(16);
        for (String f : new String[] {"nodes.dat", "nodes.idn", "SPO.dat", "SPO.idn", "SPO.bpt"}) {
            byte[] junk = new byte[5000];
            random.nextBytes(junk);
            Files.write(data.resolve(f), junk);
        }
        StoreOpening.Fault f = assertThrows(StoreOpening.Fault.class, () -> StoreOpening.open(tmp.resolve("store")));
        assertTrue(f.getMessage().contains("could not be read") && f.getMessage().contains("rebuild"), f.getMessage());
        assertEquals(1, f.getMessage().lines().count(), f.getMessage());
        Run r = run("query", "--store", tmp.resolve("store").toString(), "--query", "ASK {}");
        assertEquals(2, r.code, r.err);
        assertFalse(r.err.contains("\tat "), r.err);
    }

    private record Run(int code, String err) {
    }

    private static Run run(String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Run(Main.run(args), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(old);
        }
    }
}
