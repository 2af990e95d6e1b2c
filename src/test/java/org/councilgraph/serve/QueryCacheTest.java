package org.councilgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The answer cache on its own, with requests and responses made here: what it counts, what it
 * keeps, and what a hit says.
 */
class QueryCacheTest {
    private static final byte[] ANSWER = "{\"head\":{},\"boolean\":true}".getBytes(StandardCharsets.UTF_8);
    private final AtomicInteger evaluations = new AtomicInteger();

    /** The endpoint behind the cache: counts its evaluations and answers as Fuseki does. */
    private final FilterChain endpoint = (req, resp) -> {
        evaluations.incrementAndGet();
        HttpServletResponse r = (HttpServletResponse) resp;
        r.setStatus(200);
        r.setContentType("application/sparql-results+json");
        r.setHeader("Vary", "Accept,Origin");
        r.getOutputStream().write(ANSWER);
    };

    @Test
    void keysCountAgainstTheCapSoPaddedRequestsCannotFillTheHeap() throws Exception {
        long cap = 1 << 20;
        QueryCache cache = new QueryCache(cap, 1000);
        String pad = "p".repeat(8_000);
        ask(cache, "query=ASK%7B%7D&pad=0" + pad, null);
        assertTrue(cache.bytes() >= 2 * 8_000, "one entry counts its key: " + cache.bytes());
        for (int i = 1; i < 2_000; i++) {
            ask(cache, "query=ASK%7B%7D&pad=" + i + pad, null);
            assertTrue(cache.bytes() <= cap, "within the cap after " + i + ": " + cache.bytes());
        }
        assertEquals(2_000, evaluations.get(), "every padded request was distinct");
    }

    @Test
    void anAnswerFinishedAfterItsDeadlineIsNeverKept() throws Exception {
        QueryCache cache = new QueryCache(1 << 20, 1000);
        Long past = System.nanoTime() - 1;
        ask(cache, "query=SELECT", past);
        ask(cache, "query=SELECT", past);
        assertEquals(2, evaluations.get(), "a possibly cut answer was not served again");
        Long future = System.nanoTime() + 60_000_000_000L;
        ask(cache, "query=SELECT", future);
        Response hit = ask(cache, "query=SELECT", future);
        assertEquals(3, evaluations.get(), "an answer in time was kept");
        assertEquals("hit", hit.headers.get(QueryCache.HEADER));
    }

    @Test
    void aHitSaysItVariesByAccept() throws Exception {
        QueryCache cache = new QueryCache(1 << 20, 1000);
        ask(cache, "query=ASK", null);
        Response hit = ask(cache, "query=ASK", null);
        assertEquals("hit", hit.headers.get(QueryCache.HEADER));
        assertTrue(hit.headers.get("Vary").contains("Accept"), hit.headers.toString());
        assertEquals(new String(ANSWER, StandardCharsets.UTF_8), hit.body.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aVeryLongRequestIsAnsweredButNotKept() throws Exception {
        QueryCache cache = new QueryCache(64 << 20, 1000);
        String q = "query=ASK&pad=" + "p".repeat(QueryCache.MAX_KEY_CHARS);
        Response first = ask(cache, q, null);
        Response second = ask(cache, q, null);
        assertEquals(2, evaluations.get());
        assertNull(second.headers.get(QueryCache.HEADER));
        assertEquals(new String(ANSWER, StandardCharsets.UTF_8), first.body.toString(StandardCharsets.UTF_8));
        assertEquals(0, cache.bytes());
    }

    // ---------------------------------------------------------------- a request and a response, just enough of them

    private static final class Response {
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        int status = 200;
        String contentType;
    }

    /** What an unused method returns: the type's zero. */
    private static Object nothing(Class<?> type) {
        if (type == boolean.class) {
            return Boolean.FALSE;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        return null;
    }

    private Response ask(QueryCache cache, String queryString, Long deadline) throws Exception {
        Map<String, Object> attributes = new HashMap<>();
        if (deadline != null) {
            attributes.put(EndpointGuard.DEADLINE_ATTRIBUTE, deadline);
        }
        HttpServletRequest req = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> switch (m.getName()) {
                    case "getMethod" -> "GET";
                    case "getQueryString" -> queryString;
                    case "getRequestURI" -> "/councilgraph/sparql";
                    case "getParameter" -> "query".equals(a[0]) ? "ASK {}" : null;
                    case "getHeader" -> "Accept".equals(a[0]) ? "application/sparql-results+json" : null;
                    case "getAttribute" -> attributes.get((String) a[0]);
                    case "setAttribute" -> attributes.put((String) a[0], a[1]);
                    case "hashCode" -> System.identityHashCode(p);
                    case "equals" -> p == a[0];
                    default -> nothing(m.getReturnType());
                });
        Response out = new Response();
        ServletOutputStream stream = new ServletOutputStream() {
            @Override
            public void write(int b) {
                out.body.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }
        };
        HttpServletResponse resp = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (p, m, a) -> switch (m.getName()) {
                    case "setStatus" -> {
                        out.status = (Integer) a[0];
                        yield null;
                    }
                    case "getStatus" -> out.status;
                    case "setContentType" -> {
                        out.contentType = (String) a[0];
                        yield null;
                    }
                    case "getContentType" -> out.contentType;
                    case "setHeader" -> out.headers.put((String) a[0], (String) a[1]);
                    case "getHeader" -> out.headers.get((String) a[0]);
                    case "getOutputStream" -> stream;
                    case "getCharacterEncoding" -> "UTF-8";
                    case "hashCode" -> System.identityHashCode(p);
                    case "equals" -> p == a[0];
                    default -> nothing(m.getReturnType());
                });
        cache.doFilter(req, resp, endpoint);
        return out;
    }
}
