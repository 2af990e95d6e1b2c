package org.councilgraph.serve;

import java.util.List;
import java.util.Set;
import org.apache.jena.vocabulary.RDF;
import org.councilgraph.vocab.CG;
import org.jsoup.nodes.Element;

/** The page of a resolution or a declaration of interest: words recorded at a meeting. */
final class StatementPage extends EntityPages {
    StatementPage(Site site, String iri, String path, Set<String> types) {
        super(site, iri, path, types);
    }

    @Override
    void body() {
        Element dl = props(is(CG.Resolution) ? "Resolution" : "Declaration of interest");
        links(CG.declaredBy.getURI()).forEach(p -> html.link(prop(dl, "Declared by"), p, labelOf(p)));
        links(CG.agendaItem.getURI()).forEach(i -> html.link(prop(dl, "Agenda item"), i, labelOf(i)));
        links(CG.meeting.getURI()).forEach(m -> html.link(prop(dl, "Meeting"), m, labelOf(m)));
        Element s = html.section("Words recorded");
        for (String v : values(RDF.value.getURI())) {
            s.appendElement("blockquote").text(v);
        }
        Element ul = list(s);
        Element li = ul.appendElement("li");
        fact(li).text("Recorded in");
        String link = is(CG.Resolution) ? CG.agendaItem.getURI() : CG.declaredBy.getURI();
        sources(li, iri, List.of(link), links(link).stream().findFirst().orElse(iri), iri);
    }
}
