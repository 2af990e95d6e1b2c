package org.councilgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A meeting page with no list of those present: "Apologies for lateness were received from X" says X came,
 * not who else did, so the speakers and declarers the minutes name are attendees as well.
 */
class LatecomerPageTest {
    private static final String PAGE = """
            Agenda and minutes

            Westby Scrutiny Committee - Monday, 3rd March, 2025 6.30 pm

            Items
            No. Item

            1.

            Apologies

            Minutes:

            Apologies for absence were received from Councillor Ann Westby.

            Apologies for lateness were received from Councillor Bob Northby.

            2.

            Declarations of Interest

            Minutes:

            Councillor Cara Riverford declared an interest as a trustee of Northby Carers.

            3.

            Westby Hospital Discharge

            Minutes:

            Dan Eastby, Director of Adult Social Care, introduced the report.

            RESOLVED that the report be noted.
            """;

    @Test
    void theLatecomerTheDeclarerAndTheSpeakerAttended() throws Exception {
        Resolved r = Analysed.text("page.txt", PAGE);
        List<String> attended = r.attendance().stream().filter(a -> a.presence() != Resolved.Presence.APOLOGIES)
                .map(a -> Analysed.nameOf(r, a.person()))
                .sorted().distinct().toList();
        assertEquals(List.of("Bob Northby", "Cara Riverford", "Dan Eastby"), attended);
    }
}
