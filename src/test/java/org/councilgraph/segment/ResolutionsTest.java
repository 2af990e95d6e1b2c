package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilgraph.segment.Layout.ResolutionText;
import org.councilgraph.text.Span;
import org.junit.jupiter.api.Test;

class ResolutionsTest {
    private static List<String> find(String text) {
        return Resolutions.find(text, new Span(0, text.length())).stream().map(ResolutionText::text).toList();
    }

    @Test
    void aDecisionRepeatedCutShortOnAWebPageCountsOnce() {
        String page = "Decision:\nThe Committee:\n1) Approved the strategy for the next five years.\n"
                + "2) Noted the funding position for the programme as set out in the report.\n"
                + "Minutes:\nThe item was discussed.\nResolved:\nThe Committee:\n1) Approved the strategy for the next five years.\n"
                + "2) Noted the funding position for the programme  ...   view the full minutes text for item 4.\n";
        assertEquals(List.of("Approved the strategy for the next five years.",
                "Noted the funding position for the programme as set out in the report."), find(page));
    }

    @Test
    void aMarkInTheMarginBeforeResolvedLeavesItAtTheLinesStart() {
        String minute = """
                  The Committee raised questions about grit bins.

                  *      Resolved that:

                         (1)   the Westby Winter Service Plan be noted; and

                         (2)   the Assistant Director be requested to circulate a map of grit bin
                               locations to all Members.
                """;
        assertEquals(List.of("the Westby Winter Service Plan be noted",
                "the Assistant Director be requested to circulate a map of grit bin locations to all Members."), find(minute));
    }

    @Test
    void theNextNumberedParagraphOfTheMinuteEndsTheDecision() {
        String minute = """
                51.4   Resolved – that Cabinet:

                       (1) Notes the forecast revenue outturn position for 2025/26; and

                       (2) Approves the changes to the targets set out in
                           Table 1.

                51.5   Reason for decision: to keep the Council's financial position under review.

                51.6   The call-in deadline is 2 February 2026.
                """;
        assertEquals(List.of("Notes the forecast revenue outturn position for 2025/26",
                "Approves the changes to the targets set out in Table 1."), find(minute));
    }

    @Test
    void wordsInCapitalsAfterResolvedThatOnItsLineAreNoLabelEndingIt() {
        String minute = """
                  RESOLVED THAT COMMITTEE:

                  1.   approve the revised Westby Housing Assistance Policy; and

                  2.   authorise the Head of Housing to approve discretionary grants.
                """;
        assertEquals(List.of("approve the revised Westby Housing Assistance Policy",
                "authorise the Head of Housing to approve discretionary grants."), find(minute));
    }

    @Test
    void aDecisionLabelOverLetteredPointsOpensAtTheFirstPointsMark() {
        String minute = """
                Decision – (a) That the progress against the Northby Plan priorities be noted.

                (b) That the capital programme be updated as set out in Appendix 4 to the report.
                """;
        assertEquals(List.of("That the progress against the Northby Plan priorities be noted.",
                "That the capital programme be updated as set out in Appendix 4 to the report."), find(minute));
    }

    @Test
    void theBodyAndItsVerbDecideWhereverTheSentenceBegins() {
        String minute = """
                  During discussion, the Roads Manager confirmed that routes had been agreed with partners.

                  Thereafter, the Committee agreed:

                  (i)    to approve the Westby Winter Service Plan; and

                  (ii)   to note the progress of the Northby bus project.
                """;
        assertEquals(List.of("to approve the Westby Winter Service Plan", "to note the progress of the Northby bus project."), find(minute));
    }

    @Test
    void aDecisionsLabelOverOneWordInCapitalsIsThatDecision() {
        assertEquals(List.of("APPROVED"), find("Decision\nAPPROVED\n"));
        assertEquals(List.of("AGREED"), find("Decision\n\nAGREED.\n"));
        assertTrue(find("Decision\nWESTBY\n").isEmpty(), "a word that decides nothing");
    }

    @Test
    void aDecisionsWordInCapitalsOverPointsOpensThem() {
        // the minute's decimal paragraphs under "AGREED" are its points; the word alone decides nothing more
        assertEquals(List.of("to note the quarter 1 performance report", "to thank the Area Commander for the presentation",
                "to request a further report to the December meeting."),
                find("Decision\n\n \n\nAGREED\n\n \n\n4.1    to note the quarter 1 performance report;\n\n \n\n"
                        + "4.2    to thank the Area Commander for the presentation; and\n\n4.3    to request a further report to the December meeting.\n"));
        // a decimal paragraph that opens no point is the minute's own
        assertEquals(List.of("That the plan be adopted."), find("RESOLVED\n\nThat the plan be adopted.\n\n4.2   Reason for decision: to plan ahead.\n"));
    }

    @Test
    void minutesApprovedInASentenceOfTheirOwnAreADecision() {
        assertEquals(List.of("The Minutes of the meeting of the Committee held on 21st October 2024 were approved as a correct record and signed by the Chair."),
                find("2.   MINUTES\n\n     The Minutes of the meeting of the Committee held on 21st October 2024 were\n"
                        + "     approved as a correct record and signed by the Chair.\n\n3.   MEMBERS' INTERESTS\n"));
        assertEquals(List.of("The Chair was authorised to sign the Minutes of the meeting held on 13 February 2025 as a correct record."),
                find("The Chair was authorised to sign the Minutes of the meeting held on 13 February 2025 as a correct record.\n"));
        // an agenda's item says what is to be done, not what was
        assertTrue(find("2.   To approve the minutes of the meeting held on 3 June 2025 as a correct record.\n").isEmpty());
    }

    @Test
    void parishMinutesStillDecideInSentencesBesideTheirApprovedMinutes() {
        Layout l = Fixtures.segmented("minutes.txt", """
                WESTBY PARISH COUNCIL

                Minutes of the meeting of Westby Parish Council held on 4 March 2025 at 7.30 pm in the Village Hall

                Present: Cllrs A Northby (Chair), B Riverford and C Upton

                1.   Minutes
                     The minutes of the meeting held on 4 February 2025 were approved as a correct record and signed by the Chair.

                2.   Playground
                     It was agreed to replace the swings at a cost of £1,200.
                """);
        List<String> res = l.meetings().get(0).items().stream().flatMap(i -> i.resolutions().stream()).map(ResolutionText::text).toList();
        assertEquals(List.of("The minutes of the meeting held on 4 February 2025 were approved as a correct record and signed by the Chair.",
                "It was agreed to replace the swings at a cost of £1,200."), res);
    }

    @Test
    void aDecisionsLabelOverInterestsDeclaredIsNoDecision() {
        assertTrue(find("Decision:\nThe following personal interests were declared in respect of Agenda Item 7:\n"
                + "· Councillor Westby – as a governor of Northby School.\n").isEmpty());
    }

    @Test
    void resolvedAloneOnItsLineOverThatIsAHeading() {
        assertEquals(List.of("That the minutes of the meeting held on 25 February 2016 be approved as a correct record."),
                find("Resolved\n\nThat the minutes of the meeting held on 25 February 2016 be approved as a correct record.\n\n"
                        + "Voting record 28 For 0 Against 2 Abstentions\n"));
        assertTrue(find("Resolved\n\nThe matter was left for officers.\n").isEmpty(), "no decision opens under it");
    }

    @Test
    void theBodyNamedWithItsCapitalOpensTheDecision() {
        assertEquals(List.of("to approve the minute as a correct record", "to note the oral update."),
                find("The Committee resolved:-\n\n(i)  to approve the minute as a correct record; and\n\n(ii)  to note the oral update.\n"));
        assertTrue(find("The Council resolved the matter at its last meeting, and officers reported.\n").isEmpty(), "no decision opens");
    }

    @Test
    void resolvedInASentenceIsNotAResolution() {
        assertTrue(find("The issues had been resolved by officers before the meeting.\n").isEmpty());
    }

    @Test
    void markerWordsWithinOneLetterAreMistypes() {
        assertEquals(1, org.councilgraph.text.Similarity.editDistance("AGRRED", "AGREED"));
        assertEquals(List.of("That the update be noted."), find("AGRRED:\n\nThat the update be noted.\n"));
        assertTrue(find("AGENDA:\n\nThat the update be noted.\n").isEmpty(), "AGENDA is two letters from AGREED");
    }

    @Test
    void narrativeAfterTheResolutionIsNotResolved() {
        assertEquals(List.of("That the report be noted."),
                find("RESOLVED:\n\nThat the report be noted.\n\nThe Chair thanked officers for a thorough report and the discussion.\n"));
    }

    @Test
    void aVoteBeforeTheMarkerOnItsLineIsNoResolutionOfItsOwn() {
        assertEquals(List.of("Note the outcome of the consultation on the Westby plan.", "Agree the seven priority areas set out in the plan."),
                find("Decision: Cllr Westby MOVED, Cllr Northby SECONDED and it was RESOLVED to:\n"
                        + "1. Note the outcome of the consultation on the Westby plan.\n2. Agree the seven priority areas set out in the plan.\n"));
    }

    @Test
    void aRecommendationToCouncilIsWhatFollowsIt() {
        assertEquals(List.of("That the Westby Community Strategy be adopted."),
                find("Resolved to RECOMMEND: (to Council)\n\nThat the Westby Community Strategy be adopted.\n\n"
                        + "Reason for Recommendation:  To comply with the legal obligation.\n"));
    }

    @Test
    void aDecisionLabelInCapitalsOpensItsPoints() {
        assertEquals(List.of("Approve the Northby plan for adoption.", "Delegate authority to the Director of Place to make minor changes."),
                find("DECISION: The Cabinet agreed to\n\n1.            Approve the Northby plan for adoption.\n\n"
                        + "2.            Delegate authority to the Director of Place to make minor changes.\n\nReason: To enable adoption.\n"));
    }

    @Test
    void theOfficersToActOnADecisionAreNoPartOfIt() {
        assertEquals(List.of("To note the report."),
                find("DECISION\n1. To note the report.\nAction by:\nCORPORATE DIRECTOR, RESOURCES (A. WESTBY)\n(Legal Officer (B. Northby))\n"));
    }

    @Test
    void welshMinutesResolveInWelsh() {
        assertEquals(List.of("Bod adroddiad Westby yn cael ei nodi."), find("PENDERFYNWYD: Bod adroddiad Westby yn cael ei nodi.\n"));
        assertEquals(List.of("Cymeradwyo cynllun Northby ar gyfer 2024."), find("Penderfyniad:\nCymeradwyo cynllun Northby ar gyfer 2024.\nCofnodion:\nTrafodwyd y cynllun.\n"));
    }

    @Test
    void aDecisionsPlaceThatSaysNothingWasDecidedIsNoResolution() {
        assertTrue(find("Decision:\n\nThere were none.\n\nMinutes:\n\nThere were none.\n").isEmpty());
        assertTrue(find("Decision:\nThere were no declarations of interest.\n").isEmpty());
        assertEquals(List.of("The minutes of the Westby Cabinet meeting were approved as a correct record."),
                find("Decision:\n\nThe minutes of the Westby Cabinet meeting were approved as a correct record.\n"));
    }

    @Test
    void aVerbInCapitalsInsideItsSentenceDecidesTheWholeSentence() {
        assertEquals(List.of("The minutes of the Westby meeting were AGREED as a correct record."),
                find("Decision:\nThe minutes of the Westby meeting were AGREED as a correct record.\nMinutes:\n"
                        + "The minutes of the Westby meeting were AGREED as a correct record.\n"));
        assertEquals(List.of("Note the outcome of the consultation on the Westby plan."),
                find("Decision:\nCllr Westby MOVED, Cllr Northby SECONDED and it was RESOLVED to:\n1. Note the outcome of the consultation on the Westby plan.\n"));
    }

    /** "RESOLVED" in the margin with the decision in the column beside it, as minutes set in two columns print it. */
    @Test
    void aDecisionInTheColumnBesideItsMarkerIsTheResolution() {
        assertEquals(List.of("That the application be REFUSED in accordance with the Officer recommendation."),
                find("      65.7      A Member proposed, and it was seconded, that the application be refused. Upon being put\n"
                        + "                to the vote, it was\n\n"
                        + "                RESOLVED          That the application be REFUSED in accordance with\n"
                        + "                                  the Officer recommendation.\n"));
    }

    @Test
    void resolvedOverPointsIndentedUnderItAfterABlankLineOpensThem() {
        String minute = "         Resolved\n\n         (1)      That the presentation on the Westby Winter Plan be\n"
                + "                  noted.\n\n         (2)      That the Northby Trust be asked to report in January.\n";
        assertEquals(List.of("That the presentation on the Westby Winter Plan be noted.", "That the Northby Trust be asked to report in January."),
                find(minute));
        assertEquals(List.of("That the minutes of the meeting held on 10th July, 2025, be approved."),
                find("         Resolved\n\n                  That the minutes of the meeting held on\n                  10th July, 2025, be approved.\n"));
    }

    @Test
    void notedInCapitalsDecidesAndSoDoRomanPointsWithFullStops() {
        assertEquals(List.of("The Committee NOTED the report and the responses to Members' questions."),
                find("     The Committee NOTED the report and the responses to Members' questions.\n"));
        assertEquals(List.of("NOTED progress with the Westby Waste Strategy", "AGREED the revised timetable set out in the report."),
                find("     Following discussion, the Committee:-\n\n     i.   NOTED progress with the Westby Waste Strategy; and\n"
                        + "     ii.  AGREED the revised timetable set out in the report.\n"));
        assertEquals(List.of("That the Northby appeals update be NOTED."),
                find("      RESOLVED          That the Northby appeals\n                        update be NOTED.\n"));
        assertTrue(find("     The Clerk noted the report.\n").isEmpty(), "noted in small letters reports, it does not decide");
    }

    @Test
    void theConditionsOfAGrantArePartOfItsOneDecision() {
        List<String> got = find("RESOLVED:\n\nThat the application for a premises licence for The Westby Arms be GRANTED, subject to:\n"
                + "(a) the conditions agreed with the police;\n(b) the sale of alcohol ending at 23:00.\n");
        assertEquals(1, got.size());
        assertEquals(true, got.get(0).startsWith("That the application for a premises licence for The Westby Arms be GRANTED, subject to: (a) the conditions"));
        assertEquals(List.of("approve the plan", "note the report."),
                find("RESOLVED to:\n(a) approve the plan;\n(b) note the report.\n"), "points of separate decisions stay apart");
    }
}
