package org.councilgraph.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many concurrent SPARQL clients against one endpoint, bounded in time and in requests. Only for
 * endpoints on this machine: the caller passes a loopback address.
 *
 * <pre>{@code
 * LoadTest.Result r = LoadTest.run("http://127.0.0.1:3030/councilgraph/sparql", queries, 100,
 *         Duration.ofSeconds(60), 1_000_000);
 * }</pre>
 */
public final class LoadTest {
    /** What a run saw; latencies in milliseconds. */
    public record Result(int clients, long requests, long errors, double seconds, double p50, double p95, double p99,
                         double max, List<String> errorSamples) {
        public double throughput() {
            return requests / Math.max(0.001, seconds);
        }

        public String summary() {
            return String.format(Locale.ROOT, "%d clients, %d requests in %.1f s (%.0f/s), %d errors; latency ms "
                    + "p50 %.1f  p95 %.1f  p99 %.1f  max %.1f", clients, requests, seconds, throughput(), errors,
                    p50, p95, p99, max);
        }
    }

    private LoadTest() {
    }

    public static Result run(String endpoint, List<String> queries, int clients, Duration duration, long maxRequests)
            throws InterruptedException {
        requireLoopback(endpoint);
        HttpClient http = client();
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicLong issued = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<String> samples = Collections.synchronizedList(new ArrayList<>());
        List<long[]> perClient = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(clients);
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            final int client = c;
            Thread t = new Thread(() -> {
                long[] lat = new long[1024];
                int n = 0;
                try {
                    for (int i = client; System.nanoTime() < deadline && issued.incrementAndGet() <= maxRequests; i++) {
                        long s = System.nanoTime();
                        String problem = ask(http, endpoint, queries.get(i % queries.size()));
                        if (problem != null) {
                            errors.incrementAndGet();
                            if (samples.size() < 5) {
                                samples.add(problem);
                            }
                        }
                        if (n == lat.length) {
                            lat = Arrays.copyOf(lat, n * 2);
                        }
                        lat[n++] = System.nanoTime() - s;
                    }
                } finally {
                    perClient.add(Arrays.copyOf(lat, n));
                    done.countDown();
                }
            }, "load-client-" + c);
            t.setDaemon(true);
            t.start();
        }
        done.await();
        double secs = (System.nanoTime() - t0) / 1e9;
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(clients, all.length, errors.get(), secs, pct(all, 50), pct(all, 95), pct(all, 99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6, List.copyOf(samples));
    }

    /**
     * Asks {@code queries} from 4 clients for {@code seconds} before anything is timed, so that a
     * benchmark measures the server as it runs for days, its code compiled, not its first seconds; a
     * line saying what was asked goes to {@code log}. Nothing is asked when {@code seconds} is 0.
     */
    public static void warmUp(String endpoint, List<String> queries, int seconds, java.io.PrintStream log)
            throws InterruptedException {
        if (seconds > 0 && !queries.isEmpty()) {
            log.println("warmed up: " + run(endpoint, queries, 4, Duration.ofSeconds(seconds), Long.MAX_VALUE).summary());
        }
    }

    /** Latency (ms) of each query asked {@code rounds} times one after another: name to {p50, p95}. */
    public static double[] sequential(String endpoint, String query, int rounds) {
        requireLoopback(endpoint);
        HttpClient http = client();
        long[] lat = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long s = System.nanoTime();
            String problem = ask(http, endpoint, query);
            if (problem != null) {
                throw new IllegalStateException(problem);
            }
            lat[i] = System.nanoTime() - s;
        }
        Arrays.sort(lat);
        return new double[] {pct(lat, 50), pct(lat, 95)};
    }

    static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Asks one query; null when it answered 200 with a results document, else what went wrong. */
    static String ask(HttpClient http, String endpoint, String query) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint + "?query="
                            + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(120)).GET().build();
            HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
            if (resp.statusCode() != 200) {
                return "HTTP " + resp.statusCode() + ": " + resp.body().strip().lines().findFirst().orElse("");
            }
            if (!resp.body().contains("\"results\"") && !resp.body().contains("\"boolean\"")) {
                return "HTTP 200 without a results document";
            }
            if (!resp.body().strip().endsWith("}")) {
                return "HTTP 200 with a results document cut short";
            }
            return null;
        } catch (Exception e) {
            return e.toString();
        }
    }

    /** The {@code p}th percentile of sorted latencies in nanoseconds, in milliseconds. */
    static double pct(long[] sortedNanos, int p) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int idx = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, idx))] / 1e6;
    }

    private static void requireLoopback(String endpoint) {
        String host = URI.create(endpoint).getHost();
        if (!(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1"))) {
            throw new IllegalArgumentException("load tests run against this machine only, not " + host);
        }
    }
}
