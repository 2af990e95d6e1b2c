package org.councilgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import org.councilgraph.text.Span;

/** The statistical model's reading, written by hand for a test: these names, of this type, wherever printed. */
final class ModelReading {
    private ModelReading() {
    }

    static List<Nlp.Entity> entities(String text, String type, String... names) {
        List<Nlp.Entity> out = new ArrayList<>();
        for (String n : names) {
            for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + n.length())) {
                out.add(new Nlp.Entity(type, n, new Span(at, at + n.length())));
            }
        }
        return out;
    }
}
