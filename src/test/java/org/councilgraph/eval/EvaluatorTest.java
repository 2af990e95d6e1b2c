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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.main.FusekiServer;
import org.councilgraph.Corpus;
import org.councilgraph.end2end.SampleStore;
import org.councilgraph.serve.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluate command's scorer: the matching rules on hand-made cases, a score of the bundled
 * minutes against their own gold, and on the corpus the thresholds and agreement with the
 * independent scorer.
 */
class EvaluatorTest {
    @TempDir
    Path dir;

    @Test
    void matchingRulesFollowTheIndependentScorer() {
        assertTrue(Evaluator.samePerson(List.of("M. Bools", "Mr. M. Bools CC"), List.of("Councillor M. Bools")));
        assertTrue(Evaluator.samePerson(List.of("Michael Bools"), List.of("M Bools")), "surname and first initial");
        assertTrue(!Evaluator.samePerson(List.of("Jane Moore"), List.of("Lynn Moore")));
        assertTrue(Evaluator.similar("Director of Children's Services", "Director of Children’s Services", 0.75));
        assertEquals("children s social care", Evaluator.norm("Children`s Social-Care").replace("`", " ").replace("  ", " "));
    }

    @Test
    void scoresTheBundledMinutesAgainstTheirGold() throws IOException {
        Path papers = Files.createDirectories(dir.resolve("papers"));
        Files.copy(org.councilgraph.Corpus.sample("riverford-cabinet-2025-03-12-minutes.txt"),
                papers.resolve("riverford-cabinet-2025-03-12-minutes.txt"));
        try (SampleStore.Built b = SampleStore.build(dir, "http://localhost:3030/", List.of(papers))) {
            Gold gold = Gold.read(Path.of("src/test/resources/gold/riverford-cabinet-2025-03-12-minutes.json"));
            Evaluator.Score s = Evaluator.score(b.store().dataset(), List.of(gold));
            assertEquals(11, s.rows().size(), s.table());
            assertEquals(1.0, s.f1("agenda_items"), 1e-9, s.table());
            assertEquals(1.0, s.f1("declarations_of_interest"), 1e-9, s.table());
            assertTrue(s.f1("resolutions") >= 0.85, s.table());
            assertTrue(s.macroF1() >= 0.70, s.table());
            // the sample's gold lists officers "in attendance", which the independent scorer never matches
            assertTrue(s.extras().get("attendance-as-contract-f1") > s.f1("attendance"), s.table());
        }
    }

    static List<Path> golds(Path shared, String... names) {
        List<Path> out = new ArrayList<>();
        for (String n : names) {
            out.add(shared.resolve("corpus/gold/" + n + ".json"));
        }
        return out;
    }

    private Evaluator.Score scoreCorpus(Path shared, List<Path> papers, List<Path> goldFiles, boolean compareWithIndependent)
            throws Exception {
        try (SampleStore.Built b = SampleStore.build(dir, "http://localhost:3030/", papers)) {
            List<Gold> golds = new ArrayList<>();
            for (Path g : goldFiles) {
                golds.add(Gold.read(g));
            }
            Evaluator.Score s = Evaluator.score(b.store().dataset(), golds);
            if (compareWithIndependent) {
                double independent = independent(shared, b, goldFiles);
                assertEquals(independent, s.macroF1(), 0.02, "evaluate agrees with score.py; ours:\n" + s.table());
            }
            return s;
        }
    }

    /** Runs ../shared/eval/score.py against the store served on a free port; skips without python3. */
    private static double independent(Path shared, SampleStore.Built b, List<Path> golds) throws Exception {
        assumeTrue(Files.exists(shared.resolve("eval/score.py")));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        FusekiServer server = Server.start(b.store(), port, true);
        try {
            List<String> cmd = new ArrayList<>(List.of("python3", shared.resolve("eval/score.py").toString(), "--endpoint",
                    "http://127.0.0.1:" + port + "/councilgraph/sparql"));
            golds.forEach(g -> cmd.add(g.toString()));
            Process p;
            try {
                p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            } catch (IOException e) {
                assumeTrue(false, "no python3: " + e.getMessage());
                return Double.NaN;
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            Matcher m = Pattern.compile("macro-F1 ([0-9.]+)").matcher(out);
            assertTrue(m.find(), out);
            return Double.parseDouble(m.group(1));
        } finally {
            server.stop();
        }
    }

    @Test
    void corpusTextDocumentsMeetTheThresholdAndBothScorersAgree() throws Exception {
        Path shared = Corpus.shared();
        Path c = shared.resolve("corpus");
        Evaluator.Score s = scoreCorpus(shared,
                List.of(c.resolve("001_a71e74bfbea0b0ca.txt"), c.resolve("002_f7735343b5bffc8e.txt"), c.resolve("003_d9b3b29813789449.txt")),
                golds(shared, "001_a71e74bfbea0b0ca", "002_f7735343b5bffc8e", "003_d9b3b29813789449"), true);
        System.out.println("corpus text documents:\n" + s.table());
        assertTrue(s.macroF1() >= Thresholds.CORPUS_MACRO_F1, s.table());
        assertTrue(s.extras().get("kind-accuracy") >= Thresholds.KIND_ACCURACY, s.table());
        assertTrue(s.extras().get("holder-recall") >= Thresholds.HOLDER_RECALL, s.table());
        assertTrue(s.extras().get("section-recall") >= Thresholds.SECTION_RECALL, s.table());
        assertTrue(s.extras().get("attendance-as-contract-f1") >= Thresholds.CATEGORY_F1, s.table());
    }

    @Test
    void realDocumentsWithGoldMeetTheThreshold() throws Exception {
        Path shared = Corpus.shared();
        Path r = shared.resolve("corpus/real");
        Evaluator.Score s = scoreCorpus(shared,
                List.of(r.resolve("kent/cabinet_2025-01-30_printed_minutes.pdf"), r.resolve("kingston/Agenda_151.html")),
                golds(shared, "cabinet_2025-01-30_printed_minutes", "Agenda_151"), true);
        System.out.println("real documents:\n" + s.table());
        assertTrue(s.macroF1() >= Thresholds.REAL_MACRO_F1, s.table());
        assertTrue(s.extras().get("attendance-as-contract-f1") >= Thresholds.CATEGORY_F1, s.table());
    }
}
