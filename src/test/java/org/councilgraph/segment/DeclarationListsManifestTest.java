package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.councilgraph.text.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.councilgraph.Manifests;

/** Declarations under an item, listed one a line or said in sentences, as a manifest: item, body, who declared. */
class DeclarationListsManifestTest {
    static Stream<Arguments> items() {
        return Manifests.cases("/org/councilgraph/segment/declaration-lists.tsv", 3);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("items")
    void readsWhoDeclared(String title, String body, String expected) {
        String text = title + "\n" + body.replace("\\n", "\n").replace("\\t", "\t");
        Layout.ItemSection item = new Layout.ItemSection(Optional.of("2"), title, new Span(0, title.length()),
                new Span(title.length() + 1, text.length()), List.of(), false);
        // listed one a line, or said in sentences ("Councillors A and B declared ...")
        List<Layout.DeclarationText> declared = new java.util.ArrayList<>(Declarations.listed(text, List.of(item)));
        declared.addAll(Declarations.find(text, item.body().start(), item.body().end()));
        String found = declared.stream().map(Layout.DeclarationText::person).distinct().collect(Collectors.joining(", "));
        assertEquals(expected.equals("none") ? "" : expected, found);
    }
}
