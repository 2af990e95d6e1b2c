package org.councilgraph.bench;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/**
 * A look-up question of {@code queries/lookup/}: a query about one entity, whose header names the
 * variable that stands for it and how the bench picks one from a store,
 * {@code # param: person  (pick: SELECT ?person WHERE ...)} or {@code # param: q  (literal: planning)}.
 */
public record LookupQuery(String name, String text, String param, String pick, String literal) {
    private static final Pattern HEADER = Pattern.compile("(?m)^#\\s*param:\\s*(\\w+)\\s*\\((pick|literal):\\s*(.+)\\)\\s*$");
    private static final Pattern OFFSET = Pattern.compile("\\s+OFFSET\\s+\\d+\\s*$", Pattern.CASE_INSENSITIVE);

    /** Reads a look-up query's header; an .rq without one is no look-up question. */
    public static Optional<LookupQuery> of(String name, String text) {
        Matcher m = HEADER.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        boolean pick = m.group(2).equals("pick");
        return Optional.of(new LookupQuery(name, text, m.group(1), pick ? m.group(3).strip() : "", pick ? "" : m.group(3).strip()));
    }

    /**
     * The query with its parameter bound to an entity of {@code ds} (the pick query's row, or its first
     * row when the store has fewer rows than its OFFSET), or empty when the store has none.
     */
    public Optional<String> bound(Dataset ds) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(text);
        if (!literal.isEmpty()) {
            q.setLiteral(param, literal);
            return Optional.of(q.toString());
        }
        Optional<RDFNode> value = first(ds, pick).or(() -> first(ds, OFFSET.matcher(pick).replaceFirst("")));
        value.ifPresent(v -> q.setParam(param, v));
        return value.map(v -> q.toString());
    }

    private Optional<RDFNode> first(Dataset ds, String select) {
        String prologue = text.lines().filter(l -> l.startsWith("PREFIX")).reduce("", (a, b) -> a + b + "\n");
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(prologue + select).build()) {
                List<QuerySolution> rows = new java.util.ArrayList<>();
                qe.execSelect().forEachRemaining(rows::add);
                return rows.isEmpty() ? Optional.<RDFNode>empty() : Optional.ofNullable(rows.get(0).get(param));
            }
        });
    }
}
