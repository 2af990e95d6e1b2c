package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A decision's verb with how it was carried after it ("Resolved unanimously:", "RESOLVED by a majority:"), and a
 * decision notice's "Decision Made" label, each over numbered points that begin "That".
 */
class DecisionMannerTest {
    private static final String MINUTES = """
            WESTBY CITY COUNCIL

            Minutes of a meeting of the Cabinet held on Tuesday 4 November 2025 at 6.00 pm

            Present: Councillors Ann Westby (Chair), Bob Northby and Cara Riverford

            12   WASTE COLLECTION POLICY

                      The Cabinet considered the report of the Chief Officer Environment.

                      Resolved unanimously:

                      (1) That the revised Waste Collection Policy be approved with effect from 5 January 2026.
                      (2) That the Chief Officer Environment be authorised to make minor
                          amendments to the policy in consultation with the Cabinet Member.

                      Officer responsible for effecting the decision:

                      Chief Officer Environment

            13   HOUSING POLICY

            Decision Made

            1.   That the Westby Housing Assistance Policy be adopted with effect from 1 December 2025.

            2.   That the Head of Housing be given delegated authority to make minor
                 amendments to the Policy during its lifetime.

            Reasons for the decision

            The policy is due for review.

            14   BUDGET

                   RESOLVED by a majority:

                   1) That the revenue budget as set out in the report be approved.

            The meeting closed at 7.30 pm.
            """;

    @Test
    void eachPointUnderTheLabelIsADecisionOfItsItem() {
        Layout l = Segmenter.segment(Fixtures.text(MINUTES));
        List<Integer> counts = l.meetings().get(0).items().stream().map(i -> i.resolutions().size()).toList();
        assertEquals(List.of(2, 2, 1), counts, l.meetings().get(0).items().toString());
        assertEquals("That the Head of Housing be given delegated authority to make minor amendments to the Policy during its lifetime.",
                l.meetings().get(0).items().get(1).resolutions().get(1).text());
    }
}
