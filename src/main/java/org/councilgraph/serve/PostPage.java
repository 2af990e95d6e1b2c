package org.councilgraph.serve;

import java.util.Set;
import org.apache.jena.vocabulary.ORG;
import org.jsoup.nodes.Element;

/** The page of a post: who held it over time and the reports written in it. */
final class PostPage extends EntityPages {
    PostPage(Site site, String iri, String path, Set<String> types) {
        super(site, iri, path, types);
    }

    @Override
    void body() {
        Element dl = props("Post");
        links(ORG.postIn.getURI()).forEach(o -> html.link(prop(dl, "In"), o, labelOf(o)));
        Timelines.post(this);
        createdReports();
    }
}
