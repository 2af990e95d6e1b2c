package org.councilgraph.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.councilgraph.Corpus;
import org.councilgraph.end2end.SampleStore;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wild papers with gold (src/test/resources/gold/wild), a council a store as tools/wild-eval.sh
 * scores them, each held to its floor in floors.tsv: a regression guard while the rules are made to
 * hold on councils they were not written against.
 */
class WildGoldIT {
    static final Path GOLD = Path.of("src/test/resources/gold/wild");

    @TempDir
    Path dir;

    @TestFactory
    List<DynamicTest> eachCouncilKeepsItsFloor() throws IOException {
        Path corpus = Corpus.shared().resolve("corpus");
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : Files.readAllLines(GOLD.resolve("floors.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            String council = cells[0];
            double floor = Double.parseDouble(cells[1]);
            tests.add(DynamicTest.dynamicTest(council, () -> {
                List<Gold> golds = new ArrayList<>();
                List<Path> papers = new ArrayList<>();
                try (Stream<Path> files = Files.list(GOLD.resolve(council))) {
                    for (Path g : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                        Gold gold = Gold.read(g);
                        golds.add(gold);
                        papers.add(corpus.resolve(gold.document()));
                    }
                }
                Path store = Files.createDirectories(dir.resolve(council));
                try (SampleStore.Built b = SampleStore.build(store, "http://localhost:3030/", papers)) {
                    Evaluator.Score s = Evaluator.score(b.store().dataset(), golds);
                    assertTrue(s.macroF1() >= floor, council + " macro-F1 " + s.macroF1() + " below its floor " + floor
                            + "\n" + s.table());
                }
            }));
        }
        return tests;
    }
}
