package org.councilgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.councilgraph.Corpus;
import org.councilgraph.end2end.SampleStore;
import org.councilgraph.serve.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluate command's scorer on built stores: the bundled minutes against their own gold, and on
 * the corpus the thresholds and a table identical, line for line, to what the independent
 * scorer ({@code ../shared/eval/score.py}) prints for the same store served over HTTP.
 */
class EvaluatorIT {
    @TempDir
    Path dir;

    @Test
    void scoresTheBundledMinutesAgainstTheirGold() throws IOException {
        Path papers = Files.createDirectories(dir.resolve("papers"));
        Files.copy(Corpus.sample("riverford-cabinet-2025-03-12-minutes.txt"), papers.resolve("riverford-cabinet-2025-03-12-minutes.txt"));
        try (SampleStore.Built b = SampleStore.build(dir, "http://localhost:3030/", List.of(papers))) {
            Gold gold = Gold.read(Path.of("src/test/resources/gold/riverford-cabinet-2025-03-12-minutes.json"));
            Evaluator.Score s = Evaluator.score(b.store().dataset(), List.of(gold));
            assertEquals(11, s.rows().size(), s.table());
            assertEquals(1.0, s.f1("agenda_items"), 1e-9, s.table());
            assertEquals(1.0, s.f1("declarations_of_interest"), 1e-9, s.table());
            // the gold lists officers "in attendance", who are attendees in the graph
            assertEquals(1.0, s.f1("attendance"), 1e-9, s.table());
            assertTrue(s.f1("resolutions") >= 0.85, s.table());
            assertTrue(s.macroF1() >= 0.70, s.table());
        }
    }

    @Test
    void corpusTextPapersMeetTheThresholdsAndScoreAsScorePyScoresThem() throws Exception {
        Path shared = Corpus.shared();
        Path c = shared.resolve("corpus");
        Evaluator.Score s = scoreAndCompare(shared,
                List.of(c.resolve("001_a71e74bfbea0b0ca.txt"), c.resolve("002_f7735343b5bffc8e.txt"), c.resolve("003_d9b3b29813789449.txt")),
                golds(shared, "001_a71e74bfbea0b0ca", "002_f7735343b5bffc8e", "003_d9b3b29813789449"));
        assertTrue(s.macroF1() >= Thresholds.CORPUS_MACRO_F1, s.table());
        assertTrue(s.extras().get("kind-accuracy") >= Thresholds.KIND_ACCURACY, s.table());
        assertTrue(s.extras().get("holder-recall") >= Thresholds.HOLDER_RECALL, s.table());
        assertTrue(s.extras().get("section-recall") >= Thresholds.SECTION_RECALL, s.table());
        assertTrue(s.f1("attendance") >= Thresholds.CATEGORY_F1, s.table());
    }

    @Test
    void realPapersWithGoldMeetTheThresholdsAndScoreAsScorePyScoresThem() throws Exception {
        Path shared = Corpus.shared();
        Path r = shared.resolve("corpus/real");
        Evaluator.Score s = scoreAndCompare(shared,
                List.of(r.resolve("kent/cabinet_2025-01-30_printed_minutes.pdf"), r.resolve("kingston/Agenda_151.html")),
                golds(shared, "cabinet_2025-01-30_printed_minutes", "Agenda_151"));
        assertTrue(s.macroF1() >= Thresholds.REAL_MACRO_F1, s.table());
        assertTrue(s.f1("attendance") >= Thresholds.CATEGORY_F1, s.table());
    }

    private static List<Path> golds(Path shared, String... names) {
        List<Path> out = new ArrayList<>();
        for (String n : names) {
            out.add(shared.resolve("corpus/gold/" + n + ".json"));
        }
        return out;
    }

    /** Builds the papers, scores the store, and asserts score.py prints the same table for it. */
    private Evaluator.Score scoreAndCompare(Path shared, List<Path> papers, List<Path> goldFiles) throws Exception {
        papers.forEach(p -> assumeTrue(Files.exists(p), p + " is not in the corpus"));
        try (SampleStore.Built b = SampleStore.build(dir, "http://localhost:3030/", papers)) {
            List<Gold> golds = new ArrayList<>();
            for (Path g : goldFiles) {
                golds.add(Gold.read(g));
            }
            Evaluator.Score s = Evaluator.score(b.store().dataset(), golds);
            System.out.println(s.table());
            assertEquals(independent(shared, b, goldFiles), s.table(), "evaluate's table is score.py's, every figure");
            return s;
        }
    }

    /** What ../shared/eval/score.py prints for the store served on a free port; skips without python3. */
    private static String independent(Path shared, SampleStore.Built b, List<Path> golds) throws Exception {
        Path score = shared.resolve("eval/score.py");
        assumeTrue(Files.exists(score), "no eval/score.py in ../shared");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        FusekiServer server = Server.start(b.store(), port, true);
        try {
            List<String> cmd = new ArrayList<>(List.of("python3", score.toString(), "--endpoint",
                    "http://127.0.0.1:" + port + "/councilgraph/sparql"));
            golds.forEach(g -> cmd.add(g.toString()));
            Process p;
            try {
                p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            } catch (IOException e) {
                assumeTrue(false, "no python3: " + e.getMessage());
                throw e;
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), "score.py failed; it printed:\n" + out);
            return out;
        } finally {
            server.stop();
        }
    }
}
