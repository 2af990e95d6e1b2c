package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.councilgraph.segment.Layout.MeetingSection;
import org.councilgraph.segment.Layout.ReportCover;
import org.councilgraph.segment.Layout.ResolutionText;
import org.junit.jupiter.api.Test;

/** Layouts none of the corpus councils use: minute numbers with the year, "Item N:", fields under a name. */
class OtherLayoutsTest {
    @Test
    void minutesHeldUnderACommitteeHeadingWithMinuteNumbers() {
        Layout l = Fixtures.layout("northvale-planning-minutes.txt");
        MeetingSection m = Fixtures.only(l);
        assertEquals("Planning Committee", m.committee());
        assertEquals(LocalDate.of(2025, 3, 4), m.date());
        assertEquals(Optional.of(LocalTime.of(19, 0)), m.start());
        assertEquals(Optional.of(LocalTime.of(20, 40)), m.end());
        assertEquals(Optional.of("Council Chamber, Northvale Town Hall"), m.venue());
        assertEquals(List.of("45/25", "46/25", "47/25", "48/25"), m.items().stream().map(i -> i.number().orElseThrow()).toList());
        assertEquals(List.of("That planning permission be granted subject to the conditions in the report."),
                m.items().get(2).resolutions().stream().map(ResolutionText::text).toList());
        assertEquals(List.of("That the report be noted."), m.items().get(3).resolutions().stream().map(ResolutionText::text).toList());
        assertEquals(1, m.declarations().size());
        ReportCover appeals = l.reports().stream().filter(r -> r.title().equals("Planning Appeals")).findFirst().orElseThrow();
        assertEquals(Optional.of("Head of Planning"), appeals.reportOf());
        assertTrue(l.reports().stream().anyMatch(r -> r.itemNumber().equals(Optional.of("47/25"))));
    }

    @Test
    void anAgendaWithFieldsUnderTheCommitteesName() {
        MeetingSection m = Fixtures.only(Fixtures.layout("northvale-licensing-agenda.txt"));
        assertEquals("Licensing Committee", m.committee());
        assertEquals(LocalDate.of(2025, 3, 12), m.date());
        assertEquals(Optional.of(LocalTime.of(18, 30)), m.start());
        assertEquals(Optional.of("Committee Room 1, Northvale Town Hall"), m.venue());
        assertEquals(List.of("1", "2", "3", "4"), m.items().stream().map(i -> i.number().orElseThrow()).toList());
        assertEquals("Review of Premises Licence – The Crown, High Street", m.items().get(2).title());
    }

    @Test
    void unnumberedHeadingsInCapitalsAreTheItemsOfMinutesThatNumberNothing() {
        MeetingSection m = Fixtures.only(Fixtures.layout("eastmere-parish-style-minutes.txt"));
        assertEquals("Finance and General Purposes Committee", m.committee());
        assertEquals(LocalDate.of(2025, 2, 10), m.date());
        assertEquals(List.of("APOLOGIES FOR ABSENCE", "DECLARATIONS OF INTEREST", "PRECEPT AND BUDGET 2025/26", "GRANT APPLICATIONS"),
                m.items().stream().map(i -> i.title()).toList());
        assertTrue(m.items().stream().allMatch(i -> i.number().isEmpty()));
        assertEquals(List.of("That a grant of £500 be made to the Eastmere Youth Club."),
                m.items().get(3).resolutions().stream().map(ResolutionText::text).toList());
    }

    @Test
    void aDecisionPageNamesTheMeetingItWasTakenAt() {
        Layout l = Segmenter.segment(Fixtures.text("Decision details\n\nLeisure Centre Investment Plan\n\nDecision Maker: Cabinet\n\n"
                + "Meeting: 06/02/2025 - Cabinet (Item 16)\n\nDecision:\nThe Cabinet approved the plan.\n"));
        assertTrue(l.references().stream().anyMatch(r -> r.date().equals(LocalDate.of(2025, 2, 6)) && r.committee().equals(Optional.of("Cabinet"))),
                l.references().toString());
    }

    @Test
    void letteredSubItemsFollowTheirItem() {
        MeetingSection m = Fixtures.only(Segmenter.segment(Fixtures.text("CABINET\n\nMinutes of a meeting of the Cabinet held at the Civic Centre on "
                + "Wednesday, 5 March 2025.\n\n6. Apologies for Absence\n\nNone.\n\n7. Budget Matters\n\n7a. Revenue Budget Monitoring\n\n"
                + "The Cabinet noted the position.\n\n7b. Capital Programme\n\nRESOLVED: That the capital programme be approved.\n\n"
                + "8. Any Other Business\n\nNone.\n")));
        assertEquals(List.of("6", "7", "7a", "7b", "8"), m.items().stream().map(i -> i.number().orElseThrow()).toList());
        assertEquals(1, m.items().get(3).resolutions().size());
    }

    @Test
    void aDateAndTimeFieldGivesBoth() {
        MeetingSection m = Fixtures.only(Segmenter.segment(Fixtures.text("PLANNING AND LICENSING COMMITTEE\n\n"
                + "Date and Time: Wednesday 5 March 2025, 7.00pm\nVenue: The Guildhall, Market Place, Northvale\n\nAGENDA\n\n"
                + "1. Apologies\n\n2. Declarations of Interest\n\n3. Planning Applications\n")));
        assertEquals("Planning and Licensing Committee", m.committee());
        assertEquals(LocalDate.of(2025, 3, 5), m.date());
        assertEquals(Optional.of(LocalTime.of(19, 0)), m.start());
        assertEquals(Optional.of("The Guildhall, Market Place, Northvale"), m.venue());
        assertEquals(3, m.items().size());
    }
}
