package org.councilgraph.resolve;

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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.Slugs;

/**
 * Resolution across papers, run over the whole store after a build: one node per real thing even
 * when no single paper says enough to know it.
 *
 * <ul>
 *   <li>A paper that names no council but prints its officers' e-mail addresses (a web page
 *       "Contact: ... @northby.gov.uk") belongs to the council whose other papers print addresses on
 *       that domain.</li>
 *   <li>The same person in two papers of one council is one person when their names agree ("Councillor
 *       Nadeem" and "Amina Nadeem"; "P. Tarrant" and "Michael Tarrant") and exactly one person of that
 *       council fits; never on a surname shared by two people, never across councils, never a
 *       councillor with an officer.</li>
 *   <li>A committee written with an abbreviation ("CYPE Scrutiny Commission") is the committee whose
 *       name the initials spell ("Children, Young People and Education Scrutiny Commission").</li>
 *   <li>A paper that names no council at all (a decision notice, a list of meetings) is placed with the
 *       council whose committee of the same specific name ("Transport and Connectivity Policy
 *       Committee", not "Policy Committee") met on a day the paper's committee met, when exactly one
 *       council of the store fits. Its people then join that council's, by the rule above.</li>
 * </ul>
 *
 * The result is a rewrite of IRIs in the affected papers' graphs, chosen only from what the store
 * holds (never from the order papers were read), so the same papers always give the same IRIs. A
 * merged name that is not the fullest is kept as {@code skos:altLabel}.
 */
public final class Consolidator {
    private static final String P = org.councilgraph.vocab.Prefixes.SPARQL;
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.gov\\.uk");

    /** True for a council known only by its e-mail domain ("northby.gov.uk"), not by name. */
    static boolean isDomain(String council) {
        return council != null && DOMAIN.matcher(council).matches();
    }

    private final Iris iris;

    public Consolidator(Iris iris) {
        this.iris = iris;
    }

    private static final String UNKNOWN = Slugs.slug(Resolver.UNKNOWN_COUNCIL);

    /** What a consolidation changed. */
    public record Report(int councils, int papersPlaced, int people, int committees, int graphsRewritten) {
        public boolean changed() {
            return graphsRewritten > 0;
        }

        Report plus(Report o) {
            return new Report(councils + o.councils, papersPlaced + o.papersPlaced, people + o.people, committees + o.committees,
                    graphsRewritten + o.graphsRewritten);
        }
    }

    /**
     * Consolidates {@code dsg} in place; each rewritten graph is replaced in its own transaction. Works
     * on the named graphs, whatever the dataset's default graph is.
     */
    public Report consolidate(DatasetGraph dsg) {
        Report total = new Report(0, 0, 0, 0, 0);
        // what one round renames lets the next see more: a paper placed with its council brings people who may
        // be that council's people of other papers; a committee's full name lets a paper without a council
        // be placed. A round that changes nothing is the last.
        for (int round = 0; round < 4; round++) {
            Report r = round(dsg);
            total = total.plus(r);
            if (!r.changed()) {
                break;
            }
        }
        int timed = timedMeetings(dsg);
        return timed == 0 ? total : total.plus(new Report(0, 0, 0, 0, timed));
    }

    /**
     * A meeting one paper dates only by its day and another by day and time ("2024-09-12" and
     * "2024-09-12T17:00:00"): the day alone is dropped, as the contract gives {@code xsd:date} only
     * when no time is known, and a meeting has one start. Returns how many graphs changed.
     */
    int timedMeetings(DatasetGraph dsg) {
        Dataset ds = DatasetFactory.wrap(dsg);
        String q = P + """
                SELECT DISTINCT ?g ?m ?d WHERE {
                  GRAPH ?g { ?m a cg:Meeting ; schema:startDate ?d FILTER(datatype(?d) = xsd:date) }
                  GRAPH ?h { ?m schema:startDate ?t }
                  FILTER(datatype(?t) = xsd:dateTime && STRSTARTS(STR(?t), STR(?d))) }""";
        List<Quad> drop = new ArrayList<>();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                qe.execSelect().forEachRemaining(s -> drop.add(Quad.create(s.getResource("g").asNode(), s.getResource("m").asNode(),
                        org.councilgraph.vocab.Schema.startDate.asNode(), s.get("d").asNode())));
            }
        });
        if (drop.isEmpty()) {
            return 0;
        }
        Txn.executeWrite(dsg, () -> drop.forEach(dsg::delete));
        return (int) drop.stream().map(Quad::getGraph).distinct().count();
    }

    private Report round(DatasetGraph dsg) {
        Dataset ds = DatasetFactory.wrap(dsg);
        Map<String, String> councilSlugs = councils(ds);
        Map<String, String> placed = placed(ds, councilSlugs);
        Map<String, String> rewrite = new TreeMap<>();
        // council slugs first: every IRI scoped by the old slug moves to the new one
        Map<String, String> people = people(ds, councilSlugs);
        Map<String, String> committees = committees(ds, councilSlugs);
        rewrite.putAll(people);
        // a committee renamed renames everything named under it: its meetings, items, resolutions
        Map<String, String> segments = new TreeMap<>(councilSlugs);
        for (Map.Entry<String, String> c : committees.entrySet()) {
            segments.put(committeePath(c.getKey()), committeePath(c.getValue()));
        }
        int graphs = apply(dsg, segments, rewrite, placed);
        return new Report(councilSlugs.size(), placed.size(), people.size(), committees.size(), graphs);
    }

    // ---------------------------------------------------------------- papers without a council

    /** Words that do not make a committee's name specific. */
    private static final Set<String> NAME_LINKS = Set.of("and", "of", "the", "for", "on", "in", "to");

    /** "Transport & Connectivity Policy Committee" to "transport and connectivity policy committee": its IRI's words. */
    private static String committeeKey(String label) {
        return Slugs.slug(label).replace('-', ' ');
    }

    /**
     * Graphs of papers that name no council to the slug of the council they belong to: the one council
     * of the store whose committee of the same specific name met on a day the paper's committee met.
     * The name alone is not enough: most councils have a "Health and Wellbeing Board".
     */
    Map<String, String> placed(Dataset ds, Map<String, String> councilSlugs) {
        Map<String, Set<String>> councilsByMeeting = new TreeMap<>();
        Map<String, Set<String>> orphanMeetings = new TreeMap<>();
        // the meeting's paper, and the committee's name and council from whichever paper gives them
        String q = P + "SELECT DISTINCT ?g ?l ?c ?d WHERE { GRAPH ?g { ?m cg:committee ?k ; schema:startDate ?d } "
                + "GRAPH ?h { ?k a cg:Committee ; rdfs:label ?l ; org:subOrganizationOf ?c } }";
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                qe.execSelect().forEachRemaining(s -> {
                    String key = committeeKey(s.getLiteral("l").getString());
                    long specific = java.util.Arrays.stream(key.split(" ")).filter(w -> !NAME_LINKS.contains(w)).count();
                    if (specific < 3) {
                        return; // "Policy Committee", "Cabinet": every council has one
                    }
                    String d = s.getLiteral("d").getLexicalForm();
                    String meeting = key + "|" + d.substring(0, Math.min(10, d.length()));
                    String slug = lastSegment(s.getResource("c").getURI());
                    if (slug.equals(UNKNOWN)) {
                        orphanMeetings.computeIfAbsent(s.getResource("g").getURI(), k -> new TreeSet<>()).add(meeting);
                    } else {
                        councilsByMeeting.computeIfAbsent(meeting, k -> new TreeSet<>()).add(councilSlugs.getOrDefault(slug, slug));
                    }
                });
            }
        });
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, Set<String>> g : orphanMeetings.entrySet()) {
            Set<String> councils = new TreeSet<>();
            for (String meeting : g.getValue()) {
                councils.addAll(councilsByMeeting.getOrDefault(meeting, Set.of()));
            }
            if (councils.size() == 1) {
                out.put(g.getKey(), councils.iterator().next());
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- councils

    /** Domain-only councils to the slug of the named council that prints addresses on that domain. */
    Map<String, String> councils(Dataset ds) {
        Map<String, Set<String>> domainsOf = new TreeMap<>();
        Map<String, String> labelOf = new TreeMap<>();
        String q = P + """
                SELECT ?c ?label ?mbox WHERE { GRAPH ?g { ?c a cg:Council ; rdfs:label ?label .
                  OPTIONAL { ?p cg:council ?c ; foaf:mbox ?mbox } } }""";
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                qe.execSelect().forEachRemaining(s -> {
                    String c = s.getResource("c").getURI();
                    labelOf.put(c, s.getLiteral("label").getString());
                    Set<String> d = domainsOf.computeIfAbsent(c, k -> new TreeSet<>());
                    if (s.contains("mbox")) {
                        String m = s.getResource("mbox").getURI().toLowerCase(Locale.ROOT);
                        int at = m.indexOf('@');
                        if (at > 0) {
                            d.add(m.substring(at + 1));
                        }
                    }
                });
            }
        });
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, String> e : labelOf.entrySet()) {
            String label = e.getValue();
            if (!DOMAIN.matcher(label).matches()) {
                continue;
            }
            List<String> named = new ArrayList<>();
            for (Map.Entry<String, Set<String>> d : domainsOf.entrySet()) {
                if (!d.getKey().equals(e.getKey()) && !DOMAIN.matcher(labelOf.get(d.getKey())).matches() && d.getValue().contains(label)) {
                    named.add(d.getKey());
                }
            }
            if (named.size() == 1) {
                out.put(Slugs.slug(label), Slugs.slug(labelOf.get(named.get(0))));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- people

    private record PersonNode(String iri, String council, Set<String> names, Set<String> kinds) {
    }

    /** People of one council printed in different papers to the IRI of the one person they are. */
    Map<String, String> people(Dataset ds, Map<String, String> councilSlugs) {
        Map<String, PersonNode> nodes = new TreeMap<>();
        String q = P + """
                SELECT ?p ?c ?n ?k WHERE { GRAPH ?g { ?p a foaf:Person ; cg:council ?c .
                  { ?p foaf:name ?n } UNION { ?p skos:altLabel ?n }
                  OPTIONAL { VALUES ?k { cg:Councillor cg:Officer cg:CoOptedMember } ?p a ?k } } }""";
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                qe.execSelect().forEachRemaining(s -> {
                    String p = s.getResource("p").getURI();
                    String council = councilSlugs.getOrDefault(Slugs.slug(lastSegment(s.getResource("c").getURI())),
                            lastSegment(s.getResource("c").getURI()));
                    PersonNode n = nodes.computeIfAbsent(p, k -> new PersonNode(k, council, new TreeSet<>(), new TreeSet<>()));
                    n.names().add(s.getLiteral("n").getString());
                    if (s.contains("k")) {
                        n.kinds().add(s.getResource("k").getLocalName());
                    }
                });
            }
        });
        // group by council and surname
        Map<String, List<PersonNode>> groups = new TreeMap<>();
        Map<String, List<PersonName>> parsed = new HashMap<>();
        for (PersonNode n : nodes.values()) {
            List<PersonName> names = new ArrayList<>();
            for (String s : n.names()) {
                PersonName.parse(s).or(() -> s.matches("[A-Z][a-z'’\\-]+") ? Optional.of(new PersonName("", "", s, "", false))
                        : Optional.empty()).ifPresent(names::add);
            }
            if (names.isEmpty()) {
                continue;
            }
            if (n.council().equals(UNKNOWN)) {
                continue; // papers of no known council may be of different councils: never one person across them
            }
            parsed.put(n.iri(), names);
            String surname = names.get(0).surnameKey();
            groups.computeIfAbsent(n.council() + "|" + surname, k -> new ArrayList<>()).add(n);
        }
        Map<String, String> out = new TreeMap<>();
        for (List<PersonNode> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            // the fullest-named people of the group; the rest join one of them when exactly one fits
            group.sort(Comparator.comparingInt((PersonNode n) -> -fullness(parsed.get(n.iri()))).thenComparing(PersonNode::iri));
            List<PersonNode> anchors = new ArrayList<>();
            for (PersonNode n : group) {
                List<PersonNode> fits = anchors.stream().filter(a -> fit(parsed.get(a.iri()), parsed.get(n.iri()))
                        && kindsAgree(a.kinds(), n.kinds())).toList();
                List<PersonNode> clash = anchors.stream().filter(a -> !fit(parsed.get(a.iri()), parsed.get(n.iri()))).toList();
                if (fits.size() == 1 && (hasGiven(parsed.get(n.iri())) || clash.isEmpty())) {
                    out.put(n.iri(), fits.get(0).iri());
                } else {
                    anchors.add(n);
                }
            }
        }
        return out;
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

    // ---------------------------------------------------------------- committees

    /**
     * A committee printed under a shorter name to the committee it is: an abbreviation whose initials
     * spell the name, or the name with one word left out on a day the committee met.
     */
    Map<String, String> committees(Dataset ds, Map<String, String> councilSlugs) {
        Map<String, String> labels = new TreeMap<>();
        Map<String, String> councils = new HashMap<>();
        String q = P + "SELECT ?k ?l ?c WHERE { GRAPH ?g { ?k a cg:Committee ; rdfs:label ?l . "
                + "OPTIONAL { ?k org:subOrganizationOf ?c } } }";
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                qe.execSelect().forEachRemaining(s -> {
                    labels.put(s.getResource("k").getURI(), s.getLiteral("l").getString());
                    if (s.contains("c")) {
                        String slug = lastSegment(s.getResource("c").getURI());
                        councils.put(s.getResource("k").getURI(), councilSlugs.getOrDefault(slug, slug));
                    }
                });
            }
        });
        Map<String, Set<String>> dates = new HashMap<>();
        String dq = P + "SELECT ?k ?d WHERE { GRAPH ?g { ?m cg:committee ?k ; schema:startDate ?d } }";
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(dq).build()) {
                qe.execSelect().forEachRemaining(s -> {
                    String d = s.getLiteral("d").getLexicalForm();
                    dates.computeIfAbsent(s.getResource("k").getURI(), k -> new TreeSet<>()).add(d.substring(0, Math.min(10, d.length())));
                });
            }
        });
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, String> shortName : labels.entrySet()) {
            // "Transport and Connectivity Committee" in a report for the day the "Transport and Connectivity
            // Policy Committee" met: the name printed with a word left out, of one council, on one day
            List<String> words = List.of(committeeKey(shortName.getValue()).split(" "));
            if (words.stream().filter(w -> !NAME_LINKS.contains(w)).count() < 3) {
                continue;
            }
            List<String> matches = new ArrayList<>();
            for (Map.Entry<String, String> full : labels.entrySet()) {
                List<String> longer = List.of(committeeKey(full.getValue()).split(" "));
                if (longer.size() != words.size() + 1 || full.getKey().equals(shortName.getKey())
                        || !java.util.Objects.equals(councils.get(full.getKey()), councils.get(shortName.getKey()))
                        || java.util.Collections.disjoint(dates.getOrDefault(full.getKey(), Set.of()),
                                dates.getOrDefault(shortName.getKey(), Set.of()))) {
                    continue;
                }
                for (int i = 0; i < longer.size(); i++) {
                    List<String> dropped = new ArrayList<>(longer);
                    String gone = dropped.remove(i);
                    if (dropped.equals(words) && !NAME_LINKS.contains(gone)) {
                        matches.add(full.getKey());
                        break;
                    }
                }
            }
            if (matches.size() == 1) {
                out.put(shortName.getKey(), matches.get(0));
            }
        }
        for (Map.Entry<String, String> abbrev : labels.entrySet()) {
            String[] words = abbrev.getValue().split("\\s+");
            if (words.length < 2 || !words[0].matches("[A-Z]{2,6}")) {
                continue;
            }
            String acronym = words[0];
            String rest = String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length)).toLowerCase(Locale.ROOT);
            List<String> matches = new ArrayList<>();
            for (Map.Entry<String, String> full : labels.entrySet()) {
                if (full.getKey().equals(abbrev.getKey())
                        || !java.util.Objects.equals(councils.get(full.getKey()), councils.get(abbrev.getKey()))) {
                    continue;
                }
                String l = full.getValue();
                if (!l.toLowerCase(Locale.ROOT).endsWith(" " + rest)) {
                    continue;
                }
                String head = l.substring(0, l.length() - rest.length()).strip();
                StringBuilder initials = new StringBuilder();
                for (String w : head.split("[\\s,]+")) {
                    if (!w.isEmpty() && !w.matches("(?i)and|of|the|for|&|in|on")) {
                        initials.append(Character.toUpperCase(w.charAt(0)));
                    }
                }
                if (initials.toString().equals(acronym)) {
                    matches.add(full.getKey());
                }
            }
            if (matches.size() == 1) {
                out.put(abbrev.getKey(), matches.get(0));
            }
        }
        // a shorter name of a shorter name ends at the longest: one rewrite, and a second run finds nothing
        endChains(out, 10);
        return out;
    }

    /**
     * Makes each renaming go straight to the end of its chain ("a" to "b" and "b" to "c": "a" to "c"),
     * following at most {@code hops} links (a cycle stops there).
     */
    static void endChains(Map<String, String> renames, int hops) {
        renames.replaceAll((k, v) -> {
            String t = v;
            for (int i = 0; i < hops && renames.containsKey(t); i++) {
                t = renames.get(t);
            }
            return t;
        });
    }

    // ---------------------------------------------------------------- rewriting

    /** Rewrites every graph that mentions an IRI to be changed; returns how many graphs changed. */
    int apply(DatasetGraph dsg, Map<String, String> councilSlugs, Map<String, String> rewrite, Map<String, String> placed) {
        if (councilSlugs.isEmpty() && rewrite.isEmpty() && placed.isEmpty()) {
            return 0;
        }
        List<Node> graphs = Txn.calculateRead(dsg, () -> {
            List<Node> g = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(g::add);
            return g;
        });
        int changed = 0;
        for (Node g : graphs) {
            Map<String, String> segments = councilSlugs;
            String home = g.isURI() ? placed.get(g.getURI()) : null;
            if (home != null) {
                segments = new TreeMap<>(councilSlugs);
                segments.put(UNKNOWN, home);
            }
            List<Map.Entry<String, String>> graphSegments = longestFirst(segments);
            boolean done = Txn.calculateWrite(dsg, () -> {
                List<Quad> quads = new ArrayList<>();
                dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
                List<Quad> out = new ArrayList<>(quads.size());
                boolean touched = false;
                Set<Node> renamed = new LinkedHashSet<>();
                for (Quad q : quads) {
                    if (home != null && q.getSubject().isURI() && q.getSubject().getURI().endsWith("/id/council/" + UNKNOWN)
                            && q.getPredicate().equals(RDFS.label.asNode())) {
                        touched = true;
                        continue; // "Unknown council" is no name of the council the paper turned out to be of
                    }
                    Node s = map(q.getSubject(), graphSegments, rewrite);
                    Node p = q.getPredicate();
                    Node o = map(q.getObject(), graphSegments, rewrite);
                    if (s != q.getSubject() || o != q.getObject()) {
                        touched = true;
                    }
                    String before = q.getSubject().isURI() ? q.getSubject().getURI() : "";
                    boolean mergedAway = s != q.getSubject() && (rewrite.containsKey(before)
                            || before.contains("/id/council/") || before.contains("/id/committee/"));
                    if (mergedAway) {
                        renamed.add(s);
                        // a merged-away name (a person's shorter form, a council's e-mail domain) becomes an
                        // alternative name of the node kept
                        if (p.equals(FOAF.name.asNode()) || p.equals(RDFS.label.asNode())) {
                            p = SKOS.altLabel.asNode();
                        }
                    }
                    out.add(Quad.create(g, s, p, o));
                }
                if (!touched) {
                    return false;
                }
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                Set<Quad> seen = new LinkedHashSet<>(out);
                seen.forEach(dsg::add);
                return true;
            });
            if (done) {
                changed++;
            }
        }
        return changed;
    }

    /** The renamings of path segments, longer first, so "council/committee" is renamed before "council" alone. */
    private static List<Map.Entry<String, String>> longestFirst(Map<String, String> segments) {
        List<Map.Entry<String, String>> ordered = new ArrayList<>(segments.entrySet());
        ordered.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()));
        return ordered;
    }

    private static Node map(Node n, List<Map.Entry<String, String>> councilSlugs, Map<String, String> rewrite) {
        if (!n.isURI()) {
            return n;
        }
        String target = councilMapped(rewrite.getOrDefault(n.getURI(), n.getURI()), councilSlugs);
        return target.equals(n.getURI()) ? n : NodeFactory.createURI(target);
    }

    /**
     * Renames the path segments of an entity IRI: a domain-only council slug to the named council's,
     * an abbreviated committee to its full name, {@code ordered} as {@link #longestFirst} orders them.
     */
    private static String councilMapped(String uri, List<Map.Entry<String, String>> ordered) {
        for (Map.Entry<String, String> e : ordered) {
            String seg = "/" + e.getKey();
            int i = uri.indexOf(seg);
            while (i >= 0) {
                int end = i + seg.length();
                if ((end == uri.length() || uri.charAt(end) == '/') && uri.contains("/id/")) {
                    uri = uri.substring(0, i) + "/" + e.getValue() + uri.substring(end);
                    break;
                }
                i = uri.indexOf(seg, i + 1);
            }
        }
        return uri;
    }

    /** "BASE/id/committee/COUNCIL/NAME" to "COUNCIL/NAME", the part of derived IRIs it scopes. */
    private static String committeePath(String committeeIri) {
        int i = committeeIri.indexOf("/id/committee/");
        return committeeIri.substring(i + "/id/committee/".length());
    }

    private static String lastSegment(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

}
