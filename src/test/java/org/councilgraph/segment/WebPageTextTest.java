package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilgraph.segment.Layout.ReportCover;
import org.junit.jupiter.api.Test;

/**
 * A committee system's meeting page saved as text reads as the page: the "Contact:" and "Report by" lines under an
 * item's title are the item's, not a report's cover that would end the minutes there.
 */
class WebPageTextTest {
    private static final String PAGE = """
            Agenda, decisions and minutes

            Cabinet - Tuesday, 18 March 2025 2.00 pm

            Items
            No. Item

            44/25

            Apologies for Absence

            Minutes:

            None.

            45/25

            Westby Budget Monitoring Report pdf icon PDF 412 KB

            Cabinet Member: Finance
            Contact: Ann Westby, Head of Finance, Tel: 01234 567890

            Report by Director of Resources (CA7).

            Decision:

            Recommendations approved.

            Minutes:

            RESOLVED to note the position.

            46/25

            Northby Transport Policy pdf icon PDF 356 KB

            Cabinet Member: Transport
            Contact: Bob Northby, Head of Transport, Tel: 01234 567891

            Report by Director of Place (CA8).

            Decision:

            Recommendations approved.

            Minutes:

            RESOLVED to approve the policy.
            """;

    @Test
    void theItemsFieldsAreTheItemsAndTheMinutesRunOn() {
        assertTrue(Segmenter.webPageText(PAGE));
        assertFalse(Segmenter.webPageText("1. Apologies\nMinutes:\nNone.\n"), "no file marks: printed minutes");
        Layout l = Segmenter.segment(Fixtures.text(PAGE));
        assertEquals(List.of("44/25", "45/25", "46/25"), l.meetings().get(0).items().stream().map(i -> i.number().orElse("-")).toList());
        assertEquals(List.of("Westby Budget Monitoring Report by Director of Resources", "Northby Transport Policy by Director of Place"),
                l.reports().stream().map(r -> r.title() + " by " + r.reportOf().orElse("-")).toList());
        assertTrue(l.reports().stream().map(ReportCover::title).noneMatch(t -> t.startsWith("Cabinet Member")));
    }
}
