package org.councilgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.councilgraph.resolve.Resolved.Meeting;
import org.junit.jupiter.api.Test;

/** The whole body named on the day of the meeting a paper records is that meeting, not another of the same day. */
class WholeBodyMeetingTest {
    private static final String MINUTES = """
            Westby Fire and Rescue Authority

            Minutes
            Full Authority

            Date:          12 December 2024

            Time:          10.30 am

            Venue:         Northby Hall, Westby

            Present: Councillor A Riverford (Chair), Councillors B Eastby and C Southby

            1    Minutes of the last meeting

                 RESOLVED that the minutes of the meeting held on 3 October 2024 be approved.

            2    Revenue budget

                 RESOLVED that the budget be noted.


                                                                          Chair

                                      Full Authority
                                      12 December 2024
            """;

    @Test
    void theFooterNamingTheFullAuthorityOnTheDayIsTheMeetingRecorded() throws Exception {
        Resolved r = Analysed.text("minutes.txt", MINUTES);
        List<Meeting> that = r.meetings().stream().filter(m -> m.date().equals(LocalDate.of(2024, 12, 12))).toList();
        assertEquals(1, that.size(), that.toString());
    }
}
