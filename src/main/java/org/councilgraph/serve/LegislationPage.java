package org.councilgraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.vocabulary.OWL;
import org.councilgraph.vocab.CG;
import org.jsoup.nodes.Element;

/** The page of an act: the official text and its citations, section by section. */
final class LegislationPage extends EntityPages {
    LegislationPage(Site site, String iri, String path, Set<String> types) {
        super(site, iri, path, types);
    }

    @Override
    void body() {
        legislation();
    }

    private void legislation() {
        Element head = header(values(CG.instrumentKind.getURI()).stream().findFirst().map(k -> "Legislation (" + k + ")")
                .orElse("Legislation"));
        Element dl = head.appendElement("dl").addClass("props");
        values(CG.year.getURI()).forEach(y -> prop(dl, "Year").text(y));
        links(OWL.sameAs.getURI()).forEach(s -> legislationGovUk(prop(dl, "Official text"), s));

        List<QuerySolution> secs = new ArrayList<>(site.select(PageSparql.LAW_SECTIONS, "e", iri));
        List<QuerySolution> citers = site.select(PageSparql.LAW_CITERS, "e", iri);
        Map<String, List<QuerySolution>> bySection = new TreeMap<>(Comparator.comparing(EntityPages::numberKey));
        for (QuerySolution r : citers) {
            bySection.computeIfAbsent(r.contains("sec") ? orElse(text(r, "section"), Site.fallbackLabel(uri(r, "sec"))) : "",
                    k -> new ArrayList<>()).add(r);
        }
        Element s = html.section("Cited by");
        if (citers.isEmpty()) {
            s.appendElement("p").text("Nothing in the papers cites this legislation.");
        }
        for (var e : bySection.entrySet()) {
            QuerySolution first = e.getValue().get(0);
            Element h = s.appendElement("h3");
            if (e.getKey().isEmpty()) {
                h.text("The act as a whole");
            } else {
                html.link(h, uri(first, "sec"), "Section " + e.getKey());
                secs.stream().filter(x -> uri(x, "s").equals(uri(first, "sec")) && x.contains("sameAs")).findFirst()
                        .ifPresent(x -> {
                            h.appendText(" ");
                            legislationGovUk(h, uri(x, "sameAs"));
                        });
            }
            Element ul = list(s);
            for (QuerySolution r : e.getValue()) {
                Element li = ul.appendElement("li");
                Element f = fact(li);
                if (r.contains("type")) {
                    f.appendElement("span").addClass("badge").text(Site.lower(site.termLabel(uri(r, "type"))));
                    f.appendText(" ");
                }
                link(f, r, "c", "label");
                sources(li, uri(r, "c"), List.of(REFERENCES), r.contains("sec") ? uri(r, "sec") : iri, null);
            }
        }
    }
}
