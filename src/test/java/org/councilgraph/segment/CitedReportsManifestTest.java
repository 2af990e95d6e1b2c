package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.councilgraph.Manifests;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Earlier reports a report's background papers cite by where and when they went, as a manifest. */
class CitedReportsManifestTest {
    static Stream<Arguments> papers() {
        return Manifests.cases("/org/councilgraph/segment/cited-reports.tsv", 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("papers")
    void readsTheCitedReports(String background, String expected) {
        String text = "WESTBY BOROUGH COUNCIL\n\nReport to:   Cabinet\nDate of meeting:   4 March 2025\n"
                + "Title:   Northby Library Review\n\n1. Purpose\n1.1 This report sets out the review of Northby library.\n\n"
                + "2. Background Papers\n\n" + background.replace("\\n", "\n") + "\n";
        Layout l = Segmenter.segment(Fixtures.text(text));
        String found = l.reports().stream().filter(r -> !r.meetingDate().equals(Optional.of(LocalDate.of(2025, 3, 4))))
                .map(r -> r.title() + " | " + r.committee().orElse("-") + " | " + r.meetingDate().map(LocalDate::toString).orElse("-"))
                .collect(Collectors.joining(" || "));
        assertEquals(expected.equals("none") ? "" : expected, found);
    }
}
