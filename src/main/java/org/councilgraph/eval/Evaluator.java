package org.councilgraph.eval;

import static org.councilgraph.eval.Matching.fixed3;
import static org.councilgraph.eval.Matching.samePerson;
import static org.councilgraph.eval.Matching.sectionNumber;
import static org.councilgraph.eval.Matching.truthy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.councilgraph.eval.Category.Found;

/**
 * Scores a store against gold annotations exactly as the project's independent scorer
 * ({@code eval/score.py} beside the corpus) does, in-process on a dataset rather than over HTTP:
 * the same queries, gold dedupe keys and matching rules ({@link Category}), the same greedy
 * one-to-one matching, and the same table, digit for digit.
 *
 * <pre>{@code
 * Evaluator.Score s = Evaluator.score(store.dataset(), golds);
 * System.out.print(s.table());
 * }</pre>
 */
public final class Evaluator {
    private Evaluator() {
    }

    /** One category's result, and its side measure ("  kind-accuracy 0.978") when it has one. */
    public record Row(String category, int gold, int found, double precision, double recall, double f1, String extra) {
        String line() {
            return String.format(Locale.ROOT, "%-26s gold %4d found %4d P %s R %s F1 %s%s", category, gold, found,
                    fixed3(precision), fixed3(recall), fixed3(f1), extra);
        }
    }

    /** The whole score: a row per category present, the macro-F1, and the side measures by name. */
    public record Score(List<Row> rows, double macroF1, Map<String, Double> extras) {
        /** What score.py prints: a line per category, then the macro-F1. */
        public String table() {
            StringBuilder b = new StringBuilder();
            rows.forEach(r -> b.append(r.line()).append('\n'));
            b.append("macro-F1 ").append(fixed3(macroF1)).append(" over ").append(rows.size()).append(" categories\n");
            return b.toString();
        }

        public double f1(String category) {
            return rows.stream().filter(r -> r.category().equals(category)).mapToDouble(Row::f1).findFirst().orElse(Double.NaN);
        }
    }

    /** A gold entry and the found entity it was matched to. */
    private record Pair(Map<String, Object> gold, Found found) {
    }

    /** Scores {@code ds} against the gold of several papers (the store must hold exactly those). */
    public static Score score(Dataset ds, List<Gold> golds) {
        List<Row> rows = new ArrayList<>();
        Map<String, Double> extras = new LinkedHashMap<>();
        for (Category c : Category.ALL) {
            List<Map<String, Object>> gold = gold(c, golds);
            Map<String, Found> found = found(ds, c.query());
            if (gold.isEmpty() && found.isEmpty()) {
                continue;
            }
            List<Pair> pairs = match(gold, found, c.rule());
            double p = !found.isEmpty() ? (double) pairs.size() / found.size() : gold.isEmpty() ? 1.0 : 0.0;
            double r = !gold.isEmpty() ? (double) pairs.size() / gold.size() : 1.0;
            double f = p + r != 0 ? 2 * p * r / (p + r) : 0.0;
            String extra = "";
            Map.Entry<String, Double> side = sideMeasure(c.name(), pairs);
            if (side != null) {
                extras.put(side.getKey(), side.getValue());
                extra = "  " + side.getKey() + " " + fixed3(side.getValue());
            }
            rows.add(new Row(c.name(), gold.size(), found.size(), p, r, f, extra));
        }
        // summed left to right, as Python 3.11's sum() does
        double sum = 0;
        for (Row row : rows) {
            sum += row.f1();
        }
        return new Score(rows, rows.isEmpty() ? 0.0 : sum / rows.size(), extras);
    }

    /** The category's gold entries from every paper, in order, each real-world thing once. */
    private static List<Map<String, Object>> gold(Category c, List<Gold> golds) {
        List<Map<String, Object>> all = new ArrayList<>();
        golds.forEach(g -> all.addAll(g.list(c.name())));
        if (c.key() == null) {
            return all;
        }
        Set<Object> seen = new HashSet<>();
        return all.stream().filter(g -> seen.add(c.key().apply(g))).toList();
    }

    /** The entities the category's query finds, in the order they first appear, with their values. */
    static Map<String, Found> found(Dataset ds, String query) {
        Map<String, Map<String, Set<String>>> out = new LinkedHashMap<>();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(Category.PREFIXES + query).build()) {
                qe.execSelect().forEachRemaining(s -> {
                    Map<String, Set<String>> m = out.computeIfAbsent(value(s.get("e")), k -> new LinkedHashMap<>());
                    s.varNames().forEachRemaining(v -> {
                        if (!v.equals("e") && s.get(v) != null) {
                            m.computeIfAbsent(v, k -> new LinkedHashSet<>()).add(value(s.get(v)));
                        }
                    });
                });
            }
        });
        Map<String, Found> found = new LinkedHashMap<>();
        out.forEach((e, values) -> found.put(e, new Found(values)));
        return found;
    }

    /** A term's {@code value} in SPARQL JSON results: a literal's lexical form, an IRI, a blank node's label. */
    private static String value(RDFNode n) {
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    /** Greedy one-to-one matching: each gold entry takes the first unused found entity it matches. */
    private static List<Pair> match(List<Map<String, Object>> gold, Map<String, Found> found, Category.Rule rule) {
        List<Pair> pairs = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Map<String, Object> g : gold) {
            for (Map.Entry<String, Found> f : found.entrySet()) {
                if (!used.contains(f.getKey()) && rule.matches(g, f.getValue())) {
                    used.add(f.getKey());
                    pairs.add(new Pair(g, f.getValue()));
                    break;
                }
            }
        }
        return pairs;
    }

    /** The measure printed beside persons, posts and legislation, over the matched pairs; null when there is none. */
    private static Map.Entry<String, Double> sideMeasure(String category, List<Pair> pairs) {
        if (pairs.isEmpty()) {
            return null;
        }
        return switch (category) {
            case "persons" -> Map.entry("kind-accuracy", (double) pairs.stream().filter(Evaluator::kindAgrees).count() / pairs.size());
            case "legislation" -> sectionRecall(pairs);
            case "posts" -> holderRecall(pairs);
            default -> null;
        };
    }

    /** The person is typed as the gold types them: Councillor, Officer, CoOptedMember, or none of these for "other". */
    private static boolean kindAgrees(Pair p) {
        Object kind = p.gold().get("kind");
        String want = "councillor".equals(kind) ? "Councillor" : "officer".equals(kind) ? "Officer"
                : "co-opted".equals(kind) ? "CoOptedMember" : null;
        Set<String> have = new HashSet<>();
        p.found().get("kind").forEach(k -> have.add(k.substring(k.lastIndexOf('#') + 1)));
        return have.equals(want == null ? Set.of() : Set.of(want));
    }

    /** The share of the matched Acts' cited sections found as sections of the Act (subsections aside). */
    private static Map.Entry<String, Double> sectionRecall(List<Pair> pairs) {
        int cited = 0;
        int hit = 0;
        for (Pair p : pairs) {
            Set<String> have = new HashSet<>();
            p.found().get("sec").forEach(s -> have.add(sectionNumber(s)));
            if (p.gold().get("sections") instanceof List<?> sections) {
                for (Object s : sections) {
                    cited++;
                    hit += have.contains(sectionNumber(s)) ? 1 : 0;
                }
            }
        }
        return cited == 0 ? null : Map.entry("section-recall", (double) hit / cited);
    }

    /** The share of matched posts with a gold holder whose holder is found holding them. */
    private static Map.Entry<String, Double> holderRecall(List<Pair> pairs) {
        List<Pair> held = pairs.stream().filter(p -> truthy(p.gold().get("holder"))).toList();
        if (held.isEmpty()) {
            return null;
        }
        long ok = held.stream().filter(p -> samePerson(List.of(p.gold().get("holder")), p.found().get("holder"))).count();
        return Map.entry("holder-recall", (double) ok / held.size());
    }
}
