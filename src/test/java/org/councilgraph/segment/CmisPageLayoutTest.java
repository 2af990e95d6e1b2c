package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.councilgraph.segment.Layout.MeetingSection;
import org.junit.jupiter.api.Test;

/** A CMIS "Meeting Details" page as text: the body's name over the date, items with a line of purpose, an attendance grid. */
class CmisPageLayoutTest {
    private static final Layout PAGE = Fixtures.layout("cmis/westby-fire-authority-meeting-details.txt");

    @Test
    void theFullAuthorityMeetsAtTheDateAndPlaceThePageGives() {
        MeetingSection m = PAGE.meetings().get(0);
        assertEquals("Full Authority", m.committee());
        assertEquals("2024-02-14", m.date().toString());
        assertEquals("10:30", m.start().orElseThrow().toString());
        assertEquals("Conference Suite, Service Headquarters, Westby Park, Westby, WB3 8SP", m.venue().orElseThrow());
    }

    @Test
    void aLineOfPurposeUnderATitleIsNoPartOfIt() {
        assertEquals(List.of("Apologies for Absence", "Declarations of Interest (if any)", "Chairman's Announcements", "Budget and Precept 2024/25"),
                PAGE.meetings().get(0).items().stream().map(Layout.ItemSection::title).toList());
    }

    @Test
    void everyRowOfTheGridIsReadThoughTwoSpacesPartItsCells() {
        Map<String, String> status = PAGE.meetings().get(0).attendance().stream()
                .filter(a -> a.group().orElse("").startsWith("Name"))
                .collect(Collectors.toMap(a -> a.name(), a -> a.status() + " " + a.role().orElse("")));
        assertEquals(Map.of("Mr K Westby", "PRESENT Chairman", "Mrs P Northby", "PRESENT Vice-Chairman", "Mr S Eastby", "PRESENT Committee Member",
                "Mr T Riverford", "APOLOGIES Committee Member", "Mr V Southby", "PRESENT Committee Member", "Mr P Westfield", "ABSENT Committee Member"), status);
    }
}
