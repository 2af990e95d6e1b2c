package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.councilgraph.segment.Layout.MeetingReference;
import org.councilgraph.segment.Layout.MeetingSection;
import org.junit.jupiter.api.Test;

/** ModernGov pages that hold meetings without minutes: a committee's list of meetings, a cancelled meeting. */
class WebPageLayoutTest {
    @Test
    void aListOfMeetingsGivesEachMeetingWithItsTimeAndTheCommitteeOfThePage() {
        Layout l = Fixtures.layout("meetings-list.html");
        List<MeetingReference> refs = l.references();
        assertEquals(List.of(LocalDate.of(2025, 9, 16), LocalDate.of(2025, 11, 25), LocalDate.of(2026, 2, 10)),
                refs.stream().map(MeetingReference::date).sorted().toList());
        assertTrue(refs.stream().allMatch(r -> r.committee().equals(Optional.of("Licensing and Regulatory Committee"))));
        assertTrue(refs.stream().anyMatch(r -> r.date().equals(LocalDate.of(2025, 9, 16)) && r.time().equals(Optional.of(LocalTime.of(19, 0)))));
        assertTrue(l.meetings().isEmpty());
    }

    @Test
    void aCancelledMeetingsPageStillHoldsItsMeeting() {
        MeetingSection m = Fixtures.only(Fixtures.layout("cancelled-meeting.html"));
        assertEquals("Licensing and Regulatory Committee", m.committee());
        assertEquals(LocalDate.of(2025, 11, 25), m.date());
        assertEquals(Optional.of(LocalTime.of(18, 30)), m.start());
        assertEquals(Optional.of("Council Chamber, Northvale Town Hall"), m.venue());
        assertTrue(m.items().isEmpty());
        assertEquals(Optional.of(org.councilgraph.segment.Layout.MeetingStatus.CANCELLED), m.status());
    }

    @Test
    void aMeetingSaysItWasPostponedNearItsTop() throws Exception {
        String text = "NORTHVALE BOROUGH COUNCIL\n\nPLANNING COMMITTEE\n\nMinutes of a meeting of the Planning Committee held on "
                + "Tuesday, 4 March 2025.\n\nThis meeting has been postponed to a date to be fixed.\n\n1. Apologies\n\nNone.\n";
        MeetingSection m = Fixtures.only(Fixtures.segmented("postponed.txt", text));
        assertEquals(Optional.of(org.councilgraph.segment.Layout.MeetingStatus.POSTPONED), m.status());
        // a meeting held is neither
        assertEquals(Optional.empty(), Fixtures.only(Fixtures.layout("northvale-planning-minutes.txt")).status());
    }

    @Test
    void anItemTablesNumbersNeedNoMarkOnAWebPage() {
        MeetingSection m = Fixtures.only(Fixtures.layout("unmarked-numbers-minutes.html"));
        // a title in its own cell may be long: 28 words, and the file size of its link
        assertEquals(List.of("270/22", "271/22", "272/22", "273/22"), m.items().stream().map(i -> i.number().orElse("-")).toList());
        assertEquals(List.of("Public Participation", "Interests", "Northvale Leisure Centre Refurbishment"),
                m.items().stream().map(Layout.ItemSection::title).toList().subList(0, 3));
        assertEquals(1, m.items().get(2).resolutions().size());
        // the same lines in a printed table are items too: minutes of one year, a few apart, each over its title
        String text = "Minutes of the Council held on Thursday, 26th January, 2023\n\n270/22\n\nPublic Participation\n\n"
                + "271/22\n\nInterests\n\nThere were no declarations of interest.\n";
        assertEquals(2, AgendaItems.find(new Lines(text), 0, text.length()).size());
        assertEquals(2, AgendaItems.find(new Lines(text, true), 0, text.length()).size());
        // but a table's years over its columns' headings are no minutes: "21/22", "22/23" are of no one year
        String years = "Minutes of the Council held on Thursday, 26th January, 2023\n\n21/22\n\nActual Spend\n\n"
                + "22/23\n\nRevised Budget\n\n23/24\n\nForecast Outturn\n";
        assertTrue(AgendaItems.find(new Lines(years), 0, years.length()).isEmpty());
    }

    @Test
    void anItemTableThatNumbersNothingHoldsItsTitles() {
        MeetingSection m = Fixtures.only(Fixtures.layout("unnumbered-items-minutes.html"));
        assertEquals(List.of("Election of Chairperson", "Apologies for Absence", "Declarations of interest", "Minutes of the previous meeting"),
                m.items().stream().map(Layout.ItemSection::title).toList());
        assertTrue(m.items().stream().allMatch(i -> i.number().isEmpty()));
        // an election and the minutes' approval decide; "had not yet agreed" does not
        assertEquals(List.of(1, 0, 0, 1), m.items().stream().map(i -> i.resolutions().size()).toList());
        // the same lines in a text paper are no item table
        String text = "Minutes of the Westby Board held on Tuesday, 14th May, 2024\n\nNo. Item\n\nElection of Chairperson\n\n"
                + "Councillor Bob Northby was elected Chairperson.\n\nDeclarations of interest\n\nNone were received.\n";
        assertTrue(AgendaItems.find(new Lines(text), 0, text.length()).isEmpty());
        assertEquals(2, AgendaItems.find(new Lines(text, true), 0, text.length()).size());
    }

    @Test
    void anItemsPageHoldsTheItemAtTheMeetingItsHeadingNames() {
        MeetingSection m = Fixtures.only(Fixtures.layout("item-history-page.html"));
        assertEquals("Overview and Scrutiny Board", m.committee());
        assertEquals(LocalDate.of(2024, 12, 3), m.date());
        assertEquals(1, m.items().size());
        assertEquals(Optional.of("78"), m.items().get(0).number());
        assertEquals("Apologies for Absence and Named Substitutes", m.items().get(0).title());
        assertEquals(1, m.items().get(0).resolutions().size());
        assertEquals(List.of("Councillor A. Westby", "Councillor B. C. Northby", "Councillor D. Riverford"), m.attendance().stream()
                .filter(a -> a.status() == org.councilgraph.segment.Layout.Status.APOLOGIES).map(Layout.Attendee::name).toList());
    }

    @Test
    void aPageOfDecisionsHoldsEachDecisionAtItsMeeting() {
        MeetingSection m = Fixtures.only(Fixtures.layout("decisions-page.html"));
        assertEquals("Council", m.committee());
        assertEquals(LocalDate.of(2023, 1, 19), m.date());
        assertEquals(org.councilgraph.segment.Layout.Role.DECISIONS, m.role());
        assertEquals(List.of("NORTHVALE LEISURE CENTRE FEES 2023/2024"), m.items().stream().map(Layout.ItemSection::title).toList());
        assertEquals(1, m.items().get(0).resolutions().size());
    }

    @Test
    void aDecisionsDetailsPageIsThatDecisionAtTheMeetingItsFootNames() {
        MeetingSection m = Fixtures.only(Fixtures.layout("decision-details-page.html"));
        assertEquals("Cabinet", m.committee());
        assertEquals(LocalDate.of(2022, 6, 7), m.date());
        assertEquals(List.of("Westby Green Task Group Final Report"), m.items().stream().map(Layout.ItemSection::title).toList());
        assertEquals(2, m.items().get(0).resolutions().size(), m.items().get(0).resolutions().toString());
        assertTrue(m.items().get(0).resolutions().get(0).text().startsWith("That the recommendations set out in section 7"));
    }

    @Test
    void aMeetingsAttendancePageGivesEachRowsAttendance() {
        MeetingSection m = Fixtures.only(Fixtures.layout("attendance-page.html"));
        assertEquals("Licensing Committee", m.committee());
        assertEquals(List.of("PRESENT Councillor Ann Westby [Chair]", "APOLOGIES Councillor Bob Northby [Vice-Chair]",
                "PRESENT Councillor Carl Riverford [Committee Member]", "ABSENT Councillor Dora Eastby [Committee Member]",
                "SUBSTITUTE Councillor Ed Southby [Substitute]", "IN_ATTENDANCE Gus Hale [Officer]"),
                m.attendance().stream().map(a -> a.status() + " " + a.name() + a.role().map(r -> " [" + r + "]").orElse("")).toList());
    }

    @Test
    void aMeetingPageWithTheDateUnderTheBodysNameHoldsItsBusiness() {
        MeetingSection m = Fixtures.only(Fixtures.layout("cmis-meeting-page.html"));
        assertEquals("Finance, Resources and Westby Services Policy Board", m.committee());
        assertEquals(LocalDate.of(2018, 11, 14), m.date());
        assertEquals(Optional.of(LocalTime.of(14, 0)), m.start());
        assertEquals(List.of("1", "2"), m.items().stream().map(i -> i.number().orElse("-")).toList());
        List<String> attendance = m.attendance().stream().map(a -> a.status() + " " + a.name() + a.role().map(r -> " [" + r + "]").orElse("")).toList();
        assertTrue(attendance.contains("IN_ATTENDANCE A Northby [Director of Finance & Resources]"), attendance.toString());
        assertTrue(attendance.contains("APOLOGIES Councillor D Moore"), attendance.toString());
        assertTrue(attendance.stream().noneMatch(a -> a.contains("Documents") || a.endsWith(" Resources")), attendance.toString());
        assertEquals(1, m.declarations().size());
    }

    @Test
    void anAgendaItemsPageHoldsTheItemAtTheMeetingItsHeadingNames() {
        MeetingSection m = Fixtures.only(Fixtures.layout("agenda-item-page.html"));
        assertEquals("Cabinet", m.committee());
        assertEquals(LocalDate.of(2012, 10, 9), m.date());
        assertEquals(Optional.of(LocalTime.of(10, 0)), m.start());
        assertEquals(List.of("51 Apologies for Absence"), m.items().stream().map(i -> i.number().orElse("-") + " " + i.title()).toList());
        assertEquals(List.of("Councillor Ann Westby", "Councillor Bob Northby"), m.attendance().stream().map(Layout.Attendee::name).toList());
    }

    @Test
    void anAgendaItemsPageWithItsReportsLineIsNoReportsCover() {
        Layout l = Fixtures.layout("agenda-item-report-page.html");
        MeetingSection m = Fixtures.only(l);
        assertEquals("Council", m.committee());
        assertEquals(List.of("8 Westby Urgent Decisions"), m.items().stream().map(i -> i.number().orElse("-") + " " + i.title()).toList());
        assertEquals(List.of("That the urgent decision taken by Cabinet be noted."),
                m.items().get(0).resolutions().stream().map(Layout.ResolutionText::text).toList());
        assertEquals(List.of("Westby Urgent Decisions"), l.reports().stream().map(Layout.ReportCover::title).distinct().toList());
    }

    @Test
    void anAgendaTablesCellHoldsATitleInCapitalsThenItsDescription() throws Exception {
        String html = "<html><head><title>Westby Council Agenda - 07 October 2025, 09:30</title></head><body><main>"
                + "<p>Westby Council Agenda - 07 October 2025, 09:30</p>"
                + "<p>A meeting to be held at the Council Chambers, Westby at 09:30 on 07 October 2025.</p><table>"
                + "<tr><td>1</td><td>SEDERUNT</td></tr>"
                + "<tr><td>2</td><td>MINUTES</td></tr>"
                + "<tr><td>(a)</td><td>Minute of Meeting of Westby Council held on 24 June 2025; View Papers</td></tr>"
                + "<tr><td>(b)</td><td>Minute of Special Meeting of Westby Council held on 24 August 2025; (Note: the minute includes "
                + "information which is exempt from publication; the extract minute of the exempt item is attached at item 19 on this agenda)</td></tr>"
                + "<tr><td>(c)</td><td>Minute of Special Meeting of Westby Council held on 18 September 2025</td></tr>"
                + "<tr><td>3</td><td>QUESTIONS Questions submitted in accordance with Standing Orders will be published in advance.</td></tr>"
                + "<tr><td>4</td><td>WARD 3 - NORTHBY &amp; EASTBY BY-ELECTION Report by the Returning Officer.</td></tr>"
                + "<tr><td>5</td><td>BUDGET FRAMEWORK 2026/27 Joint report by the Chief Executive and the Director of Finance.</td></tr>"
                + "<tr><td>6</td><td>NEW SCHOOL PROJECT</td></tr></table></main></body></html>";
        Layout l = Fixtures.segmented("agenda.html", html);
        MeetingSection m = Fixtures.only(l);
        assertEquals(List.of("1", "2", "2a", "2b", "2c", "3", "4", "5", "6"), m.items().stream().map(i -> i.number().orElse("-")).toList());
        assertEquals(List.of("QUESTIONS", "WARD 3 - NORTHBY & EASTBY BY-ELECTION", "BUDGET FRAMEWORK 2026/27"),
                m.items().subList(5, 8).stream().map(Layout.ItemSection::title).toList());
        assertEquals("Minute of Special Meeting of Westby Council held on 24 August 2025", m.items().get(3).title());
        assertEquals(List.of("Returning Officer", "Chief Executive and the Director of Finance"),
                l.reports().stream().map(r -> r.reportOf().orElse("-")).toList());
    }

    @Test
    void anUnnumberedItemTableHoldsTheMinutesItemAndAnItemWithoutPapers() throws Exception {
        String html = "<html><head><title>Agenda and minutes - Council - Monday, 8th October, 2025 7.00 pm</title></head><body><div id=\"modgov\">"
                + "<h1>Agenda and minutes</h1><h2>Council - Monday, 8th October, 2025 7.00 pm</h2>"
                + "<p>Venue: The Council Chamber, Westby Centre</p><table><tr><th>No.</th><th>Item</th></tr>"
                + "<tr><td></td><td><p>Minutes <a href=\"documents/m1.pdf\">pdf icon PDF 156 KB</a></p>"
                + "<p>To approve the minutes of the meeting held on 16th July 2025.</p>"
                + "<p>THAT the minutes of the meeting held on 16th July 2025 be approved and signed as a correct record.</p></td></tr>"
                + "<tr><td></td><td><p>Declarations by Members of Interests in Respect of Items on this Agenda</p>"
                + "<p>In relation to Item 7, Councillor Northby declared a non-pecuniary interest as a resident of the estate.</p></td></tr>"
                + "<tr><td></td><td><p>Announcements from the Mayor or Leader</p><p>(There are no pages for this part of the agenda.)</p>"
                + "<p>The Mayor announced the opening of Westby House.</p></td></tr></table></div></body></html>";
        MeetingSection m = Fixtures.only(Fixtures.segmented("page.html", html));
        assertEquals(List.of("Minutes", "Declarations by Members of Interests in Respect of Items on this Agenda", "Announcements from the Mayor or Leader"),
                m.items().stream().map(Layout.ItemSection::title).toList());
    }

    @Test
    void aBulletedNameUnderTheDeclarationsItemIsNoPartOfItsTitle() {
        String html = "<html><head><title>Meeting documents</title></head><body><div id=\"modgov\">"
                + "<p>Council - Thursday, 17th July, 2025 6.30 pm</p><p>Place:</p><p>Council Chamber, Westby Civic Centre</p>"
                + "<p>137 Apologies for absence.</p><p>Apologies for absence were received from Councillor Northby.</p>"
                + "<p>138 Declarations of Interest</p><p>• Councillor Westby</p><p>Cabinet held on 1st July 2025</p>"
                + "<p>Minute 67 - Review of Westby Land - Non-pecuniary interest - a member of the Westby Homes Board;</p>"
                + "<p>139 Minutes</p><p>Resolved: That the minutes be confirmed.</p></div></body></html>";
        MeetingSection m = Fixtures.only(Fixtures.segmented("page.html", html));
        assertEquals("Declarations of Interest", m.items().get(1).title());
        assertEquals(List.of("Councillor Westby"), m.declarations().stream().map(Layout.DeclarationText::person).toList());
    }

    @Test
    void anAttendanceTableAfterTheItemsIsTheMeetingsAttendance() throws Exception {
        // a committee web page's text: the items, then the "Attendance" tab's table, cells set apart by tabs
        String text = "Meeting Details\n\nMeeting Summary\nHousing Committee\n13 Nov 2024 - 10:00 to 12:40\nOccurred\n"
                + "Location: Council Chamber, Westby\n\nPublic Items\n1 Welcome and Apologies/Substitutes\n2 Declarations of Interest\n\n"
                + "Members are reminded of their obligation to declare any interest.\n\n"
                + "3 Housing Revenue Account Budget 2024/25 - Monitoring Report Number 2\n"
                + "Report by Head of Housing (copy herewith 24/312)\n  1. pdf Item 03 - HRA Monitoring Report 2\n\n"
                + "Members Attendance\n\nAttendee\tRole\tAttendance\tNotes\n"
                + "Councillor Ann Westby\tConvener\tPresent\n"
                + "Councillor Bob Northby\tCommittee Member\tApologies\n"
                + "Mrs Carla Riverford\tCo-opted Member\tPresent\tTenant Representative\n\n"
                + "Declarations of Interests\n\nMember Name\tItem Ref.\tDetails\tNature of Declaration\tAction\n"
                + "Councillor Ann Westby\t3\tBoard member of a local charity\tNon-Financial\tRemained in the meeting\n";
        MeetingSection m = Fixtures.only(Fixtures.segmented("attendance-tab.txt", text));
        assertEquals(3, m.items().size());
        assertEquals(List.of("Councillor Ann Westby PRESENT", "Councillor Bob Northby APOLOGIES", "Mrs Carla Riverford PRESENT"),
                m.attendance().stream().map(a -> a.name() + " " + a.status()).toList());
        // and the declarations tab's table, under no item
        assertEquals(List.of("Councillor Ann Westby"), m.declarations().stream().map(Layout.DeclarationText::person).toList());
    }

    @Test
    void aPageItemOverTheReportItLinksIsNoReportsCoverEndingTheMeeting() {
        // a meeting page copied as text: the item's title carries its document's mark, the line under it says whose report
        String page = "Agenda and minutes\n\nWestby Scrutiny Committee - Monday, 3rd March, 2025 6.30 pm\n\nItems\nNo. Item\n\n"
                + "1.\n\nApologies\n\nMinutes:\n\nNone were received.\n\n"
                + "2.\n\nNorthby Hospital Discharge pdf icon PDF 388 KB\n\nReport of the Executive Director Adults and Health.\n\n"
                + "Minutes:\n\nAnn Westby, Director of Adult Social Care, introduced the report.\n\nRESOLVED –\n\nTHAT the report be noted.\n\n"
                + "3.\n\nWork Programme pdf icon PDF 98 KB\n\nReport of the Executive Director Corporate Services.\n\nMinutes:\n\nThe programme was agreed.\n";
        MeetingSection m = Fixtures.only(Fixtures.segmented("page.txt", page));
        assertEquals(List.of("Apologies", "Northby Hospital Discharge", "Work Programme"), m.items().stream().map(i -> i.title()).toList());
    }
}
