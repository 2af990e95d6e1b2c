package org.councilgraph.serve;

import java.util.List;
import java.util.Set;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;
import org.councilgraph.vocab.CG;
import org.jsoup.nodes.Element;

/** The page of a service or other organisation: its posts and the reports written there. */
final class OrganisationPage extends EntityPages {
    OrganisationPage(Site site, String iri, String path, Set<String> types) {
        super(site, iri, path, types);
    }

    @Override
    void body() {
        Element dl = props(is(CG.Service) ? "Council service" : "Organisation");
        links(ORG.unitOf.getURI()).forEach(o -> html.link(prop(dl, "Part of"), o, labelOf(o)));
        links(ORG.subOrganizationOf.getURI()).forEach(o -> html.link(prop(dl, "Part of"), o, labelOf(o)));
        List<String> alt = values(SKOS.altLabel.getURI());
        if (!alt.isEmpty()) {
            prop(dl, "Also written").text(String.join(" · ", alt));
        }
        postsIn();
        createdReports();
    }
}
