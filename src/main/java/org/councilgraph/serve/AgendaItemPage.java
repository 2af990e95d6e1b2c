package org.councilgraph.serve;

import java.util.List;
import java.util.Set;
import org.apache.jena.vocabulary.DCTerms;
import org.councilgraph.vocab.CG;
import org.jsoup.nodes.Element;

/** The page of an agenda item: its meeting, resolutions, reports and citations. */
final class AgendaItemPage extends EntityPages {
    AgendaItemPage(Site site, String iri, String path, Set<String> types) {
        super(site, iri, path, types);
    }

    @Override
    void body() {
        Element dl = props("Agenda item");
        links(CG.meeting.getURI()).forEach(m -> html.link(prop(dl, "Meeting"), m, labelOf(m)));
        values(CG.itemNumber.getURI()).forEach(n -> prop(dl, "Number").text(n));
        values(DCTerms.title.getURI()).forEach(t -> prop(dl, "Title").text(t));
        Element ul = list(html.section("Business"));
        Element li = ul.appendElement("li");
        fact(li).text(label);
        sources(li, iri, List.of(CG.meeting.getURI()), links(CG.meeting.getURI()).stream().findFirst().orElse(iri), iri);
        itemDetails(li, iri);
    }
}
