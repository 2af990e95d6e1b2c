package org.councilgraph.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;

/**
 * Times queries against a served endpoint as its clients see them: each query asked {@code rounds}
 * times by each of {@code clients} concurrent clients; latency percentiles and the rows of one answer.
 * A timed answer is read whole as bytes and checked (status 200, a results document) but not parsed
 * into RDF terms: the clients share the server's machine, and parsing every answer there (Jena's HTTP
 * client builds and validates each term) is client work that would be charged to the server's
 * latency. Asked to, the clients parse each answer with Jena's client instead.
 */
public final class QueryBench {
    /** One line of the table. */
    public record Line(String query, long quads, int clients, double p50, double p95, long rows, String error, double cpu) {
        public String row() {
            return error.isEmpty()
                    ? String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %d |", query, quads, clients, p50, p95, rows)
                    : String.format(Locale.ROOT, "| %s | %d | %d | error | error | %s |", query, quads, clients, error);
        }

        /** The row with the CPU time an answer cost this process (server and client both) as a last column. */
        public String rowWithCpu() {
            return row() + String.format(Locale.ROOT, " %.1f |", cpu);
        }
    }

    /**
     * The CPU time of this whole process, in nanoseconds: on a shared machine the latency of a query
     * measures the other processes too, its CPU time (divided by the answers given) far less so.
     */
    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    public static final String HEADER = "| query | quads | clients | p50 ms | p95 ms | rows |\n|---|---:|---:|---:|---:|---:|";
    public static final String HEADER_CPU = "| query | quads | clients | p50 ms | p95 ms | rows | cpu ms |\n|---|---:|---:|---:|---:|---:|---:|";

    private QueryBench() {
    }

    /** One HTTP client for every timed answer: a client per request would hold its threads and connections. */
    private static final java.net.http.HttpClient HTTP = LoadTest.client();

    public static Line time(String endpoint, String name, String query, long quads, int clients, int rounds) {
        return time(endpoint, name, query, quads, clients, rounds, false);
    }

    /** As {@link #time(String, String, String, long, int, int)}; {@code parse}: clients parse each answer with Jena's client. */
    public static Line time(String endpoint, String name, String query, long quads, int clients, int rounds, boolean parse) {
        long rows;
        try {
            rows = ask(endpoint, query); // the warm-up answer gives the row count
            ask(endpoint, query);
        } catch (RuntimeException e) {
            return new Line(name, quads, clients, 0, 0, 0, String.valueOf(e.getMessage()).lines().findFirst().orElse(""), 0);
        }
        long cpu0 = processCpu();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    long[] lat = new long[rounds];
                    for (int i = 0; i < rounds; i++) {
                        long t0 = System.nanoTime();
                        if (parse) {
                            ask(endpoint, query);
                        } else {
                            String problem = LoadTest.ask(HTTP, endpoint, query);
                            if (problem != null) {
                                throw new IllegalStateException(problem);
                            }
                        }
                        lat[i] = System.nanoTime() - t0;
                    }
                    return lat;
                }));
            }
            long[] all = new long[0];
            for (Future<long[]> f : futures) {
                long[] l = f.get();
                long[] merged = Arrays.copyOf(all, all.length + l.length);
                System.arraycopy(l, 0, merged, all.length, l.length);
                all = merged;
            }
            Arrays.sort(all);
            double cpuMillis = (processCpu() - cpu0) / 1e6 / all.length;
            return new Line(name, quads, clients, LoadTest.pct(all, 50), LoadTest.pct(all, 95), rows, "", cpuMillis);
        } catch (Exception e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Line(name, quads, clients, 0, 0, 0, String.valueOf(cause.getMessage()).lines().findFirst().orElse(""), 0);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long ask(String endpoint, String query) {
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(query).build()) {
            if (qe.getQuery().isAskType()) {
                qe.execAsk();
                return 1;
            }
            ResultSet rs = qe.execSelect();
            long n = 0;
            while (rs.hasNext()) {
                rs.next();
                n++;
            }
            return n;
        }
    }
}
