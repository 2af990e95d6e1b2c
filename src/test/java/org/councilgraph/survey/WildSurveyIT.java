package org.councilgraph.survey;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.councilgraph.Corpus;
import org.councilgraph.end2end.SampleStore;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The survey of every wild paper (papers of councils the rules were not written against, no gold
 * needed), each kind held to the shares in survey-floors.tsv: the yardstick CI keeps for issue 12.
 */
class WildSurveyIT {
    static final Path FLOORS = Path.of("src/test/resources/gold/wild/survey-floors.tsv");

    @TempDir
    Path dir;

    @TestFactory
    List<DynamicTest> eachKindKeepsItsShares() throws IOException {
        Path wild = Corpus.shared().resolve("corpus").resolve("wild");
        List<Survey.Row> rows;
        try (SampleStore.Built b = SampleStore.build(dir, "http://localhost:3030/", List.of(wild))) {
            rows = Survey.of(b.store().dataset(), Survey.papers(List.of(wild)));
        }
        Map<String, Summary.Shares> byKind = Survey.shares(rows, r -> r.kind().label());
        String summary = Survey.summary(rows);
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : Files.readAllLines(FLOORS)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            String kind = cells[0];
            String structure = cells[1];
            double floor = Double.parseDouble(cells[2]);
            tests.add(DynamicTest.dynamicTest(kind + " " + structure, () -> {
                Summary.Shares s = byKind.get(kind);
                assertTrue(s != null, "no wild paper was read as " + kind + "\n" + summary);
                assertTrue(s.share(structure) >= floor, kind + " " + structure + " share " + s.share(structure)
                        + " below its floor " + floor + "\n" + summary);
            }));
        }
        return tests;
    }
}
