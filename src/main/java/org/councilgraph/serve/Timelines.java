package org.councilgraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.util.FmtUtils;
import org.jsoup.nodes.Element;

/**
 * The parts of entity pages that run over time: a committee's meetings by year with what each
 * decided, a post's holders as the papers name them over time, and the CSV link of a list (the
 * endpoint's own CSV results of the query behind it).
 */
final class Timelines {
    private Timelines() {
    }

    /** A committee's meetings with each one's resolutions, newest first. */
    static final String COMMITTEE = """
            SELECT ?mt (MIN(?l) AS ?label) (MIN(STR(?d)) AS ?date) ?res (MIN(?v) AS ?text) WHERE {
              ?mt cg:committee ?e . OPTIONAL { ?mt rdfs:label ?l } OPTIONAL { ?mt schema:startDate ?d }
              OPTIONAL { ?i cg:meeting ?mt . ?res cg:agendaItem ?i OPTIONAL { ?res rdf:value ?v } }
            } GROUP BY ?mt ?res ORDER BY DESC(?date) ?mt ?res LIMIT 2000
            """;

    /** A post's holders: first and last day a paper names each in it (none when no dated paper does). */
    static final String POST = """
            SELECT ?p (MIN(?l) AS ?label) (MIN(STR(?d)) AS ?first) (MAX(STR(?d)) AS ?last) (COUNT(DISTINCT ?d) AS ?papers) WHERE {
              { ?p org:holds ?e } UNION { ?e org:heldBy ?p } UNION { ?h0 cg:post ?e ; cg:holder ?p }
              OPTIONAL { ?p rdfs:label ?l } OPTIONAL { ?h cg:post ?e ; cg:holder ?p ; cg:observedOn ?d }
            } GROUP BY ?p ORDER BY ?first ?label LIMIT 200
            """;

    /** Meetings by year, each with its date, its page and what it decided. */
    static void committee(EntityPages page) {
        List<QuerySolution> rows = page.site.select(COMMITTEE, "e", page.iri);
        if (rows.isEmpty()) {
            return;
        }
        Map<String, List<QuerySolution>> byMeeting = new LinkedHashMap<>();
        rows.forEach(r -> byMeeting.computeIfAbsent(EntityPages.uri(r, "mt"), k -> new ArrayList<>()).add(r));
        Element s = page.html.section("Meetings by year").addClass("timeline");
        String year = null;
        Element ul = null;
        for (List<QuerySolution> meeting : byMeeting.values()) {
            QuerySolution first = meeting.get(0);
            String date = EntityPages.text(first, "date");
            String y = date == null || date.length() < 4 ? "Undated" : date.substring(0, 4);
            if (!y.equals(year)) {
                year = y;
                s.appendElement("h3").text(y);
                ul = EntityPages.list(s);
            }
            Element li = ul.appendElement("li");
            Element f = EntityPages.fact(li);
            if (date != null) {
                f.appendElement("span").addClass("when").text(Html.date(date));
            }
            page.link(f, first, "mt", "label");
            Element decided = null;
            for (QuerySolution r : meeting) {
                String res = EntityPages.uri(r, "res");
                if (res == null) {
                    continue;
                }
                if (decided == null) {
                    decided = li.appendElement("ul").addClass("decided");
                }
                Element d = decided.appendElement("li");
                page.html.link(d.appendElement("span").addClass("badge"), res, "resolved");
                d.appendText(" ");
                d.appendElement("q").text(EntityPages.orElse(EntityPages.text(r, "text"), ""));
            }
        }
    }

    /** Who held the post, in the order the papers first name them, with the span of papers naming each. */
    static void post(EntityPages page) {
        List<QuerySolution> holders = new ArrayList<>(page.site.select(POST, "e", page.iri));
        // dated holders in the order first named; those no dated paper names after them
        holders.sort(Comparator.comparing((QuerySolution r) -> EntityPages.text(r, "first") == null)
                .thenComparing(r -> EntityPages.orElse(EntityPages.text(r, "first"), "")));
        Element s = page.html.section("Holders over time").addClass("timeline");
        if (holders.isEmpty()) {
            s.appendElement("p").text("The papers name this post but no holder of it.");
            return;
        }
        Element ul = EntityPages.list(s);
        for (QuerySolution r : holders) {
            Element li = ul.appendElement("li");
            Element f = EntityPages.fact(li);
            String first = EntityPages.text(r, "first");
            String last = EntityPages.text(r, "last");
            f.appendElement("span").addClass("when").text(first == null ? "undated"
                    : first.equals(last) ? Html.date(first) : Html.date(first) + " – " + Html.date(last));
            page.link(f, r, "p", "label");
            if (first != null) {
                long n = r.getLiteral("papers").getLong();
                f.appendElement("span").addClass("muted").text(" named in " + (n == 1 ? "a paper of that date" : "papers of " + n + " dates"));
            }
            page.sources(li, EntityPages.uri(r, "p"), List.of(EntityPages.HOLDS), page.iri, null);
        }
    }

    /** A "CSV" link under {@code parent}: the endpoint's CSV results of {@code query}. */
    static void csv(Html html, Element parent, String query, String what) {
        Element p = parent.appendElement("p").addClass("csv");
        html.siteLink(p, csvPath(query), "Download " + what + " as CSV");
        p.appendText(" (the SPARQL endpoint's own CSV results)");
    }

    static String csvPath(String query) {
        return Server.DATASET.substring(1) + "/sparql?query=" + SitePages.encode(query) + "&output=csv";
    }

    /** The query behind a class list, for its CSV. */
    static String listQuery(String classIri) {
        return "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "SELECT ?s (MIN(?l) AS ?label) WHERE { ?s a " + FmtUtils.stringForNode(NodeFactory.createURI(classIri))
                + " OPTIONAL { ?s rdfs:label ?l } } GROUP BY ?s ORDER BY ?label ?s";
    }
}
