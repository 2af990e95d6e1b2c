package org.councilgraph.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A local server standing in for a council's ModernGov site: it answers the web service's operations
 * with responses set by the test (invented ones, or the real ones saved in ../shared), serves documents,
 * and can be told to misbehave (503 with Retry-After, malformed XML, validators or none). It logs every
 * request with the time it arrived and whether another was in flight.
 */
final class StandInSite implements AutoCloseable {
    /** A request as the server saw it. */
    record Seen(long atNanos, String pathAndQuery, String userAgent, String ifNoneMatch, String ifModifiedSince,
            boolean overlapped, int status, String method) {
        /** One line of a request log: method, path, status, and the conditional headers sent. */
        String logLine() {
            return method + " " + pathAndQuery + " " + status + (ifNoneMatch.isEmpty() ? "" : " If-None-Match: " + ifNoneMatch)
                    + (ifModifiedSince.isEmpty() ? "" : " If-Modified-Since: " + ifModifiedSince);
        }
    }

    /** An answer: status, body, content type, and an ETag / Last-Modified to send (empty: none). */
    record Answer(int status, byte[] body, String type, String etag, String lastModified, Map<String, String> headers) {
        static Answer xml(String xml) {
            return new Answer(200, xml.getBytes(StandardCharsets.UTF_8), "text/xml; charset=utf-8", "", "", Map.of());
        }

        static Answer of(int status, String body, Map<String, String> headers) {
            return new Answer(status, body.getBytes(StandardCharsets.UTF_8), "text/plain", "", "", headers);
        }

        Answer validated(String etag, String lastModified) {
            return new Answer(status, body, type, etag, lastModified, headers);
        }
    }

    private final HttpServer server;
    private final Map<String, List<Answer>> answers = new HashMap<>();
    final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger inFlight = new AtomicInteger();

    StandInSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers {@code pathAndQuery} with these answers in turn, the last one from then on. */
    synchronized StandInSite on(String pathAndQuery, Answer... in) {
        answers.put(pathAndQuery, new ArrayList<>(List.of(in)));
        return this;
    }

    List<Seen> requestsFor(String prefix) {
        synchronized (seen) {
            return seen.stream().filter(s -> s.pathAndQuery().startsWith(prefix)).toList();
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        boolean overlapped = inFlight.incrementAndGet() > 1;
        try {
            URI u = ex.getRequestURI();
            String key = u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
            Answer a = next(key);
            String inm = header(ex, "If-None-Match");
            String ims = header(ex, "If-Modified-Since");
            int status = a.status();
            boolean notModified = status == 200 && (!a.etag().isEmpty() && a.etag().equals(inm)
                    || a.etag().isEmpty() && !a.lastModified().isEmpty() && a.lastModified().equals(ims));
            if (notModified) {
                status = 304;
            }
            seen.add(new Seen(System.nanoTime(), key, header(ex, "User-Agent"), inm, ims, overlapped, status, ex.getRequestMethod()));
            if (!a.etag().isEmpty()) {
                ex.getResponseHeaders().add("ETag", a.etag());
            }
            if (!a.lastModified().isEmpty()) {
                ex.getResponseHeaders().add("Last-Modified", a.lastModified());
            }
            a.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
            ex.getResponseHeaders().add("Content-Type", a.type());
            if (status == 304) {
                ex.sendResponseHeaders(304, -1);
            } else {
                ex.sendResponseHeaders(status, a.body().length == 0 ? -1 : a.body().length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(a.body());
                }
            }
        } finally {
            inFlight.decrementAndGet();
            ex.close();
        }
    }

    private synchronized Answer next(String key) {
        List<Answer> list = answers.get(key);
        if (list == null) {
            return Answer.of(404, "not found", Map.of());
        }
        return list.size() > 1 ? list.remove(0) : list.get(0);
    }

    private static String header(HttpExchange ex, String name) {
        String v = ex.getRequestHeaders().getFirst(name);
        return v == null ? "" : v;
    }

    /** A one-page PDF holding {@code lines}, as a council's printed minutes would. */
    static byte[] pdf(String... lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.newLineAtOffset(60, 720);
                for (String l : lines) {
                    cs.showText(l);
                    cs.newLineAtOffset(0, -16);
                }
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
