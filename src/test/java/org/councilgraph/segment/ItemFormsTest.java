package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.councilgraph.segment.Layout.ItemSection;
import org.councilgraph.segment.Layout.ResolutionText;
import org.junit.jupiter.api.Test;

/** Items and their decisions in forms the numbering manifest cannot show: tables, deciding sentences. */
class ItemFormsTest {
    private static List<ItemSection> items(String text) {
        return AgendaItems.find(new Lines(text), 0, text.length());
    }

    private static List<String> resolutions(List<ItemSection> items) {
        return items.stream().flatMap(i -> i.resolutions().stream()).map(ResolutionText::text).toList();
    }

    @Test
    void aTablesLeadColumnIsNotPartOfTheTitle() {
        List<ItemSection> read = items("1\tApologies for Absence\tChair\n2\tWestby Playing Field Lease\tClerk\n3\tAny Other Business\tChair\n");
        assertEquals(List.of("Apologies for Absence", "Westby Playing Field Lease", "Any Other Business"),
                read.stream().map(ItemSection::title).toList());
    }

    @Test
    void aTitleInCapitalsRunsOnToTheYearItWrapsOntoButNotToText() {
        List<ItemSection> read = items("4. WESTBY WORK PROGRAMME FOR THE COMMITTEE\n2025/26\n\nMembers will note the programme.\n\n"
                + "5. NORTHBY CORRESPONDENCE\ni) Bank statement\n\n6. ANY OTHER BUSINESS\nNone.\n");
        assertEquals(List.of("WESTBY WORK PROGRAMME FOR THE COMMITTEE 2025/26", "NORTHBY CORRESPONDENCE", "ANY OTHER BUSINESS"),
                read.stream().map(ItemSection::title).toList());
    }

    @Test
    void minutesWithoutResolvedGiveTheirDecidingSentences() {
        List<ItemSection> read = items("1. Minutes\nThe minutes of the meeting held on 4 March were approved.\n\n"
                + "2. Northby Bus Shelter\nCllr. A. Westby reported on the shelter. It was resolved to ask Riverford Glazing for a quote.\n"
                + "The Clerk noted that the matter had been agreed with the owner.\n\n3. Any Other Business\nNone.\n");
        assertEquals(List.of("The minutes of the meeting held on 4 March were approved.",
                "It was resolved to ask Riverford Glazing for a quote."), resolutions(read));
        assertEquals(List.of(1, 1, 0), read.stream().map(i -> i.resolutions().size()).toList());
    }

    @Test
    void minutesThatPrintResolvedKeepToIt() {
        List<ItemSection> read = items("1. Minutes\nIt was agreed that the minutes be corrected.\nRESOLVED: That the minutes be approved.\n\n"
                + "2. Northby Bus Shelter\nMembers agreed to look again in June.\n\n3. Any Other Business\nNone.\n");
        assertEquals(List.of("That the minutes be approved."), resolutions(read));
    }

    @Test
    void aHeadingEndedWithADashStopsAtTheBlankLineUnderIt() {
        List<ItemSection> read = items("C201           APOLOGIES FOR ABSENCE –\n\nThis was received from Councillor A. Westby.\n\n"
                + "C202           WESTBY DEPOT – NORTHBY SCRUTINY COMMITTEE: 18TH OCTOBER, 2023 (REF) –\n\n"
                + "Cabinet was advised of the Committee's view.\n\nC203           ANY OTHER BUSINESS –\n\nNone.\n");
        assertEquals(List.of("APOLOGIES FOR ABSENCE", "WESTBY DEPOT – NORTHBY SCRUTINY COMMITTEE: 18TH OCTOBER, 2023 (REF)", "ANY OTHER BUSINESS"),
                read.stream().map(ItemSection::title).toList());
    }

    @Test
    void theMarginNumberIsNoPartOfTheTitleAndADashAtALinesEndRunsOn() {
        List<ItemSection> read = items("418  Apologies and Declarations of Interest          418\n\nNone.\n\n"
                + "419  Westby Police Performance Report: 1 April 2025 –        419\n     30 June 2025\n\nThere was submitted a report.\n\n"
                + "420  Northby Community Safety Update                    420\n\nNoted.\n");
        assertEquals(List.of("Apologies and Declarations of Interest", "Westby Police Performance Report: 1 April 2025 – 30 June 2025",
                "Northby Community Safety Update"), read.stream().map(ItemSection::title).toList());
    }

    @Test
    void aTitleInCapitalsEndsAtTheDashBeforeTheMinutesFirstSentence() {
        List<ItemSection> read = items("6112 DECLARATIONS OF INTEREST - Councillor Westby declared an interest.\n\n"
                + "6113 WESTBY ACCOUNTS - PERIOD ENDING 31 OCTOBER 2024 - The Treasurer submitted a report.\n\nResolved - That the accounts be received.\n");
        assertEquals(List.of("DECLARATIONS OF INTEREST", "WESTBY ACCOUNTS - PERIOD ENDING 31 OCTOBER 2024"),
                read.stream().map(ItemSection::title).toList());
    }

    @Test
    void aDashAtTheEndOfTheCapitalsJoinsAPlacesDescriptionToTheTitle() {
        List<ItemSection> read = items("PLA90/24  APPLICATION FOR CONSIDERATION – 24/03105/FULL – Land adjacent to Westby Farm,\n"
                + "          Northby Road, Riverford\n\nThe Senior Planning Officer summarised the report.\n\n"
                + "PLA91/24  URGENT BUSINESS\n\nThere was none.\n");
        assertEquals(List.of("APPLICATION FOR CONSIDERATION – 24/03105/FULL – Land adjacent to Westby Farm, Northby Road, Riverford",
                "URGENT BUSINESS"), read.stream().map(ItemSection::title).toList());
    }
}
