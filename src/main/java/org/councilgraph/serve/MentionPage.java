package org.councilgraph.serve;

import java.util.Set;
import org.councilgraph.vocab.CG;
import org.councilgraph.vocab.Prov;
import org.jsoup.nodes.Element;

/** The page of a mention: the words a paper used for something, and where. */
final class MentionPage extends EntityPages {
    MentionPage(Site site, String iri, String path, Set<String> types) {
        super(site, iri, path, types);
    }

    @Override
    void body() {
        Element dl = props("Passage in a paper");
        links(CG.mentionOf.getURI()).forEach(m -> html.link(prop(dl, "About"), m, labelOf(m)));
        links(CG.statesProperty.getURI()).forEach(p -> html.link(prop(dl, "States"), p, site.termLabel(p)));
        links(CG.statesValue.getURI()).forEach(v -> html.link(prop(dl, "Value"), v, labelOf(v)));
        links(Prov.wasDerivedFrom.getURI()).forEach(d -> html.link(prop(dl, "Paper"), d, labelOf(d)));
        values(CG.page.getURI()).forEach(p -> prop(dl, "Page").text(p));
        String start = values(CG.startOffset.getURI()).stream().findFirst().orElse("?");
        String end = values(CG.endOffset.getURI()).stream().findFirst().orElse("?");
        prop(dl, "Characters").text(start + "–" + end);
        for (String q : values(CG.quote.getURI())) {
            html.section("Words").appendElement("blockquote").text(q);
        }
    }
}
