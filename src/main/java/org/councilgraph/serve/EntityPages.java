package org.councilgraph.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.councilgraph.vocab.CG;
import org.jsoup.nodes.Element;

/**
 * The HTML page of one entity. Each kind of thing the papers describe gets the facts a reader
 * wants about it (a person's posts, committees, meetings, reports and declarations; a meeting's
 * business and attendance; an act's citations by section...), each fact followed by where it was
 * read: the paper, the page and the quoted words. Every page ends with the entity's full list of
 * statements and links to its RDF, so nothing in the graph is hidden by the layout.
 *
 * <p>This class holds what every page shares (the heading, the sources of each fact, the full list
 * of statements) and is itself the page of a kind with none of its own; each kind with one has its
 * class ({@link PersonPage}, {@link MeetingPage}, ...), chosen by {@link #render}.
 */
class EntityPages {
    static final String PERSON = FOAF.Person.getURI();
    static final String HOLDS = ORG.holds.getURI();
    static final String CREATOR = DCTerms.creator.getURI();
    static final String REFERENCES = DCTerms.references.getURI();
    static final int MAX_SOURCES = 3;
    static final int MAX_QUOTES = 8;
    /** Facts not about the page's entity whose sources a page looks up one by one. */
    static final int MAX_LOOKUPS = 120;

    final Site site;
    final String iri;
    final String path;
    final Html html;
    final Set<String> types = new LinkedHashSet<>();
    final List<QuerySolution> out;
    String label;
    Map<String, List<QuerySolution>> stated;
    Map<String, List<QuerySolution>> held;
    boolean prefetchComplete;
    int lookups;

    EntityPages(Site site, String iri, String path, Set<String> types) {
        this.site = site;
        this.iri = iri;
        this.path = path;
        this.out = site.select(PageSparql.OUT, "e", iri);
        this.types.addAll(types);
        this.label = value(RDFS.label.getURI()).or(() -> value(FOAF.name.getURI())).or(() -> value(DCTerms.title.getURI()))
                .orElse(Site.fallbackLabel(iri));
        this.html = Html.page(site, label);
    }

    /** Renders the page of {@code iri} (known to be in the store); {@code path} is its part after {@code id/}. */
    static String render(Site site, String iri, String path) {
        return site.read(() -> of(site, iri, path).build());
    }

    /** The page for the entity's kind: the first of these its types name, in this order. */
    private static EntityPages of(Site site, String iri, String path) {
        Set<String> types = new LinkedHashSet<>();
        for (QuerySolution r : site.select(PageSparql.TYPES, "e", iri)) {
            if (r.get("t").isURIResource()) {
                types.add(r.getResource("t").getURI());
            }
        }
        if (is(types, PERSON) || is(types, CG.Councillor) || is(types, CG.Officer) || is(types, CG.CoOptedMember)) {
            return new PersonPage(site, iri, path, types);
        } else if (is(types, CG.Meeting)) {
            return new MeetingPage(site, iri, path, types);
        } else if (is(types, CG.Report)) {
            return new ReportPage(site, iri, path, types);
        } else if (is(types, CG.AgendaItem)) {
            return new AgendaItemPage(site, iri, path, types);
        } else if (is(types, CG.Resolution) || is(types, CG.DeclarationOfInterest)) {
            return new StatementPage(site, iri, path, types);
        } else if (is(types, CG.LegislationSection)) {
            return new LegislationSectionPage(site, iri, path, types);
        } else if (is(types, CG.Legislation)) {
            return new LegislationPage(site, iri, path, types);
        } else if (is(types, ORG.Post.getURI())) {
            return new PostPage(site, iri, path, types);
        } else if (is(types, CG.Committee)) {
            return new CommitteePage(site, iri, path, types);
        } else if (is(types, CG.Council)) {
            return new CouncilPage(site, iri, path, types);
        } else if (is(types, CG.Service) || is(types, ORG.Organization.getURI()) || is(types, ORG.OrganizationalUnit.getURI())) {
            return new OrganisationPage(site, iri, path, types);
        } else if (is(types, CG.SourceDocument)) {
            return new DocumentPage(site, iri, path, types);
        } else if (is(types, CG.Mention)) {
            return new MentionPage(site, iri, path, types);
        }
        return new EntityPages(site, iri, path, types);
    }

    private static boolean is(Set<String> types, org.apache.jena.rdf.model.Resource type) {
        return types.contains(type.getURI());
    }

    private static boolean is(Set<String> types, String type) {
        return types.contains(type);
    }

    private String build() {
        html.head().appendElement("link").attr("rel", "alternate").attr("type", "text/turtle")
                .attr("href", site.url("data/" + path + ".ttl"));
        body();
        if (Feeds.follows(types)) {
            Element heading = html.main().selectFirst("div.heading");
            html.feed(heading != null ? heading : html.main(), "feed/" + path, "councilgraph: " + label);
        }
        if (!is(CG.SourceDocument) && !is(CG.Mention)) {
            whereFrom();
        }
        statements();
        return html.render();
    }

    /** The part of the page particular to the entity's kind; here, for a kind with no page of its own, the heading. */
    void body() {
        header(kindName());
    }

    /** A section of one list item per row, {@code item} filling each; no section when there are no rows. */
    void listSection(String heading, List<QuerySolution> rows, BiConsumer<Element, QuerySolution> item) {
        if (rows.isEmpty()) {
            return;
        }
        Element ul = list(html.section(heading));
        for (QuerySolution r : rows) {
            item.accept(ul.appendElement("li"), r);
        }
    }

    /**
     * A "Declarations of interest" section: each declaration's words with what it links to on the
     * other side ({@code otherVar}: the meeting on a person's page, the person on a meeting's page).
     */
    void declarations(List<QuerySolution> rows, String otherVar, String otherKind, String property) {
        listSection("Declarations of interest", rows, (li, r) -> {
            Element f = fact(li);
            if (r.contains(otherVar)) {
                link(f, r, otherVar, otherKind);
                f.appendText(": ");
            }
            f.appendElement("q").text(orElse(text(r, "text"), "declaration"));
            sources(li, uri(r, "d"), List.of(property), iri, uri(r, "d"));
        });
    }

    /** Under an agenda item: its resolutions, the reports put to it and what it cites. */
    void itemDetails(Element li, String item) {
        List<QuerySolution> res = site.select(PageSparql.ITEM_RESOLUTIONS, "e", item);
        List<QuerySolution> reps = site.select(PageSparql.CONSIDERED_REPORTS, "e", item);
        List<QuerySolution> cites = site.select(PageSparql.CITATIONS, "e", item);
        if (res.isEmpty() && reps.isEmpty() && cites.isEmpty()) {
            return;
        }
        Element ul = li.appendElement("ul").addClass("sub");
        for (QuerySolution r : reps) {
            Element sub = ul.appendElement("li");
            Element f = fact(sub);
            f.appendElement("span").addClass("badge").text("report");
            f.appendText(" ");
            link(f, r, "r", "title");
        }
        for (QuerySolution r : res) {
            Element sub = ul.appendElement("li");
            Element f = fact(sub);
            html.link(f.appendElement("span").addClass("badge"), uri(r, "res"), "resolved");
            f.appendText(" ");
            f.appendElement("q").text(orElse(text(r, "text"), ""));
            sources(sub, uri(r, "res"), List.of(CG.agendaItem.getURI()), item, uri(r, "res"));
        }
        for (QuerySolution r : cites) {
            Element sub = ul.appendElement("li");
            Element f = fact(sub);
            f.appendElement("span").addClass("badge").text("cites");
            f.appendText(" ");
            citation(f, r);
        }
    }

    void citation(Element f, QuerySolution r) {
        link(f, r, "x", "label");
        if (r.contains("act") && !orElse(text(r, "label"), "").contains(orElse(text(r, "actLabel"), "\u0000"))) {
            f.appendText(" of ");
            link(f, r, "act", "actLabel");
        }
        if (r.contains("sameAs")) {
            f.appendText(" ");
            legislationGovUk(f, uri(r, "sameAs"));
        }
    }

    void legislationGovUk(Element parent, String sameAs) {
        Html.safeExternal(sameAs).ifPresent(u -> parent.appendElement("a").addClass("ext").attr("href", u)
                .attr("rel", "noopener").text("legislation.gov.uk"));
    }

    void createdReports() {
        listSection("Reports", site.select(PageSparql.CREATED_REPORTS, "e", iri), (li, r) -> {
            link(fact(li), r, "r", "title");
            sources(li, uri(r, "r"), List.of(CREATOR), iri, null);
        });
    }

    void postsIn() {
        listSection("Posts", site.select(PageSparql.POSTS_IN, "e", iri), (li, r) -> {
            Element f = fact(li);
            link(f, r, "post", "label");
            if (r.contains("h")) {
                f.appendText(": ");
                link(f, r, "h", "holder");
                sources(li, uri(r, "h"), List.of(HOLDS), uri(r, "post"), null);
            } else {
                sources(li, uri(r, "post"), List.of(ORG.postIn.getURI()), iri, null);
            }
        });
    }

    void meetingList(List<QuerySolution> rows, String title) {
        listSection(title, rows, (li, r) -> {
            link(li, r, "mt", "label");
        });
    }

    // ---------------------------------------------------------------- shared parts

    /** The heading block: kind, name, IRI and the RDF formats. */
    Element header(String kind) {
        Element h = html.heading(label, kind);
        Element p = h.appendElement("p").addClass("iri");
        p.appendText("IRI ");
        p.appendElement("code").text(iri);
        Element formats = h.appendElement("p").addClass("formats");
        formats.appendText("Data: ");
        for (Conneg.Format f : Conneg.RDF) {
            html.siteLink(formats, "data/" + path + "." + f.extension(), f.name());
            formats.appendText(" ");
        }
        return h;
    }

    /** The heading block with the list of the entity's own properties under it, to be filled. */
    Element props(String kind) {
        return header(kind).appendElement("dl").addClass("props");
    }

    void diagram(Diagram d) {
        if (d.size() > 1) {
            Element s = html.section("Connections");
            s.addClass("diagram");
            s.appendChild(d.render(html));
            s.appendElement("p").addClass("caption").text(d.caption());
        }
    }

    /** Every place the entity was read from, by paper. */
    void whereFrom() {
        List<QuerySolution> rows = site.select(PageSparql.MENTIONS, "e", iri);
        if (rows.isEmpty()) {
            return;
        }
        Element s = html.section("Where this comes from");
        Map<String, List<QuerySolution>> byDoc = new LinkedHashMap<>();
        rows.forEach(r -> byDoc.computeIfAbsent(uri(r, "doc"), k -> new ArrayList<>()).add(r));
        for (var e : byDoc.entrySet()) {
            QuerySolution first = e.getValue().get(0);
            Element h = s.appendElement("h3");
            link(h, first, "doc", "docLabel");
            Element ul = list(s).addClass("quotes");
            int shown = 0;
            for (QuerySolution r : e.getValue()) {
                if (shown++ == MAX_QUOTES) {
                    ul.appendElement("li").addClass("more").text("and " + (e.getValue().size() - MAX_QUOTES) + " more passages");
                    break;
                }
                Element li = ul.appendElement("li");
                if (r.contains("page")) {
                    li.appendElement("span").addClass("page").text("p. " + text(r, "page"));
                    li.appendText(" ");
                }
                html.link(li.appendElement("q"), uri(r, "m"), orElse(text(r, "quote"), "…"));
                if (r.contains("prop")) {
                    li.appendElement("span").addClass("states").text(" " + site.termLabel(uri(r, "prop")));
                }
            }
        }
    }

    /** The entity's statements, both ways, for completeness. */
    void statements() {
        Element s = html.section("All statements");
        Element details = s.appendElement("details");
        details.appendElement("summary").text(out.size() + " statements about it");
        Element table = details.appendElement("table").addClass("statements");
        for (QuerySolution r : out) {
            Element tr = table.appendElement("tr");
            String p = uri(r, "p");
            html.link(tr.appendElement("th"), p, site.termLabel(p));
            value(tr.appendElement("td"), r.get("o"), text(r, "label"));
        }
        List<QuerySolution> in = site.select(PageSparql.IN, "e", iri);
        if (!in.isEmpty()) {
            Element d2 = s.appendElement("details");
            d2.appendElement("summary").text(in.size() + (in.size() == 500 ? "+" : "") + " links to it");
            Element t2 = d2.appendElement("table").addClass("statements");
            for (QuerySolution r : in) {
                Element tr = t2.appendElement("tr");
                link(tr.appendElement("td"), r, "s", "label");
                String p = uri(r, "p");
                html.link(tr.appendElement("th"), p, site.termLabel(p));
            }
        }
    }

    void value(Element td, RDFNode o, String objectLabel) {
        if (o.isURIResource()) {
            html.link(td, o.asResource().getURI(), objectLabel != null ? objectLabel
                    : o.asResource().getURI().startsWith(site.base()) ? null : site.shortName(o.asResource().getURI()));
        } else if (o.isLiteral()) {
            td.appendElement("span").addClass("literal").text(o.asLiteral().getLexicalForm());
            String dt = o.asLiteral().getDatatypeURI();
            if (dt != null && !dt.endsWith("#string") && !dt.endsWith("#langString")) {
                td.appendElement("span").addClass("dt").text(" " + site.shortName(dt));
            }
        } else {
            td.text("(blank node)");
        }
    }

    /**
     * After a fact, where it was read: up to three papers, each with its page and quoted words,
     * or the papers whose graphs hold the fact when no passage states it.
     */
    void sources(Element li, String s, List<String> props, String o, String node) {
        if (s == null || o == null || props.isEmpty()) {
            return;
        }
        List<QuerySolution> rows = evidence(s, props, o, node);
        if (rows.isEmpty()) {
            return;
        }
        int best = rows.stream().mapToInt(r -> r.getLiteral("rank").getInt()).min().orElse(3);
        Map<String, List<QuerySolution>> byDoc = new LinkedHashMap<>();
        for (QuerySolution r : rows) {
            int rank = r.getLiteral("rank").getInt();
            if (rank == best || (best < 3 && rank < 3)) {
                byDoc.computeIfAbsent(uri(r, "doc"), k -> new ArrayList<>()).add(r);
            }
        }
        Element src = li.appendElement("div").addClass("src");
        int shown = 0;
        for (var e : byDoc.entrySet()) {
            if (shown++ == MAX_SOURCES) {
                src.appendElement("span").addClass("more").text("and " + (byDoc.size() - MAX_SOURCES) + " more papers");
                break;
            }
            QuerySolution r = e.getValue().get(0);
            Element one = src.appendElement("span").addClass("source");
            link(one, r, "doc", "docLabel").addClass("doc");
            if (r.contains("page")) {
                String page = text(r, "page");
                one.appendText(", ");
                Optional<String> original = r.contains("docSource") ? Html.safeExternal(text(r, "docSource")) : Optional.empty();
                if (original.isPresent() && orElse(text(r, "format"), "").contains("pdf")) {
                    one.appendElement("a").attr("href", original.get() + "#page=" + page).attr("rel", "noopener").text("p. " + page);
                } else {
                    one.appendElement("span").addClass("page").text("p. " + page);
                }
            }
            if (r.contains("quote") && !sameWords(text(r, "quote"), li.selectFirst(".fact") == null ? "" : li.selectFirst(".fact").text())) {
                one.appendText(": ");
                one.appendElement("q").text(text(r, "quote"));
            }
        }
    }

    /**
     * The sources of one fact. Facts about the page's own entity come from two queries run once per
     * page; other facts (a report written by a post the person holds, say) each ask the store, up to
     * a bound per page, after which the fact's own page carries its sources.
     */
    List<QuerySolution> evidence(String s, List<String> props, String o, String node) {
        if (node == null && (s.equals(iri) || o.equals(iri))) {
            prefetch();
            if (prefetchComplete) {
                List<QuerySolution> rows = new ArrayList<>();
                for (String p : props) {
                    rows.addAll(stated.getOrDefault(s + " " + p + " " + o, List.of()));
                }
                if (rows.isEmpty()) {
                    for (String p : props) {
                        rows.addAll(held.getOrDefault(s + " " + p + " " + o, List.of()));
                    }
                }
                return rows;
            }
        }
        if (lookups++ >= MAX_LOOKUPS) {
            return List.of();
        }
        StringBuilder values = new StringBuilder();
        props.forEach(p -> values.append(FmtUtils.stringForNode(NodeFactory.createURI(p))).append(' '));
        String q = PageSparql.EVIDENCE.replace("#PROPS#", values).replace("#NODE#", node == null ? "" : PageSparql.EVIDENCE_NODE);
        Map<String, Node> b = new LinkedHashMap<>();
        b.put("s", node(s));
        b.put("o", node(o));
        if (node != null) {
            b.put("node", node(node));
        }
        return site.select(q, b);
    }

    void prefetch() {
        if (stated != null) {
            return;
        }
        stated = new LinkedHashMap<>();
        held = new LinkedHashMap<>();
        List<QuerySolution> a = site.select(PageSparql.EVIDENCE_STATED, "e", iri);
        List<QuerySolution> b = site.select(PageSparql.EVIDENCE_HELD, "e", iri);
        a.forEach(r -> stated.computeIfAbsent(uri(r, "s") + " " + uri(r, "p") + " " + uri(r, "o"), k -> new ArrayList<>()).add(r));
        b.forEach(r -> held.computeIfAbsent(uri(r, "s") + " " + uri(r, "p") + " " + uri(r, "o"), k -> new ArrayList<>()).add(r));
        prefetchComplete = a.size() < PageSparql.EVIDENCE_LIMIT && b.size() < PageSparql.EVIDENCE_LIMIT;
    }

    // ---------------------------------------------------------------- little helpers

    /** True when a quote says no more than the fact line already shows. */
    static boolean sameWords(String quote, String shown) {
        String q = quote.replaceAll("\\W+", " ").strip().toLowerCase(java.util.Locale.ROOT);
        return !q.isEmpty() && shown.replaceAll("\\W+", " ").toLowerCase(java.util.Locale.ROOT).contains(q);
    }

    boolean is(org.apache.jena.rdf.model.Resource type) {
        return types.contains(type.getURI());
    }

    boolean is(String type) {
        return types.contains(type);
    }

    String kindName() {
        return types.stream().filter(t -> !t.equals(PERSON)).findFirst().map(site::termLabel).orElse("Resource");
    }

    Optional<String> value(String p) {
        return values(p).stream().findFirst();
    }

    List<String> values(String p) {
        List<String> vs = new ArrayList<>();
        for (QuerySolution r : out) {
            if (uri(r, "p").equals(p) && r.get("o").isLiteral()) {
                vs.add(r.getLiteral("o").getLexicalForm());
            }
        }
        return vs;
    }

    List<String> links(String p) {
        List<String> vs = new ArrayList<>();
        for (QuerySolution r : out) {
            if (uri(r, "p").equals(p) && r.get("o").isURIResource()) {
                vs.add(r.getResource("o").getURI());
            }
        }
        return vs;
    }

    String labelOf(String target) {
        for (QuerySolution r : out) {
            if (r.get("o").isURIResource() && r.getResource("o").getURI().equals(target) && r.contains("label")) {
                return text(r, "label");
            }
        }
        return Site.fallbackLabel(target);
    }

    Element link(Element parent, QuerySolution r, String var, String labelVar) {
        return html.link(parent, uri(r, var), text(r, labelVar));
    }

    static Element prop(Element dl, String name) {
        dl.appendElement("dt").text(name);
        return dl.appendElement("dd");
    }

    static Element list(Element parent) {
        return parent.appendElement("ul").addClass("facts");
    }

    static Element fact(Element li) {
        return li.appendElement("div").addClass("fact");
    }

    static String dates(String spaced) {
        List<String> out = new ArrayList<>();
        for (String d : new java.util.TreeSet<>(List.of(spaced.split(" ")))) {
            out.add(Html.date(d));
        }
        return String.join(", ", out);
    }

    /** Sorts "2", "10", "10a", "" naturally. */
    static String numberKey(String n) {
        if (n == null || n.isEmpty()) {
            return "";
        }
        var m = java.util.regex.Pattern.compile("^(\\d+)(.*)$").matcher(n);
        return m.matches() ? String.format("%08d%s", Long.parseLong(m.group(1).length() > 12 ? "0" : m.group(1)), m.group(2)) : "~" + n;
    }

    static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }

    static String uri(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        return n != null && n.isURIResource() ? n.asResource().getURI() : null;
    }

    static String text(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : null;
    }

    static String orElse(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }
}
