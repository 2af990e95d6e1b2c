package org.councilgraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.councilgraph.vocab.CG;
import org.councilgraph.vocab.Schema;
import org.jsoup.nodes.Element;

/**
 * The HTML page of one entity. Each kind of thing the papers describe gets the facts a reader
 * wants about it (a person's posts, committees, meetings, reports and declarations; a meeting's
 * business and attendance; an act's citations by section...), each fact followed by where it was
 * read: the paper, the page and the quoted words. Every page ends with the entity's full list of
 * statements and links to its RDF, so nothing in the graph is hidden by the layout.
 */
final class EntityPages {
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";
    private static final String PERSON = FOAF + "Person";
    private static final String HOLDS = ORG.holds.getURI();
    private static final String CREATOR = DCTerms.creator.getURI();
    private static final String REFERENCES = DCTerms.references.getURI();
    private static final int MAX_SOURCES = 3;
    private static final int MAX_QUOTES = 8;
    /** Facts not about the page's entity whose sources a page looks up one by one. */
    private static final int MAX_LOOKUPS = 120;

    private final Site site;
    private final String iri;
    private final String path;
    private final Html html;
    private final Set<String> types = new LinkedHashSet<>();
    private final List<QuerySolution> out;
    private String label;
    private Map<String, List<QuerySolution>> stated;
    private Map<String, List<QuerySolution>> held;
    private boolean prefetchComplete;
    private int lookups;

    private EntityPages(Site site, String iri, String path) {
        this.site = site;
        this.iri = iri;
        this.path = path;
        this.out = site.select(PageSparql.OUT, "e", iri);
        for (QuerySolution r : site.select(PageSparql.TYPES, "e", iri)) {
            if (r.get("t").isURIResource()) {
                types.add(r.getResource("t").getURI());
            }
        }
        this.label = value(RDFS.label.getURI()).or(() -> value(FOAF + "name")).or(() -> value(DCTerms.title.getURI()))
                .orElse(Site.fallbackLabel(iri));
        this.html = Html.page(site, label);
    }

    /** Renders the page of {@code iri} (known to be in the store); {@code path} is its part after {@code id/}. */
    static String render(Site site, String iri, String path) {
        return site.read(() -> new EntityPages(site, iri, path).build());
    }

    private String build() {
        html.head().appendElement("link").attr("rel", "alternate").attr("type", "text/turtle")
                .attr("href", site.url("data/" + path + ".ttl"));
        if (is(PERSON) || is(CG.Councillor) || is(CG.Officer) || is(CG.CoOptedMember)) {
            person();
        } else if (is(CG.Meeting)) {
            meeting();
        } else if (is(CG.Report)) {
            report();
        } else if (is(CG.AgendaItem)) {
            item();
        } else if (is(CG.Resolution) || is(CG.DeclarationOfInterest)) {
            statement();
        } else if (is(CG.LegislationSection)) {
            section();
        } else if (is(CG.Legislation)) {
            legislation();
        } else if (is(ORG.Post.getURI())) {
            post();
        } else if (is(CG.Committee)) {
            committee();
        } else if (is(CG.Council)) {
            council();
        } else if (is(CG.Service) || is(ORG.Organization.getURI()) || is(ORG.OrganizationalUnit.getURI())) {
            organisation();
        } else if (is(CG.SourceDocument)) {
            document();
        } else if (is(CG.Mention)) {
            mention();
        } else {
            header(kindName());
        }
        if (!is(CG.SourceDocument) && !is(CG.Mention)) {
            whereFrom();
        }
        statements();
        return html.render();
    }

    // ---------------------------------------------------------------- kinds

    private void person() {
        List<String> kinds = new ArrayList<>();
        for (var k : List.of(CG.Councillor, CG.Officer, CG.CoOptedMember)) {
            if (is(k)) {
                kinds.add(site.termLabel(k.getURI()));
            }
        }
        Element head = header(kinds.isEmpty() ? "Person" : String.join(", ", kinds));
        Element dl = head.appendElement("dl").addClass("props");
        values(FOAF + "title").forEach(t -> prop(dl, "Title").text(t));
        List<String> alt = values("http://www.w3.org/2004/02/skos/core#altLabel");
        if (!alt.isEmpty()) {
            prop(dl, "Also written").text(String.join(" · ", alt));
        }
        links(CG.council.getURI()).forEach(c -> html.link(prop(dl, "Council"), c, labelOf(c)));
        links(FOAF + "mbox").forEach(m -> html.link(prop(dl, "Email"), m, m.replaceFirst("^mailto:", "")));
        links(FOAF + "phone").forEach(m -> html.link(prop(dl, "Telephone"), m, m.replaceFirst("^tel:", "")));

        diagram(Diagram.forPerson(site, iri, label));

        listSection("Posts held", site.select(PageSparql.PERSON_POSTS, "e", iri), (li, r) -> {
            Element f = fact(li);
            link(f, r, "post", "label");
            if (r.contains("in")) {
                f.appendText(" — ");
                link(f, r, "in", "inLabel");
            }
            String dates = text(r, "dates");
            if (dates != null && !dates.isBlank()) {
                f.appendElement("span").addClass("when").text(" named in papers of " + dates(dates));
            }
            sources(li, iri, List.of(HOLDS), uri(r, "post"), null);
        });

        listSection("Committees and roles", site.select(PageSparql.PERSON_MEMBERSHIPS, "e", iri), (li, r) -> {
            Element f = fact(li);
            f.appendElement("span").addClass("role").text(orElse(text(r, "role"), "Member"));
            f.appendText(", ");
            link(f, r, "k", "committee");
            sources(li, uri(r, "m"), List.of(ORG.member.getURI()), iri, null);
        });

        List<QuerySolution> meetings = site.select(PageSparql.PERSON_MEETINGS, "e", iri);
        if (!meetings.isEmpty()) {
            Element ul = list(html.section("Meetings"));
            Map<String, List<QuerySolution>> byMeeting = new LinkedHashMap<>();
            meetings.forEach(r -> byMeeting.computeIfAbsent(uri(r, "mt"), k -> new ArrayList<>()).add(r));
            for (var e : byMeeting.entrySet()) {
                Set<String> rels = new LinkedHashSet<>();
                e.getValue().forEach(r -> rels.add(uri(r, "rel")));
                QuerySolution first = e.getValue().get(0);
                Element li = ul.appendElement("li");
                Element f = fact(li);
                f.appendElement("span").addClass(rels.contains(CG.apologiesFrom.getURI()) || rels.contains(CG.absent.getURI())
                        ? "badge away" : "badge").text(presence(rels));
                f.appendText(" ");
                link(f, first, "mt", "label");
                sources(li, e.getKey(), new ArrayList<>(rels), iri, null);
            }
        }

        listSection("Reports", site.select(PageSparql.PERSON_REPORTS, "e", iri), (li, r) -> {
            Element f = fact(li);
            String role = text(r, "role");
            f.appendElement("span").addClass("badge").text(role.equals("author") ? "author" : role);
            f.appendText(" ");
            link(f, r, "r", "title");
            if (r.contains("via")) {
                f.appendText(" (as ");
                link(f, r, "via", "viaLabel");
                f.appendText(")");
                sources(li, uri(r, "r"), List.of(CREATOR), uri(r, "via"), null);
            } else {
                sources(li, uri(r, "r"), List.of(role.equals("author") ? CREATOR : CG.contactOfficer.getURI()), iri, null);
            }
        });

        declarations(site.select(PageSparql.PERSON_DECLARATIONS, "e", iri), "mt", "meeting", CG.declaredBy.getURI());
    }

    private void meeting() {
        Element head = header("Meeting");
        Element dl = head.appendElement("dl").addClass("props");
        links(CG.committee.getURI()).forEach(c -> html.link(prop(dl, "Committee"), c, labelOf(c)));
        values(Schema.startDate.getURI()).forEach(d -> prop(dl, "Starts").text(Html.date(d)));
        values(Schema.endDate.getURI()).forEach(d -> prop(dl, "Ends").text(Html.date(d)));
        links(Schema.location.getURI()).forEach(p -> html.link(prop(dl, "Place"), p, labelOf(p)));
        // "Cancelled", "Postponed": schema.org's status names without their "Event"
        links(Schema.eventStatus.getURI()).forEach(s -> prop(dl, "Status").text(s.replaceFirst("^.*/Event", "")));
        links(CG.chairedBy.getURI()).forEach(p -> html.link(prop(dl, "Chair"), p, labelOf(p)));

        List<QuerySolution> items = new ArrayList<>(site.select(PageSparql.MEETING_ITEMS, "e", iri));
        items.sort(Comparator.comparing((QuerySolution r) -> numberKey(text(r, "number"))).thenComparing(r -> orElse(text(r, "title"), "")));
        if (!items.isEmpty()) {
            Element ol = html.section("Business").appendElement("ol").addClass("items");
            for (QuerySolution r : items) {
                String item = uri(r, "i");
                Element li = ol.appendElement("li");
                Element f = fact(li);
                if (r.contains("number")) {
                    f.appendElement("span").addClass("num").text(text(r, "number"));
                }
                html.link(f, item, orElse(text(r, "title"), Site.fallbackLabel(item)));
                sources(li, item, List.of(CG.meeting.getURI()), iri, item);
                itemDetails(li, item);
            }
        }
        listSection("Reports considered", site.select(PageSparql.MEETING_REPORTS, "e", iri), (li, r) -> {
            link(fact(li), r, "r", "title");
            sources(li, uri(r, "r"), List.of(CG.consideredAt.getURI()), uri(r, "at"), null);
        });
        attendance();
        declarations(site.select(PageSparql.MEETING_DECLARATIONS, "e", iri), "p", "person", CG.meeting.getURI());
    }

    /** A section of one list item per row, {@code item} filling each; no section when there are no rows. */
    private void listSection(String heading, List<QuerySolution> rows, BiConsumer<Element, QuerySolution> item) {
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
    private void declarations(List<QuerySolution> rows, String otherVar, String otherKind, String property) {
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

    private void attendance() {
        List<QuerySolution> rows = site.select(PageSparql.MEETING_ATTENDANCE, "e", iri);
        if (rows.isEmpty()) {
            return;
        }
        Element s = html.section("Attendance");
        Map<String, String> headings = new LinkedHashMap<>();
        headings.put(Schema.attendee.getURI(), "Present");
        headings.put(CG.inAttendance.getURI(), "In attendance");
        headings.put(CG.apologiesFrom.getURI(), "Apologies");
        headings.put(CG.absent.getURI(), "Absent");
        Set<String> inAttendance = new LinkedHashSet<>();
        rows.stream().filter(r -> uri(r, "rel").equals(CG.inAttendance.getURI())).forEach(r -> inAttendance.add(uri(r, "p")));
        for (var h : headings.entrySet()) {
            List<QuerySolution> group = rows.stream().filter(r -> uri(r, "rel").equals(h.getKey()))
                    // officers in attendance are also schema:attendee; list them once, under "In attendance"
                    .filter(r -> !h.getKey().equals(Schema.attendee.getURI()) || !inAttendance.contains(uri(r, "p")))
                    .toList();
            if (group.isEmpty()) {
                continue;
            }
            s.appendElement("h3").text(h.getValue() + " (" + group.size() + ")");
            Element ul = list(s);
            for (QuerySolution r : group) {
                Element li = ul.appendElement("li");
                link(fact(li), r, "p", "label");
                sources(li, iri, List.of(h.getKey()), uri(r, "p"), null);
            }
        }
    }

    /** Under an agenda item: its resolutions, the reports put to it and what it cites. */
    private void itemDetails(Element li, String item) {
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

    private void item() {
        Element head = header("Agenda item");
        Element dl = head.appendElement("dl").addClass("props");
        links(CG.meeting.getURI()).forEach(m -> html.link(prop(dl, "Meeting"), m, labelOf(m)));
        values(CG.itemNumber.getURI()).forEach(n -> prop(dl, "Number").text(n));
        values(DCTerms.title.getURI()).forEach(t -> prop(dl, "Title").text(t));
        Element ul = list(html.section("Business"));
        Element li = ul.appendElement("li");
        fact(li).text(label);
        sources(li, iri, List.of(CG.meeting.getURI()), links(CG.meeting.getURI()).stream().findFirst().orElse(iri), iri);
        itemDetails(li, iri);
    }

    /** A resolution or a declaration of interest: words recorded at a meeting. */
    private void statement() {
        Element head = header(is(CG.Resolution) ? "Resolution" : "Declaration of interest");
        Element dl = head.appendElement("dl").addClass("props");
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

    private void report() {
        Element head = header("Report");
        Element dl = head.appendElement("dl").addClass("props");
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

    private void citation(Element f, QuerySolution r) {
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

    private void legislationGovUk(Element parent, String sameAs) {
        Html.safeExternal(sameAs).ifPresent(u -> parent.appendElement("a").addClass("ext").attr("href", u)
                .attr("rel", "noopener").text("legislation.gov.uk"));
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

    private void section() {
        Element head = header("Section of legislation");
        Element dl = head.appendElement("dl").addClass("props");
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

    private void post() {
        Element head = header("Post");
        Element dl = head.appendElement("dl").addClass("props");
        links(ORG.postIn.getURI()).forEach(o -> html.link(prop(dl, "In"), o, labelOf(o)));
        List<QuerySolution> holders = site.select(PageSparql.POST_HOLDERS, "e", iri);
        Element s = html.section("Held by");
        if (holders.isEmpty()) {
            s.appendElement("p").text("The papers name this post but no holder of it.");
        }
        Element ul = list(s);
        for (QuerySolution r : holders) {
            Element li = ul.appendElement("li");
            Element f = fact(li);
            link(f, r, "p", "label");
            String dates = text(r, "dates");
            if (dates != null && !dates.isBlank()) {
                f.appendElement("span").addClass("when").text(" named in papers of " + dates(dates));
            }
            sources(li, uri(r, "p"), List.of(HOLDS), iri, null);
        }
        createdReports();
    }

    private void createdReports() {
        listSection("Reports", site.select(PageSparql.CREATED_REPORTS, "e", iri), (li, r) -> {
            link(fact(li), r, "r", "title");
            sources(li, uri(r, "r"), List.of(CREATOR), iri, null);
        });
    }

    private void committee() {
        Element head = header("Committee");
        Element dl = head.appendElement("dl").addClass("props");
        links(ORG.subOrganizationOf.getURI()).forEach(o -> html.link(prop(dl, "Of"), o, labelOf(o)));
        listSection("Members and roles", site.select(PageSparql.COMMITTEE_MEMBERS, "e", iri), (li, r) -> {
            Element f = fact(li);
            link(f, r, "p", "person");
            f.appendText(", ");
            f.appendElement("span").addClass("role").text(orElse(text(r, "role"), "Member"));
            sources(li, uri(r, "m"), List.of(ORG.member.getURI()), uri(r, "p"), null);
        });
        postsIn();
        meetingList(site.select(PageSparql.COMMITTEE_MEETINGS, "e", iri), "Meetings");
    }

    private void council() {
        header("Council");
        for (var rel : List.of(new String[] {ORG.subOrganizationOf.getURI(), "Committees"},
                new String[] {ORG.unitOf.getURI(), "Services"})) {
            List<QuerySolution> rows = site.select(PageSparql.LINKED_FROM,
                    Map.of("e", node(iri), "rel", node(rel[0])));
            if (!rows.isEmpty()) {
                Element ul = list(html.section(rel[1])).addClass("columns");
                rows.forEach(r -> link(ul.appendElement("li"), r, "s", "label"));
            }
        }
        meetingList(site.select(PageSparql.COUNCIL_MEETINGS, "e", iri), "Latest meetings");
        postsIn();
        List<QuerySolution> people = site.select(PageSparql.LINKED_FROM_TYPED,
                Map.of("e", node(iri), "rel", node(CG.council.getURI()), "type", node(PERSON)));
        List<QuerySolution> papers = site.select(PageSparql.LINKED_FROM_TYPED,
                Map.of("e", node(iri), "rel", node(CG.council.getURI()), "type", node(CG.SourceDocument.getURI())));
        if (!people.isEmpty()) {
            Element ul = list(html.section("People")).addClass("columns");
            people.forEach(r -> link(ul.appendElement("li"), r, "s", "label"));
        }
        if (!papers.isEmpty()) {
            Element ul = list(html.section("Papers"));
            papers.forEach(r -> link(ul.appendElement("li"), r, "s", "label"));
        }
    }

    private void organisation() {
        Element head = header(is(CG.Service) ? "Council service" : "Organisation");
        Element dl = head.appendElement("dl").addClass("props");
        links(ORG.unitOf.getURI()).forEach(o -> html.link(prop(dl, "Part of"), o, labelOf(o)));
        links(ORG.subOrganizationOf.getURI()).forEach(o -> html.link(prop(dl, "Part of"), o, labelOf(o)));
        List<String> alt = values("http://www.w3.org/2004/02/skos/core#altLabel");
        if (!alt.isEmpty()) {
            prop(dl, "Also written").text(String.join(" · ", alt));
        }
        postsIn();
        createdReports();
    }

    private void postsIn() {
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

    private void meetingList(List<QuerySolution> rows, String title) {
        listSection(title, rows, (li, r) -> {
            link(li, r, "mt", "label");
        });
    }

    private void document() {
        Element head = header("Source document");
        Element dl = head.appendElement("dl").addClass("props");
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

    private void mention() {
        Element head = header("Passage in a paper");
        Element dl = head.appendElement("dl").addClass("props");
        links(CG.mentionOf.getURI()).forEach(m -> html.link(prop(dl, "About"), m, labelOf(m)));
        links(CG.statesProperty.getURI()).forEach(p -> html.link(prop(dl, "States"), p, site.termLabel(p)));
        links(CG.statesValue.getURI()).forEach(v -> html.link(prop(dl, "Value"), v, labelOf(v)));
        links("http://www.w3.org/ns/prov#wasDerivedFrom").forEach(d -> html.link(prop(dl, "Paper"), d, labelOf(d)));
        values(CG.page.getURI()).forEach(p -> prop(dl, "Page").text(p));
        String start = values(CG.startOffset.getURI()).stream().findFirst().orElse("?");
        String end = values(CG.endOffset.getURI()).stream().findFirst().orElse("?");
        prop(dl, "Characters").text(start + "–" + end);
        for (String q : values(CG.quote.getURI())) {
            html.section("Words").appendElement("blockquote").text(q);
        }
    }

    // ---------------------------------------------------------------- shared parts

    /** The heading block: kind, name, IRI and the RDF formats. */
    private Element header(String kind) {
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

    private void diagram(Diagram d) {
        if (d.size() > 1) {
            Element s = html.section("Connections");
            s.addClass("diagram");
            s.appendChild(d.render(html));
            s.appendElement("p").addClass("caption").text(d.caption());
        }
    }

    /** Every place the entity was read from, by paper. */
    private void whereFrom() {
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
    private void statements() {
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

    private void value(Element td, RDFNode o, String objectLabel) {
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
    private void sources(Element li, String s, List<String> props, String o, String node) {
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
    private List<QuerySolution> evidence(String s, List<String> props, String o, String node) {
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

    private void prefetch() {
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
    private static boolean sameWords(String quote, String shown) {
        String q = quote.replaceAll("\\W+", " ").strip().toLowerCase(java.util.Locale.ROOT);
        return !q.isEmpty() && shown.replaceAll("\\W+", " ").toLowerCase(java.util.Locale.ROOT).contains(q);
    }

    private boolean is(org.apache.jena.rdf.model.Resource type) {
        return types.contains(type.getURI());
    }

    private boolean is(String type) {
        return types.contains(type);
    }

    private String kindName() {
        return types.stream().filter(t -> !t.equals(PERSON)).findFirst().map(site::termLabel).orElse("Resource");
    }

    private Optional<String> value(String p) {
        return values(p).stream().findFirst();
    }

    private List<String> values(String p) {
        List<String> vs = new ArrayList<>();
        for (QuerySolution r : out) {
            if (uri(r, "p").equals(p) && r.get("o").isLiteral()) {
                vs.add(r.getLiteral("o").getLexicalForm());
            }
        }
        return vs;
    }

    private List<String> links(String p) {
        List<String> vs = new ArrayList<>();
        for (QuerySolution r : out) {
            if (uri(r, "p").equals(p) && r.get("o").isURIResource()) {
                vs.add(r.getResource("o").getURI());
            }
        }
        return vs;
    }

    private String labelOf(String target) {
        for (QuerySolution r : out) {
            if (r.get("o").isURIResource() && r.getResource("o").getURI().equals(target) && r.contains("label")) {
                return text(r, "label");
            }
        }
        return Site.fallbackLabel(target);
    }

    private Element link(Element parent, QuerySolution r, String var, String labelVar) {
        return html.link(parent, uri(r, var), text(r, labelVar));
    }

    private static Element prop(Element dl, String name) {
        dl.appendElement("dt").text(name);
        return dl.appendElement("dd");
    }

    private static Element list(Element parent) {
        return parent.appendElement("ul").addClass("facts");
    }

    private static Element fact(Element li) {
        return li.appendElement("div").addClass("fact");
    }

    private static String presence(Set<String> rels) {
        if (rels.contains(CG.chairedBy.getURI())) {
            return "chaired";
        }
        if (rels.contains(CG.inAttendance.getURI())) {
            return "in attendance";
        }
        if (rels.contains(Schema.attendee.getURI())) {
            return "present";
        }
        if (rels.contains(CG.apologiesFrom.getURI())) {
            return "apologies";
        }
        return "absent";
    }

    private static String dates(String spaced) {
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

    private static Node node(String iri) {
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
