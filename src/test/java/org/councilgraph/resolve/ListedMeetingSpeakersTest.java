package org.councilgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Minutes whose list names only the members: the officer who presented a report was in attendance all the same,
 * while what a member did adds no member the list leaves out.
 */
class ListedMeetingSpeakersTest {
    private static final String MINUTES = """
            WESTBY BOROUGH COUNCIL

            Minutes of a meeting of the Housing Committee held on 3 March 2025 at 6.30 pm

            Present: Councillors Ann Westby (Chair), Bob Northby and Cara Riverford

            Councillor Gil Upton was also in attendance.

            1.   Minutes

                 RESOLVED that the minutes of the meeting held on 3 February 2025 be approved.

            2.   Homelessness Strategy

                 The Housing Needs Manager, Dan Eastby, introduced the report. Councillor Fay Southby moved
                 an amendment, which Councillor Northby seconded.

                 RESOLVED that the strategy be approved.
            """;

    @Test
    void theOfficerWhoPresentedWasInAttendanceAndTheListSaysWhichMembersWereThere() throws Exception {
        Resolved r = Analysed.text("minutes.txt", MINUTES);
        Map<String, String> attended = new TreeMap<>();
        for (Resolved.Attendance a : r.attendance()) {
            String name = Analysed.nameOf(r, a.person());
            attended.merge(name, a.presence().toString(), (x, y) -> x + "," + y);
        }
        assertEquals(Map.of("Ann Westby", "PRESENT", "Bob Northby", "PRESENT", "Cara Riverford", "PRESENT",
                "Dan Eastby", "IN_ATTENDANCE", "Gil Upton", "IN_ATTENDANCE"), attended);
    }
}
