package org.councilgraph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations;
import org.councilgraph.annotate.Annotations.PersonMention;
import org.councilgraph.annotate.Annotations.PostMention;
import org.councilgraph.resolve.Resolved.Attendance;
import org.councilgraph.resolve.Resolved.Evidence;
import org.councilgraph.resolve.Resolved.Kind;
import org.councilgraph.resolve.Resolved.Meeting;
import org.councilgraph.resolve.Resolved.Membership;
import org.councilgraph.resolve.Resolved.Person;
import org.councilgraph.resolve.Resolved.Post;
import org.councilgraph.resolve.Resolved.Presence;
import org.councilgraph.segment.Layout;
import org.councilgraph.segment.Layout.Attendee;
import org.councilgraph.segment.Layout.ContactBlock;
import org.councilgraph.segment.Layout.MeetingSection;
import org.councilgraph.segment.Layout.Status;
import org.councilgraph.segment.MembershipLists;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.PostTitles;
import org.councilgraph.text.Similarity;
import org.councilgraph.text.Span;

/**
 * People, posts, attendance and committee roles of one paper: the resolve stage's part that turns
 * name and post mentions into persons and posts.
 *
 * <p>Every printed form of a person ("Mr. P. Tarrant CC", "Councillor Tarrant", "the Chairman" of the
 * meeting he chaired) becomes one person when the names agree (same surname; given names equal,
 * or one an initial of the other, or absent) and nothing says they are different people: a
 * councillor and an officer, or a "Mr" and a "Mrs", who share a surname are two. A surname alone
 * that several people share goes to the one named nearest before it.
 *
 * <p>Posts are resolved within the paper: spellings that differ only in joining words and
 * punctuation ("Director of Children and Family Services", "Director Children and Family
 * Services") are one post; a shortened title that begins exactly one longer title of the paper
 * ("Strategic Director" for "Strategic Director of Social Care and Education") is that post; a
 * plural is the singular post when the paper has it.
 */
final class PeopleResolver {
    /** Evidence about what a person is, from one mention. */
    enum Hint { COUNCILLOR, MEMBER_LIST, CO_OPTED, OFFICER, MEMBER_POST, OFFICER_POST, EXTERNAL, REPORT_TEXT, NONE }

    /** Posts held by elected members. */
    private static final Pattern MEMBER_POST = Pattern.compile(
            "(?i).*\\b(?:cabinet\\s+member|lead\\s+member|executive\\s+member|portfolio\\s+holder|leader|mayor|"
            + "councillor|member\\s+for|scrutiny\\s+commissioner|spokesperson|chair(?:man)?\\s+of\\s+the\\s+council|"
            + "cabinet\\s+lead|deputy\\s+leader)\\b.*");
    /** Posts of people outside the council: ministers, MPs, representatives, school staff, panel chairs. */
    private static final Pattern EXTERNAL_POST = Pattern.compile(
            "(?i).*\\b(?:minister|secretary|mp|ambassador|representatives?|governors?|head\\s*teachers?|inspectors?|"
            + "chief\\s+constable|police\\s+and\\s+crime|(?:vice[\\s-]?|panel\\s+|independent\\s+)chair(?:man|person)?|"
            + "vice[\\s-]chair|chairs?\\s+of\\s+the\\s+(?!council)|bishop|canon|vicar|priest|trustee|pupil)\\b.*");
    private static final Pattern VIRTUAL_HEAD = Pattern.compile("(?i).*\\bvirtual\\b.*");
    /** Joining words and punctuation ignored when two spellings of a post title are compared. */
    private static final Set<String> POST_KEY_STOP = Set.of("of", "for", "the", "and", "&", "to");
    private static final Pattern EMAIL = Pattern.compile("([A-Za-z][A-Za-z'-]+)[._]([A-Za-z][A-Za-z'-]+)@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /** A description after a name: "Morris Hale, a talented former officer"; "(a British social researcher". */
    private static final Pattern APPOSITIVE = Pattern.compile("[ \\t]*(?:,|\\()[ \\t\\n]*(?:a|an)\\s+([^,.;()\\n]{3,80})");
    private static final Pattern STAFF_WORDS = Pattern.compile(
            "(?i).*\\b(?:officer|manager|worker|director|practitioner|employee|staff|colleague|social\\s+worker|head\\s+of)\\b.*");

    private final Iris iris;
    private final Annotations a;
    private final Layout layout;
    private List<MembershipLists.Listing> listings;
    private final String text;
    private final String councilSlug;
    /** The council's initials, which a title may carry in front ("KCC Cabinet Member for ..."). */
    private final String councilInitials;
    private final String councilIri;
    private final LocalDate paperDate;
    private final List<Evidence> evidence;
    private final Map<String, Post> posts;
    private final Map<String, Membership> memberships;
    private final Map<String, Attendance> attendance;
    private final Map<String, Meeting> meetings;
    private final Function<String, String> committee;
    private final List<Cluster> clusters = new ArrayList<>();
    /** Post IRI by the key of its title, for spellings that differ in joining words only. */
    private final Map<String, String> postByKey = new LinkedHashMap<>();
    private boolean resolved;
    private boolean postsResolved;

    PeopleResolver(Iris iris, Annotations a, String councilSlug, String councilIri, LocalDate paperDate, List<Evidence> evidence,
                   Map<String, Post> posts, Map<String, Membership> memberships, Map<String, Attendance> attendance,
                   Map<String, Meeting> meetings, Function<String, String> committee) {
        this.iris = iris;
        this.a = a;
        this.layout = a.layout();
        this.text = layout.paper().text();
        this.councilSlug = councilSlug;
        this.councilInitials = initials(councilSlug);
        this.councilIri = councilIri;
        this.paperDate = paperDate;
        this.evidence = evidence;
        this.posts = posts;
        this.memberships = memberships;
        this.attendance = attendance;
        this.meetings = meetings;
        this.committee = committee;
    }

    /** "Chairman" where the text calls the chair so more often than "Chair", else "Chair". */
    static String chairWord(String text) {
        int chairman = count(text, "\\bChairman\\b");
        // "(in the Chair)" is said of chairmen too
        int chair = count(text, "\\bChair\\b(?!man)") - count(text, "(?i)\\bin\\s+the\\s+Chair\\b");
        return chairman > chair ? "Chairman" : "Chair";
    }

    /** The word for the chair in the meeting section holding {@code span}, else in the paper. */
    private String chairWordAt(Span span) {
        if (span != null) {
            for (MeetingSection m : layout.meetings()) {
                if (m.span().contains(span.start())) {
                    return chairWord(m.span().of(text));
                }
            }
        }
        return chairWord(text);
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    // ---------------------------------------------------------------- clusters

    final class Cluster {
        final List<PersonName> names = new ArrayList<>();
        /** Misspelt forms of the name: kept as labels and found by look-up, but not matched against. */
        final List<PersonName> misspelt = new ArrayList<>();
        final Set<Hint> hints = EnumSet.noneOf(Hint.class);
        final List<Span> spans = new ArrayList<>();
        String email;
        String phone;
        String iri;
        final String placeholder = "cluster:" + clusters.size() + ":" + System.identityHashCode(this);

        String ref() {
            return iri != null ? iri : placeholder;
        }

        PersonName best() {
            return names.stream().max(Comparator.comparingInt((PersonName n) -> n.given().replace(".", "").replace(" ", "").length())
                    .thenComparingInt(n -> n.given().length()).thenComparing(n -> n.honorific().isEmpty() ? 0 : 1)).orElseThrow();
        }

        boolean councillorLike() {
            return hints.contains(Hint.COUNCILLOR) || hints.contains(Hint.MEMBER_LIST) || hints.contains(Hint.CO_OPTED);
        }

        boolean officerLike() {
            return hints.contains(Hint.OFFICER) || hints.contains(Hint.OFFICER_POST);
        }

        /** True when {@code n}, read with {@code hint}, can be this person. */
        boolean compatible(PersonName n, Hint hint) {
            for (PersonName x : names) {
                if (!x.compatible(n) || genderClash(x, n)) {
                    return false;
                }
            }
            boolean fullMatch = n.hasGiven() && !n.givenIsInitials()
                    && names.stream().anyMatch(x -> x.key().equals(n.key()) && !x.givenIsInitials());
            if (fullMatch) {
                return true;
            }
            // a councillor and an officer who share a surname are two people
            boolean mentionCouncillor = hint == Hint.COUNCILLOR || hint == Hint.MEMBER_LIST || n.councillor();
            boolean mentionOfficer = hint == Hint.OFFICER || hint == Hint.OFFICER_POST;
            if (mentionCouncillor && officerLike() && !councillorLike()) {
                return false;
            }
            return !(mentionOfficer && councillorLike() && !officerLike());
        }

        Kind kind() {
            if (hints.contains(Hint.CO_OPTED)) {
                return Kind.CO_OPTED;
            }
            if (hints.contains(Hint.COUNCILLOR)) {
                return Kind.COUNCILLOR;
            }
            if (hints.contains(Hint.MEMBER_LIST) || hints.contains(Hint.MEMBER_POST) && !hints.contains(Hint.OFFICER)) {
                return Kind.COUNCILLOR;
            }
            if (hints.contains(Hint.OFFICER)) {
                return Kind.OFFICER;
            }
            if (hints.contains(Hint.EXTERNAL)) {
                return Kind.OTHER;
            }
            if (hints.contains(Hint.OFFICER_POST) || hints.contains(Hint.REPORT_TEXT)) {
                return Kind.OFFICER;
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
            for (PersonName n : misspelt) {
                alt.add(n.surface());
                alt.add(n.fullName());
            }
            alt.remove(b.fullName());
            Optional<String> honorific = names.stream().map(PersonName::honorific)
                    .filter(h -> !h.isEmpty() && !h.toLowerCase(Locale.ROOT).matches("(?:county\\s+|borough\\s+|city\\s+|district\\s+)?(?:councillor|cllr).*"))
                    .findFirst();
            return new Person(iri, b.fullName(), alt, kind(), honorific, Optional.ofNullable(email), Optional.ofNullable(phone));
        }
    }

    /** "Mr Carter" and "Mrs Carter" are two people. */
    private static boolean genderClash(PersonName x, PersonName y) {
        String gx = gender(x.honorific());
        String gy = gender(y.honorific());
        return gx != null && gy != null && !gx.equals(gy);
    }

    private static String gender(String honorific) {
        String h = honorific.toLowerCase(Locale.ROOT).replace(".", "");
        if (h.matches("(?:.*\\s)?(?:mr|sir|lord|baron)")) {
            return "m";
        }
        if (h.matches("(?:.*\\s)?(?:mrs|ms|miss|dame|lady|baroness)")) {
            return "f";
        }
        return null;
    }

    Cluster clusterOf(String ref) {
        if (ref == null) {
            return null;
        }
        for (Cluster c : clusters) {
            if (c.placeholder.equals(ref) || ref.equals(c.iri)) {
                return c;
            }
        }
        return null;
    }

    Kind kindOf(String ref) {
        Cluster c = clusterOf(ref);
        return c == null ? Kind.OTHER : c.kind();
    }

    /** The person a printed name is, creating them if new; null when it is not a name. */
    String person(String printed, Span span, Hint hint) {
        return parse(printed).map(n -> person(n, span, hint)).orElse(null);
    }

    private static Optional<PersonName> parse(String printed) {
        Optional<PersonName> n = PersonName.parse(printed);
        if (n.isEmpty() && printed.strip().matches(PersonName.LONE_SURNAME)
                && !PersonName.NOT_NAME_WORDS.contains(printed.strip().toLowerCase(Locale.ROOT))) {
            n = Optional.of(new PersonName("", "", printed.strip(), "", false)); // "McAllister (Acting Chief Accountant)"
        }
        return n;
    }

    String person(PersonName name, Span span, Hint hint) {
        Cluster target = cluster(name, span, hint);
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
        if (name.honorific().matches("(?i).*\\bmayor\\b.*")) {
            target.hints.add(Hint.MEMBER_POST);
        }
        if (span != null) {
            target.spans.add(span);
            if (target.iri != null) {
                evidence.add(new Evidence(target.iri, Optional.empty(), Optional.empty(), span));
            }
        }
        if (resolved && target.iri == null) {
            target.iri = iris.person(councilSlug, target.best().fullName());
        }
        return target.ref();
    }

    /** The existing person a mention is, or null for a new one. */
    private Cluster cluster(PersonName name, Span span, Hint hint) {
        List<Cluster> candidates = clusters.stream().filter(c -> c.compatible(name, hint)).toList();
        if (candidates.isEmpty()) {
            return null;
        }
        if (name.hasGiven()) {
            for (Cluster c : candidates) {
                if (c.names.stream().anyMatch(x -> x.key().equals(name.key()))) {
                    return c;
                }
            }
            return candidates.stream().filter(c -> c.names.stream().anyMatch(PersonName::hasGiven)).findFirst()
                    .orElse(candidates.get(0));
        }
        List<Cluster> named = candidates.stream().filter(c -> c.names.stream().anyMatch(PersonName::hasGiven)).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.isEmpty()) {
            return candidates.get(0);
        }
        // a surname several people share: the one of the same kind, else the one named nearest before
        boolean councillor = hint == Hint.COUNCILLOR || name.councillor();
        List<Cluster> sameKind = named.stream().filter(c -> councillor ? c.councillorLike() : !c.councillorLike()).toList();
        List<Cluster> pool = sameKind.isEmpty() ? named : sameKind;
        if (pool.size() == 1 || span == null) {
            return pool.get(0);
        }
        Cluster nearest = null;
        int best = Integer.MIN_VALUE;
        for (Cluster c : pool) {
            for (Span s : c.spans) {
                if (s.start() <= span.start() && s.start() > best) {
                    best = s.start();
                    nearest = c;
                }
            }
        }
        return nearest != null ? nearest : pool.get(0);
    }

    /** The IRI of the person a printed name resolves to; null if none. */
    String find(String printed) {
        return parse(printed).map(this::find).orElse(null);
    }

    String find(PersonName n) {
        Cluster best = null;
        for (Cluster c : clusters) {
            if (c.misspelt.stream().anyMatch(x -> x.key().equals(n.key()) && x.compatible(n))) {
                return c.ref();
            }
            if (c.names.stream().anyMatch(x -> x.key().equals(n.key()) && x.compatible(n) && !genderClash(x, n))) {
                return c.ref();
            }
            if (best == null && c.names.stream().allMatch(x -> x.compatible(n) && !genderClash(x, n))) {
                best = c;
            }
        }
        return best == null ? null : best.ref();
    }

    // ---------------------------------------------------------------- people

    void people() {
        // the most informative mentions first, so that surname-only mentions find their person
        for (MeetingSection m : layout.meetings()) {
            listed(m.membership());
            listed(m.attendance());
        }
        for (MembershipLists.Listing l : listings()) {
            listed(l.members());
        }
        for (ContactBlock c : layout.contacts()) {
            String ref = person(c.name(), c.span(), Hint.OFFICER);
            Cluster cl = clusterOf(ref);
            if (cl != null) {
                c.email().ifPresent(e -> cl.email = cl.email == null ? e : cl.email);
                c.phone().ifPresent(p -> cl.phone = cl.phone == null ? p : cl.phone);
            }
        }
        List<PersonMention> mentions = new ArrayList<>(a.people());
        mentions.sort(Comparator.comparingInt((PersonMention p) -> p.name().hasGiven() ? 0 : 1).thenComparing(PersonMention::span));
        for (PersonMention p : mentions) {
            Hint hint = p.name().councillor() ? Hint.COUNCILLOR : p.post().map(PeopleResolver::postHint).orElse(Hint.NONE);
            String ref = person(p.name(), p.span(), hint);
            Cluster c = clusterOf(ref);
            if (c != null && (inOfficerReport(p.span()) || p.origin() == Annotations.Origin.LIST)) {
                c.hints.add(Hint.REPORT_TEXT);
            }
            if (c != null && signsForTheCouncil(p.span())) {
                c.hints.add(Hint.OFFICER);
            }
            if (c != null) {
                appositive(c, p.span());
            }
        }
        for (MeetingSection m : layout.meetings()) {
            for (Layout.DeclarationText d : m.declarations()) {
                person(d.person(), d.span(), Hint.NONE);
            }
        }
        emails();
        mergeMisspelt();
        for (Cluster c : clusters) {
            c.iri = iris.person(councilSlug, c.best().fullName());
        }
        mergeSameIri();
        resolved = true;
        for (Cluster c : clusters) {
            for (Span s : c.spans) {
                evidence.add(new Evidence(c.iri, Optional.empty(), Optional.empty(), s));
            }
        }
    }

    /**
     * The people of one list. Where most names of a list or its heading carry a councillor's
     * honorific, a name without one is someone else: "Richard Bonner" among "Cllr ..." members.
     */
    private void listed(List<Attendee> list) {
        Map<String, int[]> byGroup = new LinkedHashMap<>();
        for (Attendee x : list) {
            int[] n = byGroup.computeIfAbsent(x.group().orElse("") + "|" + x.status(), k -> new int[2]);
            n[0]++;
            if (parse(x.name()).map(PersonName::councillor).orElse(false)) {
                n[1]++;
            }
        }
        for (Attendee x : list) {
            int[] n = byGroup.get(x.group().orElse("") + "|" + x.status());
            Hint hint = hintOf(x);
            boolean councillor = parse(x.name()).map(PersonName::councillor).orElse(false);
            if (hint == Hint.MEMBER_LIST && !councillor && n[0] >= 3 && n[1] * 2 > n[0]) {
                hint = Hint.NONE;
            }
            person(x.name(), x.span(), hint);
        }
    }

    /** A name in the pages of an officer report (not in minutes), where unlabelled people are staff. */
    private boolean inOfficerReport(Span s) {
        for (Layout.ReportCover r : layout.reports()) {
            if (r.itemNumber().isEmpty() && r.body().contains(s.start())) {
                return layout.meetings().stream().noneMatch(m -> m.role() == Layout.Role.MINUTES && m.span().contains(s.start()));
            }
        }
        return false;
    }

    /**
     * A name under a report's signing label ("Signed: ...", "Report author: ..."): reports are signed
     * off, implication by implication, by the council's own officers.
     */
    private boolean signsForTheCouncil(Span s) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
        String before = text.substring(lineStart, s.start());
        return SIGNING_LABEL.matcher(before).matches();
    }

    private static final Pattern SIGNING_LABEL = Pattern.compile(
            "(?i)^[\\s\\-–•*]*(?:signed(?:\\s+off)?(?:\\s+by)?|report\\s+authors?|authors?|lead\\s+officers?|author\\s+contact)\\s*:\\s*$");

    /** ", a talented former officer" marks staff; ", a British social researcher" someone else. */
    private void appositive(Cluster c, Span s) {
        Matcher m = APPOSITIVE.matcher(text).region(s.end(), Math.min(text.length(), s.end() + 120));
        m.useTransparentBounds(true).useAnchoringBounds(false);
        if (m.lookingAt()) {
            c.hints.add(STAFF_WORDS.matcher(m.group(1)).matches() ? Hint.OFFICER : Hint.EXTERNAL);
        }
    }

    /** An address "alice.trent@..." in the paper belongs to the Alice Trent it names. */
    private void emails() {
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            String first = m.group(1).toLowerCase(Locale.ROOT);
            String last = m.group(2).toLowerCase(Locale.ROOT);
            for (Cluster c : clusters) {
                if (c.email != null) {
                    continue;
                }
                PersonName b = c.best();
                String given = b.given().split(" ")[0].toLowerCase(Locale.ROOT);
                if (PersonName.key(b.surname()).equals(last) && !b.givenIsInitials() && given.length() > 1
                        && (first.equals(given) || first.startsWith(given) || given.startsWith(first))) {
                    c.email = m.group();
                }
            }
        }
    }

    /**
     * "Dr Okonja (Director of Public Health)" is "Dr A Okonjo (Director of Public Health)": a name
     * printed by surname alone, one letter from the surname of the only other holder of the same
     * post in the paper, is that person misspelt.
     */
    private void mergeMisspelt() {
        Map<String, Set<Cluster>> byPost = new LinkedHashMap<>();
        for (PostMention p : a.posts()) {
            if (p.holder().isEmpty()) {
                continue;
            }
            Cluster c = clusterOf(find(p.holder().get()));
            if (c != null) {
                byPost.computeIfAbsent(postKey(p.label()), k -> new LinkedHashSet<>()).add(c);
            }
        }
        for (Set<Cluster> holders : byPost.values()) {
            if (holders.size() != 2) {
                continue;
            }
            List<Cluster> two = new ArrayList<>(holders);
            for (int k = 0; k < 2; k++) {
                Cluster bare = two.get(k);
                Cluster full = two.get(1 - k);
                if (!clusters.contains(bare) || !clusters.contains(full)
                        || bare.names.stream().anyMatch(PersonName::hasGiven) || full.names.stream().noneMatch(PersonName::hasGiven)) {
                    continue;
                }
                String sb = bare.best().surnameKey();
                String sf = full.best().surnameKey();
                boolean clash = bare.names.stream().anyMatch(x -> full.names.stream().anyMatch(y -> genderClash(x, y)));
                if (!sb.equals(sf) && Similarity.editDistance(sb, sf) <= 1 && Math.min(sb.length(), sf.length()) >= 4 && !clash) {
                    full.misspelt.addAll(bare.names);
                    full.hints.addAll(bare.hints);
                    full.spans.addAll(bare.spans);
                    full.email = full.email == null ? bare.email : full.email;
                    full.phone = full.phone == null ? bare.phone : full.phone;
                    clusters.remove(bare);
                    // later look-ups of the misspelt form find the person through its own names
                }
            }
        }
    }

    /** Two clusters that came out with one IRI (the same full name) are one person. */
    private void mergeSameIri() {
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

    Hint hintOf(Attendee x) {
        String group = x.group().orElse("").toLowerCase(Locale.ROOT);
        String role = x.role().orElse("");
        if (group.contains("co-opted") || group.contains("coopted") || role.toLowerCase(Locale.ROOT).contains("co-opted")) {
            return Hint.CO_OPTED;
        }
        if (group.contains("standing invitee") || group.contains("independent") || group.contains("inferred")
                || role.toLowerCase(Locale.ROOT).matches(".*\\b(?:non-voting|invitee|observer)\\b.*")) {
            return Hint.NONE;
        }
        if (!role.isEmpty() && !isChairRole(role)) {
            Hint h = postHint(role);
            if (h != Hint.NONE && h != Hint.OFFICER_POST) {
                return h;
            }
            if (h == Hint.OFFICER_POST) {
                return Hint.OFFICER;
            }
        }
        if (group.contains("standing invitee") || group.contains("independent") || group.contains("inferred")
                || role.toLowerCase(Locale.ROOT).matches(".*\\b(?:non-voting|invitee|observer)\\b.*")) {
            return Hint.NONE;
        }
        if (group.matches("(?i).*\\bofficers?\\b.*")) {
            return Hint.OFFICER;
        }
        return switch (x.status()) {
            case PRESENT, SUBSTITUTE, APOLOGIES, MEMBER, ABSENT -> role.isEmpty() || isChairRole(role) ? Hint.MEMBER_LIST : Hint.NONE;
            default -> Hint.NONE;
        };
    }

    /** What holding a post says about a person. */
    static Hint postHint(String label) {
        if (MEMBER_POST.matcher(label).matches()) {
            return Hint.MEMBER_POST;
        }
        if (EXTERNAL_POST.matcher(label).matches() && !VIRTUAL_HEAD.matcher(label).matches()) {
            return Hint.EXTERNAL;
        }
        return PostTitles.isPost(label) || PostTitles.whole(label).isPresent() ? Hint.OFFICER_POST : Hint.NONE;
    }

    // ---------------------------------------------------------------- attendance and roles

    void attendanceAndRoles() {
        for (MeetingSection m : layout.meetings()) {
            String committeeIri = committee.apply(m.committee());
            String meetingIri = iris.meeting(committeeIri, m.date());
            boolean minutes = m.role() == Layout.Role.MINUTES || m.role() == Layout.Role.DECISIONS;
            boolean listed = m.attendance().stream().anyMatch(x -> x.status() == Status.PRESENT && !inferred(x));
            // a substitute sits on the committee for the day, not as a member
            Set<String> substitutes = new LinkedHashSet<>();
            for (Attendee x : m.attendance()) {
                if (x.status() == Status.SUBSTITUTE) {
                    Optional.ofNullable(find(x.name())).ifPresent(substitutes::add);
                }
            }
            for (Attendee x : m.attendance()) {
                if (inferred(x) && listed) {
                    // a list says who was there; what people did says no more, but who took the chair
                    String p = x.role().filter(this::isChairRole).map(r -> find(x.name())).orElse(null);
                    if (p != null) {
                        roleOrPost(x.role().get(), p, committeeIri, meetingIri, x.span());
                    }
                    continue;
                }
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
                Hint h = hintOf(x);
                boolean memberLike = h == Hint.MEMBER_LIST || h == Hint.MEMBER_POST || h == Hint.COUNCILLOR
                        || parse(x.name()).map(PersonName::councillor).orElse(false) && h != Hint.CO_OPTED && h != Hint.OFFICER;
                if (minutes && !inferred(x) && x.status() == Status.PRESENT && !substitutes.contains(p)
                        && memberLike && kindOf(p) != Kind.OFFICER) {
                    membership(p, committeeIri, x.role().filter(this::isChairRole).map(this::chairRole).orElse("Member"), x.span());
                } else if (minutes && !inferred(x) && x.status() == Status.PRESENT && hintOf(x) == Hint.CO_OPTED) {
                    membership(p, committeeIri, "Co-opted Member", x.span());
                }
            }
            // the minutes' own declarers were there, where no list says who was
            if (minutes && !listed) {
                for (Layout.DeclarationText d : m.declarations()) {
                    String p = find(d.person());
                    if (p != null) {
                        attendance.putIfAbsent(meetingIri + " " + p + " " + Presence.PRESENT, new Attendance(meetingIri, p, Presence.PRESENT));
                        evidence.add(new Evidence(meetingIri, Optional.of(Presence.PRESENT.name()), Optional.of(p), d.span()));
                    }
                }
            }
            members(m.membership(), committeeIri, this::memberRole, false);
            if (minutes) {
                chairInText(m, committeeIri);
            }
        }
        for (MembershipLists.Listing l : listings()) {
            members(l.members(), committee.apply(l.committee()), this::memberRole, false);
        }
        // contact blocks: the officer's post
        for (ContactBlock c : layout.contacts()) {
            String p = find(c.name());
            if (p != null && c.post().isPresent()) {
                Optional<String> label = PostTitles.whole(c.post().get());
                label.ifPresent(l -> post(l, councilIri, p, c.span()));
            }
        }
    }

    private static boolean inferred(Attendee x) {
        return x.group().map(g -> g.startsWith("inferred")).orElse(false);
    }

    /** The membership lists of the paper outside its meetings, read once. */
    private List<MembershipLists.Listing> listings() {
        if (listings == null) {
            listings = MembershipLists.find(layout);
        }
        return listings;
    }

    /**
     * The members a list names, each a member of the committee in the role {@code role} reads from
     * the list, and in any post printed with them; with {@code create}, a name not yet read is a new
     * person (a committee's own page lists its members), else it is passed over.
     */
    void members(List<Attendee> list, String committeeIri, java.util.function.Function<Attendee, String> role, boolean create) {
        for (Attendee x : list) {
            String p = find(x.name());
            if (p == null && create) {
                p = person(x.name(), x.span(), Hint.MEMBER_LIST);
            }
            if (p == null) {
                continue;
            }
            String person = p;
            membership(person, committeeIri, role.apply(x), x.span());
            x.role().ifPresent(r -> roleOrPost(r, person, committeeIri, null, x.span()));
        }
    }

    private String memberRole(Attendee x) {
        String group = x.group().orElse("").toLowerCase(Locale.ROOT);
        String role = x.role().orElse("").toLowerCase(Locale.ROOT);
        if (x.role().filter(this::isChairRole).isPresent()) {
            return chairRole(x.role().get());
        }
        if (group.contains("co-opted") || role.contains("co-opted")) {
            return "Co-opted Member";
        }
        if (group.contains("standing invitee") || role.contains("invitee")) {
            return "Standing Invitee";
        }
        if (group.matches(".*\\b(?:reserve|substitute)s?\\b.*")) {
            return "Reserve Member";
        }
        return "Member";
    }

    boolean isChairRole(String role) {
        return role.strip().matches("(?i)(?:vice[\\s-]?)?chair(?:man|woman|person)?|in the chair");
    }

    /** The committee role a chair word names: "Chair" or "Vice-Chair". */
    String chairRole(String role) {
        return role.strip().matches("(?i)vice.*") ? "Vice-Chair" : "Chair";
    }

    /** The post label of a chair role: as printed, "in the Chair" as the paper calls its chair. */
    private String chairPostLabel(String role, Span span) {
        String r = role.strip();
        if (r.equalsIgnoreCase("in the chair") || r.equalsIgnoreCase("chair")) {
            return chairWordAt(span);
        }
        if (r.matches("(?i)vice[\\s-]?chair.*")) {
            String rest = r.replaceFirst("(?i)^vice[\\s-]?", "");
            return "Vice-" + Character.toUpperCase(rest.charAt(0)) + rest.substring(1).toLowerCase(Locale.ROOT);
        }
        return Character.toUpperCase(r.charAt(0)) + r.substring(1).toLowerCase(Locale.ROOT);
    }

    void membership(String person, String committeeIri, String role, Span span) {
        String iri = iris.membership(committeeIri, person, role);
        memberships.putIfAbsent(iri, new Membership(iri, person, committeeIri, role, iris.role(role)));
        evidence.add(new Evidence(iri, Optional.empty(), Optional.empty(), span));
    }

    /** The committee's chair post, when a chair is named or "the Chair" speaks in the minutes. */
    private String chairPost(String committeeIri, String role, String holder, String meetingIri, Span span) {
        String key = chairRole(role);
        String postIri = iris.committeePost(committeeIri, key);
        Post old = posts.get(postIri);
        Set<String> holders = old == null ? new LinkedHashSet<>() : new LinkedHashSet<>(old.holders());
        if (holder != null) {
            holders.add(holder);
            evidence.add(new Evidence(holder, Optional.of("holds"), Optional.of(postIri), span));
        }
        posts.put(postIri, new Post(postIri, old == null ? chairPostLabel(role, span) : old.label(), committeeIri, holders, paperDate));
        evidence.add(new Evidence(postIri, Optional.empty(), Optional.empty(), span));
        if (holder != null && meetingIri != null && key.equals("Chair")) {
            Meeting m = meetings.get(meetingIri);
            if (m != null && m.chair().isEmpty()) {
                meetings.put(meetingIri, new Meeting(m.iri(), m.label(), m.committee(), m.date(), m.start(), m.end(), m.venue(),
                        Optional.of(holder), m.status()));
            }
        }
        return postIri;
    }

    private static final Pattern THE_CHAIR = Pattern.compile("\\b[Tt]he\\s+(Chair(?:man|woman|person)?|Vice[\\s-][Cc]hair(?:man)?)\\b");

    /** "The Chair welcomed ...": the minutes' chair is a post of the committee even when unnamed. */
    private void chairInText(MeetingSection m, String committeeIri) {
        Matcher t = THE_CHAIR.matcher(text).region(m.span().start(), Math.min(text.length(), m.span().end()));
        if (t.find()) {
            chairPost(committeeIri, t.group(1), null, null, new Span(t.start(1), t.end(1)));
        }
    }

    /** A role in a list: a committee chair role, or a post the person holds. */
    void roleOrPost(String role, String person, String committeeIri, String meetingIri, Span span) {
        if (isChairRole(role)) {
            chairPost(committeeIri, role, person, meetingIri, span);
            return;
        }
        if (role.toLowerCase(Locale.ROOT).matches("(?:co-?opted|non-voting|voting|reserve|substitute)?\\s*(?:member|invitee).*|substitute.*|councillor")) {
            return;
        }
        Optional<String> label = PostTitles.whole(role);
        if (label.isPresent()) {
            String l = label.get();
            String postIn = l.toLowerCase(Locale.ROOT).matches(".*\\b(?:representative|commissioner)\\b.*") ? committeeIri : councilIri;
            post(l, postIn, person, span);
        }
    }

    // ---------------------------------------------------------------- posts

    /**
     * The key two spellings of one title share: its words in lower case, in any order, without
     * joining words or punctuation ("Managers, Permanence Team" and "Permanence Team Managers";
     * "Director of Children and Family Services" and "Director Children and Family Services").
     */
    static String postKey(String label) {
        java.util.TreeSet<String> words = new java.util.TreeSet<>();
        // a qualifier in brackets is no part of the title: "Parent Governor Representative (Primary)"
        for (String w : PersonName.key(label.replaceAll("\\s*\\([^()]*\\)", "").replace('’', '\'').replace("'s", "s").replace("s'", "s")).split("[\\s\\-]+")) {
            if (!w.isEmpty() && !POST_KEY_STOP.contains(w)) {
                words.add(w);
            }
        }
        return String.join(" ", words);
    }

    /** An organisation's acronym in front of a title: possessive ("MCA's"), or bare ("KCC"). */
    private static final Pattern OWNER = Pattern.compile("(?:([A-Z]{2,6})['’]s|([A-Z]{2,6}))\\s+(?=[A-Z])");

    /** "kcc" for the council slugged "kent-county-council". */
    private static String initials(String councilSlug) {
        StringBuilder sb = new StringBuilder();
        for (String w : councilSlug.split("-")) {
            if (!w.isEmpty() && !w.matches("of|and|the|upon|on")) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    String post(String label, String postIn, String holder, Span span) {
        String printed = PostTitles.tidy(label).replaceAll("^(?:the|The)\\s+", "");
        Matcher owner = OWNER.matcher(printed);
        // "MCA's Director of Place", "KCC Cabinet Member for ...": the owner in front is no part of the title
        String l = owner.lookingAt() && (owner.group(1) != null || owner.group(2).equalsIgnoreCase(councilInitials))
                && PostTitles.isPost(printed.substring(owner.end())) ? printed.substring(owner.end()) : printed;
        if (l.length() < 3 || PostTitles.head(l.replaceAll(".*\\s", "")) != null && !l.contains(" ") && !l.matches("(?i)mayor|leader")) {
            return null; // a head word alone is a reference to a post, not a title
        }
        String key = postKey(l);
        if (postsResolved && !postByKey.containsKey(key)) {
            // a title read after the paper's posts were resolved ("the Strategic Director" in a report
            // cover) is resolved against them too
            String target = referent(key, l, holder == null);
            if (target != null) {
                postByKey.put(key, target);
            }
        }
        String iri = postByKey.computeIfAbsent(key, k -> iris.post(councilSlug, l));
        Post old = posts.get(iri);
        Set<String> holders = old == null ? new LinkedHashSet<>() : new LinkedHashSet<>(old.holders());
        if (holder != null) {
            holders.add(holder);
            evidence.add(new Evidence(holder, Optional.of("holds"), Optional.of(iri), span));
            Cluster c = clusterOf(holder);
            if (c != null) {
                Hint h = postHint(l);
                if (h != Hint.NONE) {
                    c.hints.add(h);
                }
            }
        }
        posts.put(iri, new Post(iri, old == null ? l : old.label(), old == null ? postIn : old.postIn(), holders, paperDate));
        evidence.add(new Evidence(iri, Optional.empty(), Optional.empty(), span));
        return iri;
    }

    void postsFromText() {
        for (PostMention p : a.posts()) {
            String holder = p.holder().map(this::find).orElse(null);
            if (holder != null && isChairRole(p.label()) && holdsCommitteeChair(holder, chairRole(p.label()))) {
                continue; // "Councillor Whitlock – Vice Chair": the committee's vice-chair, read from its list
            }
            post(p.label(), councilIri, holder, p.span());
        }
        resolvePosts();
        propagateHolders();
        references();
        postsResolved = true;
    }

    private static final Pattern BARE_HEAD = Pattern.compile("\\b[Tt]he\\s+(\\p{Lu}[\\p{L}-]+)\\b(?!\\s+(?:of|for)\\b|\\s+\\p{Lu})");

    /**
     * References to the paper's posts that are not titles: an acronym the paper defines ("Director
     * of Children and Family Services (DCFS)", then "the DCFS"), and a head word alone ("the
     * Director stated") where one post of the paper has that head. They are evidence of the post,
     * never posts of their own.
     */
    private void references() {
        Map<String, Set<String>> byHead = new LinkedHashMap<>();
        Map<String, String> byAcronym = new LinkedHashMap<>();
        for (Post p : posts.values()) {
            if (!p.postIn().equals(councilIri)) {
                continue;
            }
            String first = p.label().split("[\\s,:]+")[0];
            String h = PostTitles.head(first);
            if (h != null && !p.label().equalsIgnoreCase(first)) {
                byHead.computeIfAbsent(h, k -> new LinkedHashSet<>()).add(p.iri());
            }
            Matcher def = Pattern.compile(Pattern.quote(p.label()) + "\\s*\\((\\p{Lu}{2,8})\\)").matcher(text);
            if (def.find()) {
                byAcronym.merge(def.group(1), p.iri(), (x, y) -> x.equals(y) ? x : "");
            }
        }
        for (Map.Entry<String, String> e : byAcronym.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue; // two posts share the acronym: no reference is certain
            }
            Matcher m = Pattern.compile("\\b" + e.getKey() + "\\b(?!\\))").matcher(text);
            while (m.find()) {
                evidence.add(new Evidence(e.getValue(), Optional.empty(), Optional.empty(), new Span(m.start(), m.end())));
            }
        }
        Matcher m = BARE_HEAD.matcher(text);
        while (m.find()) {
            String h = PostTitles.head(m.group(1));
            Set<String> candidates = h == null ? Set.of() : byHead.getOrDefault(h, Set.of());
            if (candidates.size() == 1 && !isChairRole(m.group(1))) {
                evidence.add(new Evidence(candidates.iterator().next(), Optional.empty(), Optional.empty(), new Span(m.start(1), m.end(1))));
            }
        }
    }

    /**
     * The post a title refers to when it is another spelling of one: its singular, or the one longer
     * title it begins (when {@code unheld}); null when none or several.
     */
    private String referent(String key, String label, boolean unheld) {
        return referent(key, label, unheld ? Set.of() : null);
    }

    /**
     * The post a title refers to: its singular; or the one longer title it begins, when the
     * shorter has no holder the longer lacks ({@code holders} null: unknown, so no such match).
     */
    private String referent(String key, String label, Set<String> holders) {
        boolean unheld = holders != null;
        String singular = postKey(singular(label));
        if (!singular.equals(key) && postByKey.containsKey(singular) && posts.containsKey(postByKey.get(singular))) {
            return postByKey.get(singular);
        }
        if (!unheld) {
            return null;
        }
        Set<String> longer = new LinkedHashSet<>();
        String prefix = label.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : postByKey.entrySet()) {
            Post q = posts.get(e.getValue());
            if (q == null || e.getKey().equals(key)) {
                continue;
            }
            String ql = q.label().toLowerCase(Locale.ROOT);
            if (!q.holders().containsAll(holders)) {
                continue;
            }
            if (ql.length() > prefix.length() && ql.startsWith(prefix)
                    && ql.substring(prefix.length()).matches("^(?:\\s+(?:of|for|and)\\b|\\s*[,:–]).*")) {
                longer.add(e.getValue());
            }
        }
        return longer.size() == 1 ? longer.iterator().next() : null;
    }

    /**
     * Posts resolved within the paper: a plural is the singular post when the paper has that; a
     * short title that begins exactly one longer title ("Strategic Director" of "Strategic Director
     * of Social Care and Education"), and has no holder of its own, is that post.
     */
    private boolean holdsCommitteeChair(String holder, String role) {
        for (Post p : posts.values()) {
            if (!p.postIn().equals(councilIri) && p.holders().contains(holder) && isChairRole(p.label()) && chairRole(p.label()).equals(role)) {
                return true;
            }
        }
        return false;
    }

    /** A title with its head nouns in the singular: "Managers, Permanence Team" to "Manager, Permanence Team". */
    static String singular(String label) {
        StringBuilder b = new StringBuilder();
        for (String w : label.split("(?<=\\s)|(?=\\s)|(?=[,:])")) {
            String h = PostTitles.head(w.strip());
            b.append(h != null && w.strip().toLowerCase(Locale.ROOT).endsWith("s") && !w.strip().equalsIgnoreCase(h)
                    ? w.replaceAll("s$", "") : w);
        }
        return b.toString();
    }

    /** Words a title may carry or drop without naming another post: "Cabinet Lead Member", "Virtual School Head Teacher". */
    private static final Set<String> REDUNDANT_TITLE_WORDS = Set.of("cabinet", "executive", "teacher");

    /**
     * A title printed without a holder, that differs from a held title of the paper only by a
     * redundant word, has that holder: "the Cabinet Lead Member for Children and Families stated"
     * is the Lead Member for Children and Families named in the list.
     */
    private void propagateHolders() {
        for (Post a : new ArrayList<>(posts.values())) {
            if (!a.holders().isEmpty() || !postByKey.containsValue(a.iri())) {
                continue;
            }
            Set<String> ta = new LinkedHashSet<>(List.of(postKey(a.label()).split(" ")));
            Set<String> from = new LinkedHashSet<>();
            int sources = 0;
            for (Post b : posts.values()) {
                if (b == a || b.holders().size() != 1 || !postByKey.containsValue(b.iri())) {
                    continue;
                }
                Set<String> tb = new LinkedHashSet<>(List.of(postKey(b.label()).split(" ")));
                Set<String> onlyA = new LinkedHashSet<>(ta);
                onlyA.removeAll(tb);
                Set<String> onlyB = new LinkedHashSet<>(tb);
                onlyB.removeAll(ta);
                onlyA.addAll(onlyB);
                if (onlyA.size() == 1 && REDUNDANT_TITLE_WORDS.contains(onlyA.iterator().next())) {
                    from.addAll(b.holders());
                    sources++;
                }
            }
            if (sources == 1) {
                posts.put(a.iri(), new Post(a.iri(), a.label(), a.postIn(), from, a.observedOn()));
                // the evidence is where the unheld title was read
                Optional<Span> at = evidence.stream().filter(e -> e.subject().equals(a.iri()) && e.property().isEmpty())
                        .map(Evidence::span).findFirst();
                for (String h : from) {
                    at.ifPresent(sp -> evidence.add(new Evidence(h, Optional.of("holds"), Optional.of(a.iri()), sp)));
                }
            }
        }
    }

    private void resolvePosts() {
        for (Map.Entry<String, String> e : new ArrayList<>(postByKey.entrySet())) {
            String key = e.getKey();
            String iri = e.getValue();
            Post p = posts.get(iri);
            if (p == null || !postByKey.get(key).equals(iri)) {
                continue;
            }
            String target = referent(key, p.label(), p.holders());
            if (target == null || target.equals(iri) || !posts.containsKey(target)) {
                continue;
            }
            Post t = posts.get(target);
            Set<String> holders = new LinkedHashSet<>(t.holders());
            holders.addAll(p.holders());
            posts.put(target, new Post(t.iri(), t.label(), t.postIn(), holders, t.observedOn()));
            posts.remove(iri);
            for (Map.Entry<String, String> k : postByKey.entrySet()) {
                if (k.getValue().equals(iri)) {
                    k.setValue(target);
                }
            }
            for (int i = 0; i < evidence.size(); i++) {
                Evidence ev = evidence.get(i);
                if (ev.subject().equals(iri) || ev.object().filter(iri::equals).isPresent()) {
                    evidence.set(i, new Evidence(ev.subject().equals(iri) ? target : ev.subject(), ev.property(),
                            ev.object().map(o -> o.equals(iri) ? target : o), ev.span()));
                }
            }
        }
    }

    // ---------------------------------------------------------------- reports

    /** "Alice Trent, Director of X" / "Alice Trent – Director of X" / "Alice Trent (Director of X)". */
    private static final Pattern NAME_THEN_POST = Pattern.compile("^(?<name>[^,–(]+?)\\s*(?:,|–|-|\\()\\s*(?<post>.+?)\\)?$");
    /** Between two authors the report-author split leaves together: "Mr A Trent & Mr T Hardy". */
    private static final Pattern TITLED_AMPERSAND = Pattern.compile("\\s*(?:/|;|\\s&\\s(?=(?:Mr|Mrs|Ms|Dr|Councillor|Cllr)\\b))\\s*");

    /**
     * "Director of X" is a post; "Alice Trent, Director of X" a person and a post; "A / B" and "Alice
     * Trent and Tom Hardy, Heads of Service" two people ({@link ReportAuthors} cuts them apart).
     */
    List<String> creators(String of, Span span) {
        List<String> out = new ArrayList<>();
        for (String part : ReportAuthors.split(of).stream().flatMap(a -> java.util.Arrays.stream(TITLED_AMPERSAND.split(a))).toList()) {
            String p = part.strip().replaceAll("[.,;:]+$", "").replaceFirst("(?i)^(?:the|a)\\s+", "");
            if (p.isEmpty()) {
                continue;
            }
            Matcher np = NAME_THEN_POST.matcher(p);
            if (np.matches() && PersonName.parse(np.group("name")).filter(PersonName::hasGiven).isPresent()) {
                Optional<String> post = PostTitles.whole(np.group("post"));
                String ref = person(PersonName.parse(np.group("name")).get(), span, post.isPresent() ? postHint(post.get()) : Hint.NONE);
                String iri = assignIri(ref);
                out.add(iri);
                post.ifPresent(l -> post(l, councilIri, iri, span));
                continue;
            }
            Optional<PersonName> name = PersonName.parse(p);
            if (name.isPresent() && name.get().hasGiven()) {
                out.add(assignIri(person(name.get(), span, Hint.NONE)));
                continue;
            }
            // "Erin Corbett Director of SEND": a name run into a post
            String[] words = p.split("\\s+");
            boolean split = false;
            for (int k = 2; k <= Math.min(4, words.length - 1) && !split; k++) {
                Optional<PersonName> nm = PersonName.parse(String.join(" ", java.util.Arrays.copyOf(words, k)));
                Optional<String> rest = PostTitles.whole(String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length)));
                if (nm.isPresent() && nm.get().hasGiven() && rest.isPresent()) {
                    String iri = assignIri(person(nm.get(), span, postHint(rest.get())));
                    out.add(iri);
                    post(rest.get(), councilIri, iri, span);
                    split = true;
                }
            }
            if (split) {
                continue;
            }
            Optional<String> label = PostTitles.whole(p);
            if (label.isPresent()) {
                String postIri = post(label.get(), councilIri, null, span);
                if (postIri != null) {
                    out.add(postIri);
                }
            }
        }
        return out;
    }

    private String assignIri(String ref) {
        Cluster c = clusterOf(ref);
        if (c != null && c.iri == null) {
            c.iri = iris.person(councilSlug, c.best().fullName());
        }
        return c == null ? ref : c.iri;
    }

    // ---------------------------------------------------------------- output

    /** The people of the paper. */
    List<Person> finish() {
        return clusters.stream().map(Cluster::toPerson).toList();
    }
}
