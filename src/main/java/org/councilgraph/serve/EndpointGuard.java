package org.councilgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What keeps the public SPARQL endpoint safe to leave open: every query runs under a time limit
 * (default 30 s) and a cap on result rows (default 10,000), and no query may make the server call
 * another host ({@code SERVICE}) or load a class by name ({@code <java:...>} functions). A query
 * longer than {@value QueryInspection#MAX_CHARS} characters, or nested too deeply, is refused
 * before it is parsed; REGEX and REPLACE match in linear time ({@link LinearRegex}), so the time
 * limit holds whatever the pattern. Queries that read the data run a few at a time
 * ({@link Limits#heavyQueries}), the rest waiting their turn within the time limit, so a flood of
 * heavy queries leaves workers for light ones and for the site's pages. Answers to repeated GET
 * queries come from a bounded memory cache (64 MB by default), so many clients asking the same
 * questions cost one evaluation. Updates ({@code LOAD} included) and graph-store writes need no
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
    /** Request attribute: the {@link System#nanoTime()} at which the query's time is up (a Long). */
    static final String DEADLINE_ATTRIBUTE = "councilgraph.query.deadline";
    /** Heavy queries that may wait for a turn at once (each within its time limit); more are told the server is busy. */
    static final int MAX_WAITING = 128;
    private static final String PERMIT_ATTRIBUTE = "councilgraph.query.permit";
    private static final Logger LOG = LoggerFactory.getLogger(EndpointGuard.class);

    /**
     * The limits every query on the endpoint runs under.
     *
     * @param cacheBytes   memory for answers to repeated GET queries, their keys included (0: none)
     * @param heavyQueries how many queries that read the data run at once (the rest wait their turn)
     */
    public record Limits(long timeoutMillis, long maxRows, long cacheBytes, int heavyQueries) {
        /** Two at least, else one a core: enough to keep the cores busy, and no more. */
        public static final int DEFAULT_HEAVY = Math.max(2, Runtime.getRuntime().availableProcessors());
        public static final Limits DEFAULT = new Limits(30_000, 10_000, 64L << 20);

        public Limits(long timeoutMillis, long maxRows, long cacheBytes) {
            this(timeoutMillis, maxRows, cacheBytes, DEFAULT_HEAVY);
        }

        public Limits heavyQueries(int n) {
            return new Limits(timeoutMillis, maxRows, cacheBytes, Math.max(1, n));
        }

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

    /** Fuseki's query operation with the limits applied. */
    static final class GuardedQuery extends SPARQL_QueryDataset {
        private final Limits limits;
        private final Semaphore heavy;
        private final AtomicInteger waiting = new AtomicInteger();
        private volatile FunctionRegistry functions;
        private volatile PropertyFunctionRegistry propertyFunctions;

        GuardedQuery(Limits limits) {
            this.limits = limits;
            this.heavy = new Semaphore(Math.max(1, limits.heavyQueries()), true);
        }

        /** A POST body read only up to the longest query taken: an 8 MB query costs nothing to refuse. */
        @Override
        protected void executeBody(HttpAction action) {
            long most = QueryInspection.MAX_CHARS * 4L;
            long declared = action.getRequest().getContentLengthLong();
            if (declared > most) {
                tooLong(action, declared);
            }
            byte[] body;
            try (InputStream in = action.getRequestInputStream()) {
                body = in.readNBytes((int) most + 1);
            } catch (IOException e) {
                ServletOps.errorBadRequest("Could not read the query: " + e.getClass().getSimpleName());
                return;
            }
            if (body.length > most) {
                tooLong(action, -1);
            }
            execute(new String(body, StandardCharsets.UTF_8), action);
        }

        private static void tooLong(HttpAction action, long bytes) {
            action.getResponse().setHeader("Connection", "close");
            ServletOps.errorBadRequest(String.format(Locale.ROOT, "The query is %s long; this endpoint takes at most %,d "
                    + "characters.", bytes < 0 ? "too" : String.format(Locale.ROOT, "%,d bytes", bytes), QueryInspection.MAX_CHARS));
        }

        @Override
        protected void execute(String queryString, HttpAction action) {
            long start = System.nanoTime();
            action.getRequest().setAttribute(DEADLINE_ATTRIBUTE, start + TimeUnit.MILLISECONDS.toNanos(limits.timeoutMillis()));
            String refusal = QueryInspection.refusal(queryString);
            if (refusal != null) {
                LOG.info("[{}] refused unparsed: {}", action.id, refusal);
                ServletOps.errorBadRequest(refusal);
            }
            action.getRequest().setAttribute(PERMIT_ATTRIBUTE, queryString != null && queryString.length() > QueryInspection.LIGHT_CHARS
                    ? "heavy" : "light");
            try {
                super.execute(queryString, action);
            } catch (StackOverflowError e) {
                LOG.info("[{}] refused: nested too deeply to evaluate", action.id);
                ServletOps.errorBadRequest("The query is nested too deeply to evaluate (long chains of UNION, OPTIONAL, "
                        + "operators or path steps); split it into smaller queries.");
            } catch (ActionErrorException | QueryCancelledException | QueryParseException e) {
                throw e;
            } catch (RuntimeException e) {
                // one line in the log; the body says what kind of failure, never a file or a stack
                LOG.warn("[{}] query failed: {}", action.id, e.toString());
                ServletOps.errorOccurred("Something went wrong answering this query (" + e.getClass().getSimpleName() + ").");
            } finally {
                if ("running".equals(action.getRequest().getAttribute(PERMIT_ATTRIBUTE))) {
                    action.getRequest().setAttribute(PERMIT_ATTRIBUTE, "done");
                    heavy.release();
                }
            }
        }

        @Override
        protected void validateQuery(HttpAction action, Query query) {
            super.validateQuery(action, query);
            QueryInspection.Findings found = QueryInspection.inspect(Algebra.compile(query));
            if (found.callsOut()) {
                ServletOps.errorForbidden("SERVICE is not allowed on this endpoint: queries may not make the server "
                        + "call other hosts");
            }
            if ((query.isSelectType() || query.isConstructType() || query.isDescribeType())
                    && (!query.hasLimit() || query.getLimit() > limits.maxRows())) {
                query.setLimit(limits.maxRows());
                action.getResponse().setHeader(ROW_CAP_HEADER, Long.toString(limits.maxRows()));
            }
            if (found.readsData() || query.isDescribeType() || "heavy".equals(action.getRequest().getAttribute(PERMIT_ATTRIBUTE))) {
                admit(action);
            }
        }

        /** Waits, within the query's time, for one of the few turns heavy queries share. */
        private void admit(HttpAction action) {
            if (waiting.incrementAndGet() > MAX_WAITING) {
                waiting.decrementAndGet();
                busy(action);
            }
            boolean admitted = false;
            try {
                admitted = heavy.tryAcquire(Math.max(0, deadline(action) - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                waiting.decrementAndGet();
            }
            if (!admitted) {
                busy(action);
            }
            action.getRequest().setAttribute(PERMIT_ATTRIBUTE, "running");
        }

        private void busy(HttpAction action) {
            action.getResponse().setHeader("Retry-After", "10");
            ServletOps.error(503, String.format(Locale.ROOT, "The server is busy: %d queries that read the data are "
                    + "running and %d waiting. Try again in a few seconds.", limits.heavyQueries(), waiting.get()));
        }

        private static long deadline(HttpAction action) {
            return (Long) action.getRequest().getAttribute(DEADLINE_ATTRIBUTE);
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
            // the time waited for a turn counts: the limit is the client's, from the request's arrival
            long started = deadline(action) - TimeUnit.MILLISECONDS.toNanos(limits.timeoutMillis());
            long deadline = started + TimeUnit.MILLISECONDS.toNanos(timeout);
            action.getRequest().setAttribute(DEADLINE_ATTRIBUTE, deadline);
            long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
            return QueryExec.newBuilder()
                    .dataset(dataset)
                    .query(LinearRegex.rewrite(query))
                    .context(action.getContext())
                    .set(ARQ.httpServiceAllowed, false)
                    .set(ARQConstants.registryFunctions, functions())
                    .set(ARQConstants.registryPropertyFunctions, propertyFunctions())
                    .set(LinearRegex.DEADLINE, deadline)
                    .overallTimeout(left, TimeUnit.MILLISECONDS)
                    .build();
        }

        private FunctionRegistry functions() {
            if (functions == null) {
                functions = SafeFunctions.functions();
            }
            return functions;
        }

        private PropertyFunctionRegistry propertyFunctions() {
            if (propertyFunctions == null) {
                propertyFunctions = SafeFunctions.propertyFunctions();
            }
            return propertyFunctions;
        }
    }
}
