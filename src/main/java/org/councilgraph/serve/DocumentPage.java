package org.councilgraph.serve;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.vocabulary.DCTerms;
import org.councilgraph.vocab.CG;
import org.jsoup.nodes.Element;

/** The page of a paper: what was read from it. */
final class DocumentPage extends EntityPages {
    DocumentPage(Site site, String iri, String path, Set<String> types) {
        super(site, iri, path, types);
    }

    @Override
    void body() {
        Element dl = props("Source document");
        for (String src : values(DCTerms.source.getURI())) {
            Element dd = prop(dl, "Source");
            Optional<String> url = Html.safeExternal(src);
            if (url.isPresent()) {
                dd.appendElement("a").attr("href", url.get()).attr("rel", "noopener").text(src);
            } else {
                dd.appendElement("code").text(src);
            }
        }
        values(DCTerms.format.getURI()).forEach(f -> prop(dl, "Format").text(f));
        links(CG.council.getURI()).forEach(c -> html.link(prop(dl, "Council"), c, labelOf(c)));
        values(CG.sha256.getURI()).forEach(h -> prop(dl, "SHA-256").appendElement("code").text(h));
        List<QuerySolution> contents = site.select(PageSparql.DOCUMENT_CONTENTS, "e", iri);
        if (!contents.isEmpty()) {
            Element table = html.section("What was read from it").appendElement("table").addClass("counts");
            for (QuerySolution r : contents) {
                Element tr = table.appendElement("tr");
                html.siteLink(tr.appendElement("td"), "list?class=" + SitePages.encode(uri(r, "t")), site.termLabel(uri(r, "t")));
                tr.appendElement("td").addClass("n").text(text(r, "n"));
            }
        }
        List<QuerySolution> mentions = site.select(PageSparql.DOCUMENT_MENTIONS, "e", iri);
        if (!mentions.isEmpty()) {
            Element table = html.section("Passages read, in order").appendElement("table").addClass("passages");
            Element hr = table.appendElement("tr");
            hr.appendElement("th").text("Page");
            hr.appendElement("th").text("Words");
            hr.appendElement("th").text("Read as");
            for (QuerySolution r : mentions) {
                Element tr = table.appendElement("tr");
                tr.appendElement("td").addClass("n").text(orElse(text(r, "page"), ""));
                html.link(tr.appendElement("td").appendElement("q"), uri(r, "m"), orElse(text(r, "quote"), "…"));
                link(tr.appendElement("td"), r, "of", "label");
            }
        }
    }
}
