package org.councilgraph.consolidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.councilgraph.rule.Cascade;
import org.councilgraph.rule.Rule;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.Slugs;

/**
 * The same person in two papers of one council is one person when their names agree ("Councillor
 * Westby" and "Ann Westby"; "P. Northby" and "Paul Northby") and exactly one person of that council
 * fits; never on a surname shared by two people, never across councils, never a councillor with an
 * officer.
 */
final class PeopleAcrossPapers {
    private static final Pattern LONE_SURNAME = Pattern.compile("[A-Z][a-z'’\\-]+");

    /** A person node of one paper: its IRI, council slug, printed names and kinds (Councillor, Officer...). */
    private record PersonNode(String iri, String council, Set<String> names, Set<String> kinds) {
    }

    /** A node offered to an anchor (the fullest-named person of a group) as the same person. */
    private record Offer(PersonNode anchor, List<PersonName> anchorNames, List<PersonName> names, Set<String> kinds) {
    }

    private static final Rule<Offer> NAMES_DISAGREE = Rule.named("namesDisagree", o -> !fit(o.anchorNames, o.names));
    /** A councillor (or co-opted member) and an officer are two people. */
    private static final Rule<Offer> MEMBER_AND_OFFICER = Rule.named("memberAndOfficer", o -> !kindsAgree(o.anchor.kinds(), o.kinds));

    /** Whether a node of another paper can be an anchor's person. */
    private static final Cascade<Offer> SAME_PERSON = Cascade.<Offer>named("same-person-across-papers")
            .reject(NAMES_DISAGREE)
            .reject(MEMBER_AND_OFFICER)
            .otherwise(true);

    private PeopleAcrossPapers() {
    }

    /** People of one council printed in different papers to the IRI of the one person they are. */
    static Map<String, String> find(Dataset ds, Map<String, String> councilSlugs) {
        Map<String, List<PersonName>> parsed = new HashMap<>();
        Map<String, String> out = new TreeMap<>();
        for (List<PersonNode> group : groups(nodes(ds, councilSlugs), parsed).values()) {
            if (group.size() >= 2) {
                merge(group, parsed, out);
            }
        }
        return out;
    }

    private static Map<String, PersonNode> nodes(Dataset ds, Map<String, String> councilSlugs) {
        Map<String, PersonNode> nodes = new TreeMap<>();
        StoreQuery.select(ds, """
                SELECT ?p ?c ?n ?k WHERE { GRAPH ?g { ?p a foaf:Person ; cg:council ?c .
                  { ?p foaf:name ?n } UNION { ?p skos:altLabel ?n }
                  OPTIONAL { VALUES ?k { cg:Councillor cg:Officer cg:CoOptedMember } ?p a ?k } } }""", s -> {
                String p = s.getResource("p").getURI();
                String c = StoreQuery.lastSegment(s.getResource("c").getURI());
                String council = councilSlugs.getOrDefault(Slugs.slug(c), c);
                PersonNode n = nodes.computeIfAbsent(p, k -> new PersonNode(k, council, new TreeSet<>(), new TreeSet<>()));
                n.names().add(s.getLiteral("n").getString());
                if (s.contains("k")) {
                    n.kinds().add(s.getResource("k").getLocalName());
                }
            });
        return nodes;
    }

    /** The nodes by council and surname, each node's names parsed into {@code parsed}. */
    private static Map<String, List<PersonNode>> groups(Map<String, PersonNode> nodes, Map<String, List<PersonName>> parsed) {
        Map<String, List<PersonNode>> groups = new TreeMap<>();
        for (PersonNode n : nodes.values()) {
            List<PersonName> names = new ArrayList<>();
            for (String s : n.names()) {
                PersonName.parse(s).or(() -> LONE_SURNAME.matcher(s).matches() ? Optional.of(new PersonName("", "", s, "", false))
                        : Optional.empty()).ifPresent(names::add);
            }
            if (names.isEmpty()) {
                continue;
            }
            if (n.council().equals(StoreQuery.UNKNOWN)) {
                continue; // papers of no known council may be of different councils: never one person across them
            }
            parsed.put(n.iri(), names);
            String surname = names.get(0).surnameKey();
            groups.computeIfAbsent(n.council() + "|" + surname, k -> new ArrayList<>()).add(n);
        }
        return groups;
    }

    /** The fullest-named people of the group are anchors; the rest join one of them when exactly one fits. */
    private static void merge(List<PersonNode> group, Map<String, List<PersonName>> parsed, Map<String, String> out) {
        group.sort(Comparator.comparingInt((PersonNode n) -> -fullness(parsed.get(n.iri()))).thenComparing(PersonNode::iri));
        List<PersonNode> anchors = new ArrayList<>();
        for (PersonNode n : group) {
            List<PersonName> names = parsed.get(n.iri());
            List<PersonNode> fits = anchors.stream()
                    .filter(a -> SAME_PERSON.accepts(new Offer(a, parsed.get(a.iri()), names, n.kinds()))).toList();
            List<PersonNode> clash = anchors.stream().filter(a -> !fit(parsed.get(a.iri()), names)).toList();
            if (fits.size() == 1 && (hasGiven(names) || clash.isEmpty())) {
                out.put(n.iri(), fits.get(0).iri());
            } else {
                anchors.add(n);
            }
        }
    }

    private static int fullness(List<PersonName> names) {
        return names.stream().mapToInt(n -> n.given().replace(".", "").replace(" ", "").length() * 10 + n.fullName().length())
                .max().orElse(0);
    }

    private static boolean hasGiven(List<PersonName> names) {
        return names.stream().anyMatch(PersonName::hasGiven);
    }

    /** Every printed form of one agrees with every printed form of the other. */
    private static boolean fit(List<PersonName> a, List<PersonName> b) {
        for (PersonName x : a) {
            for (PersonName y : b) {
                if (!x.compatible(y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean kindsAgree(Set<String> a, Set<String> b) {
        boolean aOfficer = a.contains("Officer");
        boolean bOfficer = b.contains("Officer");
        boolean aMember = a.contains("Councillor") || a.contains("CoOptedMember");
        boolean bMember = b.contains("Councillor") || b.contains("CoOptedMember");
        return !(aOfficer && bMember || bOfficer && aMember);
    }
}
