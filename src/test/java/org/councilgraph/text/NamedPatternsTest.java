package org.councilgraph.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NamedPatternsTest {
    private static final NamedPatterns P = NamedPatterns.of("test-named-patterns.tsv");

    @Test
    void readsPatternsByNameWithTheirInlineFlags() {
        assertTrue(P.get("day").matcher("next MONDAY at noon").find());
        assertFalse(P.get("day").matcher("Mondays").find());
    }

    @Test
    void embedsAWordTableAndAnEarlierRow() {
        assertTrue(P.get("label").matcher("Telephone: 01234").find());
        assertTrue(P.get("label").matcher("e-mail: jo@westby.example").find());
        assertFalse(P.get("label").matcher("Fax: 01234").find());
        assertTrue(P.get("dated").matcher("Monday 14").find());
    }

    @Test
    void anEnumConstantsNameWillDoAndTheTableIsReadOnce() {
        assertSame(P.get("day"), P.get("DAY"));
        assertSame(P, NamedPatterns.of("test-named-patterns.tsv"));
    }

    @Test
    void aMissingNameIsAnErrorNamingTheTable() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> P.get("no_such"));
        assertTrue(e.getMessage().contains("test-named-patterns.tsv"), e.getMessage());
    }
}
