package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.councilgraph.text.Lexicon;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Report contacts as councils print them (a heading with the name on its line or under it, the post
 * after a comma, in brackets or under a "Job title:" label, the number and address after the post on
 * one line), as a manifest: each row of {@code contact-blocks.tsv} and the people read from it.
 */
class ContactBlocksManifestTest {
    private static final String REPORT = "Westby District Council\n\nCabinet - 14 March 2024\n\nWaste Collection Changes\n\n"
            + "1. Purpose\nThis report sets out changes.\n\n";

    static Stream<Arguments> rows() {
        return Lexicon.resource("/org/councilgraph/segment/contact-blocks.tsv").rows().stream()
                .map(r -> Arguments.of(r.get(0).replace("\\n", "\n"), r.get(1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void readsThePeopleToContact(String text, String expected) {
        String got = ContactBlocks.find(new Lines(REPORT + text + "\n")).stream()
                .map(c -> c.name() + " / " + c.post().orElse("-") + " / " + c.email().orElse("-") + " / " + c.phone().orElse("-"))
                .collect(Collectors.joining(" ; "));
        assertEquals(expected, got);
    }
}
