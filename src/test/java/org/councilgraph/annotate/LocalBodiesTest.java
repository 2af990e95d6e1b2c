package org.councilgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.councilgraph.annotate.Annotations.BodyMention;
import org.councilgraph.annotate.Annotations.PersonMention;
import org.councilgraph.annotate.Annotations.PostMention;
import org.councilgraph.segment.TableBlocks;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The body grammar in a parish, town or community council's papers: its cases are a table,
 * {@code local-bodies.tsv}, checked as {@link BodiesTest} checks {@code bodies.tsv}, the home council
 * a parish council's.
 */
class LocalBodiesTest {
    private static final String COUNCIL = "Westby Parish Council";

    @TestFactory
    Stream<DynamicTest> theCasesOfTheTable() throws Exception {
        List<BodiesTest.Case> cases = BodiesTest.cases("local-bodies.tsv");
        assertTrue(cases.size() >= 8, "cases read: " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            List<BodyMention> found = read(c.text());
            for (String e : c.expectations()) {
                BodiesTest.check(e, found);
            }
        }));
    }

    private static List<BodyMention> read(String text) {
        List<PostMention> posts = Posts.find(text);
        List<PersonMention> people = People.find(text, List.of(), posts, List.of());
        return Bodies.find(text, COUNCIL, false, people, posts, List.of(), TableBlocks.read(text));
    }
}
