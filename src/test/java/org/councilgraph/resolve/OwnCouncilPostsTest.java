package org.councilgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A title printed with the council's own name after a comma is the council's post, titled without the name. */
class OwnCouncilPostsTest {
    private static final String MINUTES = """
            WESTBY BOROUGH COUNCIL

            At a meeting of the HEALTH SCRUTINY COMMITTEE held in the TOWN HALL, WESTBY on TUESDAY, 4TH MARCH, 2025 at 5.30 p.m.

            Present:-

            Councillor Ann Westby in the Chair

            Councillors Northby, Riverford and Upton.

            Also in Attendance:-

            Mr Dan Eastby            - Director of Public Health, Westby Borough Council
            Ms Eve Southby           - Democratic Services Officer, Westby Borough
                                       Council

            1.   Hospital Discharge

                 RESOLVED that the report be noted.
            """;

    @Test
    void theCouncilsOwnNameAfterATitleIsNoPartOfIt() throws Exception {
        Resolved r = Analysed.text("minutes.txt", MINUTES);
        Set<String> labels = r.posts().stream().map(Resolved.Post::label).collect(Collectors.toSet());
        assertTrue(labels.contains("Director of Public Health"), labels.toString());
        // the list's wrapped line left the name's start on the title's line
        assertTrue(labels.contains("Democratic Services Officer"), labels.toString());
        assertEquals(0, labels.stream().filter(l -> l.contains("Westby")).count(), labels.toString());
    }

    @Test
    void theAuthoritysInitialsAfterATitleAreNoPartOfIt() throws Exception {
        Resolved r = Analysed.text("minutes.txt", """
                WESTBY VALLEY COMBINED AUTHORITY CABINET
                Friday 28th January 2022 at 10am

                ATTENDEES
                Councillor Ann Hill          Leader, Northby Borough Council
                Sally Upton                  Governance Officer, WVCA
                Dan Eastby                   Governance Manager, WVCA

                1.   Apologies for Absence
                     There were none.
                """);
        Set<String> labels = r.posts().stream().map(Resolved.Post::label).collect(Collectors.toSet());
        assertTrue(labels.contains("Governance Officer") && labels.contains("Governance Manager"), labels.toString());
        assertEquals(0, labels.stream().filter(l -> l.contains("WVCA")).count(), labels.toString());
    }
}
