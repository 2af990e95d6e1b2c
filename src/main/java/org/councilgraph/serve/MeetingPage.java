package org.councilgraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.councilgraph.vocab.CG;
import org.councilgraph.vocab.Schema;
import org.jsoup.nodes.Element;

/** The page of a meeting: its business, the reports considered, attendance and declarations. */
final class MeetingPage extends EntityPages {
    MeetingPage(Site site, String iri, String path, Set<String> types) {
        super(site, iri, path, types);
    }

    @Override
    void body() {
        Element dl = props("Meeting");
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
}
