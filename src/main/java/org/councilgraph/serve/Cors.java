package org.councilgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Cross-origin access for browser apps, on every path: any origin may read, none with credentials.
 * The data is public and the server keeps no sessions, so there is nothing a cookie could unlock;
 * answering {@code *} rather than echoing the caller's Origin with {@code Allow-Credentials: true}
 * (Fuseki's own filter does that) keeps it so if a proxy in front ever adds a login.
 */
final class Cors implements Filter {
    private static final String EXPOSED = "Content-Type, Content-Length, Content-Location, Link, Location, Retry-After, "
            + EndpointGuard.ROW_CAP_HEADER + ", " + QueryCache.HEADER;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if (req.getHeader("Origin") != null) {
            resp.setHeader("Access-Control-Allow-Origin", "*");
            resp.setHeader("Access-Control-Expose-Headers", EXPOSED);
            if ("OPTIONS".equals(req.getMethod()) && req.getHeader("Access-Control-Request-Method") != null) {
                resp.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS");
                resp.setHeader("Access-Control-Allow-Headers", "Accept, Accept-Language, Content-Language, Content-Type");
                resp.setHeader("Access-Control-Max-Age", "86400");
                resp.setStatus(204);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
