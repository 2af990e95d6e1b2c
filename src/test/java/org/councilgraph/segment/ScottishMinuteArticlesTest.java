package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.councilgraph.segment.Layout.ItemSection;
import org.junit.jupiter.api.Test;

/** A Scottish minute: each article a heading in capitals over a numbered paragraph, a running header on each page. */
class ScottishMinuteArticlesTest {
    private static final Layout MINUTE = Fixtures.layout("scottish/westby-finance-committee-minute.txt");

    @Test
    void theRunningHeaderOfTheSecondPageNamesTheSameMeeting() {
        // a section of its own, of the same committee and day: one meeting once resolved
        assertEquals(List.of("Finance Committee 2023-11-14"), MINUTE.meetings().stream().map(m -> m.committee() + " " + m.date()).distinct().toList());
    }

    @Test
    void eachArticleIsTitledByTheHeadingOverItsNumber() {
        List<ItemSection> items = MINUTE.meetings().stream().flatMap(m -> m.items().stream()).toList();
        assertEquals(List.of("1 ANNOUNCEMENT", "2 DECLARATIONS OF INTEREST", "3 MINUTE OF PREVIOUS MEETING OF 12 SEPTEMBER 2023",
                "4 BUDGET MONITORING - WCC/23/311"), items.stream().map(i -> i.number().orElse("-") + " " + i.title()).toList());
        assertEquals(List.of("to note the report", "to instruct the Chief Officer - Finance to report back in March 2024."),
                items.get(3).resolutions().stream().map(Layout.ResolutionText::text).toList());
    }
}
