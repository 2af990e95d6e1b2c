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
            Convener         | Chair      | Convener     | Chair
            Vice Convenor    | Vice-Chair | Vice Convenor | Chair
            Depute Convener  | Vice-Chair | Depute Convener | Chair
            """)
    void aChairsFormIsItsRole(String printed, String committeeRole, String post, String papersWord) {
        assertTrue(ChairRoles.isChair(printed));
        assertEquals(committeeRole, ChairRoles.committeeRole(printed));
        if (post != null) {
            assertEquals(post, ChairRoles.postLabel(printed, () -> papersWord));
        }
    }

    /** The minutes' own word for whoever is "in the Chair": the one they print most. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Chair    | The Chair welcomed members. Councillor Westby in the Chair.
            Chairman | The Chairman welcomed members. The Chairman closed the meeting. The Chair of the board spoke.
            Convener | Councillor Westby, Convener, in the Chair. The Convener welcomed members.
            Convenor | The Convenor welcomed members. The Convenor's report was noted. The Chair of the trust spoke.
            Chair    | The Chair welcomed the Convener of the trust. The Chair closed the meeting.
            """)
    void theChairIsCalledByThePapersWord(String word, String text) {
        assertEquals(word, ChairRoles.chairWord(text));
    }

    @Test
    void aDeputyLeaderIsNoChair() {
        assertFalse(ChairRoles.isChair("Deputy Leader"));
    }
}
