package org.councilgraph.end2end;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.tdb2.TDB2;
import org.councilgraph.bench.LookupQuery;
import org.councilgraph.bench.QueryWorkload;
import org.councilgraph.serve.Paging;
import org.councilgraph.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The union graph the store keeps answers as the union computed over the papers' graphs: every
 * example query of queries/ and every look-up question gives the same rows against either, on the
 * development corpus and the bundled samples (the samples alone when the corpus is absent). And the
 * pages the site asks for, one after another, give together the rows of the whole answer.
 */
class UnionGraphIT {
    /** Rows a page here: small, so that the answers of the samples alone run to several pages. */
    private static final int SMALL_PAGE = 5;
    @TempDir
    static Path dir;
    static SampleStore.Built built;

    @BeforeAll
    static void build() throws IOException {
        List<Path> papers = new ArrayList<>(List.of(SampleStore.copySamples(dir)));
        String env = System.getenv("COUNCILGRAPH_SHARED");
        Path corpus = (env != null ? Path.of(env) : Path.of("..", "shared")).resolve("corpus");
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> s = Files.list(corpus)) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(papers::add);
            }
        }
        built = SampleStore.build(dir, "http://localhost:3030/", papers);
    }

    @AfterAll
    static void close() {
        built.close();
    }

    /** Every example query and bound look-up question, by name; the union as the store serves it. */
    private static Map<String, String> queries(GraphStore store) {
        Map<String, String> queries = new java.util.TreeMap<>(QueryWorkload.all());
        QueryWorkload.lookups().forEach((name, text) -> LookupQuery.of(name, text).flatMap(q -> q.bound(store.dataset()))
                .ifPresent(bound -> queries.put("lookup/" + name, bound)));
        assertTrue(queries.size() >= 12 + 9, queries.keySet().toString());
        return queries;
    }

    @Test
    void keptUnionAnswersEveryQueryAsTheComputedUnion() {
        GraphStore store = built.store();
        store.dataset().getContext().set(TDB2.symUnionDefaultGraph, true);
        Map<String, String> queries = queries(store);
        Map<String, List<String>> computed = new java.util.TreeMap<>();
        for (Map.Entry<String, String> q : queries.entrySet()) {
            computed.put(q.getKey(), QueriesIT.run(store, q.getValue()));
        }
        assertTrue(store.serveKeptUnion(), "a store this version built keeps its union");
        assertEquals(Boolean.FALSE, store.dataset().getContext().get(TDB2.symUnionDefaultGraph));
        int nonEmpty = 0;
        for (Map.Entry<String, String> q : queries.entrySet()) {
            List<String> kept = QueriesIT.run(store, q.getValue());
            List<String> union = computed.get(q.getKey());
            assertEquals(sorted(union), sorted(kept), q.getKey() + ": the same rows from the kept union");
            nonEmpty += kept.isEmpty() ? 0 : 1;
        }
        assertFalse(nonEmpty < queries.size() / 2, "most queries have rows to compare: " + nonEmpty);
    }

    @Test
    void thePagesOfEveryQueryTogetherAreItsWholeAnswer() {
        GraphStore store = built.store();
        store.serveKeptUnion();
        int pagedFirst = 0;
        int severalPages = 0;
        for (Map.Entry<String, String> q : queries(store).entrySet()) {
            if (Paging.page(q.getValue(), 0).equals(q.getValue())) {
                continue; // pages itself (a LIMIT of its own) or is no SELECT
            }
            List<String> whole = QueriesIT.run(store, q.getValue());
            List<String> pages = new ArrayList<>();
            int page = 0;
            // pages of a few rows, so that the samples alone (a clone without the corpus) run to several pages
            for (List<String> rows = QueriesIT.run(store, Paging.page(q.getValue(), 0, SMALL_PAGE)); !rows.isEmpty();
                    rows = QueriesIT.run(store, Paging.page(q.getValue(), ++page, SMALL_PAGE))) {
                pages.addAll(rows);
            }
            assertEquals(sorted(whole), sorted(pages), q.getKey() + ": " + page + " pages, the whole answer's rows");
            pagedFirst += Paging.pagesFirst(q.getValue()) ? 1 : 0;
            severalPages += page > 1 ? 1 : 0;
        }
        assertTrue(pagedFirst >= 7, "the example queries that page on their keys: " + pagedFirst);
        assertTrue(severalPages >= 1, "some answer runs to more than one page: " + severalPages);
    }

    @Test
    void everyActsNewestCitationsAreThoseOfPlainSparql() {
        GraphStore store = built.store();
        store.serveKeptUnion();
        String prologue = org.councilgraph.vocab.Prefixes.SPARQL;
        List<String> acts = QueriesIT.run(store, prologue + "SELECT ?act WHERE { ?act a cg:Legislation }");
        assertTrue(acts.size() >= 3, "Acts in the store: " + acts.size());
        int cited = 0;
        for (String row : acts) {
            String act = row.substring("act=".length(), row.indexOf(" | "));
            List<String> plain = QueriesIT.run(store, prologue + "SELECT ?x ?date ?section WHERE {"
                    + " { ?x dcterms:references <" + act + "> }"
                    + " UNION { ?s dcterms:isPartOf <" + act + "> ; cg:sectionNumber ?section . ?x dcterms:references ?s }"
                    + " OPTIONAL { ?x cg:consideredAt ?at . { ?at schema:startDate ?date } UNION { ?at cg:meeting/schema:startDate ?date } } }");
            List<String> indexed = QueriesIT.run(store, prologue + "SELECT ?x ?date ?section WHERE {"
                    + " (?x ?date ?section) cg:newestCitations (<" + act + ">) }");
            assertEquals(fieldsSorted(plain), fieldsSorted(indexed), act);
            List<String> days = QueriesIT.run(store, prologue + "SELECT ?date WHERE {"
                    + " (?x ?date ?section) cg:newestCitations (<" + act + ">) }");
            assertEquals(days.stream().sorted(java.util.Comparator.reverseOrder()).toList(), days, act + ": newest first");
            cited += plain.isEmpty() ? 0 : 1;
        }
        assertTrue(cited >= 2, "Acts cited: " + cited);
    }

    /** The rows sorted, each row's {@code var=value} fields sorted too: two queries may list their variables apart. */
    private static List<String> fieldsSorted(List<String> rows) {
        return rows.stream().map(r -> String.join(" | ", java.util.Arrays.stream(r.split(" \\| ")).sorted().toList()))
                .sorted().toList();
    }

    private static List<String> sorted(List<String> rows) {
        return rows.stream().sorted().toList();
    }
}
