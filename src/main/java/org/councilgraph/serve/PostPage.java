package org.councilgraph.serve;

import java.util.List;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.vocabulary.ORG;
import org.jsoup.nodes.Element;

/** The page of a post: who held it and the reports written in it. */
final class PostPage extends EntityPages {
    PostPage(Site site, String iri, String path, Set<String> types) {
        super(site, iri, path, types);
    }

    @Override
    void body() {
        Element dl = props("Post");
        links(ORG.postIn.getURI()).forEach(o -> html.link(prop(dl, "In"), o, labelOf(o)));
        List<QuerySolution> holders = site.select(PageSparql.POST_HOLDERS, "e", iri);
        Element s = html.section("Held by");
        if (holders.isEmpty()) {
            s.appendElement("p").text("The papers name this post but no holder of it.");
        }
        Element ul = list(s);
        for (QuerySolution r : holders) {
            Element li = ul.appendElement("li");
            Element f = fact(li);
            link(f, r, "p", "label");
            String dates = text(r, "dates");
            if (dates != null && !dates.isBlank()) {
                f.appendElement("span").addClass("when").text(" named in papers of " + dates(dates));
            }
            sources(li, uri(r, "p"), List.of(HOLDS), iri, null);
        }
        createdReports();
    }
}
