package org.councilgraph.serve;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * What keeps the public SPARQL endpoint safe to leave open: every query runs under a time limit
 * (default 30 s) and a cap on result rows (default 10,000), and no query may make the server call
 * another host ({@code SERVICE}). Answers to repeated GET queries come from a bounded memory cache
 * (64 MB by default), so many clients asking the same questions cost one evaluation. Updates ({@code LOAD} included) and graph-store writes need no
 * guard here: the dataset is published read-only, so no endpoint accepts them.
 *
 * <pre>{@code
 * FusekiServer.Builder b = FusekiServer.create().add("/ds", dsg, false);
 * EndpointGuard.apply(b);          // limits from -Dcouncilgraph.query.timeout / .maxRows, or defaults
 * }</pre>
 */
public final class EndpointGuard {
    /** System property: the query time limit in seconds (decimals allowed). */
    public static final String TIMEOUT_PROPERTY = "councilgraph.query.timeout";
    /** System property: the most result rows a query returns. */
    public static final String MAX_ROWS_PROPERTY = "councilgraph.query.maxRows";
    /** System property: bytes of answers kept for repeated queries (0: no cache). */
    public static final String CACHE_PROPERTY = "councilgraph.query.cacheBytes";
    /** Response header set when a query's results were cut at the row cap. */
    public static final String ROW_CAP_HEADER = "X-Councilgraph-Row-Cap";

    /**
     * The limits every query on the endpoint runs under.
     *
     * @param cacheBytes memory for answers to repeated GET queries (0: none)
     */
    public record Limits(long timeoutMillis, long maxRows, long cacheBytes) {
        public static final Limits DEFAULT = new Limits(30_000, 10_000, 64L << 20);

        /** The defaults, overridden by the system properties when set. */
        public static Limits fromSystem() {
            long timeout = DEFAULT.timeoutMillis();
            long rows = DEFAULT.maxRows();
            String t = System.getProperty(TIMEOUT_PROPERTY);
            if (t != null && !t.isBlank()) {
                timeout = Math.round(Double.parseDouble(t.strip()) * 1000);
            }
            String r = System.getProperty(MAX_ROWS_PROPERTY);
            if (r != null && !r.isBlank()) {
                rows = Long.parseLong(r.strip());
            }
            String c = System.getProperty(CACHE_PROPERTY);
            long cache = c == null || c.isBlank() ? DEFAULT.cacheBytes() : Long.parseLong(c.strip());
            return new Limits(timeout, rows, cache);
        }
    }

    private EndpointGuard() {
    }

    /** Applies the limits from the system properties (or the defaults) to every query endpoint of {@code b}. */
    public static FusekiServer.Builder apply(FusekiServer.Builder b) {
        return apply(b, Limits.fromSystem());
    }

    public static FusekiServer.Builder apply(FusekiServer.Builder b, Limits limits) {
        if (limits.cacheBytes() > 0) {
            b.addFilter("/*", new QueryCache(limits.cacheBytes(), limits.timeoutMillis()));
        }
        return b.registerOperation(Operation.Query, new GuardedQuery(limits));
    }

    /**
     * True when {@code query} asks for a remote call anywhere: in its pattern, subqueries, or inside
     * EXISTS in a filter, BIND, HAVING or ORDER BY. The algebra walker finds the first kinds; the
     * algebra's printed form names every {@code (service ...)} however deep, ORDER BY included. The
     * execution context refuses SERVICE as well, so a form both miss still calls no one.
     */
    static boolean callsOut(Query query) {
        if (query.getQueryPattern() == null) {
            return false;
        }
        Op op = Algebra.compile(query);
        boolean[] found = {false};
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService s) {
                found[0] = true;
            }
        });
        return found[0] || op.toString().contains("(service ") || query.getOrderBy() != null
                && query.getOrderBy().stream().anyMatch(c -> c.getExpression().toString().contains("(service "));
    }

    /** Fuseki's query operation with the limits applied. */
    static final class GuardedQuery extends SPARQL_QueryDataset {
        private final Limits limits;

        GuardedQuery(Limits limits) {
            this.limits = limits;
        }

        @Override
        protected void validateQuery(HttpAction action, Query query) {
            super.validateQuery(action, query);
            if (callsOut(query)) {
                ServletOps.errorForbidden("SERVICE is not allowed on this endpoint: queries may not make the server "
                        + "call other hosts");
            }
            if ((query.isSelectType() || query.isConstructType() || query.isDescribeType())
                    && (!query.hasLimit() || query.getLimit() > limits.maxRows())) {
                query.setLimit(limits.maxRows());
                action.getResponse().setHeader(ROW_CAP_HEADER, Long.toString(limits.maxRows()));
            }
        }

        @Override
        protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
            long timeout = limits.timeoutMillis();
            String asked = action.getRequestParameter("timeout");
            if (asked != null) {
                try {
                    // a client may ask for less time than the server allows, never more
                    long ms = Math.round(Double.parseDouble(asked.strip()) * 1000);
                    if (ms > 0) {
                        timeout = Math.min(timeout, ms);
                    }
                } catch (NumberFormatException e) {
                    ServletOps.errorBadRequest(String.format(Locale.ROOT, "timeout=%s is not a number of seconds", asked));
                }
            }
            return QueryExec.newBuilder()
                    .dataset(dataset)
                    .query(query)
                    .context(action.getContext())
                    .set(ARQ.httpServiceAllowed, false)
                    .overallTimeout(timeout, TimeUnit.MILLISECONDS)
                    .build();
        }
    }
}
