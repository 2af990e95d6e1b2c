package org.councilgraph.serve;

import java.util.List;
import java.util.Set;
import org.apache.jena.vocabulary.DCTerms;
import org.councilgraph.vocab.CG;
import org.jsoup.nodes.Element;

/** The page of a report: who wrote it, where it was considered and the legislation it cites. */
final class ReportPage extends EntityPages {
    ReportPage(Site site, String iri, String path, Set<String> types) {
        super(site, iri, path, types);
    }

    @Override
    void body() {
        Element dl = props("Report");
        values(DCTerms.title.getURI()).forEach(t -> prop(dl, "Title").text(t));
        diagram(Diagram.forReport(site, iri, label));

        listSection("Written by and contacts", site.select(PageSparql.REPORT_PEOPLE, "e", iri), (li, r) -> {
            Element f = fact(li);
            boolean creator = uri(r, "rel").equals(CREATOR);
            f.appendElement("span").addClass("badge").text(creator ? "report of" : "contact officer");
            f.appendText(" ");
            link(f, r, "x", "label");
            if (r.contains("holder")) {
                f.appendText(" (held by ");
                link(f, r, "holder", "holderLabel");
                f.appendText(")");
            }
            sources(li, iri, List.of(uri(r, "rel")), uri(r, "x"), null);
        });
        listSection("Considered at", site.select(PageSparql.REPORT_CONSIDERED, "e", iri), (li, r) -> {
            Element f = fact(li);
            link(f, r, "mt", "meeting");
            if (!uri(r, "at").equals(uri(r, "mt"))) {
                f.appendText(", item ");
                link(f, r, "at", "atLabel");
            }
            sources(li, iri, List.of(CG.consideredAt.getURI()), uri(r, "at"), null);
        });
        citations(iri, "Legislation cited");
    }

    private void citations(String citer, String title) {
        listSection(title, site.select(PageSparql.CITATIONS, "e", citer), (li, r) -> {
            citation(fact(li), r);
            sources(li, citer, List.of(REFERENCES), uri(r, "x"), null);
        });
    }
}
