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
import org.councilgraph.segment.Layout.Attendee;
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
 * <p>Within a paper, every printed form of a person ("Mr. M. Bools CC", "Councillor Bools") becomes
 * one person when the names agree (same surname; given names equal, or one an initial of the other,
 * or absent) and nothing says they are different people (a councillor and an officer). Meetings
 * are keyed by council, committee and date, so the same meeting in two papers is one node.
 */
public final class Resolver {
    private static final Pattern OFFICER_POST = Pattern.compile(
            "(?i).*\\b(?:director|manager|officer|head|chief\\s+executive|counsel|solicitor|accountant|analyst|adviser|advisor|"
            + "practitioner|worker|co-?ordinator|clerk|lead|consultant|psychologist|therapist|engineer|planner|teacher|"
            + "specialist|supervisor|administrator|partner|governance|secretary\\s+to)s?\\b.*");
    private static final Pattern MEMBER_POST = Pattern.compile(
            "(?i).*\\b(?:cabinet\\s+member|lead\\s+member|executive\\s+member|portfolio\\s+holder|leader|mayor|chair|chairman|"
            + "vice-chair|councillor|member\\s+for|scrutiny\\s+commissioner|spokesperson|group\\s+leader|deputy\\s+leader)\\b.*");
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
        final List<Cluster> clusters = new ArrayList<>();
        final LocalDate paperDate;
        String mainCommittee;
        boolean peopleResolved;

        Run(Annotations a, String key) {
            this.a = a;
            this.layout = a.layout();
            this.paper = layout.paper();
            this.text = paper.text();
            String c = layout.council().orElse("Unknown council");
            this.councilName = c.startsWith("domain:") ? c.substring(7) : c;
            this.councilSlug = Slugs.slug(councilName);
            this.councilIri = iris.council(councilName);
            this.document = new Document(iris.document(key), iris.graph(key), paper.source(), paper.format(), paper.sha256(),
                    paper.title());
            this.paperDate = org.councilgraph.segment.Segmenter.mainDate(layout).orElse(null);
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
            List<Person> people = clusters.stream().map(Cluster::toPerson).toList();
            return new Resolved(paper, document, bodies.get(councilIri), people, List.copyOf(posts.values()),
                    bodies.values().stream().filter(b -> b.kind() != BodyKind.COUNCIL).toList(), List.copyOf(meetings.values()),
                    List.copyOf(items.values()), List.copyOf(reports.values()), resolutions, declarations,
                    List.copyOf(memberships.values()), List.copyOf(attendance.values()), List.copyOf(laws.values()),
                    List.copyOf(citations), evidence);
        }

        // ---------------------------------------------------------------- committees and meetings

        String committee(String name, Span span) {
            String iri = iris.committee(councilSlug, committeeKey(name));
            bodies.computeIfAbsent(iri, k -> new Body(k, name, BodyKind.COMMITTEE, Optional.of(councilIri), new LinkedHashSet<>()));
            if (span != null) {
                evidence.add(new Evidence(iri, Optional.empty(), Optional.empty(), span));
            }
            return iri;
        }

        /**
         * What identifies a committee across papers: its words without possessives or a leading
         * article, so that "Children's, Young People and Education Cabinet Committee" in a report and
         * "Children, Young People and Education Cabinet Committee" in the record of decision are one.
         */
        String committeeKey(String name) {
            return name.replace('’', '\'').replaceAll("(?i)'s\\b", "").replaceFirst("(?i)^the\\s+", "");
        }

        String meeting(String committeeName, LocalDate date, Span span) {
            String committeeIri = committee(committeeName, null);
            String iri = iris.meeting(committeeIri, date);
            meetings.computeIfAbsent(iri, k -> new Meeting(k, committeeName + ", " + date, committeeIri, date,
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
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
                        m.end().or(old::end), venue.or(old::venue), old.chair()));
                for (Layout.ItemSection i : m.items()) {
                    String itemIri = iris.item(iri, i.number().orElse(i.title()));
                    items.putIfAbsent(itemIri, new Item(itemIri, iri, i.number(), i.title()));
                    evidence.add(new Evidence(itemIri, Optional.empty(), Optional.empty(), i.titleSpan()));
                    int n = 0;
                    for (Layout.ResolutionText r : i.resolutions()) {
                        // a resolution as this paper records it: minutes and the web page of one meeting
                        // word it differently, so each paper's record is its own node under the shared item
                        String resIri = iris.resolution(itemIri + "/" + documentSlug(), ++n);
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
                            old.chair()));
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

        /** The members a committee-details page lists, with their roles ("Chair", a reserve member). */
        void committeePages() {
            for (Layout.CommitteeSection c : layout.committees()) {
                String committeeIri = committee(c.name(), null);
                for (Attendee x : c.membership()) {
                    String p = find(x.name());
                    if (p == null) {
                        p = person(x.name(), x.span(), Hint.MEMBER_LIST);
                    }
                    if (p == null) {
                        continue;
                    }
                    String person = p;
                    boolean reserve = x.group().orElse("").toLowerCase(Locale.ROOT).matches("(?:reserve|substitute).*");
                    String role = x.role().filter(this::isChairRole).map(this::chairLabel).orElse(reserve ? "Reserve Member" : "Member");
                    membership(person, committeeIri, role, x.span());
                    x.role().ifPresent(r -> roleOrPost(r, person, committeeIri, null, x.span()));
                }
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

        // ---------------------------------------------------------------- people

        /** Evidence about what a person is, from one mention. */
        enum Hint { COUNCILLOR, CO_OPTED, OFFICER, MEMBER_LIST, NONE }

        final class Cluster {
            final List<PersonName> names = new ArrayList<>();
            final Set<Hint> hints = java.util.EnumSet.noneOf(Hint.class);
            final List<Span> spans = new ArrayList<>();
            String email;
            String phone;
            String iri;
            final String placeholder = "cluster:" + clusters.size() + ":" + System.identityHashCode(this);

            /** The person's IRI once people are resolved, a stand-in until then. */
            String iriPlaceholder() {
                return iri != null ? iri : placeholder;
            }

            PersonName best() {
                return names.stream().max(Comparator.comparingInt((PersonName n) -> n.given().replace(".", "").replace(" ", "").length())
                        .thenComparingInt(n -> n.given().length()).thenComparing(n -> n.honorific().isEmpty() ? 0 : 1)).orElseThrow();
            }

            boolean compatible(PersonName n, Hint hint) {
                for (PersonName x : names) {
                    if (!x.compatible(n)) {
                        return false;
                    }
                }
                // a councillor named by surname alone is not the officer with that surname
                if (!n.hasGiven() && (hint == Hint.COUNCILLOR || n.councillor()) && hints.contains(Hint.OFFICER)
                        && !hints.contains(Hint.COUNCILLOR)) {
                    return false;
                }
                if (!n.hasGiven() && hint == Hint.OFFICER && hints.contains(Hint.COUNCILLOR) && !hints.contains(Hint.OFFICER)) {
                    return false;
                }
                return true;
            }

            Kind kind() {
                if (hints.contains(Hint.CO_OPTED)) {
                    return Kind.CO_OPTED;
                }
                if (hints.contains(Hint.COUNCILLOR)) {
                    return Kind.COUNCILLOR;
                }
                if (hints.contains(Hint.OFFICER)) {
                    return Kind.OFFICER;
                }
                if (hints.contains(Hint.MEMBER_LIST)) {
                    return Kind.COUNCILLOR;
                }
                return Kind.OTHER;
            }

            Person toPerson() {
                PersonName b = best();
                Set<String> alt = new LinkedHashSet<>();
                for (PersonName n : names) {
                    alt.add(n.surface());
                    if (!n.fullName().equals(b.fullName())) {
                        alt.add(n.fullName());
                    }
                }
                alt.remove(b.fullName());
                Optional<String> honorific = names.stream().map(PersonName::honorific)
                        .filter(h -> !h.isEmpty() && !h.toLowerCase(Locale.ROOT).startsWith("cllr")).findFirst();
                return new Person(iri, b.fullName(), alt, kind(), honorific, Optional.ofNullable(email), Optional.ofNullable(phone));
            }
        }

        /** The person a printed name is, creating them if new; null when it is not a name. */
        String person(String printed, Span span, Hint hint) {
            Optional<PersonName> n = PersonName.parse(printed);
            if (n.isEmpty()) {
                n = printed.matches("[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?") ? Optional.of(new PersonName("", "", printed, "", false))
                        : Optional.empty();
            }
            return n.map(name -> person(name, span, hint)).orElse(null);
        }

        String person(PersonName name, Span span, Hint hint) {
            Cluster target = null;
            if (name.hasGiven()) {
                for (Cluster c : clusters) {
                    if (c.compatible(name, hint) && c.names.stream().anyMatch(x -> x.hasGiven())) {
                        target = c;
                        break;
                    }
                }
                if (target == null) {
                    for (Cluster c : clusters) {
                        if (c.compatible(name, hint)) {
                            target = c;
                            break;
                        }
                    }
                }
            } else {
                List<Cluster> candidates = clusters.stream().filter(c -> c.compatible(name, hint)).toList();
                List<Cluster> named = candidates.stream().filter(c -> c.names.stream().anyMatch(PersonName::hasGiven)).toList();
                if (named.size() == 1) {
                    target = named.get(0);
                } else if (named.isEmpty() && !candidates.isEmpty()) {
                    target = candidates.get(0);
                } else if (named.size() > 1) {
                    // ambiguous surname: keep apart unless an unnamed cluster exists
                    target = candidates.stream().filter(c -> c.names.stream().noneMatch(PersonName::hasGiven)).findFirst().orElse(null);
                }
            }
            if (target == null) {
                target = new Cluster();
                clusters.add(target);
            }
            target.names.add(name);
            if (hint != null && hint != Hint.NONE) {
                target.hints.add(hint);
            }
            if (name.councillor()) {
                target.hints.add(Hint.COUNCILLOR);
            }
            if (span != null) {
                target.spans.add(span);
                if (target.iri != null) {
                    evidence.add(new Evidence(target.iri, Optional.empty(), Optional.empty(), span));
                }
            }
            if (peopleResolved && target.iri == null) {
                target.iri = iris.person(councilSlug, target.best().fullName());
            }
            return target.iriPlaceholder();
        }

        void people() {
            // the most informative mentions first, so that surname-only mentions find their person
            for (MeetingSection m : layout.meetings()) {
                for (Attendee x : m.membership()) {
                    person(x.name(), x.span(), hintOf(x));
                }
                for (Attendee x : m.attendance()) {
                    person(x.name(), x.span(), hintOf(x));
                }
            }
            for (ContactBlock c : layout.contacts()) {
                String iri = person(c.name(), c.span(), Hint.OFFICER);
                Cluster cl = clusterOf(iri);
                if (cl != null) {
                    c.email().ifPresent(e -> cl.email = cl.email == null ? e : cl.email);
                    c.phone().ifPresent(p -> cl.phone = cl.phone == null ? p : cl.phone);
                }
            }
            List<PersonMention> mentions = new ArrayList<>(a.people());
            mentions.sort(Comparator.comparingInt((PersonMention p) -> p.name().hasGiven() ? 0 : 1).thenComparing(PersonMention::span));
            for (PersonMention p : mentions) {
                Hint hint = p.name().councillor() ? Hint.COUNCILLOR : Hint.NONE;
                person(p.name(), p.span(), hint);
            }
            for (MeetingSection m : layout.meetings()) {
                for (Layout.DeclarationText d : m.declarations()) {
                    person(d.person(), d.span(), Hint.NONE);
                }
            }
            // a contact's e-mail names them even where the block gave no name form we could match
            for (Cluster c : clusters) {
                c.iri = iris.person(councilSlug, c.best().fullName());
            }
            mergeSameIri();
            peopleResolved = true;
            for (Cluster c : clusters) {
                for (Span s : c.spans) {
                    evidence.add(new Evidence(c.iri, Optional.empty(), Optional.empty(), s));
                }
            }
        }

        /** Two clusters that came out with one IRI (the same full name) are one person. */
        void mergeSameIri() {
            Map<String, Cluster> byIri = new LinkedHashMap<>();
            for (Cluster c : clusters) {
                Cluster first = byIri.get(c.iri);
                if (first == null) {
                    byIri.put(c.iri, c);
                } else {
                    first.names.addAll(c.names);
                    first.hints.addAll(c.hints);
                    first.spans.addAll(c.spans);
                    first.email = first.email == null ? c.email : first.email;
                    first.phone = first.phone == null ? c.phone : first.phone;
                }
            }
            clusters.clear();
            clusters.addAll(byIri.values());
        }

        Cluster clusterOf(String placeholder) {
            if (placeholder == null) {
                return null;
            }
            for (Cluster c : clusters) {
                if (c.placeholder.equals(placeholder) || placeholder.equals(c.iri)) {
                    return c;
                }
            }
            return null;
        }

        /** The IRI of the person a printed name resolves to, after clustering; null if none. */
        String find(String printed) {
            Optional<PersonName> n = PersonName.parse(printed);
            if (n.isEmpty() && printed.matches("[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?")) {
                n = Optional.of(new PersonName("", "", printed, "", false));
            }
            if (n.isEmpty()) {
                return null;
            }
            return find(n.get());
        }

        String find(PersonName n) {
            Cluster best = null;
            for (Cluster c : clusters) {
                if (c.names.stream().anyMatch(x -> x.key().equals(n.key()) && x.compatible(n))) {
                    return c.iri;
                }
                if (best == null && c.names.stream().allMatch(x -> x.compatible(n))) {
                    best = c;
                }
            }
            return best == null ? null : best.iri;
        }

        Hint hintOf(Attendee x) {
            String group = x.group().orElse("").toLowerCase(Locale.ROOT);
            String role = x.role().orElse("");
            if (group.contains("co-opted") || group.contains("coopted") || role.toLowerCase(Locale.ROOT).contains("co-opted")) {
                return Hint.CO_OPTED;
            }
            if (group.contains("standing invitee") || group.contains("independent")) {
                return Hint.NONE;
            }
            if (!role.isEmpty() && MEMBER_POST.matcher(role).matches()) {
                return Hint.COUNCILLOR;
            }
            if (!role.isEmpty() && OFFICER_POST.matcher(role).matches()) {
                return Hint.OFFICER;
            }
            if (group.matches("(?i).*\\bofficers?\\b.*")) {
                return Hint.OFFICER;
            }
            return switch (x.status()) {
                case PRESENT, SUBSTITUTE, APOLOGIES, MEMBER -> role.isEmpty() || isChairRole(role) ? Hint.MEMBER_LIST : Hint.NONE;
                default -> Hint.NONE;
            };
        }

        // ---------------------------------------------------------------- attendance, roles, posts

        void attendanceAndRoles() {
            for (MeetingSection m : layout.meetings()) {
                String committeeIri = committee(m.committee(), null);
                String meetingIri = iris.meeting(committeeIri, m.date());
                boolean main = m.role() != Layout.Role.REFERENCED;
                for (Attendee x : m.attendance()) {
                    String p = find(x.name());
                    if (p == null) {
                        continue;
                    }
                    Presence presence = switch (x.status()) {
                        case APOLOGIES -> Presence.APOLOGIES;
                        case ABSENT -> Presence.ABSENT;
                        case IN_ATTENDANCE -> Presence.IN_ATTENDANCE;
                        default -> Presence.PRESENT;
                    };
                    attendance.putIfAbsent(meetingIri + " " + p + " " + presence, new Attendance(meetingIri, p, presence));
                    evidence.add(new Evidence(meetingIri, Optional.of(presence.name()), Optional.of(p), x.span()));
                    x.role().ifPresent(role -> roleOrPost(role, p, committeeIri, meetingIri, x.span()));
                    if (main && (x.status() == Status.PRESENT || x.status() == Status.SUBSTITUTE)
                            && hintOf(x) != Hint.CO_OPTED && clusterKind(p) != Kind.OFFICER) {
                        membership(p, committeeIri, x.role().filter(this::isChairRole).map(this::chairLabel).orElse("Member"), x.span());
                    }
                }
                for (Attendee x : m.membership()) {
                    String p = find(x.name());
                    if (p == null) {
                        continue;
                    }
                    String group = x.group().orElse("").toLowerCase(Locale.ROOT);
                    String role = x.role().filter(this::isChairRole).map(this::chairLabel)
                            .orElse(group.contains("co-opted") || x.role().orElse("").toLowerCase(Locale.ROOT).contains("co-opted")
                                    ? "Co-opted Member" : group.contains("standing invitee") ? "Standing Invitee" : "Member");
                    membership(p, committeeIri, role, x.span());
                    x.role().ifPresent(r -> roleOrPost(r, p, committeeIri, null, x.span()));
                }
            }
            // contact blocks: the officer's post
            for (ContactBlock c : layout.contacts()) {
                String p = find(c.name());
                if (p != null && c.post().isPresent()) {
                    post(c.post().get(), councilIri, p, c.span());
                }
            }
        }

        Kind clusterKind(String personIri) {
            Cluster c = clusterOf(personIri);
            return c == null ? Kind.OTHER : c.kind();
        }

        boolean isChairRole(String role) {
            return role.matches("(?i)(?:vice[\\s-]?)?chair(?:man|woman|person)?|in the chair");
        }

        String chairLabel(String role) {
            String r = role.strip();
            if (r.equalsIgnoreCase("in the chair")) {
                return "Chair";
            }
            if (r.matches("(?i)vice[\\s-]?chair.*")) {
                return "Vice-Chair";
            }
            return Character.toUpperCase(r.charAt(0)) + r.substring(1).toLowerCase(Locale.ROOT);
        }

        void membership(String person, String committeeIri, String role, Span span) {
            String iri = iris.membership(committeeIri, person, role);
            memberships.putIfAbsent(iri, new Membership(iri, person, committeeIri, role, iris.role(role)));
            evidence.add(new Evidence(iri, Optional.empty(), Optional.empty(), span));
        }

        /** A role in a list: a committee chair role, or a post the person holds. */
        void roleOrPost(String role, String person, String committeeIri, String meetingIri, Span span) {
            if (isChairRole(role)) {
                String label = chairLabel(role);
                String postIri = iris.committeePost(committeeIri, label);
                Post old = posts.get(postIri);
                Set<String> holders = old == null ? new LinkedHashSet<>() : new LinkedHashSet<>(old.holders());
                holders.add(person);
                posts.put(postIri, new Post(postIri, label, committeeIri, holders, paperDate));
                evidence.add(new Evidence(person, Optional.of("holds"), Optional.of(postIri), span));
                if (meetingIri != null && !label.startsWith("Vice")) {
                    Meeting m = meetings.get(meetingIri);
                    if (m != null && m.chair().isEmpty()) {
                        meetings.put(meetingIri, new Meeting(m.iri(), m.label(), m.committee(), m.date(), m.start(), m.end(),
                                m.venue(), Optional.of(person)));
                    }
                }
                return;
            }
            if (role.toLowerCase(Locale.ROOT).matches("co-?opted member|member|substitute.*|councillor")) {
                return;
            }
            if (Posts.isPost(role) || org.councilgraph.segment.Layout.class != null && looksLikePost(role)) {
                String postIn = role.toLowerCase(Locale.ROOT).matches(".*\\b(?:representative|commissioner)\\b.*") ? committeeIri : councilIri;
                post(role, postIn, person, span);
            }
        }

        boolean looksLikePost(String role) {
            return role.length() < 100 && role.matches("(?i).*\\b(?:representative|member|officer|director|head|manager|secretary|"
                    + "commissioner|lead|leader|mayor|executive|adviser|advisor|counsel|governor|chair|clerk|accountant|analyst)s?\\b.*");
        }

        String post(String label, String postIn, String holder, Span span) {
            String l = Posts.tidy(label).replaceAll("^(?:the|The)\\s+", "");
            if (l.length() < 3) {
                return null;
            }
            String iri = iris.post(councilSlug, l);
            Post old = posts.get(iri);
            Set<String> holders = old == null ? new LinkedHashSet<>() : new LinkedHashSet<>(old.holders());
            if (holder != null) {
                holders.add(holder);
                evidence.add(new Evidence(holder, Optional.of("holds"), Optional.of(iri), span));
                Cluster c = clusterOf(holder);
                if (c != null && OFFICER_POST.matcher(l).matches() && !MEMBER_POST.matcher(l).matches()) {
                    c.hints.add(Hint.OFFICER);
                } else if (c != null && MEMBER_POST.matcher(l).matches()) {
                    c.hints.add(Hint.COUNCILLOR);
                }
            }
            posts.put(iri, new Post(iri, old == null ? l : old.label(), old == null ? postIn : old.postIn(), holders, paperDate));
            evidence.add(new Evidence(iri, Optional.empty(), Optional.empty(), span));
            return iri;
        }

        void postsFromText() {
            for (PostMention p : a.posts()) {
                String holder = p.holder().map(this::find).orElse(null);
                post(p.label(), councilIri, holder, p.span());
            }
        }

        // ---------------------------------------------------------------- reports

        void reports() {
            for (Layout.ReportCover r : layout.reports()) {
                String iri = reportIri(r);
                List<String> creators = new ArrayList<>();
                r.reportOf().ifPresent(of -> creators.addAll(creators(of, r.span())));
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

        /** "Director of X" is a post; "Jane Moore, Director of X" a person and a post; "A / B" two people. */
        List<String> creators(String of, Span span) {
            List<String> out = new ArrayList<>();
            for (String part : ReportAuthors.split(of)) {
                String p = part.strip().replaceAll("[.,;:]+$", "");
                if (p.isEmpty()) {
                    continue;
                }
                String[] comma = p.split("\\s*(?:,|\\s[–—-])\\s*", 2);
                Optional<PersonName> name = PersonName.parse(comma[0]);
                if (name.isPresent() && name.get().hasGiven()) {
                    String person = person(name.get(), span, Hint.NONE);
                    Cluster c = clusterOf(person);
                    if (c != null && c.iri == null) {
                        c.iri = iris.person(councilSlug, c.best().fullName());
                    }
                    String iri = c == null ? null : c.iri;
                    if (iri != null) {
                        out.add(iri);
                    }
                    if (comma.length > 1 && looksLikePost(comma[1])) {
                        post(comma[1], councilIri, iri, span);
                    }
                    continue;
                }
                // "Sophie Maltby Director of SEND": a name run into a post
                java.util.regex.Matcher nm = Pattern.compile("^((?:[A-Z][a-z'’\\-]+\\s+){1,2}?[A-Z][a-z'’\\-]+)\\s+(.+)$").matcher(p);
                if (nm.matches() && PersonName.parse(nm.group(1)).isEmpty()) {
                    // the longer reading took a post word for a name: try "Given Surname" alone
                    nm = Pattern.compile("^([A-Z][a-z'’\\-]+\\s+[A-Z][a-z'’\\-]+)\\s+(.+)$").matcher(p);
                }
                if (nm.matches() && PersonName.parse(nm.group(1)).isPresent() && looksLikePost(nm.group(2))) {
                    String person = person(PersonName.parse(nm.group(1)).get(), span, Hint.OFFICER);
                    Cluster c = clusterOf(person);
                    if (c != null && c.iri == null) {
                        c.iri = iris.person(councilSlug, c.best().fullName());
                    }
                    if (c != null) {
                        out.add(c.iri);
                        post(nm.group(2), councilIri, c.iri, span);
                    }
                    continue;
                }
                String postIri = post(p, councilIri, null, span);
                if (postIri != null) {
                    out.add(postIri);
                }
            }
            return out;
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
                    case COMMITTEE -> {
                        if (committeeNames.contains(name.toLowerCase(Locale.ROOT))) {
                            committee(name, m.span());
                        } else if (COMMITTEE_WORDS.matcher(name).matches() && !name.matches("(?i).*\\b(?:house of|select|parliament)\\b.*")) {
                            committee(name, m.span());
                        } else {
                            organisation(name, m.span());
                        }
                    }
                    case SERVICE -> {
                        String iri = iris.service(councilSlug, name);
                        bodies.computeIfAbsent(iri, k -> new Body(k, name, BodyKind.SERVICE, Optional.of(councilIri), new LinkedHashSet<>()));
                        evidence.add(new Evidence(iri, Optional.empty(), Optional.empty(), m.span()));
                    }
                    case ORGANISATION -> organisation(name, m.span());
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
            for (Annotations.Citation c : a.citations()) {
                Optional<Legislation.Act> act = table.find(c.title());
                String lawIri = iris.legislation(c.title());
                laws.putIfAbsent(lawIri, new Law(lawIri, c.title(), false, Optional.empty(), Optional.empty(), c.year(),
                        act.map(Legislation.Act::iri), c.kind().name()));
                evidence.add(new Evidence(lawIri, Optional.empty(), Optional.empty(), c.span()));
                String citer = citerAt(c.span().start());
                List<String> cited = new ArrayList<>();
                if (c.sections().isEmpty()) {
                    cited.add(lawIri);
                }
                for (String number : c.sections()) {
                    String base = number.replaceAll("\\(.*$", "");
                    String sectionIri = iris.section(lawIri, base);
                    laws.putIfAbsent(sectionIri, new Law(sectionIri, c.title() + ", section " + base, true, Optional.of(lawIri),
                            Optional.of(base), c.year(), act.map(x -> x.sectionIri(base)), c.kind().name()));
                    evidence.add(new Evidence(sectionIri, Optional.empty(), Optional.empty(), c.span()));
                    cited.add(sectionIri);
                }
                for (String x : cited) {
                    citations.add(new Citation(citer, x));
                    evidence.add(new Evidence(citer, Optional.of("references"), Optional.of(x), c.span()));
                }
            }
        }

        /** What cites at {@code offset}: the report whose pages hold it, else the item, else the paper. */
        String citerAt(int offset) {
            for (Layout.ReportCover r : layout.reports()) {
                if (r.itemNumber().isEmpty() && r.body().contains(offset)) {
                    return reportIri(r);
                }
            }
            for (MeetingSection m : layout.meetings()) {
                for (Layout.ItemSection i : m.items()) {
                    if (i.body().contains(offset) || i.titleSpan().contains(offset)) {
                        return iris.item(iris.meeting(iris.committee(councilSlug, committeeKey(m.committee())), m.date()), i.number().orElse(i.title()));
                    }
                }
            }
            return document.iri();
        }
    }
}
