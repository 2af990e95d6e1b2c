package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An agenda's front sheet prints the pages of the pack each item's paper fills: such an item has a report. A pack
 * that carries its reports' covers says itself which of its papers are reports.
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
    void aPackWithItsReportsCoversSaysWhichPapersAreReports() {
        String pack = FRONT + """
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
        assertEquals(1, found.stream().filter(t -> t.equalsIgnoreCase("Northby Access Road - Progress Update")).count(), found.toString());
        assertEquals(List.of(), found.stream().filter(t -> t.startsWith("Westby Library") || t.equals("Work Programme")).toList());
    }
}
