package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.councilgraph.segment.Layout.ItemSection;
import org.councilgraph.segment.Layout.MeetingSection;
import org.councilgraph.segment.Layout.ReportCover;
import org.councilgraph.segment.Layout.ResolutionText;
import org.junit.jupiter.api.Test;

/** A committee-system decision notice, and a report cover with labelled fields. */
class DecisionAndReportLayoutTest {
    @Test
    void aDecisionFormsSubjectsAreItsItemsAndItsDecisionsTheResolutions() {
        MeetingSection m = Fixtures.only(Fixtures.layout("eastmere-decision-notice.txt"));
        assertEquals("Environment and Highways Policy Committee", m.committee());
        assertEquals(LocalDate.of(2024, 10, 3), m.date());
        assertEquals(Layout.Role.DECISIONS, m.role());
        assertEquals(List.of("6", "7"), m.items().stream().map(i -> i.number().orElseThrow()).toList());
        ItemSection first = m.items().get(0);
        assertEquals("Review of street lighting policy and charges", first.title());
        // "2. Residents Lighting Permits" heads points a. and b.: it is not itself resolved; the form's
        // next question ("(e) Exempt Information?") is not a decision
        assertEquals(List.of("Approved the new street lighting policy.", "Approved an increase of £5 in the annual permit charge.",
                "Approved the removal of the second permit discount."), texts(first));
        assertEquals(List.of("The Environment and Highways Policy Committee noted the report."), texts(m.items().get(1)));
    }

    private static List<String> texts(ItemSection i) {
        return i.resolutions().stream().map(ResolutionText::text).toList();
    }

    @Test
    void aCoverNamesItsAuthorsItsMeetingAndItsPathway() {
        Layout l = Fixtures.layout("hartfield-report.txt");
        ReportCover cover = l.reports().get(0);
        assertEquals("Day Opportunities Strategy 2025-2030", cover.title());
        assertEquals(Optional.of("Cabinet"), cover.committee());
        assertEquals(Optional.of(LocalDate.of(2025, 6, 12)), cover.meetingDate());
        // authors set apart by a blank line under "From:" are all authors
        assertEquals(Optional.of("Megan Shaw, Cabinet Member for Adult Services / Oliver Grant, Corporate Director, Adults and Health"),
                cover.reportOf());
        assertTrue(l.references().stream().anyMatch(r -> r.date().equals(LocalDate.of(2025, 5, 20))
                && r.committee().equals(Optional.of("Adult Services Cabinet Committee"))));
        // "CYP Cabinet Committee" is spelled out where the paper defines CYP
        assertTrue(l.references().stream().anyMatch(r -> r.date().equals(LocalDate.of(2025, 5, 21))
                && r.committee().equals(Optional.of("Children and Young People Cabinet Committee"))), l.references().toString());
    }

    @Test
    void appendixReportsAndReportsToEarlierMeetingsAreReports() {
        Layout l = Fixtures.layout("hartfield-report.txt");
        ReportCover annual = l.reports().stream().filter(r -> r.title().equals("Day Opportunities Annual Report 2024-25")).findFirst()
                .orElseThrow(() -> new AssertionError(l.reports().toString()));
        assertEquals(Optional.of(LocalDate.of(2025, 6, 12)), annual.meetingDate());
        assertTrue(l.reports().stream().noneMatch(r -> r.title().contains("Equality Impact")), "an appendix that is not a report");
        ReportCover earlier = l.reports().stream().filter(r -> r.title().equals("Day Opportunities Provision")).findFirst().orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2019, 6, 4)), earlier.meetingDate());
        assertTrue(l.references().stream().anyMatch(r -> r.date().equals(LocalDate.of(2020, 1, 21))), "the second date of the pair");
    }

    @Test
    void aBriefingsTitleUnderItsFieldsIsItsTitleNotTheWordBriefing() {
        Layout l = Segmenter.segment(Fixtures.text("Information Briefing\n\nReport from: Ann Westby  Date: 4 March 2025\n"
                + "Report to: Northby Housing Scrutiny Committee\nRiverford Hostel Places Programme\n1. SUMMARY\n"
                + "The council runs two hostels in Riverford.\n"));
        assertEquals(List.of("Riverford Hostel Places Programme"), l.reports().stream().map(ReportCover::title).toList());
    }

    @Test
    void aToFieldsOwnLineNamesTheCommitteeWhenTheTitleRunsOnUnderIt() {
        Layout l = Segmenter.segment(Fixtures.text("Information Briefing\n\nReport from: Ann Westby  Date: 4 March 2025\n"
                + "Report to: Northby Housing O&S Committee\nRiverford Hostel Places Programme\n1. SUMMARY\n"
                + "The council runs two hostels in Riverford.\n"));
        ReportCover cover = l.reports().get(0);
        assertEquals(Optional.of("Northby Housing O&S Committee"), cover.committee());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 4)), cover.meetingDate(), "the date printed beside the author");
    }

    private static final String REPORT_BODY = "\n1. Purpose of the Report\n1.1 This report sets out the changes to the waste "
            + "collection service in Westby.\n\n2. Recommendations\n2.1 That the Cabinet approves the changes.\n";

    /** The paper's first report cover: its title, author, committee and meeting date. */
    private static void assertCover(String paper, String title, String reportOf, String committee, LocalDate date) {
        ReportCover cover = Segmenter.segment(Fixtures.text(paper + REPORT_BODY)).reports().get(0);
        assertEquals(title, cover.title());
        assertEquals(Optional.of(reportOf), cover.reportOf());
        assertEquals(Optional.of(committee), cover.committee());
        assertEquals(Optional.of(date), cover.meetingDate());
    }

    @Test
    void aTitleInCapitalsUnderAFinishedPostInCapitalsIsTheTitle() {
        assertCover("WESTBY BOROUGH COUNCIL\nCABINET\n14 MARCH 2024\nREPORT OF THE DIRECTOR OF PLACE\nWASTE COLLECTION CHANGES\n",
                "WASTE COLLECTION CHANGES", "Director of Place", "Cabinet", LocalDate.of(2024, 3, 14));
    }

    @Test
    void aCoverHeadedByItsMeetingWithOneReportOfFieldIsACover() {
        assertCover("Westby County Council\nCabinet - 14 March 2024\nWaste Collection Changes\nReport of: Corporate Director of Place\n"
                + "Author: Jo Northby\nTel: 01234 567890\n", "Waste Collection Changes", "Corporate Director of Place", "Cabinet",
                LocalDate.of(2024, 3, 14));
    }

    /** A cover names the member who answers for the report and the officer who wrote it: the report is the writer's, and one. */
    @Test
    void aCoversWriterIsItsAuthorOverItsLeadMember() {
        String cover = "Agenda Item 7\n\nNORTHBY BOROUGH COUNCIL\n\nCABINET\n\n12 March 2024\n\nSubject: Housing Allocations Policy Review\n"
                + "Lead Member: Councillor Bob Northby, Cabinet Member for Housing\nReport author: Carl Eastby, Housing Strategy Manager\n"
                + "Responsible Director: Dora Southby, Director of Place\n";
        assertCover(cover, "Housing Allocations Policy Review", "Carl Eastby, Housing Strategy Manager", "Cabinet", LocalDate.of(2024, 3, 12));
        assertEquals(1, Segmenter.segment(Fixtures.text(cover + REPORT_BODY)).reports().size());
    }

    @Test
    void theLinesUnderAReportOfHeadingNameItsCommitteeDateAndTitle() {
        assertCover("PART 1\n(OPEN TO THE PUBLIC)\nITEM NO. 6\nREPORT OF THE STRATEGIC DIRECTOR OF PLACE\n"
                + "TO THE WESTBY SCRUTINY COMMITTEE\nON TUESDAY 4th MARCH 2025\nTITLE : WASTE MONITORING 2024/25\nRECOMMENDATION :\n",
                "WASTE MONITORING 2024/25", "Strategic Director of Place", "Westby Scrutiny Committee", LocalDate.of(2025, 3, 4));
    }

    /** "REPORT OF:" in capitals is a cover's field like "SUBJECT:", not a "REPORT OF THE DIRECTOR" heading over a title. */
    @Test
    void aReportOfFieldInCapitalsIsAFieldOfTheCover() {
        assertCover("                                                        Agenda Item 9\nDECISION-MAKER:         CABINET\n"
                + "SUBJECT:                WESTBY HOUSING ALLOCATIONS POLICY –\n                        OUTCOME OF CONSULTATION\n"
                + "DATE OF DECISION:       18 MARCH 2025\nREPORT OF:              CABINET MEMBER FOR HOUSING\n\n"
                + "                                     CONTACT DETAILS\n"
                + "Executive Director      Title    Executive Director – Place\n                        Name:    Ann Westby\n",
                "WESTBY HOUSING ALLOCATIONS POLICY – OUTCOME OF CONSULTATION", "Cabinet Member for Housing", "Cabinet",
                LocalDate.of(2025, 3, 18));
    }

    /** "Report to Westby Place Committee" over the date and item number names the committee; the title is under the post. */
    @Test
    void aReportToLineAboveIsNoTitle() {
        assertCover("                                   Page 7 of 58\n                                                                4\n"
                + "Report to Communities and Place\nCommittee\n\n6 February 2020\n\nAgenda Item: 4\n\nREPORT OF THE CORPORATE DIRECTOR, PLACE\n\n"
                + "NORTHBY ACCESS ROAD - PROGRESS UPDATE\n", "NORTHBY ACCESS ROAD - PROGRESS UPDATE", "Corporate Director, Place",
                "Communities and Place Committee", LocalDate.of(2020, 2, 6));
    }
}
