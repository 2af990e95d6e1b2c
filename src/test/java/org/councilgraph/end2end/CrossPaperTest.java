package org.councilgraph.end2end;

import static org.councilgraph.end2end.SampleStore.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.councilgraph.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One node per real thing across papers: the corpus has a minutes pack (PDF text) and a web page of
 * the same meeting, and papers of two councils whose officers and councillors share surnames.
 */
class CrossPaperTest {
    @TempDir
    Path dir;

    @Test
    void theSameMeetingInTwoPapersIsOneNodeAndNoPersonSpansTwoCouncils() {
        Path c = Corpus.shared().resolve("corpus");
        try (SampleStore.Built b = SampleStore.build(dir, "http://localhost:3030/",
                List.of(c.resolve("001_a71e74bfbea0b0ca.txt"), c.resolve("002_f7735343b5bffc8e.txt"), c.resolve("003_d9b3b29813789449.txt")))) {
            List<String> meetings = select(b.store(), """
                    SELECT ?m (COUNT(DISTINCT ?g) AS ?papers) WHERE { GRAPH ?g { ?m a cg:Meeting ; schema:startDate ?d }
                      FILTER(STRSTARTS(STR(?d), "2025-09-02")) } GROUP BY ?m""", "papers");
            assertEquals(List.of("2"), meetings, "one meeting node for 2 September 2025, described by both papers");
            List<String> twoCouncils = select(b.store(), """
                    SELECT ?p WHERE { ?p a foaf:Person ; cg:council ?a, ?b FILTER(?a != ?b) }""", "p");
            assertEquals(List.of(), twoCouncils, "no person merged across councils");
            // the county's Director and the city councillor of the same surname are two people
            List<String> moores = select(b.store(), """
                    SELECT DISTINCT ?p WHERE { ?p a foaf:Person ; foaf:name ?n FILTER(STRENDS(?n, "Moore")) }""", "p");
            assertTrue(moores.size() >= 2, moores.toString());
            List<String> councils = select(b.store(), "SELECT DISTINCT ?l WHERE { ?c a cg:Council ; rdfs:label ?l } ORDER BY ?l", "l");
            assertEquals(List.of("Leicester City Council", "Leicestershire County Council"), councils);
        }
    }
}
