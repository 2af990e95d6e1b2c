package org.councilgraph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.councilgraph.load.Paper;
import org.councilgraph.resolve.Resolved.Document;
import org.councilgraph.resolve.Resolved.Item;
import org.councilgraph.resolve.Resolved.Kind;
import org.councilgraph.resolve.Resolved.Meeting;
import org.councilgraph.resolve.Resolved.Person;
import org.councilgraph.resolve.Resolved.Place;
import org.councilgraph.resolve.Resolved.Presence;
import org.councilgraph.resolve.Resolved.Report;
import org.councilgraph.resolve.Resolved.Seat;
import org.councilgraph.segment.Layout.MeetingStatus;
import org.councilgraph.service.ServiceAnswer;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.PersonName;

/**
 * The resolve stage for a web service's answer: its committees, meetings, items, attached documents and
 * attendees to entities, with the IRIs a paper's facts get ({@link PaperEntities}): a committee keyed by
 * its title under the council, a meeting by its committee and day, an item by its printed number, a
 * person by the fullest form of their name. So the meeting the service lists and the printed minutes
 * of it are one node. What the service's values mean (attendance, role, status) is data, in
 * {@code lexicon/moderngov-values.tsv}.
 *
 * <pre>{@code
 * Resolved r = new ServiceResolver(iris).resolve(answer, "https-democracy-westby-gov-uk-getmeeting-7", "Westby Borough Council");
 * }</pre>
 */
public final class ServiceResolver {
    /** The table's rows: field, the pattern a value must match whole (case-blind), and its meaning. */
    private record Meaning(String field, Pattern value, String meaning) {
    }

    private static final List<Meaning> VALUES = Lexicon.of("moderngov-values.tsv").rows().stream()
            .map(r -> new Meaning(r.get(0), Pattern.compile("(?i)" + Lexicon.cell(r, 1)), Lexicon.cell(r, 2))).toList();

    private final Iris iris;

    public ServiceResolver(Iris iris) {
        this.iris = iris;
    }

    /**
     * Resolves one answer. {@code key} names it in its document and graph IRIs; {@code council} is the
     * council the site publishes for (the register's name), or blank when unknown, which the consolidation
     * across papers then places by its committees' meetings.
     */
    public Resolved resolve(ServiceAnswer a, String key, String council) {
        Paper paper = a.paper();
        Document document = new Document(iris.document(key), iris.graph(key), paper.source(), paper.format(), paper.sha256(),
                paper.title());
        LocalDate day = a.meetings().size() == 1 ? a.meetings().get(0).date() : null;
        PaperEntities out = new PaperEntities(iris, document, council.isBlank() ? Resolver.UNKNOWN_COUNCIL : council, day);
        for (ServiceAnswer.Committee c : a.committees()) {
            out.committee(c.title().text(), c.title().span());
        }
        Map<String, Person> people = new LinkedHashMap<>();
        for (ServiceAnswer.Meeting m : a.meetings()) {
            meeting(m, out, people);
        }
        return out.toResolved(paper, new ArrayList<>(people.values()));
    }

    private void meeting(ServiceAnswer.Meeting m, PaperEntities out, Map<String, Person> people) {
        String committee = out.committee(m.committee().text(), m.committee().span());
        String iri = out.meeting(m.committee().text(), m.date(), m.dateSpan());
        Meeting old = out.meetingAt(iri);
        Optional<Place> venue = m.venue().map(v -> new Place(iris.place(v.text()), v.text()));
        m.venue().ifPresent(v -> out.evidence(venue.get().iri(), v.span()));
        Optional<MeetingStatus> status = m.status().flatMap(s -> meaning("status", s.text())).map(MeetingStatus::valueOf);
        m.status().filter(s -> status.isPresent()).ifPresent(s -> out.evidence(iri, s.span()));
        out.replaceMeeting(new Meeting(iri, old.label(), committee, m.date(), m.start().or(old::start), m.end().or(old::end),
                venue.or(old::venue), old.chair(), status.or(old::status)));
        for (ServiceAnswer.Item i : m.items()) {
            String itemIri = iris.item(iri, i.number().orElse(i.title().text()));
            out.item(new Item(itemIri, iri, i.number(), i.title().text()), i.title().span());
            for (ServiceAnswer.Document d : i.documents()) {
                String report = iris.report(out.councilSlug, d.title().text());
                out.report(new Report(report, d.title().text(), List.of(), List.of(), Optional.of(itemIri), Optional.of(d.url())),
                        d.title().span());
            }
        }
        for (ServiceAnswer.Attendee at : m.attendees()) {
            attendee(at, iri, committee, out, people);
        }
    }

    private void attendee(ServiceAnswer.Attendee at, String meeting, String committee, PaperEntities out, Map<String, Person> people) {
        Optional<PersonName> parsed = PersonName.parse(at.name().text());
        if (parsed.isEmpty()) {
            return;
        }
        PersonName n = parsed.get();
        String iri = iris.person(out.councilSlug, n.fullName());
        boolean councillor = n.councillor() || !at.party().isEmpty() || !at.ward().isEmpty();
        Person before = people.get(iri);
        Set<String> alt = new LinkedHashSet<>(before == null ? Set.of() : before.altLabels());
        if (!n.surface().equals(n.fullName())) {
            alt.add(n.surface());
        }
        people.put(iri, new Person(iri, n.fullName(), alt, councillor ? Kind.COUNCILLOR : Kind.OTHER, Optional.empty(),
                Optional.empty(), Optional.empty()));
        out.evidence(iri, at.name().span());
        meaning("attendance", at.attendance()).map(Presence::valueOf)
                .ifPresent(p -> out.attended(meeting, iri, p, at.name().span()));
        meaning("role", at.role()).ifPresent(role -> out.membership(iri, committee, role, at.name().span()));
        if (!at.party().isEmpty() || !at.ward().isEmpty()) {
            out.seat(new Seat(iri, optional(at.party()), optional(at.ward())));
        }
    }

    /** What the service's value of {@code field} means, by the first row of the table that matches it; "-" is nothing. */
    static Optional<String> meaning(String field, String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        for (Meaning row : VALUES) {
            if (row.field().equals(field) && row.value().matcher(v).matches()) {
                return row.meaning().equals("-") || row.meaning().isEmpty() ? Optional.empty() : Optional.of(row.meaning());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> optional(String s) {
        return s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }
}
