package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.councilgraph.segment.Layout.ItemSection;
import org.councilgraph.segment.Layout.MeetingReference;
import org.councilgraph.segment.Layout.MeetingSection;
import org.councilgraph.segment.Layout.ReportCover;
import org.councilgraph.segment.Layout.ResolutionText;
import org.junit.jupiter.api.Test;

/** Printed minutes whose items carry "(Item N)" and whose minutes number their own paragraphs. */
class MinutesLayoutTest {
    private final Layout layout = Fixtures.layout("westbrook-cabinet-minutes.txt");
    private final MeetingSection meeting = Fixtures.only(layout);

    @Test
    void theMeetingIsReadFromItsHeading() {
        assertEquals("Cabinet", meeting.committee());
        assertEquals(LocalDate.of(2025, 2, 6), meeting.date());
        assertEquals(Optional.of("Council Chamber, Civic Offices, Westbrook"), meeting.venue());
        assertEquals(Optional.of(LocalTime.of(11, 45)), meeting.end());
        assertEquals(Optional.of(new CouncilRef.Named("Westbrook District Council")), layout.council());
    }

    @Test
    void numberedParagraphsAreNotItems() {
        List<String> numbers = meeting.items().stream().map(i -> i.number().orElseThrow()).toList();
        assertEquals(List.of("12", "13", "14", "15", "16", "17"), numbers);
        assertEquals("Minutes of the Meeting held on 9th January 2025", meeting.items().get(2).title());
    }

    @Test
    void eachSubPointIsOneResolutionEvenWhenTheyOpenAlike() {
        List<String> texts = item("16").resolutions().stream().map(ResolutionText::text).toList();
        assertEquals(3, texts.size(), texts.toString());
        assertTrue(texts.get(1).startsWith("Delegate authority to the Director of Finance in consultation"));
        assertTrue(texts.get(2).startsWith("Delegate authority to the Director of Finance, in consultation"));
    }

    @Test
    void approvedPointsRunPastASubHeadingAndStopAtNarrative() {
        List<String> texts = item("17").resolutions().stream().map(ResolutionText::text).toList();
        assertEquals(List.of("Approved the revised Housing Allocations Policy.", "Noted the consultation response.",
                "Authorised the Director of Housing to let the contract for the new lettings system."), texts);
    }

    @Test
    void plurallyDeclaredInterestsAreOnePerCouncillor() {
        List<String> who = meeting.declarations().stream().map(Layout.DeclarationText::person).toList();
        assertEquals(List.of("Councillor Penrose", "Councillor Ashby"), who);
    }

    @Test
    void reportsIntroducedByAMemberCarryTheMemberAndPost() {
        ReportCover leisure = report("Leisure Centre Investment Plan");
        assertEquals(Optional.of("16"), leisure.itemNumber());
        assertEquals(Optional.of("Mr Doyle, Deputy Leader and Cabinet Member for Finance, Property and Leisure Services"), leisure.reportOf());
        ReportCover housing = report("Housing Allocations Policy");
        assertEquals(Optional.of("Mrs Penrose, Cabinet Member for Housing"), housing.reportOf());
    }

    @Test
    void meetingsNamedInPassingAreReferences() {
        assertTrue(has(LocalDate.of(2025, 1, 9), null));
        assertTrue(has(LocalDate.of(2025, 1, 29), "Scrutiny Committee"));
        assertTrue(has(LocalDate.of(2025, 3, 4), "Cabinet"), "the meeting '(scheduled to be held on 4th March 2025)'");
        assertTrue(has(LocalDate.of(2025, 3, 13), "Full Council"));
    }

    private boolean has(LocalDate date, String committee) {
        return layout.references().stream().anyMatch(r -> r.date().equals(date)
                && (committee == null || r.committee().equals(Optional.of(committee))));
    }

    private ItemSection item(String number) {
        return meeting.items().stream().filter(i -> i.number().equals(Optional.of(number))).findFirst().orElseThrow();
    }

    private ReportCover report(String title) {
        return layout.reports().stream().filter(r -> r.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError(title + " not in " + layout.reports().stream().map(ReportCover::title).toList()));
    }

    @Test
    void referencesAreOrdered() {
        List<MeetingReference> refs = layout.references();
        for (int i = 1; i < refs.size(); i++) {
            assertTrue(refs.get(i - 1).span().start() <= refs.get(i).span().start());
        }
    }

    @Test
    void namesUnderTheHeadingWithNoLabelAreThosePresent() {
        String text = "Licensing Committee\n\nMinutes of the meeting held on\n\nMonday 21 November 2011\n\n"
                + "Councillor  Westby (Chairman), and\n\nCouncillors Ashby, Mrs Brook, Carr and Mrs Dunn\n\n"
                + "58.        Apologies for Absence\n\nThere were no apologies for absence.\n\n"
                + "59.        Minutes\n\nRESOLVED: That the Minutes of the meeting held on 3 October 2011 be approved.\n";
        MeetingSection m = Fixtures.only(Segmenter.segment(Fixtures.text(text)));
        assertEquals(List.of("Councillor Westby", "Councillor Ashby", "Mrs Brook", "Councillor Carr", "Mrs Dunn"),
                m.attendance().stream().filter(a -> a.status() == Layout.Status.PRESENT).map(Layout.Attendee::name).toList());
        // an agenda's list of members under its heading is no record of who came
        String agenda = text.replace("Minutes of the meeting held on", "Agenda for the meeting to be held on");
        MeetingSection a = Fixtures.only(Segmenter.segment(Fixtures.text(agenda)));
        assertEquals(Layout.Role.AGENDA, a.role());
        assertTrue(a.attendance().stream().noneMatch(x -> x.status() == Layout.Status.PRESENT), a.attendance().toString());
    }

    /** "Persons absent are marked with `A'" over the committee's members: the members left unmarked were present. */
    @Test
    void aKeyMarkingTheAbsentMakesTheUnmarkedMembersPresent() {
        String text = "minutes\n\nMeeting         WESTBY PLACE COMMITTEE\n\n"
                + "Date            Thursday, 9 January 2020 (commencing at 10:30 am)\n\nmembership\nPersons absent are marked with `A'\n\n"
                + "COUNCILLORS\n\n                Ann Westby (Chairman)\n                Bob Northby (Vice-Chairman)\n"
                + "                Carl Riverford                      Dora Eastby\n"
                + "           A    Ed Southby                          Fay Upton\n\n"
                + "OFFICERS IN ATTENDANCE\n\n                Gil Downby    - Corporate Director, Place\n\n"
                + "1.   MINUTES\n\n     The minutes of the last meeting were confirmed and signed by the Chairman.\n\n"
                + "2.   WORK PROGRAMME\n\n     RESOLVED: That the work programme be noted.\n";
        Layout.MeetingSection m = Fixtures.only(Segmenter.segment(Fixtures.text(text)));
        java.util.Map<String, Layout.Status> status = new java.util.TreeMap<>();
        m.attendance().forEach(a -> status.put(a.name(), a.status()));
        assertEquals(java.util.Map.of("Ann Westby", Layout.Status.PRESENT, "Bob Northby", Layout.Status.PRESENT,
                "Carl Riverford", Layout.Status.PRESENT, "Dora Eastby", Layout.Status.PRESENT, "Ed Southby", Layout.Status.ABSENT,
                "Fay Upton", Layout.Status.PRESENT, "Gil Downby", Layout.Status.IN_ATTENDANCE), status);
    }
}
