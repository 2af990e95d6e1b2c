package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The numbered steps of a front sheet's fire evacuation procedure are no agenda items. */
class EvacuationStepsTest {
    private static final String STEPS = """

            1   If you hear the alarm, leave the building immediately.
            2   Follow the green signs.
            3   Use the stairs not the lifts.
            4   Do not re-enter the building until told to do so.
            """;

    private static List<String> items(String text) {
        return AgendaItems.find(new Lines(text), 0, text.length()).stream().map(Layout.ItemSection::title).toList();
    }

    @Test
    void stepsUnderAnEvacuationHeadingAreNoItems() {
        assertEquals(List.of(), items("EMERGENCY EVACUATION INSTRUCTIONS\n" + STEPS));
        assertEquals(List.of(), items("In the event of a fire\n" + STEPS));
        // the same lines under another heading are read as items: the heading decides, not a sentence naming the procedure
        assertEquals(4, items("Business\n" + STEPS).size());
        assertEquals(4, items("The fire evacuation arrangements were explained.\n" + STEPS).size());
    }
}
