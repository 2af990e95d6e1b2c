package org.councilgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.councilgraph.bench.QueryWorkload;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.councilgraph.vocab.CG;
import org.junit.jupiter.api.Test;

/** The pages the site asks for: a LIMIT on the whole query, or on the keys of a query that pages first. */
class PagingTest {
    private static final String OFFICERS = "01-officers-posts-reports";

    /** 250 officers of an invented council, each holding a post; every third the contact for a report. */
    private static Dataset westby() {
        Model m = ModelFactory.createDefaultModel();
        for (int i = 0; i < 250; i++) {
            Resource post = m.createResource("http://example.org/westby/post/" + i).addProperty(RDF.type, ORG.Post)
                    .addProperty(RDFS.label, "Head of Service " + i);
            Resource officer = m.createResource("http://example.org/westby/person/" + i)
                    .addProperty(RDF.type, m.createResource(CG.NS + "Officer"))
                    .addProperty(FOAF.name, String.format("Officer %03d", (i * 37) % 250))
                    .addProperty(ORG.holds, post);
            if (i % 3 == 0) {
                m.createResource("http://example.org/westby/report/" + i).addProperty(DCTerms.title, "Report " + i)
                        .addProperty(m.createProperty(CG.NS + "contactOfficer"), officer);
            }
        }
        return DatasetFactory.wrap(m);
    }

    private static List<String> rows(Dataset ds, String query) {
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            qe.execSelect().forEachRemaining(s -> out.add(s.get("name") + " " + s.get("posts") + " " + s.get("contactFor")));
        }
        return out;
    }

    @Test
    void aQueryThatPagesFirstIsLimitedOnItsKeysAndItsPagesMakeTheWholeAnswerInOrder() {
        String officers = QueryWorkload.all().get(OFFICERS);
        assertTrue(Paging.pagesFirst(officers), "the officers' example pages on the officers");
        assertTrue(Paging.page(officers, 1).startsWith(officers.lines().findFirst().orElseThrow() + "\n"),
                "the question, the query's opening comment, is kept");
        Query second = QueryFactory.create(Paging.page(officers, 1));
        assertFalse(second.hasLimit(), "the whole query is not cut: every fact of a page's officers is joined");
        Query keys = ((ElementSubQuery) ((ElementGroup) second.getQueryPattern()).get(0)).getQuery();
        assertEquals(Paging.PAGE, keys.getLimit());
        assertEquals(Paging.PAGE, keys.getOffset());

        Dataset ds = westby();
        List<String> whole = rows(ds, officers);
        assertEquals(250, whole.size());
        List<String> pages = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            List<String> page = rows(ds, Paging.page(officers, p));
            assertEquals(p < 2 ? 100 : 50, page.size(), "page " + p);
            pages.addAll(page);
        }
        assertEquals(whole, pages);
        assertTrue(rows(ds, Paging.page(officers, 3)).isEmpty());
    }

    @Test
    void anOrdinaryQueryIsLimitedAsAWholeAndOneWithALimitOfItsOwnIsLeftAlone() {
        String names = "PREFIX foaf: <http://xmlns.com/foaf/0.1/>\nSELECT ?name WHERE { ?p foaf:name ?name } ORDER BY ?name";
        assertFalse(Paging.pagesFirst(names));
        Query third = QueryFactory.create(Paging.page(names, 2));
        assertEquals(Paging.PAGE, third.getLimit());
        assertEquals(2L * Paging.PAGE, third.getOffset());
        Dataset ds = westby();
        assertEquals(rows(ds, names).subList(200, 250), rows(ds, Paging.page(names, 2)));
        String own = names + " LIMIT 5";
        assertEquals(own, Paging.page(own, 0));
        // a sub-select that is limited already, or not ordered, names no page of keys
        String limitedKeys = "PREFIX foaf: <http://xmlns.com/foaf/0.1/>\nSELECT ?name WHERE { { SELECT ?p WHERE { ?p a foaf:Person } ORDER BY ?p LIMIT 3 } ?p foaf:name ?name }";
        assertFalse(Paging.pagesFirst(limitedKeys));
        String unordered = "PREFIX foaf: <http://xmlns.com/foaf/0.1/>\nSELECT ?name WHERE { { SELECT ?p WHERE { ?p a foaf:Person } } ?p foaf:name ?name }";
        assertFalse(Paging.pagesFirst(unordered));
        assertEquals(Paging.PAGE, QueryFactory.create(Paging.page(unordered, 0)).getLimit());
    }
}
