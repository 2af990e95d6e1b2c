package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A councillor who declares an interest at a meeting was at it, though no list of those present names them. */
class DeclarersPresentTest {
    private static final String PAGE = """
            Agenda and minutes
            Planning Committee - Tuesday, 10th March, 2026 5.00 pm

            Items
            No. Item

            1.

            Apologies for absence

            Minutes:

            Apologies for absence were received from Councillor Ann Westby.

            2.

            Declarations of interest

            Minutes:

            Councillor Bob Northby – Personal – School Governor at Westby Primary School. The Councillor
            remained in the meeting and took part in the discussion and vote.

            Councillor Ann Westby – Personal – a neighbour of the site.

            3.

            Land at Northby Road

            Minutes:

            RESOLVED that the application be granted.
            """;

    @Test
    void aCouncillorWhoDeclaredWasPresentUnlessTheMinutesPlaceThemOtherwise() {
        Layout l = Segmenter.segment(Fixtures.text(PAGE));
        Map<String, String> attendance = l.meetings().get(0).attendance().stream()
                .collect(Collectors.toMap(a -> a.name(), a -> a.status().toString(), (a, b) -> a + "," + b));
        // the apology stands: a declaration read for an absent member adds no second entry
        assertEquals(Map.of("Councillor Ann Westby", "APOLOGIES", "Councillor Bob Northby", "PRESENT"), attendance);
    }
}
