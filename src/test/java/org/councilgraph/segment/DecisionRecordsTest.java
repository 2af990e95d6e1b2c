package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilgraph.segment.Layout.DecisionRecord;
import org.councilgraph.segment.Layout.ResolutionText;
import org.junit.jupiter.api.Test;

/** Records of decisions taken outside a meeting's minutes: their points are resolutions under no item. */
class DecisionRecordsTest {
    /** A Cabinet Member's record: the label over the words, two decisions in one record, the date under the same label. */
    private static final String MEMBER_RECORD = """
            NORTHBY DISTRICT COUNCIL

            RECORD OF DECISION OF THE CABINET MEMBER FOR ENVIRONMENT

            Decision Made:

            3 March 2025

            Garden Waste Charges 2025-26

            Issue for Decision

            To set the annual charge for the garden waste collection service.

            Decision Made

            1.   That the annual charge for the garden waste collection service be set at
                 £52 from 1 April 2025.

            2.   That the Head of Environmental Services be given delegated authority, in
                 consultation with the Cabinet Member for Environment, to agree concessions.

            Reasons for Decision

            The charge has not risen for three years and no longer covers the cost of the round.

            Decision Made

            That the bulky waste collection charge remain unchanged.

            Alternatives considered and why rejected

            To raise both charges was rejected.
            """;

    /** An officer's delegated decision set as a form: labels in the left-hand column, the words to their right. */
    private static final String OFFICER_FORM = """
                                  Delegated Decision Notification

            LEAD DIRECTOR:          Director of Place

            SUBJECT:                Westby Road Cycle Lane

            DECISION                The Chief Officer (Highways) has:
            DETAILS ii :
                                    a) Approved the detailed design of the cycle lane shown at
                                    Appendix 1;

                                    b) Given authority to incur expenditure of £410,000 on the
                                    works.

            TYPE OF                 Key Decision                                      [X]
            DECISION:               Is the decision eligible for call-in?     Yes [X]

            NOTICE / CALL-          If exempt from call-in, the reason why call-in would
            IN (KEY                 prejudice the interests of the Council:- N/A
            DECISIONS
            ONLY):
            """;

    @Test
    void aMembersRecordGivesEachDecisionsPointsAndNotItsDate() {
        Layout l = Fixtures.segmented("record.txt", MEMBER_RECORD);
        assertEquals(List.of(
                List.of("That the annual charge for the garden waste collection service be set at £52 from 1 April 2025.",
                        "That the Head of Environmental Services be given delegated authority, in consultation with the Cabinet Member "
                                + "for Environment, to agree concessions."),
                List.of("That the bulky waste collection charge remain unchanged.")), texts(l));
    }

    @Test
    void aFormsDecisionIsTheColumnBesideItsLabelToTheNextLabel() {
        Layout l = Fixtures.segmented("notice.txt", OFFICER_FORM);
        // the lead-in ("has:") is no point; "TYPE OF / DECISION:" and "IN (KEY / DECISIONS" are other labels' last lines
        assertEquals(List.of(List.of("Approved the detailed design of the cycle lane shown at Appendix 1",
                "Given authority to incur expenditure of £410,000 on the works.")), texts(l));
        ResolutionText first = l.decisions().get(0).resolutions().get(0);
        String paper = l.paper().text();
        assertTrue(first.span().of(paper).startsWith("Approved the detailed design"), first.span().of(paper));
    }

    @Test
    void aProposedRecordIsNoRecordOfADecision() {
        Layout l = Fixtures.segmented("proposed.txt", MEMBER_RECORD.replace("RECORD OF DECISION", "PROPOSED RECORD OF DECISION"));
        assertEquals(List.of(), l.decisions());
    }

    @Test
    void minutesWithADecisionLabelAreNoRecord() {
        Layout l = Fixtures.segmented("minutes.txt", MEMBER_RECORD.replace("RECORD OF DECISION OF THE CABINET MEMBER FOR ENVIRONMENT",
                "NOTES OF THE CABINET MEMBER BRIEFING"));
        assertEquals(List.of(), l.decisions());
    }

    private static List<List<String>> texts(Layout l) {
        return l.decisions().stream().map(DecisionRecord::resolutions).map(rs -> rs.stream().map(ResolutionText::text).toList()).toList();
    }
}
