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
class CrossPaperIT {
    @TempDir
    Path dir;

    @Test
    void theSameMeetingInTwoPapersIsOneNodeAndNoPersonSpansTwoCouncils() {
        Path c = Corpus.shared().resolve("corpus");
        try (SampleStore.Built b = SampleStore.build(dir, "http://localhost:3030/",
                List.of(c.resolve("001_a71e74bfbea0b0ca.txt"), c.resolve("002_f7735343b5bffc8e.txt"), c.resolve("003_d9b3b29813789449.txt")))) {
            List<String> meetings = select(b.store(), """
                    SELECT ?m (COUNT(DISTINCT ?g) AS ?papers) WHERE { ?m schema:startDate ?d FILTER(STRSTARTS(STR(?d), "2025-09-02"))
                      GRAPH ?g { ?m a cg:Meeting } } GROUP BY ?m""", "papers");
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

    /**
     * A decision notice that prints no council, a committee report that drops a word of the committee's
     * name, and the printed minutes: three papers of one meeting; a web page listing meetings without
     * naming its council joins the council whose agenda pages name the same committee.
     */
    @Test
    void papersThatNameNoCouncilJoinTheCouncilOfTheirCommittee() {
        Path r = Corpus.shared().resolve("corpus/real");
        try (SampleStore.Built b = SampleStore.build(dir, "http://localhost:3030/", List.of(r.resolve("bristol"),
                r.resolve("kingston/BrowseMeetings.html"), r.resolve("kingston/Agenda_151.html")))) {
            List<String> bristol = select(b.store(), """
                    SELECT ?m (COUNT(DISTINCT ?g) AS ?papers) WHERE { ?m schema:startDate ?d FILTER(STRSTARTS(STR(?d), "2024-09-12"))
                      GRAPH ?g { ?m a cg:Meeting } } GROUP BY ?m""", "papers");
            assertEquals(List.of("3"), bristol, "one meeting node for 12 September 2024, described by all three papers");
            List<String> unplaced = select(b.store(), """
                    SELECT DISTINCT ?d WHERE { ?d a cg:SourceDocument ; cg:council/rdfs:label ?l FILTER(?l = "Unknown council") }""", "d");
            assertEquals(List.of(), unplaced, "every paper is placed with its council");
            List<String> kingston = select(b.store(), """
                    SELECT DISTINCT ?c WHERE { ?m a cg:Meeting ; cg:committee/org:subOrganizationOf ?c }""", "c");
            assertEquals(2, kingston.size(), "Bristol's and Kingston's committees, nobody else's: " + kingston);
        }
    }
}
