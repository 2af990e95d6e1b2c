package org.councilgraph.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;

/**
 * Conditional GET (RFC 9110, 13.1): the validators of a response are always sent, and a client
 * that already holds this version ({@code If-None-Match} naming its ETag, or, without that header,
 * {@code If-Modified-Since} no earlier than its last change) is told {@code 304 Not Modified}.
 */
final class Conditional {
    private Conditional() {
    }

    /** Sets ETag and Last-Modified; true (and the 304 sent) when the client's copy is current. */
    static boolean notModified(HttpServletRequest req, HttpServletResponse resp, String etag, Instant lastModified) {
        resp.setHeader("ETag", etag);
        resp.setDateHeader("Last-Modified", lastModified.toEpochMilli());
        resp.setHeader("Cache-Control", "no-cache");
        String inm = req.getHeader("If-None-Match");
        boolean current;
        if (inm != null) {
            current = matches(inm, etag);
        } else {
            long since;
            try {
                since = req.getDateHeader("If-Modified-Since");
            } catch (IllegalArgumentException e) {
                since = -1; // not a date: ignored, as the RFC says
            }
            current = since >= 0 && lastModified.getEpochSecond() <= since / 1000;
        }
        if (current) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        }
        return current;
    }

    /** True when a comma-separated If-None-Match list names {@code etag} (weakly compared) or is "*". */
    static boolean matches(String header, String etag) {
        String strong = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String t : header.split(",")) {
            String tag = t.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(strong)) {
                return true;
            }
        }
        return false;
    }
}
