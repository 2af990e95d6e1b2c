package org.councilgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The meaning of a web service's attendance, role and status values, as a table of cases. */
class ServiceValuesTest {
    @Test
    void eachValueMeansWhatTheTableSays() throws IOException {
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        try (InputStream in = ServiceValuesTest.class.getResourceAsStream("moderngov-values.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                String got = ServiceResolver.meaning(c[0], c[1]).orElse("-");
                cases++;
                if (!got.equals(c[2])) {
                    wrong.add(c[0] + " '" + c[1] + "': expected " + c[2] + ", got " + got);
                }
            }
        }
        assertEquals(19, cases);
        assertEquals(List.of(), wrong);
    }
}
