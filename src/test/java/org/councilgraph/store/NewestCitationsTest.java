package org.councilgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.councilgraph.vocab.CG;
import org.councilgraph.vocab.Prefixes;
import org.councilgraph.vocab.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An Act's citations newest first, a page at a time, as plain SPARQL would rank them, and fresh after a write. */
class NewestCitationsTest {
    private static final String W = "http://example.org/westby/";
    private static final Node ACT = uri(W + "act/housing-act");

    @TempDir
    Path dir;

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    /** A paper's graph: report {@code n} considered at an item of a meeting on {@code day}, citing the Act or a section. */
    private static List<Quad> paper(int n, String day, String section) {
        Node g = uri(W + "graph/" + n);
        Node report = uri(W + "report/" + n);
        Node item = uri(W + "item/" + n);
        Node meeting = uri(W + "meeting/" + day);
        List<Quad> q = new ArrayList<>();
        q.add(Quad.create(g, ACT, RDF.type.asNode(), uri(CG.NS + "Legislation")));
        q.add(Quad.create(g, report, DCTerms.title.asNode(), NodeFactory.createLiteralString("Report " + n)));
        q.add(Quad.create(g, report, uri(CG.NS + "consideredAt"), item));
        q.add(Quad.create(g, item, uri(CG.NS + "meeting"), meeting));
        q.add(Quad.create(g, meeting, uri(Schema.NS + "startDate"), NodeFactory.createLiteralDT(day, XSDDatatype.XSDdate)));
        if (section == null) {
            q.add(Quad.create(g, report, DCTerms.references.asNode(), ACT));
        } else {
            Node s = uri(W + "act/housing-act/section/" + section);
            q.add(Quad.create(g, s, DCTerms.isPartOf.asNode(), ACT));
            q.add(Quad.create(g, s, uri(CG.NS + "sectionNumber"), NodeFactory.createLiteralString(section)));
            q.add(Quad.create(g, report, DCTerms.references.asNode(), s));
        }
        return q;
    }

    private static List<String> page(GraphStore store, String args) {
        String query = Prefixes.SPARQL + "SELECT ?x ?date ?section WHERE { (?x ?date ?section) cg:newestCitations (<"
                + ACT.getURI() + "> " + args + ") }";
        List<String> rows = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                qe.execSelect().forEachRemaining(s -> rows.add(s.getResource("x").getURI().replace(W + "report/", "")
                        + " " + s.getLiteral("date").getLexicalForm() + (s.contains("section") ? " s" + s.getLiteral("section").getLexicalForm() : "")));
            }
        });
        return rows;
    }

    @Test
    void anActsCitationsComeNewestFirstAPageAtATimeAndAWriteIsSeen() {
        try (GraphStore store = GraphStore.open(dir)) {
            store.storePaper(W + "graph/1", paper(1, "2024-03-01", null), List.of());
            store.storePaper(W + "graph/2", paper(2, "2025-06-12", "21"), List.of());
            store.storePaper(W + "graph/3", paper(3, "2023-11-30", null), List.of());
            store.serveKeptUnion();
            assertEquals(List.of("2 2025-06-12 s21", "1 2024-03-01", "3 2023-11-30"), page(store, ""));
            assertEquals(List.of("2 2025-06-12 s21", "1 2024-03-01"), page(store, "2"));
            assertEquals(List.of("3 2023-11-30"), page(store, "2 2"));

            store.storePaper(W + "graph/4", paper(4, "2026-01-15", null), List.of());
            assertEquals(List.of("4 2026-01-15", "2 2025-06-12 s21"), page(store, "2"), "the new paper is seen at once");
            store.removeGraph(W + "graph/2");
            assertEquals(List.of("4 2026-01-15", "1 2024-03-01", "3 2023-11-30"), page(store, ""), "and a removed one goes");
        }
    }
}
