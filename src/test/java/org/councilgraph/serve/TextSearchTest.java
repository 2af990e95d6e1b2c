package org.councilgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDFS;
import org.councilgraph.vocab.CG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full-text index: built from the TDB2 data, rebuilt only when the data changed, searchable from SPARQL. */
class TextSearchTest {
    @TempDir
    Path dir;

    private static void addDocument(Dataset ds, String name, String sha, String label, String quote) {
        String base = "http://example.org/";
        Model m = ModelFactory.createDefaultModel();
        var doc = m.createResource(base + "id/document/" + name);
        m.createResource(base + "graph/" + name).addProperty(m.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom"), doc);
        doc.addProperty(CG.sha256, sha);
        m.createResource(base + "id/person/c/" + name).addProperty(RDFS.label, label);
        m.createResource(base + "id/mention/" + name + "/1").addProperty(CG.quote, quote)
                .addProperty(CG.mentionOf, m.createResource(base + "id/person/c/" + name));
        Txn.executeWrite(ds, () -> ds.addNamedModel(base + "graph/" + name, m));
    }

    private static List<String> search(Dataset ds, String property, String words) {
        String q = PageSparql.PROLOGUE + "SELECT ?s WHERE { ?s text:query (" + property + " \"" + TextSearch.luceneQuery(words) + "\") } ORDER BY ?s";
        return Txn.calculateRead(ds, () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                qe.execSelect().forEachRemaining(r -> out.add(r.getResource("s").getURI()));
            }
            return out;
        });
    }

    @Test
    void builtFromTheDataRefreshedWhenItChangesKeptWhenItDoesNot() {
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        addDocument(ds, "one", "aaa", "Jane Moore", "Councillor Jane Moore moved the recommendation");
        Path index = dir.resolve("text");

        TextSearch t1 = TextSearch.open(ds, index, Served.QUIET);
        assertTrue(t1.rebuilt());
        assertEquals(List.of("http://example.org/id/person/c/one"), search(ds, "rdfs:label", "moore"));
        assertEquals(List.of("http://example.org/id/mention/one/1"), search(ds, "cg:quote", "recommend"), "prefix of a quoted word");
        assertEquals(1, search(ds, "rdfs:label", "Jane Moore").size(), "each entry once");
        t1.close();

        TextSearch t2 = TextSearch.open(ds, index, Served.QUIET);
        assertFalse(t2.rebuilt(), "unchanged data: the index on disk is kept");
        assertEquals(1, search(ds, "rdfs:label", "moore").size());
        t2.close();

        addDocument(ds, "two", "bbb", "Sam Moore", "Mr Sam Moore, Head of Highways");
        TextSearch t3 = TextSearch.open(ds, index, Served.QUIET);
        assertTrue(t3.rebuilt(), "a new paper: the index is rebuilt");
        assertEquals(2, search(ds, "rdfs:label", "moore").size());
        assertEquals(List.of("http://example.org/id/person/c/two"), search(ds, "rdfs:label", "sam moore"), "every word must match");
        t3.close();
    }

    @Test
    void typedWordsNeverMakeAQuerySyntaxError() {
        assertEquals("", TextSearch.luceneQuery("  \"  "));
        assertEquals("(jane OR jane*) AND (moore OR moore*)", TextSearch.luceneQuery("Jane  Moore"));
        assertEquals("s AND (106 OR 106*)", TextSearch.luceneQuery("s. 106"));
        assertTrue(TextSearch.luceneQuery("a+b (c) [d] {e} ~f ^g:h!").chars().filter(c -> c == '\\').count() > 3);
        assertTrue(TextSearch.fuzzyQuery("marsch").contains("marsch~2"));
    }
}
