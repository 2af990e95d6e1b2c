package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.councilgraph.Corpus;
import org.councilgraph.load.Loader;
import org.councilgraph.segment.Layout.Attendee;
import org.councilgraph.segment.Layout.MeetingSection;
import org.councilgraph.segment.Layout.Status;
import org.junit.jupiter.api.Test;

class SegmenterTest {
    private static Layout layout(String sample) throws Exception {
        return Segmenter.segment(Loader.load(Corpus.sample(sample)));
    }

    /** Names listed with status {@code s} (not those inferred from what people did in the minutes). */
    private static List<String> names(MeetingSection m, Status s) {
        return m.attendance().stream().filter(a -> a.status() == s && !a.group().equals(Optional.of(AttendanceLists.INFERRED)))
                .map(Attendee::name).toList();
    }

    @Test
    void minutesInPlainText() throws Exception {
        Layout l = layout("riverford-cabinet-2025-03-12-minutes.txt");
        assertEquals(Optional.of(new CouncilRef.Named("Riverford Borough Council")), l.council());
        MeetingSection m = l.meetings().get(0);
        assertEquals("Cabinet", m.committee());
        assertEquals(LocalDate.of(2025, 3, 12), m.date());
        assertEquals(Optional.of("Council Chamber, Riverford Town Hall, Market Square, Riverford"), m.venue());
        assertEquals(Optional.of(LocalTime.of(20, 5)), m.end());
        assertEquals(List.of("Councillor Helena Marsh", "Councillor Tobias Wren", "Councillor Priya Anand",
                "Councillor Owen Fairley", "Councillor Grace Ilsley"), names(m, Status.PRESENT));
        assertEquals(List.of("Mr Rupert Salt", "Ms Dana Okafor", "Mrs Kim Farrow"), names(m, Status.IN_ATTENDANCE));
        assertEquals(List.of("Councillor Lewis Brannock"), names(m, Status.APOLOGIES));
        assertEquals(Optional.of("Chair"), m.attendance().get(0).role());
        assertEquals(Optional.of("Chief Executive"), m.attendance().get(5).role());
        assertEquals(List.of("41", "42", "43", "44", "45", "46"), m.items().stream().map(i -> i.number().orElse("")).toList());
        assertEquals("School Place Planning 2025-2030", m.items().get(3).title());
        assertEquals(List.of("That the forecast demand for school places be noted.",
                "That the Director of Children and Education Services be authorised to consult on the expansion of Harrow Lane Primary School."),
                m.items().get(3).resolutions().stream().map(Layout.ResolutionText::text).toList());
        assertEquals(1, m.declarations().size());
        assertEquals("Councillor Priya Anand", m.declarations().get(0).person());
        assertTrue(l.references().stream().anyMatch(r -> r.date().equals(LocalDate.of(2025, 2, 5))));
        assertTrue(l.references().stream().anyMatch(r -> r.date().equals(LocalDate.of(2025, 4, 9))));
        assertTrue(l.reports().stream().anyMatch(r -> r.title().equals("School Place Planning 2025-2030")
                && r.reportOf().equals(Optional.of("Director of Children and Education Services")) && r.itemNumber().equals(Optional.of("44"))));
    }

    @Test
    void agendaInMarkdownWithMembershipAndCoOptedMembers() throws Exception {
        Layout l = layout("riverford-scrutiny-2025-05-20-agenda.md");
        MeetingSection m = l.meetings().get(0);
        assertEquals("Children and Young People Scrutiny Committee", m.committee());
        assertEquals(LocalDate.of(2025, 5, 20), m.date());
        assertEquals(Optional.of(LocalTime.of(18, 0)), m.start());
        List<String> members = m.membership().stream().map(Attendee::name).toList();
        assertTrue(members.containsAll(List.of("Councillor Marsh", "Councillor Ilsley", "Councillor Brannock",
                "Councillor Fairley", "Councillor Quayle", "Mr Anthony Pell")), members.toString());
        Attendee pell = m.membership().stream().filter(a -> a.name().equals("Mr Anthony Pell")).findFirst().orElseThrow();
        assertEquals(Optional.of("Parent Governor Representative"), pell.role());
        assertTrue(pell.group().orElse("").startsWith("Co-opted"));
        assertEquals(List.of("APOLOGIES FOR ABSENCE", "DECLARATIONS OF INTEREST", "SCHOOL PLACE PLANNING 2025-2030", "WORK PROGRAMME"),
                m.items().stream().map(Layout.ItemSection::title).toList());
        assertTrue(l.references().stream().anyMatch(r -> r.date().equals(LocalDate.of(2025, 7, 22))), "future meeting dates");
        assertTrue(l.contacts().stream().anyMatch(c -> c.name().equals("Sam Yardley")
                && c.email().equals(Optional.of("sam.yardley@riverford.gov.uk"))));
    }

    @Test
    void modernGovPageWithNumberedItemsAndDecisions() throws Exception {
        Layout l = layout("riverford-scrutiny-2025-05-20-minutes.html");
        MeetingSection m = l.meetings().get(0);
        assertEquals("Children and Young People Scrutiny Committee", m.committee());
        assertEquals(Optional.of(LocalTime.of(18, 0)), m.start());
        assertEquals(List.of("Apologies for Absence", "Declarations of Interest", "School Place Planning 2025-2030", "Work Programme"),
                m.items().stream().map(Layout.ItemSection::title).toList());
        assertTrue(m.items().get(2).hasDocument(), "the item links a report");
        assertEquals(List.of("the report be noted", "the Committee receive an update at its meeting in November 2025."),
                m.items().get(2).resolutions().stream().map(Layout.ResolutionText::text).toList());
        assertEquals(List.of("Councillor Lewis Brannock", "Councillor Nadia Quayle"), names(m, Status.APOLOGIES));
        assertEquals("Councillor Grace Ilsley", m.declarations().get(0).person());
    }

    @Test
    void reportCoverInAPdfPack() throws Exception {
        Layout l = layout("riverford-school-place-planning-report.pdf");
        Layout.ReportCover r = l.reports().get(0);
        assertEquals("SCHOOL PLACE PLANNING 2025-2030", r.title());
        assertEquals(Optional.of("Director of Children and Education Services"), r.reportOf());
        assertEquals(Optional.of("Cabinet"), r.committee());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 12)), r.meetingDate());
        assertEquals(List.of("Dana Okafor", "Marcus Tilney"), r.contacts().stream().map(Layout.ContactBlock::name).toList());
        assertEquals(Optional.of("Head of Education Sufficiency"), r.contacts().get(1).post());
        assertEquals(Optional.of("marcus.tilney@riverford.gov.uk"), r.contacts().get(1).email());
    }

    @Test
    void corpusMinutesPackOpensWithTheSecondOfSeptemberMeeting() {
        Layout l = Segmenter.segment(load(Corpus.corpus("001_a71e74bfbea0b0ca.txt")));
        MeetingSection m = l.meetings().get(0);
        assertEquals(LocalDate.of(2025, 9, 2), m.date());
        assertEquals(Optional.of(LocalTime.of(14, 0)), m.start());
        assertEquals(Optional.of(LocalTime.of(16, 26)), m.end());
        assertEquals(11, names(m, Status.PRESENT).size());
        assertEquals(15, m.items().size());
    }

    private static org.councilgraph.load.Paper load(java.nio.file.Path p) {
        try {
            return Loader.load(p);
        } catch (org.councilgraph.load.PaperException e) {
            throw new AssertionError(e);
        }
    }
}
