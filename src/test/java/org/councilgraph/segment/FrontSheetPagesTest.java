package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An agenda's front sheet prints the pages of the pack each item's paper fills: such an item has a report, whether or
 * not the pack also carries that report's cover (packs often carry some covers and omit the rest).
 */
class FrontSheetPagesTest {
    private static final String FRONT = """
            Westby Borough Council

            Place Committee

            Thursday, 6 February 2025 at 10:30
            County Hall, Westby

            AGENDA

            1    Minutes of the last meeting held on 9 January 2025                     3 - 8

            2    Apologies for Absence

            3    Northby Access Road - Progress Update                                 9 - 16

            4    Westby Library Service - Annual Performance Report          (Pages 17 - 30)

            5    Work Programme                                                       31 - 36

            """;

    private static List<String> reports(String text) {
        return Segmenter.segment(Fixtures.text(text)).reports().stream().map(Layout.ReportCover::title).toList();
    }

    @Test
    void eachItemWithPagesOfThePackButTheMinutesHasAReport() {
        assertEquals(List.of("Northby Access Road - Progress Update", "Westby Library Service - Annual Performance Report",
                "Work Programme"), reports(FRONT));
    }

    @Test
    void aPackWithSomeReportsCoversStillHasAReportForEachOtherPagedItem() {
        String pack = FRONT + """
                                                                              3
                       RESOLVED: That the minutes be noted.

                The meeting closed at 11:46 am.

                CHAIRMAN
                                                   Page 7 of 36
                                                                              3
                Report to Place
                Committee

                6 February 2025

                Agenda Item: 3

                REPORT OF THE DIRECTOR OF PLACE

                NORTHBY ACCESS ROAD - PROGRESS UPDATE

                Purpose of the Report

                1.   To update Committee on progress with the road and to seek approval for a revised
                     funding profile for the scheme.
                """;
        List<String> found = reports(pack);
        // the cover's report once, under the cover's title, not the signature line of the minutes above it
        assertEquals(1, found.stream().filter(t -> t.equalsIgnoreCase("Northby Access Road - Progress Update")).count(), found.toString());
        assertEquals(List.of(), found.stream().filter(t -> t.equalsIgnoreCase("chairman")).toList());
        assertEquals(List.of("Westby Library Service - Annual Performance Report", "Work Programme"),
                found.stream().filter(t -> t.startsWith("Westby Library") || t.equals("Work Programme")).toList());
    }

    @Test
    void theAuthorsLineUnderATitleEndingInADashIsNoPartOfTheTitle() {
        String front = """
                Westby Borough Council

                Cabinet

                Tuesday, 4 March 2025 at 5.00 pm
                Town Hall, Westby

                AGENDA

                1.   Declarations of Interest

                2.   Quarter 3 - Council Plan Performance Report -
                     Report of the Chief Officers Executive.
                     (Pages 41 - 66)

                3.   Disposal of Land at Northby Business Park -
                     Report of the Executive Director of Place.
                     (Pages 67 - 74)
                """;
        List<Layout.ReportCover> found = Segmenter.segment(Fixtures.text(front)).reports();
        assertEquals(List.of("Quarter 3 - Council Plan Performance Report", "Disposal of Land at Northby Business Park"),
                found.stream().map(Layout.ReportCover::title).toList());
        assertEquals(List.of("Chief Officers Executive", "Executive Director of Place"),
                found.stream().map(r -> r.reportOf().orElse("-")).toList());
    }
}
