package org.councilgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.councilgraph.text.Span;
import org.junit.jupiter.api.Test;

/**
 * CoreNLP asked only about the sentences where a name could be reads the same names as CoreNLP asked
 * about every sentence; the sentences it skips are prose without a capital and repeated copies.
 */
class NlpTest {
    static final String PAPER = """
            WESTBY COUNTY COUNCIL

            CHILDREN AND FAMILIES OVERVIEW AND SCRUTINY COMMITTEE

            Report of the Director of Children and Family Services

            Purpose of the report

            the committee is asked to note the progress made since the last report. it was agreed that the \
            service would report again in the spring. members noted that the number of children in care had \
            risen by four per cent over the year.

            Mary Northby, the Head of Service, told the Committee that Westby Foundation Trust had joined \
            the partnership with Northshire Police. Eastmere has also signed the agreement.

            Westby County Council is the lead authority for the partnership.

            the service will continue to work with schools and families.

            Officer to contact: Mary Northby, Head of Service. Telephone: 0116 305 0000

            Westby County Council is the lead authority for the partnership.

            The committee noted the report.
            """;

    static List<Nlp.Entity> everySentence(String text) {
        CoreDocument d = new CoreDocument(text);
        new StanfordCoreNLP(Nlp.properties()).annotate(d);
        List<Nlp.Entity> out = new ArrayList<>();
        for (CoreEntityMention m : d.entityMentions()) {
            if (Set.of("PERSON", "ORGANIZATION", "LOCATION").contains(m.entityType())) {
                out.add(new Nlp.Entity(m.entityType(), m.text(), new Span(m.charOffsets().first(), m.charOffsets().second())));
            }
        }
        return out;
    }

    @Test
    void readsTheNamesCoreNlpReadsInEverySentence() {
        List<Nlp.Entity> expected = everySentence(PAPER);
        Nlp.Result r = Nlp.forThisThread().analyse(PAPER);
        assertEquals(expected, r.entities());
        // the reading is not empty, and the repeated sentence has its names in both copies
        assertTrue(expected.stream().anyMatch(e -> e.type().equals("PERSON") && e.text().equals("Mary Northby")), expected.toString());
        int first = PAPER.indexOf("Westby County Council is the lead");
        int second = PAPER.indexOf("Westby County Council is the lead", first + 1);
        assertTrue(r.entities().stream().anyMatch(e -> e.span().start() == first), r.entities().toString());
        assertTrue(r.entities().stream().anyMatch(e -> e.span().start() == second), r.entities().toString());
    }

    private static List<CoreLabel> words(String sentence) {
        return Arrays.stream(sentence.split(" ")).map(w -> {
            CoreLabel l = new CoreLabel();
            l.setWord(w);
            return l;
        }).toList();
    }

    @Test
    void asksTheModelOnlyWhereANameCouldBe() {
        Set<String> lower = org.councilgraph.segment.PlausibleNames.lowerCaseWords("the committee noted it was agreed");
        assertFalse(Nlp.worthModelling(words("the committee noted the report ."), lower));
        // a capital only on a first word the paper also prints small
        assertFalse(Nlp.worthModelling(words("The committee noted the report ."), lower));
        assertFalse(Nlp.worthModelling(words("12.5 % 0.07 %"), lower));
        // a first word the paper never prints small may be a name: "Eastmere has also signed"
        assertTrue(Nlp.worthModelling(words("Eastmere has also signed ."), lower));
        assertTrue(Nlp.worthModelling(words("the committee thanked Mary ."), lower));
        assertTrue(Nlp.worthModelling(words("it was agreed with NHS colleagues"), lower));
    }
}
