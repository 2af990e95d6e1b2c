package org.councilgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.councilgraph.store.GraphStore;

/**
 * Answers a repeated SPARQL GET from memory. The served store only changes through
 * {@link GraphStore} in this JVM (the endpoint takes no updates), so an answer stays right until
 * {@link GraphStore#writeVersion()} moves on; every key carries that version. Entries are bounded in
 * size and evicted least-recently-used, so varied queries cannot grow it without limit; a flood of
 * distinct queries simply misses. The size counted is the keys' as well as the answers': a key is the
 * whole request line, and a client can pad it with parameters the query never reads. A request line
 * longer than {@value #MAX_KEY_CHARS} characters is answered but never kept, and neither is an answer
 * that finished after its query's time was up (it may have been cut short). Concurrent askers of one
 * query not yet cached wait for the first to finish rather than each running it.
 */
final class QueryCache implements Filter {
    static final String HEADER = "X-Councilgraph-Cache";
    /** The longest request line (path, parameters and Accept) whose answer is kept. */
    static final int MAX_KEY_CHARS = 16_384;
    /** What an entry costs besides its key's and body's bytes: objects, headers, the map's node. */
    private static final int ENTRY_OVERHEAD = 256;

    private record Entry(String key, int status, String contentType, String rowCap, String vary, byte[] body) {
        long cost() {
            return ENTRY_OVERHEAD + 2L * key.length() + body.length;
        }
    }

    private final long maxBytes;
    private final int maxEntryBytes;
    private final long waitMillis;
    /** Queries being answered now: a second asker of the same one waits for the first answer. */
    private final ConcurrentHashMap<String, CountDownLatch> inFlight = new ConcurrentHashMap<>();
    private long bytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);

    QueryCache(long maxBytes) {
        this(maxBytes, EndpointGuard.Limits.DEFAULT.timeoutMillis());
    }

    /**
     * @param waitMillis how long an asker waits for the same query already running before running it
     *                   itself (the query timeout: no answer takes longer)
     */
    QueryCache(long maxBytes, long waitMillis) {
        this.waitMillis = waitMillis;
        this.maxBytes = maxBytes;
        this.maxEntryBytes = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(0, maxBytes / 8));
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest http) || !(resp instanceof HttpServletResponse out)
                || !"GET".equals(http.getMethod()) || http.getQueryString() == null || http.getParameter("query") == null) {
            chain.doFilter(req, resp);
            return;
        }
        String key = GraphStore.writeVersion() + " " + http.getRequestURI() + "?" + http.getQueryString() + " "
                + http.getHeader("Accept");
        if (key.length() > MAX_KEY_CHARS) {
            chain.doFilter(req, resp);
            return;
        }
        Entry hit;
        synchronized (this) {
            hit = entries.get(key);
        }
        CountDownLatch mine = null;
        if (hit == null) {
            // a hundred clients asking the same new query at once must not run it a hundred times
            mine = new CountDownLatch(1);
            CountDownLatch running = inFlight.putIfAbsent(key, mine);
            if (running != null) {
                mine = null;
                try {
                    running.await(waitMillis, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                synchronized (this) {
                    hit = entries.get(key);
                }
            }
        }
        if (hit != null) {
            out.setStatus(hit.status());
            out.setContentType(hit.contentType());
            if (hit.rowCap() != null) {
                out.setHeader(EndpointGuard.ROW_CAP_HEADER, hit.rowCap());
            }
            // the answer was chosen by Accept: a shared cache downstream must know that of a hit too
            out.setHeader("Vary", hit.vary() != null && hit.vary().contains("Accept") ? hit.vary() : "Accept");
            out.setHeader(HEADER, "hit");
            out.setContentLength(hit.body().length);
            out.getOutputStream().write(hit.body());
            return;
        }
        out.setHeader(HEADER, "miss");
        try {
            Capture capture = new Capture(out, maxEntryBytes);
            chain.doFilter(req, capture);
            capture.flushBuffer();
            byte[] body = capture.captured();
            if (body != null && capture.getStatus() == 200 && out.getContentType() != null && inTime(http)) {
                put(new Entry(key, 200, out.getContentType(), out.getHeader(EndpointGuard.ROW_CAP_HEADER),
                        out.getHeader("Vary"), body));
            }
        } finally {
            if (mine != null) {
                inFlight.remove(key, mine);
                mine.countDown();
            }
        }
    }

    /** False when the query's time ran out before its answer was written: the answer may be a cut one. */
    private static boolean inTime(HttpServletRequest http) {
        return !(http.getAttribute(EndpointGuard.DEADLINE_ATTRIBUTE) instanceof Long deadline)
                || System.nanoTime() - deadline < 0;
    }

    private synchronized void put(Entry e) {
        if (e.cost() > maxEntryBytes) {
            return;
        }
        Entry old = entries.put(e.key(), e);
        bytes += e.cost() - (old == null ? 0 : old.cost());
        for (Iterator<Entry> it = entries.values().iterator(); bytes > maxBytes && it.hasNext(); ) {
            bytes -= it.next().cost();
            it.remove();
        }
    }

    /** Bytes the cache holds now, keys and answers (for tests and the curious). */
    synchronized long bytes() {
        return bytes;
    }

    /** Passes the response through while keeping a copy, until the copy would be too big to keep. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private final int limit;
        private boolean overflow;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Capture(HttpServletResponse response, int limit) {
            super(response);
            this.limit = limit;
        }

        byte[] captured() {
            return overflow ? null : copy.toByteArray();
        }

        private void keep(byte[] b, int off, int len) {
            if (!overflow && copy.size() + len <= limit) {
                copy.write(b, off, len);
            } else {
                overflow = true;
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream real = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        real.write(b);
                        keep(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        real.write(b, off, len);
                        keep(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        real.flush();
                    }

                    @Override
                    public boolean isReady() {
                        return real.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        real.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            super.flushBuffer();
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            overflow = true; // errors are never kept
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            overflow = true;
            super.sendError(sc);
        }
    }
}
