package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.councilgraph.Manifests;

/** Reports that minutes say were before the meeting, as a manifest: item, body, the reports read and who wrote them. */
class MinuteReportsManifestTest {
    static Stream<Arguments> items() {
        return Manifests.cases("/org/councilgraph/segment/minute-reports.tsv", 4);
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("items")
    void readsTheReportsOfTheItem(String number, String title, String body, String expected) {
        String text = "WESTBY PARISH COUNCIL\nMinutes of the Meeting held on Tuesday 6th March 2012 in Westby Village Hall\n\n"
                + "Present: Cllr A Northby (Chair), Cllr B Riverford\n\n"
                + "0. Apologies for Absence\nNone.\n\n" + number + ". " + title + "\n" + body.replace("\\n", "\n")
                + "\n\n9. Date of Next Meeting\nTuesday 3rd April 2012\n";
        Layout l = Segmenter.segment(Fixtures.text(text));
        String found = l.reports().stream().map(r -> r.title() + r.reportOf().map(a -> " [by " + a + "]").orElse(""))
                .collect(Collectors.joining(" | "));
        assertEquals(expected.equals("none") ? "" : expected, found);
    }
}
