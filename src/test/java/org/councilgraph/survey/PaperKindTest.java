package org.councilgraph.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The survey's reading of papers' titles, as a table of first lines and kinds ({@code titles.tsv}). */
class PaperKindTest {
    @TestFactory
    List<DynamicTest> titles() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (InputStream in = PaperKindTest.class.getResourceAsStream("titles.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                String text = cells[0].replace("\\n", "\n");
                String expected = cells[1].strip();
                tests.add(DynamicTest.dynamicTest(cells[0], () -> {
                    PaperKind k = PaperKind.titled(text);
                    assertEquals(expected, k == null ? "none" : k.label());
                }));
            }
        }
        return tests;
    }
}
