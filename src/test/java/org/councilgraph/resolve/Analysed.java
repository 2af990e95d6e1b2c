package org.councilgraph.resolve;

import java.nio.charset.StandardCharsets;
import org.councilgraph.CouncilGraph;
import org.councilgraph.load.Loader;

/** A paper written in a test, read through every stage to its resolved entities. */
final class Analysed {
    private Analysed() {
    }

    static Resolved text(String name, String text) throws Exception {
        return new CouncilGraph("http://test/").analyse(Loader.load(name, text.getBytes(StandardCharsets.UTF_8)), name);
    }

    /** The name of the person {@code iri} in {@code r}, else the IRI. */
    static String nameOf(Resolved r, String iri) {
        return r.people().stream().filter(p -> p.iri().equals(iri)).findFirst().map(Resolved.Person::name).orElse(iri);
    }
}
