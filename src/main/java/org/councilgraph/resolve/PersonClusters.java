package org.councilgraph.resolve;

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
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.councilgraph.resolve.Resolved.Kind;
import org.councilgraph.resolve.Resolved.Person;
import org.councilgraph.rule.Cascade;
import org.councilgraph.rule.Rule;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.Span;

/**
 * The people of one paper as clusters of the printed forms of their names. Every printed form of a
 * person ("Mr. P. Westby CC", "Councillor Westby", "the Chairman" of the meeting he chaired) joins one
 * cluster when the names agree (same surname; given names equal, or one an initial of the other, or
 * absent) and nothing says they are different people: a councillor and an officer, or a "Mr" and a
 * "Mrs", who share a surname are two. A surname alone that several people share goes to the one
 * named nearest before it.
 *
 * <p>Names are first {@linkplain #read read} while the paper's lists and mentions are gone through,
 * then the clusters are {@linkplain #settle settled} (given their IRIs); a name met after that
 * ({@link #readLate}) joins or starts a cluster that has its IRI at once.
 */
final class PersonClusters {
    private static final Pattern MAYOR = Pattern.compile("(?i).*\\bmayor\\b.*");
    private static final Pattern COUNCILLOR_HONORIFIC = Pattern.compile(
            "(?:county\\s+|borough\\s+|city\\s+|district\\s+)?(?:councillor|cllr).*");
    private static final Lexicon GENDERS = Lexicon.of("honorific-genders.tsv");
    private static final Pattern MALE = Pattern.compile("(?:.*\\s)?(?:" + GENDERS.alternationWhere(1, "m") + ")");
    private static final Pattern FEMALE = Pattern.compile("(?:.*\\s)?(?:" + GENDERS.alternationWhere(1, "f") + ")");
    private static final Pattern LONE_SURNAME = Pattern.compile(PersonName.LONE_SURNAME);
    private static final Rule<String> NOT_A_NAME_WORD = Rule.named("notANameWord",
            p -> PersonName.NOT_NAME_WORDS.contains(p.toLowerCase(Locale.ROOT)));
    private static final Rule<String> SURNAME_SHAPE = Rule.named("surnameShape", p -> LONE_SURNAME.matcher(p).matches());
    /** Whether a word the name parser left alone is a surname printed alone ("Westby (Acting Accountant)"). */
    private static final Cascade<String> SURNAME_ALONE = Cascade.<String>named("surname-alone")
            .reject(NOT_A_NAME_WORD)
            .accept(SURNAME_SHAPE)
            .otherwise(false);

    private final Iris iris;
    private final String councilSlug;
    private final PaperEntities out;
    private final List<Cluster> clusters = new ArrayList<>();

    PersonClusters(PaperEntities out) {
        this.iris = out.iris;
        this.councilSlug = out.councilSlug;
        this.out = out;
    }

    /** One person: the printed forms of their name and what the paper says of them. */
    final class Cluster {
        final List<PersonName> names = new ArrayList<>();
        /** Misspelt forms of the name: kept as labels and found by look-up, but not matched against. */
        final List<PersonName> misspelt = new ArrayList<>();
        final Set<PersonHint> hints = EnumSet.noneOf(PersonHint.class);
        final List<Span> spans = new ArrayList<>();
        /** Forms printed in a way the name parts do not give back ("WESTBY Ann", surname first): labels only. */
        final Set<String> printed = new LinkedHashSet<>();
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

        boolean hasGiven() {
            return names.stream().anyMatch(PersonName::hasGiven);
        }

        boolean councillorLike() {
            return hints.contains(PersonHint.COUNCILLOR) || hints.contains(PersonHint.MEMBER_LIST) || hints.contains(PersonHint.CO_OPTED);
        }

        boolean officerLike() {
            return hints.contains(PersonHint.OFFICER) || hints.contains(PersonHint.OFFICER_POST);
        }

        Kind kind() {
            if (hints.contains(PersonHint.CO_OPTED)) {
                return Kind.CO_OPTED;
            }
            if (hints.contains(PersonHint.COUNCILLOR)) {
                return Kind.COUNCILLOR;
            }
            if (hints.contains(PersonHint.MEMBER_LIST) || hints.contains(PersonHint.MEMBER_POST) && !hints.contains(PersonHint.OFFICER)) {
                return Kind.COUNCILLOR;
            }
            if (hints.contains(PersonHint.OFFICER)) {
                return Kind.OFFICER;
            }
            if (hints.contains(PersonHint.EXTERNAL)) {
                return Kind.OTHER;
            }
            if (hints.contains(PersonHint.OFFICER_POST) || hints.contains(PersonHint.REPORT_TEXT)) {
                return Kind.OFFICER;
            }
            return Kind.OTHER;
        }

        /** Takes in another cluster found to be the same person. */
        void absorb(Cluster other, List<PersonName> into) {
            into.addAll(other.names);
            hints.addAll(other.hints);
            spans.addAll(other.spans);
            printed.addAll(other.printed);
            email = email == null ? other.email : email;
            phone = phone == null ? other.phone : phone;
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
            alt.addAll(printed);
            alt.remove(b.fullName());
            Optional<String> honorific = names.stream().map(PersonName::honorific)
                    .filter(h -> !h.isEmpty() && !COUNCILLOR_HONORIFIC.matcher(h.toLowerCase(Locale.ROOT)).matches())
                    .findFirst();
            return new Person(iri, b.fullName(), alt, kind(), honorific, Optional.ofNullable(email), Optional.ofNullable(phone));
        }
    }

    // ---------------------------------------------------------------- whether a name can be a cluster's person

    /** A printed name, read with a hint, offered to a cluster. */
    private record Offer(Cluster cluster, PersonName name, PersonHint hint) {
        boolean mentionCouncillor() {
            return hint != null && hint.saysCouncillor() || name.councillor();
        }

        boolean mentionOfficer() {
            return hint != null && hint.saysOfficer();
        }

        @Override
        public String toString() {
            return name.surface() + " -> " + cluster.best().fullName();
        }
    }

    private static final Rule<Offer> NAMES_DISAGREE = Rule.named("namesDisagree",
            o -> o.cluster.names.stream().anyMatch(x -> !x.compatible(o.name) || genderClash(x, o.name)));
    private static final Rule<Offer> SAME_FULL_NAME = Rule.named("sameFullName", o -> o.name.hasGiven() && !o.name.givenIsInitials()
            && o.cluster.names.stream().anyMatch(x -> x.key().equals(o.name.key()) && !x.givenIsInitials()));
    /** A councillor and an officer who share a surname are two people. */
    private static final Rule<Offer> COUNCILLOR_MEETS_OFFICER = Rule.named("councillorMeetsOfficer",
            o -> o.mentionCouncillor() && o.cluster.officerLike() && !o.cluster.councillorLike());
    private static final Rule<Offer> OFFICER_MEETS_COUNCILLOR = Rule.named("officerMeetsCouncillor",
            o -> o.mentionOfficer() && o.cluster.councillorLike() && !o.cluster.officerLike());

    /** Whether two printed forms are one person. */
    private static final Cascade<Offer> SAME_PERSON = Cascade.<Offer>named("same-person")
            .reject(NAMES_DISAGREE)
            .accept(SAME_FULL_NAME)
            .reject(COUNCILLOR_MEETS_OFFICER)
            .reject(OFFICER_MEETS_COUNCILLOR)
            .otherwise(true);

    /** "Mr Westby" and "Mrs Westby" are two people. */
    static boolean genderClash(PersonName x, PersonName y) {
        String gx = gender(x.honorific());
        String gy = gender(y.honorific());
        return gx != null && gy != null && !gx.equals(gy);
    }

    private static String gender(String honorific) {
        String h = honorific.toLowerCase(Locale.ROOT).replace(".", "");
        if (MALE.matcher(h).matches()) {
            return "m";
        }
        if (FEMALE.matcher(h).matches()) {
            return "f";
        }
        return null;
    }

    // ---------------------------------------------------------------- reading names

    /** A printed name as a person's name: a parsed name, or a lone surname ("Westby (Acting Accountant)"). */
    static Optional<PersonName> parse(String printed) {
        Optional<PersonName> n = PersonName.parse(printed);
        if (n.isEmpty() && SURNAME_ALONE.accepts(printed.strip())) {
            n = Optional.of(new PersonName("", "", printed.strip(), "", false));
        }
        return n;
    }

    /** The person a printed name is, a new one if none fits; null when it is not a name. */
    String read(String printed, Span span, PersonHint hint) {
        return parse(printed).map(n -> read(n, span, hint)).orElse(null);
    }

    /** The person a name is, a new one if none fits; a reference that becomes an IRI when settled. */
    String read(PersonName name, Span span, PersonHint hint) {
        return join(name, span, hint).ref();
    }

    /** As {@link #read}, for a name met after the clusters are settled: the person has an IRI at once. */
    String readLate(PersonName name, Span span, PersonHint hint) {
        Cluster target = join(name, span, hint);
        if (span != null && target.iri != null) {
            out.evidence(target.iri, span);
        }
        if (target.iri == null) {
            target.iri = iris.person(councilSlug, target.best().fullName());
        }
        return target.ref();
    }

    String readLate(String printed, Span span, PersonHint hint) {
        return parse(printed).map(n -> readLate(n, span, hint)).orElse(null);
    }

    private Cluster join(PersonName name, Span span, PersonHint hint) {
        Cluster target = cluster(name, span, hint);
        if (target == null) {
            target = new Cluster();
            clusters.add(target);
        }
        target.names.add(name);
        if (hint != null && hint != PersonHint.NONE) {
            target.hints.add(hint);
        }
        if (name.councillor()) {
            target.hints.add(PersonHint.COUNCILLOR);
        }
        if (MAYOR.matcher(name.honorific()).matches()) {
            target.hints.add(PersonHint.MEMBER_POST);
        }
        if (span != null) {
            target.spans.add(span);
        }
        return target;
    }

    /** The existing person a mention is, or null for a new one. */
    private Cluster cluster(PersonName name, Span span, PersonHint hint) {
        List<Cluster> candidates = clusters.stream().filter(c -> SAME_PERSON.accepts(new Offer(c, name, hint))).toList();
        if (candidates.isEmpty()) {
            return null;
        }
        if (name.hasGiven()) {
            for (Cluster c : candidates) {
                if (c.names.stream().anyMatch(x -> x.key().equals(name.key()))) {
                    return c;
                }
            }
            return candidates.stream().filter(Cluster::hasGiven).findFirst().orElse(candidates.get(0));
        }
        List<Cluster> named = candidates.stream().filter(Cluster::hasGiven).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.isEmpty()) {
            return candidates.get(0);
        }
        return sharedSurname(named, name, span, hint);
    }

    /** A surname several people share: the one of the same kind, else the one named nearest before. */
    private static Cluster sharedSurname(List<Cluster> named, PersonName name, Span span, PersonHint hint) {
        boolean councillor = hint == PersonHint.COUNCILLOR || name.councillor();
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

    // ---------------------------------------------------------------- looking people up

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

    /** Adds what a mention says of a person, when the reference is one. */
    void hint(String ref, Supplier<PersonHint> hint) {
        Cluster c = clusterOf(ref);
        if (c != null) {
            PersonHint h = hint.get();
            if (h != PersonHint.NONE) {
                c.hints.add(h);
            }
        }
    }

    /** The IRI (or, before settling, the reference) of the person a printed name resolves to; null if none. */
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

    /** The IRI of the person a reference names, giving them one if they have none yet. */
    String iriOf(String ref) {
        Cluster c = clusterOf(ref);
        if (c != null && c.iri == null) {
            c.iri = iris.person(councilSlug, c.best().fullName());
        }
        return c == null ? ref : c.iri;
    }

    List<Cluster> all() {
        return clusters;
    }

    // ---------------------------------------------------------------- settling

    /**
     * Merges {@code bare}, a person printed by surname alone, into {@code full} as a misspelling of
     * their name; true when it was done.
     */
    boolean mergeMisspelt(Cluster bare, Cluster full) {
        if (!clusters.contains(bare) || !clusters.contains(full)) {
            return false;
        }
        full.absorb(bare, full.misspelt);
        clusters.remove(bare);
        // later look-ups of the misspelt form find the person through its own names
        return true;
    }

    /** Gives every person an IRI, one person per IRI, with evidence wherever they were named. */
    void settle() {
        for (Cluster c : clusters) {
            c.iri = iris.person(councilSlug, c.best().fullName());
        }
        mergeSameIri();
        for (Cluster c : clusters) {
            for (Span s : c.spans) {
                out.evidence(c.iri, s);
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
                first.absorb(c, first.names);
            }
        }
        clusters.clear();
        clusters.addAll(byIri.values());
    }

    /** The people of the paper. */
    List<Person> people() {
        return clusters.stream().map(Cluster::toPerson).toList();
    }
}
