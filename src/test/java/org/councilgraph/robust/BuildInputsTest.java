package org.councilgraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.councilgraph.CouncilGraph;
import org.councilgraph.cli.Main;
import org.councilgraph.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a build reads and what it names it: every paper its own graph, however its file is named and
 * whatever was built before; sources named below the folder given, never by an absolute path; a store
 * inside the folder, or a link out of it, never read; a file name that could break the output's
 * lines escaped.
 */
class BuildInputsTest {
    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());
    @TempDir
    static Path tmp;
    static String minutes;
    /** One instance for every build here: its workers load their CoreNLP pipelines once. */
    static CouncilGraph cg;

    @BeforeAll
    static void setUp() throws IOException {
        minutes = Fixtures.sampleMinutes();
        cg = new CouncilGraph(CouncilGraph.DEFAULT_BASE);
    }

    @AfterAll
    static void tearDown() {
        cg.close();
    }

    /** The sample minutes as if of another day, so two copies are two papers. */
    private static String minutesOf(int day) {
        return minutes.replace("2025", String.valueOf(2000 + day));
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Map<String, String> build(Path store, Path... roots) {
        try (GraphStore s = GraphStore.open(store)) {
            CouncilGraph.BuildReport r = cg.build(List.of(roots), s, QUIET);
            assertEquals(0, r.failures(), r.files().toString());
            return s.documents();
        }
    }

    @Test
    void papersOfTheSameFileNameInDifferentFoldersGetGraphsOfTheirOwn() throws IOException {
        Path root = tmp.resolve("councils");
        write(root.resolve("westby/2025-01/minutes.txt"), minutesOf(1));
        write(root.resolve("northby/2025-01/minutes.txt"), minutesOf(2));
        Map<String, String> docs = build(tmp.resolve("store-folders"), root);
        assertEquals(Set.of("councils/westby/2025-01/minutes.txt", "councils/northby/2025-01/minutes.txt"),
                Set.copyOf(docs.values()), "named below the folder given, never by an absolute path");
        assertEquals(Set.of(CouncilGraph.DEFAULT_BASE + "graph/councils-westby-2025-01-minutes-txt",
                CouncilGraph.DEFAULT_BASE + "graph/councils-northby-2025-01-minutes-txt"), docs.keySet());

        // the two folders given as two PATHs: each named by its own name
        Map<String, String> apart = build(tmp.resolve("store-apart"), root.resolve("westby"), root.resolve("northby"));
        assertEquals(Set.of("westby/2025-01/minutes.txt", "northby/2025-01/minutes.txt"), Set.copyOf(apart.values()));
    }

    @Test
    void aFolderBuiltAfterAnotherKeepsTheFirstFoldersPaper() throws IOException {
        Path a = write(tmp.resolve("later/a/minutes.txt"), minutesOf(3));
        Path b = write(tmp.resolve("later/b/minutes.txt"), minutesOf(4));
        Path store = tmp.resolve("store-later");
        build(store, a.getParent());
        Map<String, String> docs = build(store, b.getParent());
        assertEquals(Set.of("a/minutes.txt", "b/minutes.txt"), Set.copyOf(docs.values()));
    }

    @Test
    void namesThatSlugAlikeGetDistinctGraphs() throws IOException {
        Path dir = tmp.resolve("alike");
        write(dir.resolve("Minutes.txt"), minutesOf(5));
        Path lower = dir.resolve("minutes.txt");
        write(lower, minutesOf(6));
        assumeTrue(Files.readString(dir.resolve("Minutes.txt")).equals(minutesOf(5)), "needs a file system that tells Minutes.txt from minutes.txt");
        // two names in scripts a slug keeps nothing of
        write(dir.resolve("\u043f\u0440\u043e\u0442\u043e\u043a\u043e\u043b.txt"), minutesOf(7));
        write(dir.resolve("\u8b70\u4e8b\u9332.txt"), minutesOf(8));
        Path store = tmp.resolve("store-alike");
        Map<String, String> docs = build(store, dir);
        assertEquals(4, docs.size(), docs.toString());
        assertEquals(Set.of("alike/Minutes.txt", "alike/minutes.txt", "alike/\u043f\u0440\u043e\u0442\u043e\u043a\u043e\u043b.txt",
                "alike/\u8b70\u4e8b\u9332.txt"), Set.copyOf(docs.values()));
        for (String g : docs.keySet()) {
            assertTrue(g.matches(".*/graph/alike-(minutes-)?txt-[0-9a-f]{8}"), "the slug and a hash of the name: " + g);
        }

        // built again: the same graphs, each paper unchanged and skipped
        try (GraphStore s = GraphStore.open(store)) {
            CouncilGraph.BuildReport r = cg.build(List.of(dir), s, QUIET);
            assertEquals(4, r.unchanged(), r.files().toString());
            assertEquals(docs, s.documents());
            // one paper edited: exactly its own graph replaced
            Files.writeString(lower, minutesOf(9), StandardCharsets.UTF_8);
            r = cg.build(List.of(dir), s, QUIET);
            assertEquals(1, r.stored(), r.files().toString());
            assertEquals(docs, s.documents());
            String g = docs.entrySet().stream().filter(e -> e.getValue().equals("alike/minutes.txt")).findFirst().orElseThrow().getKey();
            assertTrue(Fixtures.literals(Fixtures.snapshot(s, g)).contains("2009"), "the new text in its own graph");
        }
    }

    @Test
    void aGraphTheStoreHoldsForAnotherPaperIsNeverTaken() throws IOException {
        Path store = tmp.resolve("store-taken");
        Path first = write(tmp.resolve("taken/one/x/minutes.txt"), minutesOf(10));
        build(store, first.getParent());
        // "x-minutes.txt" slugs as "x/minutes.txt" does, and comes in a later build
        Path second = write(tmp.resolve("taken/two/x-minutes.txt"), minutesOf(11));
        try (GraphStore s = GraphStore.open(store)) {
            CouncilGraph.BuildReport r = cg.build(List.of(second), s, QUIET);
            CouncilGraph.FileResult f = r.files().get(0);
            assertEquals(CouncilGraph.Status.OK, f.status(), f.line());
            assertTrue(f.detail().contains("holds another paper, x/minutes.txt"), "the clash is reported: " + f.line());
            Map<String, String> docs = s.documents();
            assertEquals(Set.of("x/minutes.txt", "x-minutes.txt"), Set.copyOf(docs.values()));
            assertEquals("x/minutes.txt", docs.get(CouncilGraph.DEFAULT_BASE + "graph/x-minutes-txt"), "the first keeps its graph");
        }
    }

    /** {@code councilgraph build}, as a user runs it: its exit status and what it printed. */
    private static Map.Entry<Integer, String> run(String... args) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            exit = Main.run(args);
        } finally {
            System.setOut(saved);
        }
        return Map.entry(exit, buf.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aStoreInsideTheFolderOfPapersIsNotReadAsPapers() throws IOException {
        Path dir = tmp.resolve("with-store");
        write(dir.resolve("minutes.txt"), minutesOf(12));
        String store = dir.resolve("store").toString();
        Map.Entry<Integer, String> first = run("build", "--store", store, "--no-progress", dir.toString());
        assertEquals(0, first.getKey(), first.getValue());
        Map.Entry<Integer, String> again = run("build", "--store", store, "--no-progress", dir.toString());
        assertEquals(0, again.getKey(), again.getValue());
        assertTrue(again.getValue().contains("0 stored, 1 unchanged, 0 failed"), again.getValue());
        assertFalse(again.getValue().contains(dir.resolve("store").toString()), "nothing of the store read: " + again.getValue());

        // nor a store of another build in it
        Path other = dir.resolve("old-store");
        try (GraphStore s = GraphStore.open(other)) {
            cg.loadOntology(s);
        }
        Map.Entry<Integer, String> third = run("build", "--store", store, "--no-progress", dir.toString());
        assertEquals(0, third.getKey(), third.getValue());
        assertFalse(third.getValue().contains("old-store"), third.getValue());
    }

    @Test
    void aSymbolicLinkOutOfTheFolderIsNotRead() throws IOException {
        Path outside = write(tmp.resolve("elsewhere/private-minutes.txt"), minutesOf(13));
        Path outsideDir = outside.getParent();
        Path dir = tmp.resolve("linked");
        write(dir.resolve("own-minutes.txt"), minutesOf(14));
        Path link = dir.resolve("link-minutes.txt");
        Path dirLink = dir.resolve("link-folder");
        Path inner = dir.resolve("inner-link.txt");
        try {
            Files.createSymbolicLink(link, outside);
            Files.createSymbolicLink(dirLink, outsideDir);
            Files.createSymbolicLink(inner, dir.resolve("own-minutes.txt"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
        }
        String store = tmp.resolve("store-linked").toString();
        Map.Entry<Integer, String> r = run("build", "--store", store, "--no-progress", dir.toString());
        String out = r.getValue();
        assertTrue(out.contains("FAILED  " + link + ": symbolic link to a file outside " + dir + "; not read"), out);
        assertTrue(out.contains("FAILED  " + dirLink + ": symbolic link to a folder outside " + dir + "; not read"), out);
        assertFalse(out.contains("private-minutes"), out);
        try (GraphStore s = GraphStore.open(Path.of(store))) {
            assertEquals(Set.of("linked/own-minutes.txt", "linked/inner-link.txt"), Set.copyOf(s.documents().values()),
                    "a link inside the folder is read; the ones out of it are not");
        }
    }

    @Test
    void aFileNameWithALineBreakStaysOnItsOwnLine() throws IOException {
        Path dir = tmp.resolve("odd-names");
        Path good;
        Path bad;
        try {
            good = write(dir.resolve("minutes\nOK      forged.txt"), minutesOf(15));
            bad = write(dir.resolve("notes\r\u0007\u001b[2J.txt"), "Tomatoes grow well in a warm greenhouse.\n");
        } catch (IOException | java.nio.file.InvalidPathException e) {
            assumeTrue(false, "this file system refuses such names");
            return;
        }
        Map.Entry<Integer, String> r = run("build", "--store", tmp.resolve("store-odd").toString(), "--no-progress", dir.toString());
        List<String> lines = r.getValue().lines().toList();
        assertEquals(3, r.getKey(), r.getValue());
        Set<String> starts = new TreeSet<>();
        lines.forEach(l -> starts.add(l.split(" ", 2)[0]));
        assertTrue(Set.of("OK", "FAILED", "MERGED", "1", "store").containsAll(starts), "no line starts elsewhere: " + lines);
        assertEquals(2, lines.stream().filter(l -> l.startsWith("OK ") || l.startsWith("FAILED ")).count(), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("OK      " + dir + "/minutes\\nOK      forged.txt  ")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("FAILED  " + dir + "/notes\\r\\u0007\\u001b[2J.txt: no meeting")), lines.toString());
        assertFalse(r.getValue().contains("\u001b"), "no control character reaches the terminal");
        assertTrue(Files.exists(good) && Files.exists(bad));
    }
}
