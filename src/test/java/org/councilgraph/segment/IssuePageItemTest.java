package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.councilgraph.segment.Layout.ItemSection;
import org.junit.jupiter.api.Test;

/**
 * A page of one item's history at its meetings, saved as text: the meeting's line names the item's number, so
 * the numbered paragraphs of its minutes ("1) To note ...") are the item's decisions, not items of their own.
 */
class IssuePageItemTest {
    private static final String PAGE = """
            Issue - items at meetings

            Westby Housing Plan

            Meeting: 28/11/2024 - Westby Council (Item 8.4)

            8.4

            Westby Housing Plan - referral from the Housing Committee, with the plan it asks the Council to approve pdf icon PDF 142 KB

            Minutes:

            The Housing Committee had referred the plan to the Council.

            Decision

            1)    To note the referral from the Housing Committee.

            2)    To approve additional spending of £3.1m in 2025/26.

            - moved by Councillor Northby, seconded by Councillor Riverford

            Meeting: 05/11/2024 - Housing Committee (Item 7.2)

            7.2

            Westby Housing Plan pdf icon PDF 310 KB

            Report by the Director of Place

            Minutes:

            Decision

            1)    To note the plan.

            2)    To refer the plan to the Council.
            """;

    @Test
    void theItemIsTheOneTheMeetingsLineNumbers() {
        Layout l = Segmenter.segment(Fixtures.text(PAGE));
        List<String> items = l.meetings().stream().flatMap(m -> m.items().stream())
                .map(i -> i.number().orElse("-") + " " + i.title()).toList();
        assertEquals(List.of("8.4 Westby Housing Plan - referral from the Housing Committee, with the plan it asks the Council to approve",
                "7.2 Westby Housing Plan"), items);
        ItemSection first = l.meetings().get(0).items().get(0);
        assertEquals(List.of("To note the referral from the Housing Committee.", "To approve additional spending of £3.1m in 2025/26."),
                first.resolutions().stream().map(Layout.ResolutionText::text).toList());
    }
}
