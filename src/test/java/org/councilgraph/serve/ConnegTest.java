package org.councilgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing a format from an Accept header, and reading example queries. */
class ConnegTest {
    private static String pick(String accept) {
        return Conneg.choose(accept, Conneg.ALL).map(Conneg.Format::extension).orElse("406");
    }

    @Test
    void acceptHeadersPickTheFormatsTheyShould() {
        assertEquals("html", pick("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"));
        assertEquals("ttl", pick("*/*"));
        assertEquals("ttl", pick(null));
        assertEquals("ttl", pick("text/*"));
        assertEquals("jsonld", pick("application/ld+json"));
        assertEquals("jsonld", pick("application/json"));
        assertEquals("nt", pick("application/n-triples"));
        assertEquals("rdf", pick("application/rdf+xml"));
        assertEquals("rdf", pick("application/rdf+xml;q=0.9, text/turtle;q=0.5"));
        assertEquals("ttl", pick("text/turtle;q=0.9, application/rdf+xml;q=0.9"), "a tie goes to the server's order");
        assertEquals("ttl", pick("text/html;q=0, */*"));
        assertEquals("406", pick("image/png"));
        assertEquals("ttl", pick("this is not a media type"));
    }

    @Test
    void exampleQueriesAreReadWithTheirQuestion(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b-meetings.rq"), "\n# Which meetings?\nSELECT * WHERE { ?s ?p ?o }\n");
        Files.writeString(dir.resolve("a_no_question.rq"), "SELECT * WHERE { ?s ?p ?o }\n");
        Files.writeString(dir.resolve("notes.txt"), "not a query");
        ExampleQueries q = ExampleQueries.load(dir);
        assertEquals("Which meetings?", q.named("b-meetings").orElseThrow().question());
        assertEquals("a no question", q.named("a_no_question").orElseThrow().question());
        assertTrue(q.named("notes").isEmpty());
        assertEquals(ExampleQueries.load(null).all().size() + 2, q.all().size(), "the jar's examples and the folder's");
    }
}
