package org.councilgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.councilgraph.text.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the rules make of a person the model reads before they judge it. */
class ModelPersonsTest {
    /**
     * A table's columns run together ("Vice Chair's report  Martin | Martin Westby to follow up"): a name
     * whose first word is printed twice is the name after it; a name that is two words only is as read.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Martin Martin Westby | Martin Westby | 7
            Ann Westby           | Ann Westby    | 0
            Ann Ann              | Ann Ann       | 0
            Ann Annabel Westby   | Ann Annabel Westby | 0
            """)
    void aFirstWordPrintedTwiceIsReadOnce(String read, String name, int from) {
        Nlp.Entity e = ModelPersons.withoutRepeatedWord(new Nlp.Entity("PERSON", read, new Span(100, 100 + read.length())));
        assertEquals(name, e.text());
        assertEquals(new Span(100 + from, 100 + read.length()), e.span());
    }
}
