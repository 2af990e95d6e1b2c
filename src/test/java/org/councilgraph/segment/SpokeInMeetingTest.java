package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A meeting page with no attendance list: who spoke to the meeting, named with a post, was there. */
class SpokeInMeetingTest {
    private static final String PAGE = """
            Agenda and minutes
            Cabinet - Tuesday, 28th November, 2023 2.00 pm

            Items
            No. Item

            205/23

            Westby Highways Plan

            Minutes:

            The Cabinet Member for Highways, Ann Westby, introduced the report. Bob Northby, Executive Director for
            Environment, Transport and Infrastructure, confirmed that the works would start in April. The Independent
            Chair of the Northby Safeguarding Board, Dr Carl Riverford, said that the board supported the plan.

            RESOLVED that the plan be approved.

            206/23

            Westby Depot

            Minutes:

            Members noted that Dee Eastby, a resident, had written about the depot, and the Clerk, Fay Southby, was away.

            RESOLVED that the update be noted.
            """;

    @Test
    void theSpeakersNamedWithTheirPostsWereThereMembersPresentOfficersInAttendance() {
        Layout l = Segmenter.segment(Fixtures.text(PAGE));
        Map<String, String> inferred = l.meetings().get(0).attendance().stream()
                .filter(a -> a.group().orElse("").equals(AttendanceLists.INFERRED))
                .collect(Collectors.toMap(a -> a.name(), a -> a.status().toString()));
        assertEquals(Map.of("Ann Westby", "PRESENT", "Bob Northby", "IN_ATTENDANCE", "Dr Carl Riverford", "IN_ATTENDANCE"), inferred);
    }
}
