package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.councilgraph.segment.Layout.MeetingSection;
import org.councilgraph.segment.Layout.ReportCover;
import org.junit.jupiter.api.Test;

/**
 * An agenda in the Scottish manner: each item's page range in a column after its title, and a line under it
 * that dates the report before naming its author ("Report dated 1 November 2017 by the Executive Director
 * (...)"); the previous minutes described as "Minutes of the meeting of the X held on DATE submitted for
 * approval".
 */
class ScottishAgendaLayoutTest {
    private final Layout layout = Fixtures.layout("westby-executive-agenda.txt");

    @Test
    void minutesPutForApprovalAreNoMeetingOfTheirOwn() {
        assertEquals(1, layout.meetings().size());
        assertEquals(Layout.Role.AGENDA, layout.meetings().get(0).role());
    }

    @Test
    void aTitleEndsAtItsPageRangeAndTheDatedReportLineIsNoPartOfIt() {
        MeetingSection agenda = layout.meetings().get(0);
        assertEquals(List.of("Declaration of Interests", "Minutes of Previous Meeting",
                "Capital Budget Monitoring for Period 8 - 1 April to 13 October 2017",
                "Revenue Budget Monitoring for Period 8 - 1 April to 13 October 2017"),
                agenda.items().stream().map(Layout.ItemSection::title).toList());
    }

    @Test
    void aReportDatedBeforeItsAuthorIsThatAuthors() {
        List<ReportCover> reports = layout.reports();
        assertEquals(2, reports.size());
        assertEquals(Optional.of("Executive Director, Finance and Corporate Resources"), reports.get(0).reportOf());
        assertEquals(Optional.of("3"), reports.get(0).itemNumber());
    }
}
