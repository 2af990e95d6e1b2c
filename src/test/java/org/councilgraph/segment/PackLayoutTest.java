package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.councilgraph.segment.Layout.MeetingSection;
import org.councilgraph.segment.Layout.ReportCover;
import org.councilgraph.segment.Layout.ResolutionText;
import org.junit.jupiter.api.Test;

/** An agenda pack converted to Markdown: summons, previous minutes, a slide deck, a cover, a work programme. */
class PackLayoutTest {
    private final Layout layout = Fixtures.layout("ashford-vale-pack.md");

    @Test
    void theSummonsAndTheMinutesAreTwoMeetingsOfOneCommission() {
        assertEquals(2, layout.meetings().size());
        MeetingSection agenda = layout.meetings().get(0);
        assertEquals("Housing, Homes and Neighbourhoods Scrutiny Commission", agenda.committee());
        assertEquals(Layout.Role.AGENDA, agenda.role());
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), agenda.items().stream().map(i -> i.number().orElseThrow()).toList());
        assertEquals("CHAIR'S ANNOUNCEMENTS", agenda.items().get(2).title());
        MeetingSection minutes = layout.meetings().get(1);
        assertEquals(agenda.committee(), minutes.committee());
        assertEquals(LocalDate.of(2025, 9, 2), minutes.date());
    }

    @Test
    void aMistypedMarkerStillOpensTheResolutions() {
        MeetingSection minutes = layout.meetings().get(1);
        List<String> texts = minutes.items().get(1).resolutions().stream().map(ResolutionText::text).toList();
        assertEquals(List.of("That the report be noted.", "That the Director of Housing provide an update in six months."), texts);
    }

    @Test
    void aSlideDeckGoesWithTheItemOfItsAppendixAndUnderTheCommissionsFullName() {
        ReportCover deck = report("Council Housing Today");
        assertEquals(Optional.of("Housing, Homes and Neighbourhoods Scrutiny Commission"), deck.committee());
        assertEquals(Optional.of(LocalDate.of(2025, 10, 14)), deck.meetingDate());
        assertEquals(Optional.of("4"), deck.itemNumber());
    }

    @Test
    void aCoverWithoutAYearTakesThePacksAndItsItemByTitle() {
        ReportCover cover = layout.reports().stream().filter(r -> r.title().equals("Tenant Satisfaction Measures")).findFirst().orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2025, 10, 14)), cover.meetingDate());
        assertEquals(Optional.of("5"), cover.itemNumber());
        assertEquals(Optional.of("Marcus Webb"), cover.reportOf());
    }

    @Test
    void theWorkProgrammeListsMeetings() {
        assertTrue(ref(LocalDate.of(2025, 12, 9)));
        assertTrue(ref(LocalDate.of(2025, 6, 3)), "'Deferred from 3 June 2025' names a meeting");
        assertTrue(layout.references().stream().filter(r -> r.date().equals(LocalDate.of(2025, 12, 9)))
                .allMatch(r -> r.committee().equals(Optional.of("Housing, Homes and Neighbourhoods Scrutiny Commission"))));
    }

    private boolean ref(LocalDate d) {
        return layout.references().stream().anyMatch(r -> r.date().equals(d));
    }

    private ReportCover report(String title) {
        return layout.reports().stream().filter(r -> r.title().equalsIgnoreCase(title)).findFirst()
                .orElseThrow(() -> new AssertionError(title + " not in " + layout.reports().stream().map(ReportCover::title).toList()));
    }
}
