package org.councilgraph.end2end;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.councilgraph.Corpus;
import org.councilgraph.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example query in queries/ answers its question: rows on the bundled samples, and the rows a
 * careful reader expects on the development corpus.
 */
class QueriesIT {
    @TempDir
    static Path dir;
    static SampleStore.Built samples;

    @BeforeAll
    static void build() throws IOException {
        samples = SampleStore.build(dir.resolve("samples"), "http://localhost:3030/", List.of(SampleStore.copySamples(dir)));
    }

    @AfterAll
    static void close() {
        samples.close();
    }

    static List<Path> queries() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }

    static List<String> run(GraphStore store, Path query) throws IOException {
        return run(store, Files.readString(query));
    }

    /** Each row of a SELECT as {@code var=value | ...}. */
    static List<String> run(GraphStore store, String text) {
        List<String> rows = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(text).build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> {
                    StringBuilder b = new StringBuilder();
                    s.varNames().forEachRemaining(v -> b.append(v).append('=').append(s.get(v).isLiteral()
                            ? s.get(v).asLiteral().getLexicalForm() : s.get(v).toString()).append(" | "));
                    rows.add(b.toString());
                });
            }
        });
        return rows;
    }

    @Test
    void atLeastEightQueriesEachHeadedByTheQuestionItAnswers() throws IOException {
        List<Path> qs = queries();
        assertTrue(qs.size() >= 8, qs.toString());
        for (Path q : qs) {
            String first = Files.readAllLines(q).get(0);
            assertTrue(first.startsWith("# ") && first.endsWith("?") || first.startsWith("# ") && first.length() > 20, q + ": " + first);
        }
    }

    @Test
    void everyQueryReturnsRowsOnTheSamples() throws IOException {
        for (Path q : queries()) {
            assertFalse(run(samples.store(), q).isEmpty(), q + " returns rows on the samples");
        }
    }

    @Test
    void queriesAnswerWithTheRowsACarefulReaderExpectsOnTheCorpus() throws IOException {
        Path shared = Corpus.shared();
        Path c = shared.resolve("corpus");
        try (SampleStore.Built corpus = SampleStore.build(dir.resolve("corpus"), "http://localhost:3030/",
                List.of(c.resolve("001_a71e74bfbea0b0ca.txt"), c.resolve("002_f7735343b5bffc8e.txt"), c.resolve("003_d9b3b29813789449.txt")))) {
            for (Path q : queries()) {
                assertFalse(run(corpus.store(), q).isEmpty(), q + " returns rows on the corpus");
            }
            expect(corpus.store(), "01-officers-posts-reports.rq", "name=Jane Moore", "Director of Children and Family Services");
            expect(corpus.store(), "01-officers-posts-reports.rq", "name=Tim Browne", "INCLUSION IN LEICESTERSHIRE SCHOOLS");
            expect(corpus.store(), "02-committee-reports.rq", "Children and Families Overview and Scrutiny Committee",
                    "Leicestershire Music Overview Report");
            expect(corpus.store(), "03-report-legislation.rq", "act=Children Act 2004", "section=18");
            expect(corpus.store(), "04-councillor-attendance.rq", "name=M. Bools", "present=1");
            expect(corpus.store(), "05-declarations-by-person.rq", "Avenue School");
            expect(corpus.store(), "06-posts-without-holder.rq", "label=Chief Executive");
            expect(corpus.store(), "07-meetings-a-person-attended.rq", "name=C. Pugsley", "how=in attendance");
            expect(corpus.store(), "08-meeting-business.rq", "number=24", "High Needs Block");
            expect(corpus.store(), "09-provenance-of-a-fact.rq", "person=Jane Moore", "quote=");
            expect(corpus.store(), "10-outside-bodies.rq", "organisation=Ofsted");
            expect(corpus.store(), "11-council-services.rq", "service=Virtual School");
        }
    }

    private static void expect(GraphStore store, String query, String... parts) throws IOException {
        List<String> rows = run(store, Path.of("queries", query));
        assertTrue(rows.stream().anyMatch(r -> Stream.of(parts).allMatch(r::contains)),
                query + " has a row with " + List.of(parts) + "; rows: " + rows.subList(0, Math.min(rows.size(), 20)));
    }
}
