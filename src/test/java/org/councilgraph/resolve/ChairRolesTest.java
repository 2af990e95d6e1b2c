package org.councilgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The forms of the chair a membership or attendance list prints after a name. */
class ChairRolesTest {
    @Test
    void aDeputyOrDeputeChairIsTheVicechair() {
        assertTrue(ChairRoles.isChair("Depute Chair"));
        assertTrue(ChairRoles.isChair("Deputy Chairman"));
        assertEquals("Vice-Chair", ChairRoles.committeeRole("Depute Chair"));
        assertEquals("Depute Chair", ChairRoles.postLabel("Depute Chair", () -> "Chair"));
    }

    @Test
    void aChairExOfficioIsTheChair() {
        assertTrue(ChairRoles.isChair("Chair/ex officio"));
        assertTrue(ChairRoles.isChair("Chair (ex officio)"));
        assertEquals("Chair", ChairRoles.committeeRole("Chair/ex officio"));
        assertEquals("Chairman", ChairRoles.postLabel("Chair/ex officio", () -> "Chairman"));
        assertFalse(ChairRoles.isChair("Deputy Leader"));
    }
}
