package org.councilgraph.serve;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.vocabulary.ORG;
import org.councilgraph.vocab.CG;
import org.jsoup.nodes.Element;

/** The page of a council: its latest meetings and its posts. */
final class CouncilPage extends EntityPages {
    CouncilPage(Site site, String iri, String path, Set<String> types) {
        super(site, iri, path, types);
    }

    @Override
    void body() {
        council();
    }

    private void council() {
        header("Council");
        for (var rel : List.of(new String[] {ORG.subOrganizationOf.getURI(), "Committees"},
                new String[] {ORG.unitOf.getURI(), "Services"})) {
            List<QuerySolution> rows = site.select(PageSparql.LINKED_FROM,
                    Map.of("e", node(iri), "rel", node(rel[0])));
            if (!rows.isEmpty()) {
                Element ul = list(html.section(rel[1])).addClass("columns");
                rows.forEach(r -> link(ul.appendElement("li"), r, "s", "label"));
            }
        }
        meetingList(site.select(PageSparql.COUNCIL_MEETINGS, "e", iri), "Latest meetings");
        postsIn();
        List<QuerySolution> people = site.select(PageSparql.LINKED_FROM_TYPED,
                Map.of("e", node(iri), "rel", node(CG.council.getURI()), "type", node(PERSON)));
        List<QuerySolution> papers = site.select(PageSparql.LINKED_FROM_TYPED,
                Map.of("e", node(iri), "rel", node(CG.council.getURI()), "type", node(CG.SourceDocument.getURI())));
        if (!people.isEmpty()) {
            Element ul = list(html.section("People")).addClass("columns");
            people.forEach(r -> link(ul.appendElement("li"), r, "s", "label"));
        }
        if (!papers.isEmpty()) {
            Element ul = list(html.section("Papers"));
            papers.forEach(r -> link(ul.appendElement("li"), r, "s", "label"));
        }
    }
}
