package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.councilgraph.segment.Layout.MeetingReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.councilgraph.Manifests;

/** Meetings named in passing, as a manifest: passage, the meetings' dates (and times) in order. */
class MeetingReferencesTest {
    static Stream<Arguments> passages() {
        return Manifests.cases("/org/councilgraph/segment/meeting-references.tsv", 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passages")
    void readsTheMeetingsThePassageNames(String passage, String expected) {
        String found = MeetingReferences.find(passage.replace("\\n", "\n"), 2019).stream()
                .map(r -> r.date() + r.time().map(t -> " " + t).orElse(""))
                .distinct().collect(Collectors.joining(", "));
        assertEquals(expected.equals("none") ? "" : expected, found);
    }

    /** A heading over the sentence, or a paragraph before it, is no part of the body's name; a name the sentence wraps is. */
    @Test
    void theBodyOfAReferenceStaysInsideItsParagraph() {
        String text = "STATEMENT OF CONFIDENTIALITY\nNone\n\nBRIEF SUMMARY\nCabinet on 12 November 2024 agreed to consult on the scheme.\n"
                + "The proposals were also considered by the Westby Overview and\nScrutiny Committee on 2 December 2024.\n";
        assertEquals(List.of(Optional.of("Cabinet"), Optional.of("Westby Overview and Scrutiny Committee")),
                MeetingReferences.find(text, 2024).stream().map(MeetingReference::committee).toList());
        // a name set over two whole lines of a table's cell is one name
        String pathway = "Past Pathway of report: Westby Cabinet Committee – 15 January\n2025\nChildren's, Young People and Learning Cabinet\n"
                + "Committee – 16 January 2025\n";
        assertEquals(Optional.of("Children's, Young People and Learning Cabinet Committee"),
                MeetingReferences.find(pathway, 2025).stream().filter(r -> r.date().getDayOfMonth() == 16).findFirst().orElseThrow().committee());
    }
}
