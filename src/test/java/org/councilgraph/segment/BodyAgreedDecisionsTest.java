package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.councilgraph.segment.Layout.ItemSection;
import org.junit.jupiter.api.Test;

/**
 * Minutes that mark their decisions ("the Committee agreed:" over a list) and record another in a sentence naming the
 * body that decided ("the Committee agreed to note the progress ..."); an item with neither has no decision.
 */
class BodyAgreedDecisionsTest {
    private static final Layout MINUTE = Fixtures.layout("scottish/westby-roads-committee-minute.txt");

    private static List<String> decisions(int item) {
        List<ItemSection> items = MINUTE.meetings().stream().flatMap(m -> m.items().stream()).toList();
        return items.get(item).resolutions().stream().map(Layout.ResolutionText::text).toList();
    }

    @Test
    void theMarkedListIsReadAsBefore() {
        assertEquals(List.of("to approve the allocation of the roads maintenance budget for 2025/26 as set out in Appendix 1 of the report",
                "to approve the Winter Service Plan 2025/26."), decisions(1));
    }

    @Test
    void theBodyThatAgreedInASentenceDecides() {
        assertEquals(List.of("to note the progress made by the Flood Risk Management Team with the delivery of the plan."), decisions(2));
    }

    @Test
    void aDiscussionDecidesNothing() {
        assertEquals(List.of(), decisions(3));
    }
}
