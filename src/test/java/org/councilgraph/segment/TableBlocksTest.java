package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.councilgraph.segment.Layout.Table;
import org.councilgraph.text.Span;
import org.junit.jupiter.api.Test;

class TableBlocksTest {
    private static List<List<String>> cells(String text, Table t) {
        return t.rows().stream().map(r -> r.stream().map((Span s) -> s.of(text)).toList()).toList();
    }

    @Test
    void linesCutIntoCellsMakeOneTableUntilALineOfText() {
        String text = "Structure\n"
                + "Head of Westby Services\tHead of Northby Services\n"
                + "**Family Hubs**   | Play Team\n"
                + "\tRiverford Nursery\n"
                + "A sentence of running text ends the table.\n"
                + "One\tline\n";
        List<Table> tables = TableBlocks.read(text);
        assertEquals(1, tables.size(), tables.toString());
        assertEquals(List.of(List.of("Head of Westby Services", "Head of Northby Services"), List.of("Family Hubs", "Play Team"),
                List.of("Riverford Nursery")), cells(text, tables.get(0)));
    }
}
