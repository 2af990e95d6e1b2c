package org.councilgraph;

import java.util.stream.Stream;
import org.councilgraph.text.Lexicon;
import org.junit.jupiter.params.provider.Arguments;

/** The manifest tables of the tests (TSV under the test resources, read as lexicons are): each row a case. */
public final class Manifests {
    private Manifests() {
    }

    /** The rows of {@code resource}, each as the arguments of one case: its first {@code columns} cells. */
    public static Stream<Arguments> cases(String resource, int columns) {
        return Lexicon.resource(resource).rows().stream().map(r -> Arguments.of(r.subList(0, columns).toArray()));
    }
}
