package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import java.util.stream.Stream;
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
}
