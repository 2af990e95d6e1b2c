package org.councilgraph.serve;

import java.util.List;
import java.util.Set;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.councilgraph.vocab.CG;
import org.jsoup.nodes.Element;

/** The page of a section of an act: the official text and what cites it. */
final class LegislationSectionPage extends EntityPages {
    LegislationSectionPage(Site site, String iri, String path, Set<String> types) {
        super(site, iri, path, types);
    }

    @Override
    void body() {
        Element dl = props("Section of legislation");
        links(DCTerms.isPartOf.getURI()).forEach(a -> html.link(prop(dl, "Part of"), a, labelOf(a)));
        values(CG.sectionNumber.getURI()).forEach(n -> prop(dl, "Section").text(n));
        links(OWL.sameAs.getURI()).forEach(s -> legislationGovUk(prop(dl, "Official text"), s));
        citedBy();
    }

    private void citedBy() {
        listSection("Cited by", site.select(PageSparql.CITED_BY, "e", iri), (li, r) -> {
            Element f = fact(li);
            if (r.contains("type")) {
                f.appendElement("span").addClass("badge").text(Site.lower(site.termLabel(uri(r, "type"))));
                f.appendText(" ");
            }
            link(f, r, "c", "label");
            sources(li, uri(r, "c"), List.of(REFERENCES), iri, null);
        });
    }
}
