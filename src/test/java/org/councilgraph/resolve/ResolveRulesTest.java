package org.councilgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.councilgraph.resolve.Resolved.Document;
import org.councilgraph.text.Lexicon;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The resolve stage's named rules as tables (sentence in, verdict out), like Jena's manifest suites. */
class ResolveRulesTest {
    private static Stream<List<String>> rows(String table) {
        return Lexicon.resource("/org/councilgraph/resolve/" + table).rows().stream();
    }

    static Stream<List<String>> samePerson() {
        return rows("same-person.tsv");
    }

    static Stream<List<String>> postKinds() {
        return rows("post-kinds.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samePerson")
    void twoPrintedNamesAreOnePersonOrTwo(List<String> row) {
        Iris iris = new Iris("http://example.org/");
        Document doc = new Document(iris.document("p"), iris.graph("p"), "p.txt", "text/plain", "0", Optional.empty());
        PersonClusters people = new PersonClusters(new PaperEntities(iris, doc, "Westby Borough Council", null));
        String first = people.read(row.get(0), null, PersonHint.valueOf(row.get(1)));
        String second = people.read(row.get(2), null, PersonHint.valueOf(row.get(3)));
        assertEquals(row.get(4), first.equals(second) ? "same" : "different", row.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("postKinds")
    void aPostSaysWhatItsHolderIs(List<String> row) {
        assertEquals(PersonHint.valueOf(row.get(1)), PersonHint.ofPost(row.get(0)), row.get(0));
    }
}
