package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.councilgraph.text.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.councilgraph.Manifests;

/** Passages of minutes without "RESOLVED", as a manifest: passage, the resolutions read in them. */
class ProseResolutionsManifestTest {
    static Stream<Arguments> passages() {
        return Manifests.cases("/org/councilgraph/segment/prose-resolution-passages.tsv", 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passages")
    void readsTheDecisionsOfThePassage(String passage, String expected) {
        String text = passage.replace("\\n", "\n");
        String found = ProseResolutions.find(text, new Span(0, text.length())).stream()
                .map(Layout.ResolutionText::text).collect(Collectors.joining(" | "));
        assertEquals(expected.equals("none") ? "" : expected, found);
    }
}
