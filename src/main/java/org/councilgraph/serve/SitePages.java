package org.councilgraph.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.councilgraph.vocab.CG;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;

/**
 * The site's pages other than entity pages: home, search, class lists, the ontology, dumps, the
 * query editor and "not found".
 */
final class SitePages {
    /** Classes of the ontology's own bookkeeping, not worth listing on the home page. */
    private static final Set<String> HIDDEN_NAMESPACES = Set.of(OWL.NS, RDFS.uri, RDF.uri);

    /** The kinds a reader comes for, in the order the home page lists them. */
    private static final List<String> MAIN_CLASSES = List.of(CG.Council.getURI(), CG.Committee.getURI(), CG.Meeting.getURI(),
            CG.AgendaItem.getURI(), CG.Report.getURI(), CG.Resolution.getURI(), CG.DeclarationOfInterest.getURI(),
            FOAF.Person.getURI(), CG.Councillor.getURI(), CG.Officer.getURI(), CG.CoOptedMember.getURI(),
            ORG.Post.getURI(), CG.Service.getURI(), ORG.Organization.getURI(),
            CG.Legislation.getURI(), CG.LegislationSection.getURI(), CG.SourceDocument.getURI());

    private final Site site;
    private final DatasetDescription description;

    SitePages(Site site, DatasetDescription description) {
        this.site = site;
        this.description = description;
    }

    String home() {
        Html html = Html.page(site, "Council papers as linked data");
        Element main = html.main();
        html.heading("Council papers as linked data", "councilgraph");
        main.appendElement("p").addClass("lede").text("People, posts, committees, meetings, reports, resolutions, "
                + "declarations of interest and the legislation they cite, read from the published papers of English councils. "
                + "Every fact links to the paper, page and words it was read from.");
        Element form = main.appendElement("form").addClass("search big").attr("role", "search").attr("method", "get")
                .attr("action", site.url("search"));
        form.appendElement("input").attr("type", "search").attr("name", "q").attr("id", "home-q")
                .attr("aria-label", "Search the papers").attr("placeholder", "A name, a report title, words from a paper");
        form.appendElement("button").attr("type", "submit").text("Search");

        DatasetDescription.Stats s = description.stats();
        Element holds = html.section("What the dataset holds");
        holds.appendElement("p").text(String.format("%,d triples from %,d papers, in %,d named graphs.",
                s.triples(), s.documents(), s.graphs()));
        Element table = holds.appendElement("table").addClass("counts");
        Map<String, Long> rest = new LinkedHashMap<>(s.classes());
        for (String c : MAIN_CLASSES) {
            Long n = rest.remove(c);
            if (n != null) {
                classRow(table, c, n);
            }
        }
        Element more = holds.appendElement("details");
        more.appendElement("summary").text("Other classes: provenance, memberships, places…");
        Element other = more.appendElement("table").addClass("counts");
        rest.forEach((c, n) -> {
            if (HIDDEN_NAMESPACES.stream().noneMatch(c::startsWith)) {
                classRow(other, c, n);
            }
        });

        Element explore = html.section("Use it");
        Element ul = explore.appendElement("ul").addClass("links");
        Element q = ul.appendElement("li");
        html.siteLink(q, "query", "Query editor");
        q.appendText(" (YASGUI) with the example queries ready to run; the SPARQL endpoint is ");
        q.appendElement("code").text(site.sparqlEndpoint());
        Element d = ul.appendElement("li");
        html.siteLink(d, "dump", "Dumps");
        d.appendText(": the whole dataset as gzipped N-Quads, and Turtle of the union graph");
        Element v = ul.appendElement("li");
        html.siteLink(v, ".well-known/void", "VoID description");
        v.appendText(" of the dataset, and the ");
        html.siteLink(v, "def", "councilgraph ontology");
        Element ids = ul.appendElement("li");
        ids.appendText("Every entity IRI under ");
        ids.appendElement("code").text(site.base() + "id/");
        ids.appendText(" answers in Turtle, JSON-LD, N-Triples, RDF/XML or HTML, as asked.");
        Element follow = ul.appendElement("li");
        html.feed(follow, "feed", "councilgraph: papers").appendText(" — the papers as they are read in; committees, people, "
                + "posts, Acts and searches have feeds of their own.");

        List<ExampleQueries.Example> examples = site.examples().all();
        if (!examples.isEmpty()) {
            Element ex = html.section("Example questions").appendElement("ul").addClass("links");
            for (ExampleQueries.Example e : examples) {
                html.siteLink(ex.appendElement("li"), "query?example=" + encode(e.name()), e.question());
            }
        }
        List<QuerySolution> docs = site.select(PageSparql.DOCUMENTS, Map.of());
        if (!docs.isEmpty()) {
            Element papers = html.section("Papers").appendElement("ul").addClass("facts");
            for (QuerySolution r : docs) {
                Element li = papers.appendElement("li");
                html.link(li, EntityPages.uri(r, "d"), EntityPages.text(r, "label"));
            }
        }
        return html.render();
    }

    private void classRow(Element table, String c, long n) {
        Element tr = table.appendElement("tr");
        tr.appendElement("td").appendElement("a").attr("href", site.url("list?class=" + encode(c))).text(site.termLabel(c));
        tr.appendElement("td").addClass("term").appendElement("code").text(site.shortName(c));
        tr.appendElement("td").addClass("n").text(String.format("%,d", n));
    }

    /** Search results, or just the form when nothing was asked. */
    String search(String q) {
        String query = q == null ? "" : q.strip();
        Html html = Html.page(site, query.isEmpty() ? "Search" : "Search: " + query).searchValue(query);
        html.heading(query.isEmpty() ? "Search" : "Results for “" + query + "”", "Search");
        Element main = html.main();
        if (TextSearch.tooManyWords(query)) {
            main.appendElement("p").text("Search for at most " + TextSearch.MAX_WORDS + " words at a time.");
            return html.render();
        }
        String lucene = TextSearch.luceneQuery(query);
        if (lucene.isEmpty()) {
            main.appendElement("p").text("Type a name, a title or words from a paper into the box above.");
            return html.render();
        }
        List<QuerySolution> rows = site.select(PageSparql.SEARCH, Map.of("q", NodeFactory.createLiteralString(lucene)));
        if (rows.isEmpty()) {
            main.appendElement("p").text("Nothing matches. Try fewer words, or the start of a name.");
            return html.render();
        }
        main.appendElement("p").addClass("count").text(rows.size() + (rows.size() == 60 ? "+" : "") + (rows.size() == 1 ? " match" : " matches"));
        html.feed(main, "feed/search?q=" + encode(query), "councilgraph: search for " + query);
        Map<String, String> docs = new LinkedHashMap<>();
        Element ol = main.appendElement("ol").addClass("results");
        for (QuerySolution r : rows) {
            String s = EntityPages.uri(r, "s");
            if (s == null) {
                continue;
            }
            Element li = ol.appendElement("li");
            List<String> kinds = new ArrayList<>();
            for (QuerySolution t : site.select(PageSparql.TYPES, "e", s)) {
                String type = EntityPages.uri(t, "t");
                if (type != null && type.startsWith(CG.NS) || FOAF.Person.getURI().equals(type)
                        || ORG.Post.getURI().equals(type)) {
                    kinds.add(site.termLabel(type));
                }
            }
            if (!kinds.isEmpty()) {
                li.appendElement("span").addClass("badge").text(String.join(", ", kinds.stream().distinct().toList()));
                li.appendText(" ");
            }
            html.link(li, s, EntityPages.text(r, "label"));
            String match = EntityPages.text(r, "match");
            if (match != null && !match.equals(EntityPages.text(r, "label"))) {
                Element m = li.appendElement("div").addClass("src");
                m.appendElement("q").text(match);
                String mention = EntityPages.uri(r, "mention");
                if (mention != null) {
                    for (QuerySolution x : site.select(PageSparql.MENTION_SOURCE, "e", mention)) {
                        m.appendText(" — ");
                        html.link(m, EntityPages.uri(x, "doc"), EntityPages.text(x, "docLabel"));
                        if (x.contains("page")) {
                            m.appendText(", p. " + EntityPages.text(x, "page"));
                        }
                    }
                }
            }
        }
        return html.render();
    }

    /** The members of one class, a page at a time. */
    String list(String classIri, int page) {
        String label = site.termLabel(classIri);
        Html html = Html.page(site, label);
        html.heading(label, "All of one kind");
        html.main().appendElement("p").addClass("iri").appendElement("code").text(classIri);
        int offset = Math.max(0, page) * 200;
        List<QuerySolution> rows = site.selectOnce(PageSparql.LIST.replace("#OFFSET#", Integer.toString(offset)),
                Map.of("class", NodeFactory.createURI(classIri)));
        Element ul = html.main().appendElement("ul").addClass("facts columns");
        for (int i = 0; i < Math.min(200, rows.size()); i++) {
            html.link(ul.appendElement("li"), EntityPages.uri(rows.get(i), "s"), EntityPages.text(rows.get(i), "label"));
        }
        if (rows.isEmpty()) {
            html.main().appendElement("p").text("Nothing of this kind in the dataset.");
        } else {
            Timelines.csv(html, html.main(), Timelines.listQuery(classIri), "the whole list");
        }
        Element nav = html.main().appendElement("p").addClass("pager");
        if (page > 0) {
            html.siteLink(nav, "list?class=" + encode(classIri) + "&page=" + (page - 1), "← previous");
            nav.appendText(" ");
        }
        if (rows.size() > 200) {
            html.siteLink(nav, "list?class=" + encode(classIri) + "&page=" + (page + 1), "next →");
        }
        return html.render();
    }

    /** The ontology as a page: each class and property with its label, comment and links. */
    String ontology() {
        var m = site.ontology();
        Resource onto = m.getResource(CG.NS.substring(0, CG.NS.length() - 1));
        Html html = Html.page(site, "councilgraph ontology");
        html.heading(onto.hasProperty(DCTerms.title)
                ? onto.getProperty(DCTerms.title).getString() : "councilgraph ontology", "Ontology");
        Element main = html.main();
        Element p = main.appendElement("p").addClass("iri");
        p.appendText("Namespace ");
        p.appendElement("code").text(CG.NS);
        p.appendText(" · prefix ");
        p.appendElement("code").text("cg:");
        Element formats = main.appendElement("p").addClass("formats");
        formats.appendText("As data: ");
        for (Conneg.Format f : Conneg.RDF) {
            html.siteLink(formats, "def." + f.extension(), f.name());
            formats.appendText(" ");
        }
        if (onto.hasProperty(RDFS.comment)) {
            main.appendElement("p").addClass("lede").text(onto.getProperty(RDFS.comment).getString());
        }
        Map<String, Long> counts = description.stats().classes();
        for (var kind : List.of(new Object[] {"Classes", OWL.Class}, new Object[] {"Properties", OWL.ObjectProperty},
                new Object[] {"Data properties", OWL.DatatypeProperty})) {
            List<Resource> terms = m.listSubjectsWithProperty(RDF.type, (Resource) kind[1]).toList().stream()
                    .filter(r -> r.isURIResource() && r.getURI().startsWith(CG.NS))
                    .sorted((a, b) -> a.getURI().compareTo(b.getURI())).toList();
            if (terms.isEmpty()) {
                continue;
            }
            Element s = html.section((String) kind[0]);
            Element dl = s.appendElement("dl").addClass("terms");
            for (Resource t : terms) {
                String local = t.getURI().substring(CG.NS.length());
                Element dt = dl.appendElement("dt").attr("id", local);
                dt.appendElement("code").text("cg:" + local);
                dt.appendText(" ");
                dt.appendElement("span").text(site.termLabel(t.getURI()));
                Element dd = dl.appendElement("dd");
                if (t.hasProperty(RDFS.comment)) {
                    dd.appendElement("p").text(t.getProperty(RDFS.comment).getString());
                }
                Element links = dd.appendElement("p").addClass("rel");
                for (var rel : List.of(RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range)) {
                    for (Statement st : t.listProperties(rel).toList()) {
                        if (st.getObject().isURIResource()) {
                            links.appendText(rel.getLocalName() + " ");
                            html.link(links, st.getResource().getURI(), site.shortName(st.getResource().getURI()));
                            links.appendText("  ");
                        }
                    }
                }
                Long n = counts.get(t.getURI());
                if (n != null) {
                    if (!links.children().isEmpty()) {
                        links.appendText(" · ");
                    }
                    html.siteLink(links, "list?class=" + encode(t.getURI()), String.format("%,d in this dataset", n));
                }
            }
        }
        return html.render();
    }

    String dumps() {
        DatasetDescription.Stats s = description.stats();
        Html html = Html.page(site, "Dumps");
        html.heading("Dumps", "Download");
        Element ul = html.main().appendElement("ul").addClass("facts");
        Element a = ul.appendElement("li");
        html.siteLink(a, "dump/" + Dumps.NQUADS, Dumps.NQUADS);
        a.appendText(String.format(" — every quad (%,d), gzipped N-Quads: each paper's facts in its own named graph.", s.quads()));
        Element b = ul.appendElement("li");
        html.siteLink(b, "dump/" + Dumps.TURTLE, Dumps.TURTLE);
        b.appendText(String.format(" — the union graph (%,d triples) as Turtle.", s.triples()));
        html.main().appendElement("p").text("The same files come from the command line: java -jar councilgraph.jar export --store STORE --out DIR");
        return html.render();
    }

    /** The YASGUI query editor, with every example query as a tab. */
    String query(String selected, boolean run) {
        Html html = Html.page(site, "Query");
        html.head().appendElement("link").attr("rel", "stylesheet").attr("href", Resources.yasguiUrl(site, "build/yasgui.min.css"));
        Element main = html.main().addClass("wide");
        html.heading("Query the papers", "SPARQL");
        Element p = main.appendElement("p");
        p.appendText("Endpoint ");
        p.appendElement("code").text(site.sparqlEndpoint());
        p.appendText(". The default graph is the union of every paper's graph; ");
        p.appendElement("code").text("text:query");
        p.appendText(" searches labels and quoted words. The examples open at their first page: " + Paging.PAGE
                + " rows, or, for those that open with an ordered sub-select of keys, the rows of " + Paging.PAGE
                + " keys (LIMIT there; OFFSET for the next).");
        main.appendElement("div").attr("id", "yasgui").attr("data-endpoint", site.sparqlEndpoint())
                .attr("data-selected", selected == null ? "" : selected).attr("data-run", run ? "1" : "");
        examplesList(html, main, selected);
        Element noscript = main.appendElement("noscript");
        noscript.appendElement("p").text("The editor needs JavaScript. The example queries:");
        for (ExampleQueries.Example e : site.examples().all()) {
            noscript.appendElement("h3").text(e.question());
            noscript.appendElement("pre").text(Paging.page(e.query(), 0));
        }
        html.document().body().appendElement("script").attr("type", "application/json").attr("id", "examples")
                .appendChild(new DataNode(examplesJson()));
        html.document().body().appendElement("script").attr("src", Resources.yasguiUrl(site, "build/yasgui.min.js"));
        html.document().body().appendElement("script").attr("src", site.url("static/query.js"));
        return html.render();
    }

    /** Each example question with a link that runs it and its rows as CSV; the chosen one first. */
    private void examplesList(Html html, Element main, String selected) {
        Element s = main.appendElement("section").addClass("examples");
        s.appendElement("h2").text("Example questions");
        Element ul = s.appendElement("ul").addClass("facts");
        for (ExampleQueries.Example e : site.examples().all()) {
            Element li = e.name().equals(selected) ? ul.prependElement("li").addClass("selected") : ul.appendElement("li");
            html.siteLink(li, "query?example=" + encode(e.name()) + "&run=1", e.question());
            li.appendText(" · ");
            html.siteLink(li, Timelines.csvPath(e.query()), "CSV").addClass("csv");
        }
    }

    private String examplesJson() {
        StringBuilder sb = new StringBuilder("[");
        for (ExampleQueries.Example e : site.examples().all()) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append("{\"name\":").append(json(e.name())).append(",\"question\":").append(json(e.question()))
                    .append(",\"query\":").append(json(Paging.page(e.query(), 0))).append('}');
        }
        return sb.append(']').toString();
    }

    /** A JSON string safe inside a script element: no "<", ">" or "&" survive unescaped. */
    static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** The 404 page for an IRI we hold nothing about, with likely matches from its last segment. */
    String notFound(String iri) {
        Html html = Html.page(site, "Not found");
        html.heading("Nothing is known about this IRI", "Not found");
        Element main = html.main();
        Element p = main.appendElement("p");
        p.appendText("The dataset holds no statement about ");
        p.appendElement("code").text(iri);
        p.appendText(". IRIs here look like ");
        p.appendElement("code").text(site.base() + "id/person/COUNCIL/NAME");
        p.appendText(".");
        String words = Site.fallbackLabel(iri);
        String lucene = TextSearch.fuzzyQuery(words);
        if (!lucene.isEmpty() && site.text() != null) {
            List<QuerySolution> rows = site.select(PageSparql.SEARCH, Map.of("q", NodeFactory.createLiteralString(lucene)));
            if (!rows.isEmpty()) {
                main.appendElement("h2").text("Perhaps you meant");
                Element ul = main.appendElement("ul").addClass("facts");
                rows.stream().limit(10).forEach(r -> html.link(ul.appendElement("li"), EntityPages.uri(r, "s"), EntityPages.text(r, "label")));
            }
        }
        Element more = main.appendElement("p");
        more.appendText("Try the ");
        html.siteLink(more, "search?q=" + encode(words), "search");
        more.appendText(", the ");
        html.siteLink(more, "", "home page");
        more.appendText(" or the ");
        html.siteLink(more, "query", "query editor");
        more.appendText(".");
        return html.render();
    }

    String simpleNotFound(String what) {
        Html html = Html.page(site, "Not found");
        html.heading("Not found", "404");
        Element p = html.main().appendElement("p");
        p.appendText("There is nothing at ");
        p.appendElement("code").text(what);
        p.appendText(". Start from the ");
        html.siteLink(p, "", "home page");
        p.appendText(".");
        return html.render();
    }

    static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
