package org.councilgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {
    private static Lexicon table(String text) {
        return Lexicon.read("test.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsRowsAndIgnoresTheHeader() {
        Lexicon l = table("# heads of bodies\n# word\tkind\nboard\torg\n\nteam\tservice\nhub\tservice\n");
        assertEquals(List.of(" heads of bodies", " word\tkind"), l.header());
        assertEquals(Set.of("board", "team", "hub"), l.words());
        assertEquals(Set.of("team", "hub"), l.wordsWhere(1, "service"));
        assertEquals("org", l.map().get("board"));
    }

    @Test
    void wordsAreQuotedAndRegexTablesAreNot() {
        Lexicon words = table("St. Mary\nA+B\n");
        assertTrue(words.pattern("^(?:%s)$").matcher("A+B").matches());
        assertTrue(!words.pattern("^(?:%s)$").matcher("St, Mary").matches());
        Lexicon regex = table("#! regex\nco-?ordinator\nmanager\n");
        assertTrue(regex.pattern("^(?:%s)$").matcher("coordinator").matches());
        assertEquals("co-?ordinator|manager", regex.alternation());
        assertEquals("co-?ordinator|manager", regex.longestFirst());
    }

    @Test
    void aMissingTableSaysWhich() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Lexicon.of("no-such-table.tsv"));
        assertTrue(e.getMessage().contains("no-such-table.tsv"));
    }
}
