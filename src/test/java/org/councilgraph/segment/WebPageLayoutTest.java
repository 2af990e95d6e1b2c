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
        MeetingSection m = Fixtures.only(org.councilgraph.segment.Segmenter.segment(
                org.councilgraph.load.Loader.load("postponed.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertEquals(Optional.of(org.councilgraph.segment.Layout.MeetingStatus.POSTPONED), m.status());
        // a meeting held is neither
        assertEquals(Optional.empty(), Fixtures.only(Fixtures.layout("northvale-planning-minutes.txt")).status());
    }
}
