package org.councilgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms of the chair a membership or attendance list prints after a name. */
class ChairRolesTest {
    /** A role as printed; the committee role it is; the post it names when the paper's word for the chair is the fourth column. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Depute Chair     | Vice-Chair | Depute Chair | Chair
            Deputy Chairman  | Vice-Chair |              |
            Chair/ex officio | Chair      | Chairman     | Chairman
            Chair (ex officio) | Chair    |              |
            """)
    void aChairsFormIsItsRole(String printed, String committeeRole, String post, String papersWord) {
        assertTrue(ChairRoles.isChair(printed));
        assertEquals(committeeRole, ChairRoles.committeeRole(printed));
        if (post != null) {
            assertEquals(post, ChairRoles.postLabel(printed, () -> papersWord));
        }
    }

    @Test
    void aDeputyLeaderIsNoChair() {
        assertFalse(ChairRoles.isChair("Deputy Leader"));
    }
}
