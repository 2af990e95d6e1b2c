package org.councilgraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.councilgraph.CouncilGraph;
import org.councilgraph.Corpus;
import org.councilgraph.cli.Main;
import org.councilgraph.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build over a folder of hostile inputs, all made here: each gets exactly one line naming it and
 * saying what is wrong (or that it was read), the build carries on to the end, exits 3, and the
 * papers stored before are untouched.
 */
class HostileInputTest {
    @TempDir
    Path tmp;

    /** What the build must say about one input: its status and a phrase of the reason. */
    private record Expect(String status, String reason) {
    }

    @Test
    void everyHostileInputGetsOneClearLineAndNothingStoredIsLost() throws Exception {
        Path store = tmp.resolve("store");
        Map<String, Graph> before = new LinkedHashMap<>();
        try (CouncilGraph cg = new CouncilGraph(CouncilGraph.DEFAULT_BASE); GraphStore s = GraphStore.open(store)) {
            CouncilGraph.BuildReport r = cg.build(List.of(Corpus.sample("riverford-cabinet-2025-03-12-minutes.txt"),
                    Corpus.sample("riverford-scrutiny-2025-05-20-minutes.html")), s, new PrintStream(PrintStream.nullOutputStream()));
            assertEquals(2, r.stored());
            for (String g : s.documents().keySet()) {
                before.put(g, Fixtures.snapshot(s, g));
            }
        }
        assertEquals(2, before.size());

        Path in = Files.createDirectories(tmp.resolve("hostile"));
        Map<String, Expect> expect = makeHostileInputs(in);
        assertTrue(expect.size() >= 20, "at least 20 hostile inputs");

        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            exit = Main.run("build", "--store", store.toString(), "--no-progress", in.toString());
        } finally {
            System.setOut(saved);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        System.out.println(out);
        assertEquals(3, exit, "exit status 3: some files failed");

        List<String> lines = out.lines().toList();
        for (Map.Entry<String, Expect> e : expect.entrySet()) {
            String path = in.resolve(e.getKey()).toString();
            List<String> mine = lines.stream().filter(l -> l.contains(path + ":") || l.contains(path + " ")
                    || l.endsWith(path)).toList();
            assertEquals(1, mine.size(), e.getKey() + " should get exactly one line: " + mine);
            String line = mine.get(0);
            assertTrue(line.startsWith(e.getValue().status()), e.getKey() + ": " + line);
            assertTrue(line.contains(e.getValue().reason()), e.getKey() + " should say '" + e.getValue().reason() + "': " + line);
        }
        assertTrue(lines.stream().anyMatch(l -> l.matches("9 stored, 0 unchanged, 16 failed.*")), "the build ran to its end");

        try (GraphStore s = GraphStore.open(store)) {
            Map<String, String> docs = s.documents();
            for (Map.Entry<String, Graph> b : before.entrySet()) {
                assertTrue(docs.containsKey(b.getKey()), "kept " + b.getKey());
                assertTrue(b.getValue().isIsomorphicWith(Fixtures.snapshot(s, b.getKey())), "unchanged " + b.getKey());
            }
            Map<String, String> bySource = new LinkedHashMap<>();
            docs.forEach((g, src) -> bySource.put(src, g));
            for (Map.Entry<String, Expect> e : expect.entrySet()) {
                boolean stored = bySource.containsKey("hostile/" + e.getKey());
                assertEquals(e.getValue().status().equals("OK"), stored, e.getKey() + " stored only if read");
            }
            // text in old encodings reads as the words it is, never as mojibake
            for (String f : List.of("latin1.txt", "utf16le-bom.txt", "utf16be-nobom.txt", "windows1252.txt")) {
                String text = Fixtures.literals(Fixtures.snapshot(s, bySource.get("hostile/" + f)));
                assertTrue(text.contains("Caf\u00e9 Licensing"), f + " decoded: " + text.lines().limit(5).toList());
                assertFalse(text.contains("\uFFFD") || text.contains("Caf\u00c3"), f + " has no mojibake");
            }
            String html = Fixtures.literals(Fixtures.snapshot(s, bySource.get("hostile/script-malformed.html")));
            assertFalse(html.contains("SCRIPT-MARKER"), "script content never becomes data");
            assertTrue(html.contains("Apologies for Absence"), "the page's own text is read despite the bad nesting");
        }
    }

    private Map<String, Expect> makeHostileInputs(Path in) throws IOException, InterruptedException {
        Map<String, Expect> x = new LinkedHashMap<>();
        Random random = new Random(7);
        String minutes = Fixtures.sampleMinutes();
        String cafe = minutes.replace("46. Date of Next Meeting", "46. Caf\u00e9 Licensing Review\n\nRESOLVED: That the "
                + "caf\u00e9 licences be renewed for \u00a3250 each.\n\n47. Date of Next Meeting");

        Files.write(in.resolve("empty.txt"), new byte[0]);
        x.put("empty.txt", new Expect("FAILED", "empty file"));

        byte[] pdf = Fixtures.textPdf(minutes + "\n" + minutes + "\n" + minutes);
        Files.write(in.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length * 2 / 5));
        x.put("truncated.pdf", new Expect("FAILED", "PDF"));

        Files.write(in.resolve("broken-xref.pdf"), breakXref(Fixtures.textPdf(minutes)));
        x.put("broken-xref.pdf", new Expect("OK", "meetings"));

        Files.write(in.resolve("encrypted-password.pdf"), Fixtures.encrypt(Fixtures.textPdf(minutes), "s3cret"));
        x.put("encrypted-password.pdf", new Expect("FAILED", "encrypted with a password"));

        Files.write(in.resolve("encrypted-empty-password.pdf"), Fixtures.encrypt(Fixtures.textPdf(minutes), ""));
        x.put("encrypted-empty-password.pdf", new Expect("OK", "meetings"));

        Files.write(in.resolve("image-only.pdf"), Fixtures.imageOnlyPdf());
        x.put("image-only.pdf", new Expect("FAILED", "no text layer"));

        byte[] noise = new byte[64 * 1024];
        random.nextBytes(noise);
        Files.write(in.resolve("random-bytes.pdf"), noise);
        x.put("random-bytes.pdf", new Expect("FAILED", "not a readable PDF"));

        Files.write(in.resolve("pdf-header-then-junk.pdf"), concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), noise));
        x.put("pdf-header-then-junk.pdf", new Expect("FAILED", "PDF"));

        try (BufferedWriter w = Files.newBufferedWriter(in.resolve("huge-200mb.txt"))) {
            String line = "The committee considered the report and agreed the recommendations set out in it.\n";
            for (long n = 0; n < 200L * 1024 * 1024; n += line.length()) {
                w.write(line);
            }
        }
        x.put("huge-200mb.txt", new Expect("FAILED", "over the 64 MB limit"));

        byte[] oneLine = new byte[50 * 1024 * 1024];
        Arrays.fill(oneLine, (byte) 'a');
        for (int i = 7; i < oneLine.length; i += 8) {
            oneLine[i] = ' ';
        }
        Files.write(in.resolve("one-line-50mb.txt"), oneLine);
        oneLine = null;
        x.put("one-line-50mb.txt", new Expect("FAILED", "a line of 52428800 characters"));

        Files.writeString(in.resolve("script-malformed.html"), """
                <html><head><title>Minutes</title><script>var leak = "SCRIPT-MARKER";</script></head>
                <body><div id="modgov"><h2>Cabinet - Wednesday, 12 March 2025 7.00 pm</h2>
                <p><b><i>Minutes of a meeting of the Cabinet held on 12 March 2025</b></i>
                <table><div><tr><td>41.<td><p>Apologies for Absence<p>Apologies were received from Councillor Lewis Brannock.
                <script>document.write("SCRIPT-MARKER")</script><tr><td>42.<td>School Place Planning
                <p>RESOLVED: That the report be noted.</span></table></div></form></body><body><p>trailing</html></p>
                """);
        x.put("script-malformed.html", new Expect("OK", "meetings"));

        Files.write(in.resolve("latin1.txt"), cafe.getBytes(StandardCharsets.ISO_8859_1));
        x.put("latin1.txt", new Expect("OK", "meetings"));
        Files.write(in.resolve("windows1252.txt"), cafe.replace("RESOLVED: That the caf", "RESOLVED: That the \u2018caf")
                .getBytes(Charset.forName("windows-1252")));
        x.put("windows1252.txt", new Expect("OK", "meetings"));
        Files.write(in.resolve("utf16le-bom.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, cafe.getBytes(StandardCharsets.UTF_16LE)));
        x.put("utf16le-bom.txt", new Expect("OK", "meetings"));
        Files.write(in.resolve("utf16be-nobom.txt"), cafe.getBytes(StandardCharsets.UTF_16BE));
        x.put("utf16be-nobom.txt", new Expect("OK", "meetings"));

        Path sub = Files.createDirectories(in.resolve("sub"));
        Files.createSymbolicLink(sub.resolve("loop"), in);
        x.put("sub/loop", new Expect("FAILED", "symbolic link loop"));

        Path locked = in.resolve("unreadable.txt");
        Files.writeString(locked, minutes);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        x.put("unreadable.txt", new Expect("FAILED", "permission denied"));

        Files.writeString(in.resolve("no-meeting.txt"), """
                Growing tomatoes on a windowsill

                Tomatoes like warmth and light. Sow the seeds in small pots of compost, keep them
                moist, and move the seedlings to larger pots once they have two true leaves.

                Feed them weekly with a liquid fertiliser once the first flowers open, and pinch out
                the side shoots so that the plant puts its strength into the fruit.
                """);
        x.put("no-meeting.txt", new Expect("FAILED", "no meeting, agenda item, report, committee, committee member or person recognised"));

        Files.write(in.resolve("random-bytes.txt"), noise);
        x.put("random-bytes.txt", new Expect("FAILED", "binary data, not text"));

        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            z.write(minutes.getBytes(StandardCharsets.UTF_8));
        }
        Files.write(in.resolve("compressed.txt"), gz.toByteArray());
        x.put("compressed.txt", new Expect("FAILED", "binary data, not text"));

        Files.writeString(in.resolve("blank.txt"), " \n\n\t \n   \n");
        x.put("blank.txt", new Expect("FAILED", "no text in the file"));

        Files.createSymbolicLink(in.resolve("dangling.txt"), in.resolve("nowhere.txt"));
        x.put("dangling.txt", new Expect("FAILED", "symbolic link to nothing"));

        Path fifo = in.resolve("named-pipe.txt");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mk.waitFor(), "mkfifo");
        x.put("named-pipe.txt", new Expect("FAILED", "not a regular file"));

        StringBuilder deep = new StringBuilder("<html><body><div id=\"modgov\">");
        deep.append("<div>".repeat(20_000)).append(minutes.replace("\n", "<br>\n")).append("</div>".repeat(20_000));
        Files.writeString(in.resolve("deep-nesting.html"), deep + "</div></body></html>");
        x.put("deep-nesting.html", new Expect("OK", "meetings"));

        StringBuilder brackets = new StringBuilder("# Agenda\n\n## Items\n\n### More\n\n");
        for (int i = 0; i < 4; i++) {
            // unclosed link and emphasis openers: a regex that backtracks over them goes quadratic or worse
            brackets.append("[".repeat(3000)).append("(".repeat(3000)).append("**\n");
        }
        Files.writeString(in.resolve("bracket-storm.md"), brackets + minutes);
        x.put("bracket-storm.md", new Expect("OK", "meetings"));

        return x;
    }

    /** The xref table and the startxref pointer both wrong, as after a careless edit or a bad transfer. */
    private static byte[] breakXref(byte[] pdf) {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        int sx = s.lastIndexOf("startxref");
        String tail = s.substring(sx).replaceFirst("startxref\\s+\\d+", "startxref\n999999");
        String head = s.substring(0, sx).replaceAll("(?m)^\\d{10} 00000 n", "0000000017 00000 n");
        return (head + tail).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
