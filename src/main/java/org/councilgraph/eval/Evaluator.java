package org.councilgraph.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.councilgraph.text.Similarity;

/**
 * Scores a store against gold annotations, category by category: precision, recall and F1, and the
 * macro-F1 over the categories present. The queries and matching rules are those of the project's
 * independent scorer ({@code eval/score.py} beside the corpus), so the two agree; this one runs
 * in-process on a dataset rather than over HTTP.
 *
 * <pre>{@code
 * Evaluator.Score s = Evaluator.score(store.dataset(), golds);
 * System.out.print(s.table());
 * }</pre>
 */
public final class Evaluator {
    static final String PREFIXES = """
            PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX schema: <http://schema.org/> PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX cg: <https://w3id.org/councilgraph/def#>
            """;

    /** The categories, in the scorer's order, with the query that finds each. */
    static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("persons", """
                SELECT ?e ?n ?kind WHERE { ?e a foaf:Person .
                    { ?e foaf:name ?n } UNION { ?e skos:altLabel ?n } UNION { ?e rdfs:label ?n }
                    OPTIONAL { VALUES ?kind { cg:Councillor cg:Officer cg:CoOptedMember } ?e a ?kind } }""");
        QUERIES.put("posts", """
                SELECT ?e ?n ?holder WHERE { ?e a org:Post ; rdfs:label ?n .
                    OPTIONAL { ?h org:holds ?e . { ?h foaf:name ?holder } UNION { ?h skos:altLabel ?holder } } }""");
        QUERIES.put("meetings", """
                SELECT ?e ?n ?d WHERE { ?e a cg:Meeting ; schema:startDate ?d .
                    OPTIONAL { ?e cg:committee/rdfs:label ?n } }""");
        QUERIES.put("agenda_items", """
                SELECT ?e ?n ?num ?d WHERE { ?e a cg:AgendaItem ; dcterms:title ?n .
                    OPTIONAL { ?e cg:itemNumber ?num } OPTIONAL { ?e cg:meeting/schema:startDate ?d } }""");
        QUERIES.put("reports", """
                SELECT ?e ?n ?author WHERE { ?e a cg:Report ; dcterms:title ?n .
                    OPTIONAL { ?e dcterms:creator ?a . { ?a rdfs:label ?author } UNION { ?a foaf:name ?author } } }""");
        QUERIES.put("legislation", """
                SELECT ?e ?n ?sec WHERE { ?e a cg:Legislation ; rdfs:label ?n .
                    OPTIONAL { ?s dcterms:isPartOf ?e ; cg:sectionNumber ?sec } }""");
        QUERIES.put("services", "SELECT ?e ?n WHERE { ?e a cg:Service ; rdfs:label ?n }");
        QUERIES.put("organisations", """
                SELECT ?e ?n WHERE { ?e a org:Organization ; rdfs:label ?n .
                    FILTER NOT EXISTS { ?e a cg:Service } FILTER NOT EXISTS { ?e a cg:Council }
                    FILTER NOT EXISTS { ?e a cg:Committee } FILTER NOT EXISTS { ?e a org:OrganizationalUnit } }""");
        QUERIES.put("resolutions", "SELECT ?e ?n WHERE { ?e a cg:Resolution ; rdf:value ?n }");
        QUERIES.put("attendance", """
                SELECT ?e ?n ?d ?status WHERE {
                    { ?m schema:attendee ?p BIND("present" AS ?status) } UNION { ?m cg:apologiesFrom ?p BIND("apologies" AS ?status) }
                    ?m schema:startDate ?d . { ?p foaf:name ?n } UNION { ?p skos:altLabel ?n }
                    BIND(CONCAT(STR(?m), " ", STR(?p), " ", ?status) AS ?e) }""");
        QUERIES.put("declarations_of_interest", """
                SELECT ?e ?n WHERE { ?e a cg:DeclarationOfInterest .
                    ?e cg:declaredBy ?p . { ?p foaf:name ?n } UNION { ?p skos:altLabel ?n } }""");
    }

    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "cllr", "councillor", "cc", "canon",
            "prof", "professor", "sir", "dame");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\w\\s']", Pattern.UNICODE_CHARACTER_CLASS);

    private Evaluator() {
    }

    /** One category's result. */
    public record Row(String category, int gold, int found, double precision, double recall, double f1, String extra) {
        String line() {
            return String.format(Locale.ROOT, "%-26s gold %4d found %4d P %.3f R %.3f F1 %.3f%s", category, gold, found,
                    precision, recall, f1, extra);
        }
    }

    /** The whole score: a row per category present and the macro-F1. */
    public record Score(List<Row> rows, double macroF1, Map<String, Double> extras) {
        public String table() {
            StringBuilder b = new StringBuilder();
            rows.forEach(r -> b.append(r.line()).append('\n'));
            b.append(String.format(Locale.ROOT, "macro-F1 %.3f over %d categories%n", macroF1, rows.size()));
            Double fair = extras.get("attendance-as-contract-f1");
            if (fair != null) {
                b.append(String.format(Locale.ROOT, "(attendance F1 %.3f when gold \"in attendance\" may match schema:attendee, "
                        + "as the graph contract defines it; the row above follows the independent scorer, which never matches it)%n", fair));
            }
            return b.toString();
        }

        public double f1(String category) {
            return rows.stream().filter(r -> r.category().equals(category)).mapToDouble(Row::f1).findFirst().orElse(Double.NaN);
        }
    }

    // ---------------------------------------------------------------- normalisation, as the scorer does it

    static String norm(Object o) {
        String s = Normalizer.normalize(o == null ? "" : o.toString(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
        s = NOT_WORD.matcher(s).replaceAll(" ");
        return String.join(" ", s.strip().split("\\s+")).strip();
    }

    static String personKey(Object s) {
        List<String> out = new ArrayList<>();
        for (String t : norm(s).split(" ")) {
            if (!t.isEmpty() && !HONORIFICS.contains(t)) {
                out.add(t);
            }
        }
        return String.join(" ", out);
    }

    static Set<String> tokens(Object s) {
        String n = norm(s);
        return n.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(n.split(" ")));
    }

    static boolean similar(Object a, Object b, double threshold) {
        return Similarity.jaccard(tokens(a), tokens(b)) >= threshold; // (0 when either has no words: every threshold is above it)
    }

    /** Precision, recall and F1 as the independent scorer counts them (nothing found of nothing wanted is perfect). */
    private static double[] prf(int tp, int found, int gold) {
        double p = found == 0 ? (gold == 0 ? 1.0 : 0.0) : (double) tp / found;
        double r = gold == 0 ? 1.0 : (double) tp / gold;
        return new double[] {p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0};
    }

    private static String[] surnameInitial(String key) {
        String[] parts = key.split(" ");
        if (parts.length > 1) {
            return new String[] {parts[parts.length - 1], parts[0].substring(0, 1)};
        }
        return new String[] {key, ""};
    }

    static boolean samePerson(Collection<?> a, Collection<?> b) {
        Set<String> ka = new LinkedHashSet<>();
        Set<String> kb = new LinkedHashSet<>();
        a.forEach(n -> addKey(ka, n));
        b.forEach(n -> addKey(kb, n));
        for (String k : ka) {
            if (kb.contains(k)) {
                return true;
            }
        }
        Set<String> sa = new HashSet<>();
        Set<String> sb = new HashSet<>();
        ka.stream().filter(k -> k.split(" ").length > 1).forEach(k -> sa.add(String.join("|", surnameInitial(k))));
        kb.stream().filter(k -> k.split(" ").length > 1).forEach(k -> sb.add(String.join("|", surnameInitial(k))));
        sa.retainAll(sb);
        return !sa.isEmpty();
    }

    private static void addKey(Set<String> keys, Object n) {
        String k = personKey(n);
        if (!k.isEmpty()) {
            keys.add(k);
        }
    }

    // ---------------------------------------------------------------- scoring

    /** Found entities: IRI to variable to values. */
    static Map<String, Map<String, Set<String>>> found(Dataset ds, String query) {
        Map<String, Map<String, Set<String>>> out = new LinkedHashMap<>();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
                qe.execSelect().forEachRemaining(s -> {
                    RDFNode e = s.get("e");
                    Map<String, Set<String>> m = out.computeIfAbsent(text(e), k -> new LinkedHashMap<>());
                    s.varNames().forEachRemaining(v -> {
                        if (!v.equals("e") && s.get(v) != null) {
                            m.computeIfAbsent(v, k -> new LinkedHashSet<>()).add(text(s.get(v)));
                        }
                    });
                });
            }
        });
        return out;
    }

    private static String text(RDFNode n) {
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    private static <T> List<T> dedupe(List<T> items, Function<T, Object> key) {
        Set<Object> seen = new HashSet<>();
        List<T> out = new ArrayList<>();
        for (T t : items) {
            if (seen.add(key.apply(t))) {
                out.add(t);
            }
        }
        return out;
    }

    private static Set<String> vals(Map<String, Set<String>> f, String var) {
        return f.getOrDefault(var, Set.of());
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o instanceof List<?> l ? (List<Object>) l : List.of();
    }

    private static String str(Map<String, Object> m, String k) {
        Object v = m.get(k);
        return v == null ? null : v.toString();
    }

    private static boolean dateIn(Set<String> dates, String date) {
        return date != null && dates.stream().anyMatch(d -> d.length() >= 10 && d.substring(0, 10).equals(date));
    }

    /** Scores {@code ds} against the gold of several documents (the store must hold exactly those). */
    public static Score score(Dataset ds, List<Gold> golds) {
        Map<String, List<Map<String, Object>>> g = new LinkedHashMap<>();
        for (String k : QUERIES.keySet()) {
            List<Map<String, Object>> all = new ArrayList<>();
            golds.forEach(x -> all.addAll(x.list(k)));
            g.put(k, all);
        }
        g.put("persons", dedupe(g.get("persons"), x -> personKey(x.get("name"))));
        g.put("posts", dedupe(g.get("posts"), x -> norm(x.get("label"))));
        g.put("meetings", dedupe(g.get("meetings"), x -> String.valueOf(x.get("date"))));
        g.put("legislation", dedupe(g.get("legislation"), x -> norm(x.get("title"))));
        g.put("services", dedupe(g.get("services"), x -> norm(x.get("name"))));
        g.put("organisations", dedupe(g.get("organisations"), x -> norm(x.get("name"))));
        g.put("agenda_items", dedupe(g.get("agenda_items"), x -> List.of(String.valueOf(x.get("meeting_date")),
                String.valueOf(x.get("number")), norm(x.get("title")))));
        g.put("reports", dedupe(g.get("reports"), x -> norm(x.get("title"))));
        g.put("attendance", dedupe(g.get("attendance"), x -> List.of(String.valueOf(x.get("meeting_date")),
                personKey(x.get("person")), String.valueOf(x.get("status")))));

        Map<String, BiPredicate<Map<String, Object>, Map<String, Set<String>>>> rules = new LinkedHashMap<>();
        rules.put("persons", (gi, f) -> {
            List<Object> names = new ArrayList<>();
            names.add(gi.get("name"));
            names.addAll(list(gi.get("aliases")));
            return samePerson(names, vals(f, "n"));
        });
        rules.put("posts", (gi, f) -> vals(f, "n").stream().anyMatch(n -> similar(gi.get("label"), n, 0.75)));
        rules.put("meetings", (gi, f) -> dateIn(vals(f, "d"), str(gi, "date")));
        rules.put("agenda_items", (gi, f) -> {
            Set<String> d = f.containsKey("d") ? vals(f, "d") : gi.get("meeting_date") == null ? Set.of() : Set.of(str(gi, "meeting_date"));
            boolean date = gi.get("meeting_date") != null && d.stream().anyMatch(x -> x.length() >= 10
                    && x.substring(0, 10).equals(str(gi, "meeting_date")));
            boolean number = gi.get("number") != null && !str(gi, "number").isEmpty() && vals(f, "num").contains(str(gi, "number"));
            return date && (number || vals(f, "n").stream().anyMatch(n -> similar(gi.get("title"), n, 0.6)));
        });
        rules.put("reports", (gi, f) -> vals(f, "n").stream().anyMatch(n -> similar(gi.get("title"), n, 0.6)));
        rules.put("legislation", (gi, f) -> vals(f, "n").stream().anyMatch(n -> norm(gi.get("title")).equals(norm(n))
                || similar(gi.get("title"), n, 0.8)));
        rules.put("services", (gi, f) -> vals(f, "n").stream().anyMatch(n -> similar(gi.get("name"), n, 0.7)));
        rules.put("organisations", (gi, f) -> vals(f, "n").stream().anyMatch(n -> similar(gi.get("name"), n, 0.7)));
        rules.put("resolutions", (gi, f) -> vals(f, "n").stream().anyMatch(n -> similar(gi.get("text"), n, 0.6)));
        // as the independent scorer reads it: `status in (found if status != "in attendance" else {"present"})`,
        // so a gold "in attendance" entry tests the string "in attendance" against {"present"} and never matches
        rules.put("attendance", attendance(false));
        rules.put("declarations_of_interest", (gi, f) -> samePerson(List.of(gi.get("person")), vals(f, "n")));

        List<Row> rows = new ArrayList<>();
        Map<String, Double> extras = new LinkedHashMap<>();
        for (Map.Entry<String, String> q : QUERIES.entrySet()) {
            String k = q.getKey();
            List<Map<String, Object>> gold = g.get(k);
            Map<String, Map<String, Set<String>>> found = found(ds, q.getValue());
            if (gold.isEmpty() && found.isEmpty()) {
                continue;
            }
            var pairs = match(gold, found, rules.get(k));
            int tp = pairs.size();
            double[] prf = prf(tp, found.size(), gold.size());
            double p = prf[0];
            double r = prf[1];
            double f1 = prf[2];
            String extra = "";
            if (k.equals("persons") && !pairs.isEmpty()) {
                Map<String, String> want = Map.of("councillor", "Councillor", "officer", "Officer", "co-opted", "CoOptedMember");
                long ok = pairs.stream().filter(pr -> {
                    Set<String> kinds = new HashSet<>();
                    vals(pr.getValue(), "kind").forEach(x -> kinds.add(x.substring(x.lastIndexOf('#') + 1)));
                    String w = want.get(str(pr.getKey(), "kind"));
                    return kinds.equals(w == null ? Set.of() : Set.of(w));
                }).count();
                double acc = (double) ok / pairs.size();
                extras.put("kind-accuracy", acc);
                extra = String.format(Locale.ROOT, "  kind-accuracy %.3f", acc);
            }
            if (k.equals("legislation") && !pairs.isEmpty()) {
                int gs = 0;
                int hit = 0;
                for (var pr : pairs) {
                    Set<String> have = new HashSet<>();
                    vals(pr.getValue(), "sec").forEach(x -> have.add(x.replaceAll("\\(.*", "")));
                    for (Object s : list(pr.getKey().get("sections"))) {
                        gs++;
                        if (have.contains(s.toString().replaceAll("\\(.*", ""))) {
                            hit++;
                        }
                    }
                }
                if (gs > 0) {
                    extras.put("section-recall", (double) hit / gs);
                    extra = String.format(Locale.ROOT, "  section-recall %.3f", (double) hit / gs);
                }
            }
            if (k.equals("posts") && !pairs.isEmpty()) {
                var held = pairs.stream().filter(pr -> pr.getKey().get("holder") != null).toList();
                if (!held.isEmpty()) {
                    long ok = held.stream().filter(pr -> samePerson(List.of(pr.getKey().get("holder")), vals(pr.getValue(), "holder"))).count();
                    extras.put("holder-recall", (double) ok / held.size());
                    extra = String.format(Locale.ROOT, "  holder-recall %.3f", (double) ok / held.size());
                }
            }
            if (k.equals("attendance") && !gold.isEmpty()) {
                // the same entries scored as the graph contract defines attendance, where "in attendance"
                // is schema:attendee: what the category would be without the scorer's slip above
                int fair = match(gold, found, attendance(true)).size();
                extras.put("attendance-as-contract-f1", prf(fair, found.size(), gold.size())[2]);
            }
            rows.add(new Row(k, gold.size(), found.size(), p, r, f1, extra));
        }
        double macro = rows.stream().mapToDouble(Row::f1).average().orElse(0.0);
        return new Score(rows, macro, extras);
    }

    /**
     * Whether a gold attendance entry is a found one: same day, same person, and the status; a gold "in
     * attendance" is the graph's {@code schema:attendee} ("present") when {@code asContract}, and never
     * matches otherwise, as in the independent scorer.
     */
    private static BiPredicate<Map<String, Object>, Map<String, Set<String>>> attendance(boolean asContract) {
        return (gi, f) -> {
            String status = str(gi, "status");
            boolean statusOk = "in attendance".equals(status) ? asContract && vals(f, "status").contains("present")
                    : vals(f, "status").contains(status);
            return statusOk && dateIn(vals(f, "d"), str(gi, "meeting_date")) && samePerson(List.of(gi.get("person")), vals(f, "n"));
        };
    }

    /** The scorer's greedy one-to-one matching: each gold entry takes the first unused found entity it matches. */
    private static List<Map.Entry<Map<String, Object>, Map<String, Set<String>>>> match(List<Map<String, Object>> gold,
            Map<String, Map<String, Set<String>>> found, BiPredicate<Map<String, Object>, Map<String, Set<String>>> same) {
        List<Map.Entry<Map<String, Object>, Map<String, Set<String>>>> pairs = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Map<String, Object> gi : gold) {
            for (Map.Entry<String, Map<String, Set<String>>> f : found.entrySet()) {
                if (!used.contains(f.getKey()) && same.test(gi, f.getValue())) {
                    used.add(f.getKey());
                    pairs.add(Map.entry(gi, f.getValue()));
                    break;
                }
            }
        }
        return pairs;
    }
}
