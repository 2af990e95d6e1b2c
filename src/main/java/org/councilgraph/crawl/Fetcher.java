package org.councilgraph.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Fetches URLs as a good citizen of a council's server: one request at a time per host with at least
 * the delay between them (or the site's Crawl-delay, whichever is longer); a User-Agent naming
 * councilgraph; robots.txt read once per host and obeyed; 429 and 503 retried after the Retry-After
 * the server asks for, other failures after a bounded exponential back-off; redirects followed only
 * within the host; a size cap on every answer; conditional requests when validators are known.
 */
public final class Fetcher {
    /** The product token robots.txt groups are matched against. */
    public static final String AGENT_TOKEN = "councilgraph";

    /** How a crawl treats a server. */
    public record Politeness(long delayMillis, long maxBytes, Duration timeout, int attempts, Duration maxWait) {
        public static Politeness defaults() {
            return new Politeness(1000, 50L * 1024 * 1024, Duration.ofSeconds(90), 4, Duration.ofMinutes(5));
        }

        public Politeness withDelay(long millis) {
            return new Politeness(millis, maxBytes, timeout, attempts, maxWait);
        }

        public Politeness withMaxBytes(long bytes) {
            return new Politeness(delayMillis, bytes, timeout, attempts, maxWait);
        }
    }

    /** What the archive knows of a URL from an earlier crawl, sent back as a conditional request. */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators("", "");
    }

    /** An answer: 200 with its body, or 304 (not modified) with none. */
    public record Response(URI uri, int status, byte[] body, String contentType, Validators validators) {
        public boolean notModified() {
            return status == 304;
        }
    }

    /** One request as sent and answered, for the request log. */
    public record Exchange(String method, URI uri, int status, long bytes, long millis, String note) {
        @Override
        public String toString() {
            return String.format("%s %s -> %s %d bytes %d ms%s", method, uri, status < 0 ? "failed" : status, bytes, millis,
                    note.isEmpty() ? "" : " (" + note + ")");
        }
    }

    private static final int MAX_REDIRECTS = 5;

    private final HttpClient http;
    private final Politeness politeness;
    private final String userAgent;
    private final Consumer<Exchange> log;
    private final Map<String, Robots> robots = new HashMap<>();
    private final Map<String, Long> lastRequestAt = new HashMap<>();

    public Fetcher(Politeness politeness, String version, Consumer<Exchange> log) {
        this.politeness = politeness;
        this.userAgent = "councilgraph/" + version + " (linked-data knowledge graph of council papers; +https://w3id.org/councilgraph)";
        this.log = log;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(30)).build();
    }

    public String userAgent() {
        return userAgent;
    }

    /** GETs {@code uri}, conditionally when {@code known} has validators; throws when it cannot be had. */
    public synchronized Response get(URI uri, Validators known) throws FetchException {
        if (!robotsFor(uri).allows(pathAndQuery(uri))) {
            log.accept(new Exchange("SKIP", uri, -1, 0, 0, "disallowed by robots.txt"));
            throw new FetchException(uri, "disallowed by the site's robots.txt");
        }
        URI current = uri;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            Response r = withRetries(current, known);
            if (r.status() / 100 != 3 || r.status() == 304) {
                return r;
            }
            current = redirectTarget(uri, current, r);
        }
        throw new FetchException(uri, "more than " + MAX_REDIRECTS + " redirects");
    }

    private URI redirectTarget(URI original, URI current, Response r) throws FetchException {
        String location = new String(r.body(), StandardCharsets.UTF_8);
        if (location.isBlank()) {
            throw new FetchException(original, "redirect " + r.status() + " without a Location");
        }
        URI next = current.resolve(location.strip());
        if (!sameHost(original, next)) {
            throw new FetchException(original, "redirected to another host (" + next.getHost() + "), not followed");
        }
        if (!robotsFor(next).allows(pathAndQuery(next))) {
            throw new FetchException(original, "redirected to a path the site's robots.txt disallows");
        }
        return next;
    }

    static boolean sameHost(URI a, URI b) {
        return a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost()) && a.getPort() == b.getPort()
                && (b.getScheme().equals(a.getScheme()) || b.getScheme().equals("https"));
    }

    private Response withRetries(URI uri, Validators known) throws FetchException {
        String lastProblem = "";
        for (int attempt = 1; attempt <= politeness.attempts(); attempt++) {
            long waitMillis;
            try {
                Response r = once(uri, known);
                if (r.status() != 429 && r.status() / 100 != 5) {
                    if (r.status() >= 400) {
                        throw new FetchException(uri, "HTTP " + r.status());
                    }
                    return r;
                }
                lastProblem = "HTTP " + r.status();
                Optional<Duration> asked = retryAfter(new String(r.body(), StandardCharsets.US_ASCII));
                waitMillis = asked.map(Duration::toMillis).orElse(backoff(attempt));
            } catch (IOException e) {
                lastProblem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                waitMillis = backoff(attempt);
            }
            if (attempt < politeness.attempts()) {
                pause(Math.min(waitMillis, politeness.maxWait().toMillis()));
            }
        }
        throw new FetchException(uri, lastProblem + " after " + politeness.attempts() + " attempts");
    }

    private long backoff(int attempt) {
        return Math.min(Math.max(politeness.delayMillis(), 500) << Math.min(attempt, 6), 60_000);
    }

    /** A Retry-After value (seconds or an HTTP date), carried in the body slot of a 429/503 answer. */
    static Optional<Duration> retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    /**
     * One request after the host's spacing. A redirect's Location and a 429/503's Retry-After come
     * back in the body slot, so the callers above need no headers.
     */
    private Response once(URI uri, Validators known) throws IOException, FetchException {
        space(uri);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(politeness.timeout()).header("User-Agent", userAgent)
                .header("Accept", "*/*").GET();
        if (!known.etag().isEmpty()) {
            b.header("If-None-Match", known.etag());
        }
        if (!known.lastModified().isEmpty()) {
            b.header("If-Modified-Since", known.lastModified());
        }
        long t0 = System.nanoTime();
        HttpResponse<InputStream> resp;
        try {
            resp = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (IOException e) {
            log.accept(new Exchange("GET", uri, -1, 0, (System.nanoTime() - t0) / 1_000_000, String.valueOf(e)));
            throw e;
        }
        int status = resp.statusCode();
        byte[] body;
        String note = "";
        try (InputStream in = resp.body()) {
            if (status == 200) {
                body = capped(uri, in);
            } else {
                in.readNBytes(64 * 1024);
                String header = status / 100 == 3 ? "location" : "retry-after";
                body = resp.headers().firstValue(header).orElse("").getBytes(StandardCharsets.UTF_8);
                note = body.length == 0 ? "" : header + ": " + new String(body, StandardCharsets.UTF_8);
            }
        } catch (FetchException e) {
            log.accept(new Exchange("GET", uri, status, 0, (System.nanoTime() - t0) / 1_000_000, e.reason()));
            throw e;
        } finally {
            lastRequestAt.put(hostKey(uri), System.nanoTime());
        }
        log.accept(new Exchange("GET", uri, status, status == 200 ? body.length : 0, (System.nanoTime() - t0) / 1_000_000, note));
        Validators v = new Validators(resp.headers().firstValue("etag").orElse(""),
                resp.headers().firstValue("last-modified").orElse(""));
        return new Response(uri, status, body, resp.headers().firstValue("content-type").orElse(""), v);
    }

    private byte[] capped(URI uri, InputStream in) throws IOException, FetchException {
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, politeness.maxBytes() + 1));
        if (body.length > politeness.maxBytes()) {
            throw new FetchException(uri, "larger than the cap of " + politeness.maxBytes() / (1024 * 1024) + " MB");
        }
        return body;
    }

    /** Waits until the host's last request is at least the delay (or its Crawl-delay) behind us. */
    private void space(URI uri) {
        Long last = lastRequestAt.get(hostKey(uri));
        if (last == null) {
            return;
        }
        Robots r = robots.get(hostKey(uri));
        long delay = Math.max(politeness.delayMillis(), r == null ? 0 : r.crawlDelayMillis());
        long waited = (System.nanoTime() - last) / 1_000_000;
        pause(delay - waited);
    }

    private static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Robots robotsFor(URI uri) throws FetchException {
        String key = hostKey(uri);
        Robots r = robots.get(key);
        if (r != null) {
            return r;
        }
        robots.put(key, Robots.ALLOW_ALL); // while robots.txt itself is fetched
        URI at = URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/robots.txt");
        try {
            Response resp = withRetries(at, Validators.NONE);
            r = Robots.parse(new String(resp.body(), StandardCharsets.UTF_8), AGENT_TOKEN);
        } catch (FetchException e) {
            // RFC 9309: a robots.txt that is missing (4xx) allows everything; one the server fails on forbids all
            r = e.reason().startsWith("HTTP 4") ? Robots.ALLOW_ALL : Robots.DISALLOW_ALL;
        }
        robots.put(key, r);
        return r;
    }

    private static String hostKey(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static String pathAndQuery(URI uri) {
        String p = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? p : p + "?" + uri.getRawQuery();
    }
}
