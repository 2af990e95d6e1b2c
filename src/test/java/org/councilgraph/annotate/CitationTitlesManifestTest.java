package org.councilgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.councilgraph.text.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.councilgraph.Manifests;

/** Titles of legislation as papers print them, as a manifest: passage, the titles read. */
class CitationTitlesManifestTest {
    static Stream<Arguments> passages() {
        return Manifests.cases("/org/councilgraph/annotate/citation-titles.tsv", 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passages")
    void readsTheTitles(String passage, String expected) {
        String text = passage.replace("\\n", "\n");
        String found = Citations.find(text, List.of(new Span(0, text.length()))).stream()
                .map(Annotations.Citation::title).distinct().collect(Collectors.joining(" | "));
        assertEquals(expected.equals("none") ? "" : expected, found);
    }
}
