package org.councilgraph.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;
import org.councilgraph.vocab.CG;
import org.councilgraph.vocab.Schema;
import org.jsoup.nodes.Element;

/** The page of a person: posts held, committees and roles, meetings, reports and declarations. */
final class PersonPage extends EntityPages {
    PersonPage(Site site, String iri, String path, Set<String> types) {
        super(site, iri, path, types);
    }

    @Override
    void body() {
        person();
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
        values(FOAF.title.getURI()).forEach(t -> prop(dl, "Title").text(t));
        List<String> alt = values(SKOS.altLabel.getURI());
        if (!alt.isEmpty()) {
            prop(dl, "Also written").text(String.join(" · ", alt));
        }
        links(CG.council.getURI()).forEach(c -> html.link(prop(dl, "Council"), c, labelOf(c)));
        links(FOAF.mbox.getURI()).forEach(m -> html.link(prop(dl, "Email"), m, m.replaceFirst("^mailto:", "")));
        links(FOAF.phone.getURI()).forEach(m -> html.link(prop(dl, "Telephone"), m, m.replaceFirst("^tel:", "")));

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
                if (first.contains("date")) {
                    f.appendElement("span").addClass("when").text(Html.date(text(first, "date")) + " ");
                }
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
}
