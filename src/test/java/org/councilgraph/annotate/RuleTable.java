package org.councilgraph.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table of rule tests, the way Jena's manifests list inputs and expected outputs: a tab-separated
 * resource under {@code /org/councilgraph/annotate/}, one case a row, {@code #} lines for comments.
 * In a cell, {@code \n} and {@code \t} stand for a line break and a tab, and a list is written with
 * {@code " | "} between its items ({@code -} for an empty list).
 */
final class RuleTable {
    /** One row: its line number in the table and its cells, unescaped. */
    record Row(int line, List<String> cells) {
        String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }

        /** Cell {@code i} as a list. */
        List<String> list(int i) {
            String c = cell(i);
            return c.isEmpty() || c.equals("-") ? List.of() : Arrays.asList(c.split(" \\| ", -1));
        }

        /** A short name for the test: the line number and the start of the first cell. */
        String name() {
            String first = cell(0).replace("\n", "⏎");
            return "line " + line + ": " + (first.length() > 70 ? first.substring(0, 70) + "…" : first);
        }
    }

    private RuleTable() {
    }

    static List<Row> read(String name) {
        List<Row> out = new ArrayList<>();
        try (InputStream in = RuleTable.class.getResourceAsStream("/org/councilgraph/annotate/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test table " + name + " missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (String c : line.split("\t", -1)) {
                    cells.add(c.replace("\\n", "\n").replace("\\t", "\t"));
                }
                out.add(new Row(n, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
