package org.councilgraph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations;
import org.councilgraph.annotate.Annotations.BodyMention;
import org.councilgraph.annotate.Annotations.PersonMention;
import org.councilgraph.annotate.Annotations.PostMention;
import org.councilgraph.annotate.Posts;
import org.councilgraph.load.Paper;
import org.councilgraph.resolve.Resolved.Attendance;
import org.councilgraph.resolve.Resolved.Body;
import org.councilgraph.resolve.Resolved.BodyKind;
import org.councilgraph.resolve.Resolved.Citation;
import org.councilgraph.resolve.Resolved.Declaration;
import org.councilgraph.resolve.Resolved.Document;
import org.councilgraph.resolve.Resolved.Evidence;
import org.councilgraph.resolve.Resolved.Item;
import org.councilgraph.resolve.Resolved.Kind;
import org.councilgraph.resolve.Resolved.Law;
import org.councilgraph.resolve.Resolved.Meeting;
import org.councilgraph.resolve.Resolved.Membership;
import org.councilgraph.resolve.Resolved.Person;
import org.councilgraph.resolve.Resolved.Place;
import org.councilgraph.resolve.Resolved.Post;
import org.councilgraph.resolve.Resolved.Presence;
import org.councilgraph.resolve.Resolved.Report;
import org.councilgraph.resolve.Resolved.Resolution;
import org.councilgraph.segment.Layout;
import org.councilgraph.segment.Layout.ContactBlock;
import org.councilgraph.segment.Layout.MeetingSection;
import org.councilgraph.segment.Layout.Status;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.Slugs;
import org.councilgraph.text.Span;

/**
 * The resolve stage: mentions to entities with stable IRIs. The one entry point of this package.
 *
 * <pre>{@code
 * Resolver resolver = new Resolver(new Iris("http://localhost:3030/"));
 * Resolved r = resolver.resolve(annotations, "papers/minutes.pdf");
 * }</pre>
 *
 * <p>Within a paper, every printed form of a person ("Mr. P. Tarrant CC", "Councillor Tarrant") becomes
 * one person when the names agree (same surname; given names equal, or one an initial of the other,
 * or absent) and nothing says they are different people (a councillor and an officer). Meetings
 * are keyed by council, committee and date, so the same meeting in two papers is one node.
 */
public final class Resolver {
    private static final Pattern POSSESSIVE = Pattern.compile("(?i)'s\\b");
    private static final Pattern LEADING_THE = Pattern.compile("(?i)^the\\s+");

    /** The council of a paper that names none; {@link Consolidator} places such papers where the store shows whose they are. */
    public static final String UNKNOWN_COUNCIL = "Unknown council";

    private static final Pattern COMMITTEE_WORDS = Pattern.compile(
            "(?i).*\\b(?:scrutiny|cabinet|overview|planning|licensing|audit|standards|policy|neighbourhood|executive|"
            + "appointments|pensions|health\\s+and\\s+wellbeing|corporate\\s+parenting|governance|employment|regulatory)\\b.*");

    private final Iris iris;

    public Resolver(Iris iris) {
        this.iris = iris;
    }

    public Iris iris() {
        return iris;
    }

    /**
     * Resolves one paper. {@code key} names the paper in its document IRI and graph IRI (a path
     * relative to the folder built, so the same file gives the same IRIs on every build).
     */
    public Resolved resolve(Annotations a, String key) {
        return new Run(a, key).run();
    }

    /** One paper's resolution: the working state. */
    private final class Run {
        final Annotations a;
        final Layout layout;
        final Paper paper;
        final String text;
        final String councilName;
        final String councilSlug;
        final String councilIri;
        final Document document;
        final List<Evidence> evidence = new ArrayList<>();
        final Map<String, Body> bodies = new LinkedHashMap<>();
        final Map<String, Meeting> meetings = new LinkedHashMap<>();
        final Map<String, Item> items = new LinkedHashMap<>();
        final Map<String, Report> reports = new LinkedHashMap<>();
        final Map<String, Post> posts = new LinkedHashMap<>();
        final Map<String, Membership> memberships = new LinkedHashMap<>();
        final Map<String, Attendance> attendance = new LinkedHashMap<>();
        final Map<String, Law> laws = new LinkedHashMap<>();
        final Set<Citation> citations = new LinkedHashSet<>();
        final List<Resolution> resolutions = new ArrayList<>();
        final List<Declaration> declarations = new ArrayList<>();
        final LocalDate paperDate;
        final PeopleResolver persons;
        String mainCommittee;

        Run(Annotations a, String key) {
            this.a = a;
            this.layout = a.layout();
            this.paper = layout.paper();
            this.text = paper.text();
            String c = layout.council().orElse(UNKNOWN_COUNCIL);
            this.councilName = c.startsWith("domain:") ? c.substring(7) : c;
            this.councilSlug = Slugs.slug(councilName);
            this.councilIri = iris.council(councilName);
            this.document = new Document(iris.document(key), iris.graph(key), paper.source(), paper.format(), paper.sha256(),
                    paper.title());
            this.paperDate = layout.mainDate().orElse(null);
            this.persons = new PeopleResolver(iris, a, councilSlug, councilIri, paperDate, evidence, posts, memberships, attendance,
                    meetings, name -> committee(name, null));
        }

        Resolved run() {
            bodies.put(councilIri, new Body(councilIri, councilName, BodyKind.COUNCIL, Optional.empty(), new LinkedHashSet<>()));
            meetings();
            people();
            attendanceAndRoles();
            committeePages();
            postsFromText();
            reports();
            declarations();
            bodiesFromText();
            legislation();
            List<Person> people = persons.finish();
            return new Resolved(paper, document, bodies.get(councilIri), people, List.copyOf(posts.values()),
                    bodies.values().stream().filter(b -> b.kind() != BodyKind.COUNCIL).toList(), List.copyOf(meetings.values()),
                    List.copyOf(items.values()), List.copyOf(reports.values()), resolutions, declarations,
                    List.copyOf(memberships.values()), List.copyOf(attendance.values()), List.copyOf(laws.values()),
                    List.copyOf(citations), evidence);
        }

        // ---------------------------------------------------------------- committees and meetings

        String committee(String name, Span span) {
            String iri = committeeIri(name);
            bodies.computeIfAbsent(iri, k -> new Body(k, name, BodyKind.COMMITTEE, Optional.of(councilIri), new LinkedHashSet<>()));
            if (span != null) {
                evidence.add(new Evidence(iri, Optional.empty(), Optional.empty(), span));
            }
            return iri;
        }

        /**
         * The committee's IRI, from what identifies it across papers: its words without possessives or a leading
         * article, so that "Children's, Young People and Education Cabinet Committee" in a report and
         * "Children, Young People and Education Cabinet Committee" in the record of decision are one.
         */
        String committeeIri(String name) {
            String key = LEADING_THE.matcher(POSSESSIVE.matcher(name.replace('’', '\'')).replaceAll("")).replaceFirst("");
            return iris.committee(councilSlug, key);
        }

        String meeting(String committeeName, LocalDate date, Span span) {
            String committeeIri = committee(committeeName, null);
            String iri = iris.meeting(committeeIri, date);
            meetings.computeIfAbsent(iri, k -> new Meeting(k, committeeName + ", " + date, committeeIri, date,
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
            evidence.add(new Evidence(iri, Optional.empty(), Optional.empty(), span));
            return iri;
        }

        void meetings() {
            mainCommittee = layout.meetings().stream().map(MeetingSection::committee).findFirst()
                    .or(() -> layout.reports().stream().flatMap(r -> r.committee().stream()).findFirst())
                    .or(() -> layout.references().stream().flatMap(r -> r.committee().stream()).findFirst())
                    .orElse(null);
            for (MeetingSection m : layout.meetings()) {
                String iri = meeting(m.committee(), m.date(), m.header());
                Meeting old = meetings.get(iri);
                Optional<Place> venue = m.venue().map(v -> new Place(iris.place(v), v));
                meetings.put(iri, new Meeting(iri, old.label(), old.committee(), old.date(), m.start().or(old::start),
                        m.end().or(old::end), venue.or(old::venue), old.chair(), m.status().or(old::status)));
                for (Layout.ItemSection i : m.items()) {
                    String itemIri = iris.item(iri, i.number().orElse(i.title()));
                    items.putIfAbsent(itemIri, new Item(itemIri, iri, i.number(), i.title()));
                    evidence.add(new Evidence(itemIri, Optional.empty(), Optional.empty(), i.titleSpan()));
                    int n = 0;
                    for (Layout.ResolutionText r : i.resolutions()) {
                        String resIri = iris.resolution(itemIri, document.iri(), ++n);
                        resolutions.add(new Resolution(resIri, itemIri, iri, r.text()));
                        evidence.add(new Evidence(resIri, Optional.empty(), Optional.empty(), r.span()));
                    }
                }
            }
            for (Layout.MeetingReference r : layout.references()) {
                String committee = r.committee().orElse(enclosingCommittee(r.span().start()));
                if (committee == null) {
                    continue;
                }
                String iri = meeting(committee, r.date(), r.span());
                Meeting old = meetings.get(iri);
                if (r.time().isPresent() && old.start().isEmpty()) {
                    meetings.put(iri, new Meeting(iri, old.label(), old.committee(), old.date(), r.time(), old.end(), old.venue(),
                            old.chair(), old.status()));
                }
            }
            for (Layout.ReportCover r : layout.reports()) {
                if (r.committee().isPresent() && r.meetingDate().isPresent()) {
                    meeting(r.committee().get(), r.meetingDate().get(), r.span());
                }
            }
            for (Layout.CommitteeSection c : layout.committees()) {
                committee(c.name(), c.span());
            }
        }

        /**
         * The members a committee-details page lists, with their roles ("Chair", a reserve member),
         * through the people part's own membership and role handling.
         */
        void committeePages() {
            for (Layout.CommitteeSection c : layout.committees()) {
                String committeeIri = committee(c.name(), null);
                persons.members(c.membership(), committeeIri, x -> {
                    boolean reserve = x.group().orElse("").toLowerCase(Locale.ROOT).matches("(?:reserve|substitute).*");
                    return x.role().filter(persons::isChairRole).map(persons::chairRole).orElse(reserve ? "Reserve Member" : "Member");
                }, true);
            }
        }

        /** The last segment of the document IRI: scopes what is a record of this paper rather than a shared thing. */
        String documentSlug() {
            return document.iri().substring(document.iri().lastIndexOf('/') + 1);
        }

        /** The committee of the meeting section holding {@code offset}, else the paper's main committee. */
        String enclosingCommittee(int offset) {
            for (MeetingSection m : layout.meetings()) {
                if (m.span().contains(offset)) {
                    return m.committee();
                }
            }
            for (Layout.ReportCover r : layout.reports()) {
                if (r.body().contains(offset) && r.committee().isPresent()) {
                    return r.committee().get();
                }
            }
            return mainCommittee;
        }

        MeetingSection sectionAt(int offset) {
            for (MeetingSection m : layout.meetings()) {
                if (m.span().contains(offset)) {
                    return m;
                }
            }
            return null;
        }

        // ---------------------------------------------------------------- people, attendance, roles, posts
        // (the work is PeopleResolver's; these delegates are what the other parts of the run call)

        void people() {
            persons.people();
        }

        /** The person a printed name is, creating them if new; null when it is not a name. */
        String person(String printed, Span span) {
            return persons.person(printed, span, PeopleResolver.Hint.NONE);
        }

        /** The IRI of the person a printed name resolves to, after clustering; null if none. */
        String find(String printed) {
            return persons.find(printed);
        }

        String find(PersonName name) {
            return persons.find(name);
        }

        void attendanceAndRoles() {
            persons.attendanceAndRoles();
        }

        void postsFromText() {
            persons.postsFromText();
        }

        String post(String label, String postIn, String holder, Span span) {
            return persons.post(label, postIn, holder, span);
        }

        // ---------------------------------------------------------------- reports

        void reports() {
            for (Layout.ReportCover r : layout.reports()) {
                String iri = reportIri(r);
                List<String> creators = new ArrayList<>();
                r.reportOf().ifPresent(of -> creators.addAll(persons.creators(of, r.span())));
                List<String> contacts = new ArrayList<>();
                for (ContactBlock c : r.contacts()) {
                    String p = find(c.name());
                    if (p != null) {
                        contacts.add(p);
                        evidence.add(new Evidence(iri, Optional.of("contactOfficer"), Optional.of(p), c.span()));
                    }
                }
                Optional<String> at = Optional.empty();
                if (r.committee().isPresent() && r.meetingDate().isPresent()) {
                    String committeeIri = committee(r.committee().get(), null);
                    String meetingIri = iris.meeting(committeeIri, r.meetingDate().get());
                    at = Optional.of(meetingIri);
                    if (r.itemNumber().isPresent()) {
                        String itemIri = iris.item(meetingIri, r.itemNumber().get());
                        if (items.containsKey(itemIri)) {
                            at = Optional.of(itemIri);
                        }
                    }
                }
                Report old = reports.get(iri);
                if (old != null) {
                    Set<String> cr = new LinkedHashSet<>(old.creators());
                    cr.addAll(creators);
                    Set<String> co = new LinkedHashSet<>(old.contacts());
                    co.addAll(contacts);
                    Optional<String> here = at;
                    Optional<String> consideredAt = old.consideredAt().filter(x -> x.contains("/id/item/")).or(() -> here).or(old::consideredAt);
                    reports.put(iri, new Report(iri, old.title(), List.copyOf(cr), List.copyOf(co), consideredAt));
                } else {
                    reports.put(iri, new Report(iri, r.title(), creators, contacts, at));
                }
                evidence.add(new Evidence(iri, Optional.empty(), Optional.empty(), r.span()));
            }
        }

        /**
         * A report is the paper put to one meeting: its title (without a decision number such as
         * "24/00096 - ", which the minutes print and the report's own title does not) and the date of
         * that meeting. A standing report ("Delivery Assurance") at each meeting is a new report.
         */
        String reportIri(Layout.ReportCover r) {
            String title = r.title().replaceFirst("^\\s*\\(?[A-Z]{0,4}\\d{2,4}/\\d{2,6}\\)?\\s*[-–:]\\s*", "");
            return iris.report(councilSlug, title + r.meetingDate().map(d -> " " + d).orElse(""));
        }

        // ---------------------------------------------------------------- declarations

        void declarations() {
            for (MeetingSection m : layout.meetings()) {
                String meetingIri = iris.meeting(committee(m.committee(), null), m.date());
                Map<String, Integer> counts = new HashMap<>();
                for (Layout.DeclarationText d : m.declarations()) {
                    String p = find(d.person());
                    if (p == null) {
                        continue;
                    }
                    int n = counts.merge(p, 1, Integer::sum);
                    String iri = iris.declaration(meetingIri + "/" + documentSlug(), p, n);
                    if (declarations.stream().anyMatch(x -> x.person().equals(p) && x.meeting().equals(meetingIri) && x.text().equals(d.text()))) {
                        continue;
                    }
                    declarations.add(new Declaration(iri, p, meetingIri, d.text()));
                    evidence.add(new Evidence(iri, Optional.empty(), Optional.empty(), d.span()));
                }
            }
        }

        // ---------------------------------------------------------------- bodies

        void bodiesFromText() {
            Set<String> committeeNames = new LinkedHashSet<>();
            for (Body b : bodies.values()) {
                if (b.kind() == BodyKind.COMMITTEE) {
                    committeeNames.add(b.label().toLowerCase(Locale.ROOT));
                }
            }
            for (BodyMention m : a.bodies()) {
                String name = m.name();
                switch (m.kind()) {
                    case COUNCIL -> evidence.add(new Evidence(councilIri, Optional.empty(), Optional.empty(), m.span()));
                    case COMMITTEE -> committee(committeeNames.contains(name.toLowerCase(Locale.ROOT)) ? name : name, m.span());
                    default -> { }
                }
            }
            // services and outside bodies: one entity per body however it is printed
            for (BodyResolver.Group g : BodyResolver.group(a.bodies(), councilName)) {
                if (g.label().equalsIgnoreCase(councilName)) {
                    continue;
                }
                String committeeIri = committeeIri(g.label());
                Body committee = bodies.get(committeeIri);
                if (g.kind() == Annotations.BodyKind.ORGANISATION && committee != null && committee.kind() == BodyKind.COMMITTEE) {
                    // "the Improvement Board meeting on 30 June": a board the paper says meets is that committee, not another body
                    for (BodyMention m : g.mentions()) {
                        evidence.add(new Evidence(committeeIri, Optional.empty(), Optional.empty(), m.span()));
                    }
                    continue;
                }
                String iri = g.kind() == Annotations.BodyKind.SERVICE ? iris.service(councilSlug, g.key()) : iris.organisation(g.key());
                Body old = bodies.get(iri);
                Set<String> alt = new LinkedHashSet<>(g.altLabels());
                if (old != null) {
                    alt.addAll(old.altLabels());
                }
                bodies.put(iri, new Body(iri, old == null ? g.label() : old.label(),
                        g.kind() == Annotations.BodyKind.SERVICE ? BodyKind.SERVICE : BodyKind.ORGANISATION,
                        g.kind() == Annotations.BodyKind.SERVICE ? Optional.of(councilIri) : Optional.empty(), alt));
                for (BodyMention m : g.mentions()) {
                    evidence.add(new Evidence(iri, Optional.empty(), Optional.empty(), m.span()));
                }
            }
        }

        void organisation(String name, Span span) {
            if (name.equalsIgnoreCase(councilName)) {
                return;
            }
            String iri = iris.organisation(name);
            bodies.computeIfAbsent(iri, k -> new Body(k, name, BodyKind.ORGANISATION, Optional.empty(), new LinkedHashSet<>()));
            evidence.add(new Evidence(iri, Optional.empty(), Optional.empty(), span));
        }

        // ---------------------------------------------------------------- legislation

        void legislation() {
            Legislation table = Legislation.table();
            List<Annotations.Citation> cited = LegislationResolver.tidy(a.citations(), table);
            for (Annotations.Citation c : cited) {
                Optional<Legislation.Act> act = c.kind() == Annotations.InstrumentKind.ACT ? table.find(c.title()) : Optional.empty();
                String lawIri = iris.legislation(c.title());
                laws.putIfAbsent(lawIri, new Law(lawIri, c.title(), false, Optional.empty(), Optional.empty(), c.year(),
                        act.map(Legislation.Act::iri), c.kind().name()));
                evidence.add(new Evidence(lawIri, Optional.empty(), Optional.empty(), c.span()));
                String citer = citerAt(c.span().start());
                List<String> refs = new ArrayList<>();
                if (c.sections().isEmpty()) {
                    refs.add(lawIri);
                }
                for (String number : c.sections()) {
                    String base = number.replaceAll("\\(.*$", "");
                    String sectionIri = iris.section(lawIri, base);
                    laws.putIfAbsent(sectionIri, new Law(sectionIri, c.title() + ", section " + base, true, Optional.of(lawIri),
                            Optional.of(base), c.year(), act.map(x -> x.sectionIri(base)), c.kind().name()));
                    evidence.add(new Evidence(sectionIri, Optional.empty(), Optional.empty(), c.span()));
                    refs.add(sectionIri);
                }
                for (String x : refs) {
                    citations.add(new Citation(citer, x));
                    evidence.add(new Evidence(citer, Optional.of("references"), Optional.of(x), c.span()));
                }
            }
        }

        /** What cites at {@code offset}: the report whose pages hold it, else the item, else the paper. */
        String citerAt(int offset) {
            for (Layout.ReportCover r : layout.reports()) {
                if (r.body().contains(offset)) {
                    return reportIri(r);
                }
            }
            for (MeetingSection m : layout.meetings()) {
                for (Layout.ItemSection i : m.items()) {
                    if (i.body().contains(offset) || i.titleSpan().contains(offset)) {
                        return iris.item(iris.meeting(committeeIri(m.committee()), m.date()), i.number().orElse(i.title()));
                    }
                }
            }
            return document.iri();
        }
    }
}
