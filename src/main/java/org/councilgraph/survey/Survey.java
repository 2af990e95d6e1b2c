package org.councilgraph.survey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.councilgraph.load.Loader;
import org.councilgraph.load.PaperException;
import org.councilgraph.resolve.Resolver;
import org.councilgraph.vocab.Prefixes;

/**
 * Reads each paper's named graph of a built store back through the graph contract and tells what was
 * found in it and what is missing for a paper of its kind.
 *
 * <pre>{@code
 * List<Survey.Row> rows = Survey.of(store.dataset(), papers);   // papers: sha256 -> (file, format, text)
 * System.out.print(Survey.table(rows));
 * }</pre>
 */
public final class Survey {
    static final String PREFIXES = Prefixes.SPARQL;

    /** A paper as the survey reads it besides its graph: where it is, its format, its text. */
    public record Paper(String file, String format, String text) {
    }

    /** A meeting a paper gives: its committee, day, time and venue as the graph states them. */
    public record Meeting(String committee, String date, String time, String venue) {
        boolean complete() {
            return !committee.isEmpty() && !date.isEmpty();
        }
    }

    /** What was found in one paper's graph. */
    public record Found(String council, List<Meeting> meetingList, int meetingsWithBusiness, int committees,
            int present, int inAttendance, int apologies, int absent, int items, int resolutions, int reports,
            int reportsTitled, int reportsWithAuthor, int reportsWithContact, int councillors, int officers,
            int coopted, int otherPeople, int posts, int services, int organisations, int laws) {
        int meetings() {
            return meetingList.size();
        }

        int attendance() {
            return present + inAttendance + apologies + absent;
        }

        int people() {
            return councillors + officers + coopted + otherPeople;
        }

        boolean nothing() {
            return meetings() + committees + attendance() + items + resolutions + reports + people() + posts + services
                    + organisations + laws == 0;
        }
    }

    /** One paper's line: its kind, what was found, and what a paper of that kind lacks. */
    public record Row(String file, PaperKind kind, Found found, List<String> lacks) {
    }

    private Survey() {
    }

    /** One row per stored paper of {@code papers} (keyed by content hash), in the order given. */
    public static List<Row> of(Dataset ds, Map<String, Paper> papers) {
        Map<String, String> graphs = graphsByHash(ds);
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Paper> e : papers.entrySet()) {
            String g = graphs.get(e.getKey());
            if (g == null) {
                continue;
            }
            Found f = found(ds, g);
            PaperKind kind = PaperKind.of(e.getValue().format(), e.getValue().text(), f);
            rows.add(new Row(e.getValue().file(), kind, f, Expectations.lacks(kind, f)));
        }
        return rows;
    }

    /** The papers under {@code roots} keyed by content hash, read again for their first lines. */
    public static Map<String, Paper> papers(List<Path> roots) {
        Map<String, Paper> out = new LinkedHashMap<>();
        List<PaperException> ignored = new ArrayList<>();
        for (Path file : Loader.collect(roots, ignored::add)) {
            try {
                org.councilgraph.load.Paper p = Loader.load(file);
                out.putIfAbsent(p.sha256(), new Paper(file.toString(), p.format(), p.text()));
            } catch (PaperException e) {
                // the build has already said why this file could not be read
            }
        }
        return out;
    }

    private static Map<String, String> graphsByHash(Dataset ds) {
        Map<String, String> out = new LinkedHashMap<>();
        for (QuerySolution s : select(ds, "SELECT ?g ?h { GRAPH ?g { ?g prov:wasDerivedFrom ?d . ?d cg:sha256 ?h } }")) {
            out.put(s.getLiteral("h").getLexicalForm(), s.getResource("g").getURI());
        }
        return out;
    }

    static Found found(Dataset ds, String g) {
        List<Meeting> meetings = meetings(ds, g);
        int business = count(ds, g, "SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m a cg:Meeting . "
                + "{ ?i cg:meeting ?m } UNION { ?m schema:attendee|cg:apologiesFrom|cg:inAttendance|cg:absent ?p } }");
        Map<String, Integer> reports = counts(ds, g, "SELECT (COUNT(DISTINCT ?r) AS ?all) (COUNT(DISTINCT ?t) AS ?titled) "
                + "(COUNT(DISTINCT ?a) AS ?author) (COUNT(DISTINCT ?c) AS ?contact) { ?r a cg:Report . "
                + "OPTIONAL { ?r dcterms:title ?x BIND(?r AS ?t) } OPTIONAL { ?r dcterms:creator ?y BIND(?r AS ?a) } "
                + "OPTIONAL { ?r cg:contactOfficer ?z BIND(?r AS ?c) } }");
        Map<String, Integer> people = counts(ds, g, "SELECT (COUNT(DISTINCT ?c) AS ?councillors) (COUNT(DISTINCT ?o) AS ?officers) "
                + "(COUNT(DISTINCT ?k) AS ?coopted) (COUNT(DISTINCT ?p) AS ?all) { ?p a foaf:Person . "
                + "OPTIONAL { ?p a cg:Councillor BIND(?p AS ?c) } OPTIONAL { ?p a cg:Officer BIND(?p AS ?o) } "
                + "OPTIONAL { ?p a cg:CoOptedMember BIND(?p AS ?k) } }");
        int kinds = people.get("councillors") + people.get("officers") + people.get("coopted");
        return new Found(council(ds, g), meetings, business, count(ds, g, "SELECT (COUNT(DISTINCT ?k) AS ?n) { ?k a cg:Committee }"),
                pairs(ds, g, "schema:attendee") - pairs(ds, g, "cg:inAttendance"), pairs(ds, g, "cg:inAttendance"),
                pairs(ds, g, "cg:apologiesFrom"), pairs(ds, g, "cg:absent"),
                typed(ds, g, "cg:AgendaItem"), typed(ds, g, "cg:Resolution"), reports.get("all"), reports.get("titled"),
                reports.get("author"), reports.get("contact"), people.get("councillors"), people.get("officers"),
                people.get("coopted"), Math.max(0, people.get("all") - kinds), typed(ds, g, "org:Post"),
                typed(ds, g, "cg:Service"), count(ds, g, "SELECT (COUNT(DISTINCT ?o) AS ?n) { ?o a org:Organization "
                        + "FILTER NOT EXISTS { ?o a cg:Service } FILTER NOT EXISTS { ?o a cg:Council } "
                        + "FILTER NOT EXISTS { ?o a cg:Committee } FILTER NOT EXISTS { ?o a org:OrganizationalUnit } }"),
                typed(ds, g, "cg:Legislation"));
    }

    private static String council(Dataset ds, String g) {
        List<QuerySolution> rows = select(ds, "SELECT ?l { GRAPH <" + g + "> { <" + g + "> prov:wasDerivedFrom ?d . "
                + "?d cg:council ?c } OPTIONAL { GRAPH ?any { ?c rdfs:label ?l } } } ORDER BY ?l LIMIT 1");
        if (rows.isEmpty() || rows.get(0).get("l") == null) {
            return "";
        }
        String label = rows.get(0).getLiteral("l").getLexicalForm();
        // the resolver's stand-in for a paper whose council it could not tell is no council
        return label.equals(Resolver.UNKNOWN_COUNCIL) ? "" : label;
    }

    /**
     * The meetings the paper has business for (items, attendance), or else every meeting it names,
     * each with the committee's label, the day, the time when one is known, and the venue.
     */
    private static List<Meeting> meetings(Dataset ds, String g) {
        String q = "SELECT ?m (SAMPLE(?k) AS ?committee) (SAMPLE(?d) AS ?start) (SAMPLE(?v) AS ?venue) (MAX(?b) AS ?business) "
                + "{ GRAPH <" + g + "> { ?m a cg:Meeting "
                + "OPTIONAL { { ?i cg:meeting ?m } UNION { ?m schema:attendee|cg:apologiesFrom ?p } BIND(1 AS ?b) } } "
                // a meeting, committee or place two papers share keeps its day and name in one paper's graph only
                + "OPTIONAL { GRAPH ?dg { ?m schema:startDate ?d } } "
                + "OPTIONAL { GRAPH <" + g + "> { ?m schema:location ?pl } GRAPH ?vg { ?pl schema:name ?v } } "
                + "OPTIONAL { GRAPH <" + g + "> { ?m cg:committee ?kc } GRAPH ?kg { ?kc rdfs:label ?k } } } "
                + "GROUP BY ?m ORDER BY ?start";
        List<Meeting> all = new ArrayList<>();
        List<Meeting> withBusiness = new ArrayList<>();
        for (QuerySolution s : select(ds, q)) {
            String start = text(s.get("start"));
            Meeting m = new Meeting(text(s.get("committee")), start.length() >= 10 ? start.substring(0, 10) : start,
                    start.length() >= 16 ? start.substring(11, 16) : "", text(s.get("venue")));
            all.add(m);
            if (s.get("business") != null) {
                withBusiness.add(m);
            }
        }
        return withBusiness.isEmpty() ? all : withBusiness;
    }

    private static int pairs(Dataset ds, String g, String property) {
        return count(ds, g, "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?m ?p { ?m " + property + " ?p } }");
    }

    private static int typed(Dataset ds, String g, String type) {
        return count(ds, g, "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a " + type + " }");
    }

    /** A count over the paper's graph: {@code query}'s pattern is read inside {@code GRAPH <g>}. */
    private static int count(Dataset ds, String g, String query) {
        return counts(ds, g, query).values().iterator().next();
    }

    private static Map<String, Integer> counts(Dataset ds, String g, String query) {
        int brace = query.indexOf('{');
        String scoped = query.substring(0, brace) + "{ GRAPH <" + g + "> " + query.substring(brace) + " }";
        QuerySolution s = select(ds, scoped).get(0);
        Map<String, Integer> out = new LinkedHashMap<>();
        s.varNames().forEachRemaining(v -> out.put(v, s.getLiteral(v).getInt()));
        return out;
    }

    private static List<QuerySolution> select(Dataset ds, String query) {
        return Txn.calculateRead(ds, () -> {
            List<QuerySolution> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
                // copied inside the transaction: a TDB2 binding reads its nodes lazily, which fails after it
                qe.execSelect().forEachRemaining(sol -> {
                    org.apache.jena.query.QuerySolutionMap copy = new org.apache.jena.query.QuerySolutionMap();
                    sol.varNames().forEachRemaining(v -> copy.add(v, sol.get(v)));
                    out.add(copy);
                });
            }
            return out;
        });
    }

    private static String text(RDFNode n) {
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    /** The table, a line per paper. */
    public static String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-16s %-34s %-60s %s%n", "kind", "council", "paper", "found; lacks"));
        for (Row r : rows) {
            Found f = r.found();
            String meeting = f.meetingList().isEmpty() ? "no meeting" : describe(f.meetingList().get(0))
                    + (f.meetings() > 1 ? " (+" + (f.meetings() - 1) + ")" : "");
            sb.append(String.format("%-16s %-34s %-60s %s; att %d/%d/%d/%d, items %d, res %d, reports %d (t%d a%d c%d), "
                            + "people %d (cllr %d, off %d), posts %d, bodies %d, laws %d%s%n",
                    r.kind().label(), cut(f.council(), 34), cut(r.file(), 60), meeting, f.present(), f.inAttendance(),
                    f.apologies(), f.absent(), f.items(), f.resolutions(), f.reports(), f.reportsTitled(),
                    f.reportsWithAuthor(), f.reportsWithContact(), f.people(), f.councillors(), f.officers(), f.posts(),
                    f.services() + f.organisations(), f.laws(), r.lacks().isEmpty() ? "" : "; LACKS " + String.join(", ", r.lacks())));
        }
        return sb.toString();
    }

    private static String describe(Meeting m) {
        return (m.committee().isEmpty() ? "?" : m.committee()) + " " + (m.date().isEmpty() ? "?" : m.date())
                + (m.time().isEmpty() ? "" : " " + m.time()) + (m.venue().isEmpty() ? "" : " @ " + m.venue());
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    /** The share of papers with each structure, by kind and by council. */
    public static String summary(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(Summary.by("kind", rows, r -> r.kind().label()));
        sb.append('\n').append(Summary.by("council", rows, r -> r.found().council().isEmpty() ? "(none)" : r.found().council()));
        return sb.toString();
    }

    /** The summary's groups, for callers that hold thresholds. */
    public static Map<String, Summary.Shares> shares(List<Row> rows, Function<Row, String> key) {
        return Summary.shares(rows, key);
    }
}
