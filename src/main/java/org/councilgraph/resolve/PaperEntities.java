package org.councilgraph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.councilgraph.load.Paper;
import org.councilgraph.resolve.Resolved.Attendance;
import org.councilgraph.resolve.Resolved.Body;
import org.councilgraph.resolve.Resolved.BodyKind;
import org.councilgraph.resolve.Resolved.Citation;
import org.councilgraph.resolve.Resolved.Declaration;
import org.councilgraph.resolve.Resolved.Document;
import org.councilgraph.resolve.Resolved.Evidence;
import org.councilgraph.resolve.Resolved.Item;
import org.councilgraph.resolve.Resolved.Law;
import org.councilgraph.resolve.Resolved.Meeting;
import org.councilgraph.resolve.Resolved.Membership;
import org.councilgraph.resolve.Resolved.Person;
import org.councilgraph.resolve.Resolved.Post;
import org.councilgraph.resolve.Resolved.Presence;
import org.councilgraph.resolve.Resolved.Report;
import org.councilgraph.resolve.Resolved.Resolution;
import org.councilgraph.resolve.Resolved.Seat;
import org.councilgraph.segment.CouncilRegister;
import org.councilgraph.text.Slugs;
import org.councilgraph.text.Span;

/**
 * Everything one paper is found to say, as the resolve stage accumulates it: the one owner of the
 * paper's entities and of the evidence for them. The sub-resolvers (meetings, people, posts, bodies,
 * legislation) read the paper and hand what they find to the methods here, which merge it: a
 * second sighting of a meeting, post or report adds to the first rather than replacing it.
 * Evidence keeps the order it was found in, which numbers the paper's mentions.
 */
final class PaperEntities {
    private static final Pattern POSSESSIVE = Pattern.compile("(?i)'s\\b");
    private static final Pattern LEADING_THE = Pattern.compile("(?i)^the\\s+");

    final Iris iris;
    final Document document;
    final String councilName;
    final String councilSlug;
    final String councilIri;
    /** The date the paper is of, which dates the posts it shows held. */
    final LocalDate paperDate;

    private final List<Evidence> evidence = new ArrayList<>();
    private final Map<String, Body> bodies = new LinkedHashMap<>();
    private final Map<String, Meeting> meetings = new LinkedHashMap<>();
    private final Map<String, Item> items = new LinkedHashMap<>();
    private final Map<String, Report> reports = new LinkedHashMap<>();
    private final Map<String, Post> posts = new LinkedHashMap<>();
    private final Map<String, Membership> memberships = new LinkedHashMap<>();
    private final Map<String, Attendance> attendance = new LinkedHashMap<>();
    private final Map<String, Seat> seats = new LinkedHashMap<>();
    private final Map<String, Law> laws = new LinkedHashMap<>();
    private final Set<Citation> citations = new LinkedHashSet<>();
    private final List<Resolution> resolutions = new ArrayList<>();
    private final List<Declaration> declarations = new ArrayList<>();

    PaperEntities(Iris iris, Document document, String councilName, LocalDate paperDate) {
        this.iris = iris;
        this.document = document;
        this.councilName = councilName;
        this.councilSlug = Slugs.slug(councilName);
        this.councilIri = iris.council(councilName);
        this.paperDate = paperDate;
        // a council of the register is the ONS statistical geography of its GSS code
        Optional<String> sameAs = CouncilRegister.byForm(councilName).map(CouncilRegister.Entry::gss).filter(g -> !g.isBlank())
                .map(Iris::statisticalGeography);
        bodies.put(councilIri, new Body(councilIri, councilName, BodyKind.COUNCIL, Optional.empty(), new LinkedHashSet<>(), sameAs));
    }

    /** The paper's entities, the council first among its bodies. */
    Resolved toResolved(Paper paper, List<Person> people) {
        return new Resolved(paper, document, bodies.get(councilIri), people, List.copyOf(posts.values()),
                bodies.values().stream().filter(b -> b.kind() != BodyKind.COUNCIL).toList(), List.copyOf(meetings.values()),
                List.copyOf(items.values()), List.copyOf(reports.values()), resolutions, declarations,
                List.copyOf(memberships.values()), List.copyOf(attendance.values()), List.copyOf(seats.values()),
                List.copyOf(laws.values()),
                List.copyOf(citations), evidence);
    }

    // ---------------------------------------------------------------- evidence

    /** {@code subject} is printed at {@code span}. */
    void evidence(String subject, Span span) {
        evidence.add(new Evidence(subject, Optional.empty(), Optional.empty(), span));
    }

    /** The paper states {@code subject property object} at {@code span}. */
    void statement(String subject, String property, String object, Span span) {
        evidence.add(new Evidence(subject, Optional.of(property), Optional.of(object), span));
    }

    /** Where {@code subject} was first read. */
    Optional<Span> firstSighting(String subject) {
        return evidence.stream().filter(e -> e.subject().equals(subject) && e.property().isEmpty()).map(Evidence::span).findFirst();
    }

    /** Evidence for one IRI is evidence for the one it merged into. */
    private void renameInEvidence(String from, String to) {
        for (int i = 0; i < evidence.size(); i++) {
            Evidence ev = evidence.get(i);
            if (ev.subject().equals(from) || ev.object().filter(from::equals).isPresent()) {
                evidence.set(i, new Evidence(ev.subject().equals(from) ? to : ev.subject(), ev.property(),
                        ev.object().map(o -> o.equals(from) ? to : o), ev.span()));
            }
        }
    }

    // ---------------------------------------------------------------- committees and meetings

    /** The committee of that name, added when new; evidence of it at {@code span} unless null. */
    String committee(String name, Span span) {
        String iri = committeeIri(name);
        bodies.computeIfAbsent(iri, k -> new Body(k, name, BodyKind.COMMITTEE, Optional.of(councilIri), new LinkedHashSet<>()));
        if (span != null) {
            evidence(iri, span);
        }
        return iri;
    }

    /**
     * The committee's IRI, from what identifies it across papers: its words without possessives or a leading
     * article, so that "Westby's Children Committee" in a report and "Westby Children Committee" in the
     * record of decision are one.
     */
    String committeeIri(String name) {
        String key = LEADING_THE.matcher(POSSESSIVE.matcher(name.replace('’', '\'')).replaceAll("")).replaceFirst("");
        return iris.committee(councilSlug, key);
    }

    /** The committee's meeting on {@code date}, added when new, with evidence at {@code span}. */
    String meeting(String committeeName, LocalDate date, Span span) {
        String committeeIri = committee(committeeName, null);
        String iri = iris.meeting(committeeIri, date);
        meetings.computeIfAbsent(iri, k -> new Meeting(k, committeeName + ", " + date, committeeIri, date,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        evidence(iri, span);
        return iri;
    }

    Meeting meetingAt(String iri) {
        return meetings.get(iri);
    }

    /** A meeting as more is known of it. */
    void replaceMeeting(Meeting m) {
        meetings.put(m.iri(), m);
    }

    /** The meeting's chair, unless one is known already. */
    void chairOf(String meetingIri, String holder) {
        Meeting m = meetings.get(meetingIri);
        if (m != null && m.chair().isEmpty()) {
            meetings.put(meetingIri, new Meeting(m.iri(), m.label(), m.committee(), m.date(), m.start(), m.end(), m.venue(),
                    Optional.of(holder), m.status()));
        }
    }

    /** An agenda item, kept as first read. */
    void item(Item item, Span title) {
        items.putIfAbsent(item.iri(), item);
        evidence(item.iri(), title);
    }

    boolean hasItem(String iri) {
        return items.containsKey(iri);
    }

    void resolution(Resolution r, Span span) {
        resolutions.add(r);
        evidence(r.iri(), span);
    }

    /** A member's declaration at a meeting, once however often the paper prints it. */
    void declaration(Declaration d, Span span) {
        if (declarations.stream().anyMatch(x -> x.person().equals(d.person()) && x.meeting().equals(d.meeting())
                && x.text().equals(d.text()))) {
            return;
        }
        declarations.add(d);
        evidence(d.iri(), span);
    }

    /** Who was at a meeting, and how. */
    void attended(String meetingIri, String person, Presence presence, Span span) {
        attendance.putIfAbsent(meetingIri + " " + person + " " + presence, new Attendance(meetingIri, person, presence));
        statement(meetingIri, presence.name(), person, span);
    }

    /** A councillor's party and ward, kept as first stated. */
    void seat(Seat s) {
        seats.putIfAbsent(s.person(), s);
    }

    void membership(String person, String committeeIri, String role, Span span) {
        String iri = iris.membership(committeeIri, person, role);
        memberships.putIfAbsent(iri, new Membership(iri, person, committeeIri, role, iris.role(role)));
        evidence(iri, span);
    }

    // ---------------------------------------------------------------- reports

    /**
     * A report, merged with an earlier sighting: creators and contacts joined, and the meeting item it
     * was considered at preferred to the meeting alone.
     */
    void report(Report r, Span span) {
        Report old = reports.get(r.iri());
        if (old == null) {
            reports.put(r.iri(), r);
        } else {
            Set<String> creators = new LinkedHashSet<>(old.creators());
            creators.addAll(r.creators());
            Set<String> contacts = new LinkedHashSet<>(old.contacts());
            contacts.addAll(r.contacts());
            Optional<String> consideredAt = old.consideredAt().filter(x -> x.contains("/id/item/")).or(r::consideredAt)
                    .or(old::consideredAt);
            reports.put(r.iri(), new Report(r.iri(), old.title(), List.copyOf(creators), List.copyOf(contacts), consideredAt,
                    old.source().or(r::source)));
        }
        evidence(r.iri(), span);
    }

    // ---------------------------------------------------------------- posts

    Post post(String iri) {
        return posts.get(iri);
    }

    boolean hasPost(String iri) {
        return posts.containsKey(iri);
    }

    /** The paper's posts, as a copy that may be iterated while posts change. */
    List<Post> posts() {
        return new ArrayList<>(posts.values());
    }

    /** A post with {@code holder} (if not null) added to its holders; the first label and place kept. */
    void holdPost(String iri, String label, String postIn, String holder) {
        Post old = posts.get(iri);
        Set<String> holders = old == null ? new LinkedHashSet<>() : new LinkedHashSet<>(old.holders());
        if (holder != null) {
            holders.add(holder);
        }
        posts.put(iri, new Post(iri, old == null ? label : old.label(), old == null ? postIn : old.postIn(), holders, paperDate));
    }

    void replacePost(Post p) {
        posts.put(p.iri(), p);
    }

    /** Post {@code from} is another spelling of {@code to}: its holders and evidence move there. */
    void mergePost(String from, String to) {
        Post p = posts.get(from);
        Post t = posts.get(to);
        Set<String> holders = new LinkedHashSet<>(t.holders());
        holders.addAll(p.holders());
        posts.put(to, new Post(t.iri(), t.label(), t.postIn(), holders, t.observedOn()));
        posts.remove(from);
        renameInEvidence(from, to);
    }

    // ---------------------------------------------------------------- bodies and legislation

    Body body(String iri) {
        return bodies.get(iri);
    }

    /** A service or outside body: the label first read kept, the other labels joined. */
    void body(Body b) {
        Body old = bodies.get(b.iri());
        Set<String> alt = new LinkedHashSet<>(b.altLabels());
        if (old != null) {
            alt.addAll(old.altLabels());
        }
        bodies.put(b.iri(), new Body(b.iri(), old == null ? b.label() : old.label(), b.kind(), b.parent(), alt,
                old == null || old.sameAs().isEmpty() ? b.sameAs() : old.sameAs()));
    }

    /** An Act, instrument or section, kept as first read. */
    private void law(Law law) {
        laws.putIfAbsent(law.iri(), law);
    }

    /** A citation: the instrument and sections cited, and what cites them. */
    void cited(LegislationResolver.Cited c) {
        law(c.law());
        evidence(c.law().iri(), c.span());
        for (Law s : c.sections()) {
            law(s);
            evidence(s.iri(), c.span());
        }
        for (String x : c.cited()) {
            citations.add(new Citation(c.citer(), x));
            statement(c.citer(), "references", x, c.span());
        }
    }
}
