package org.councilgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.eclipse.jetty.http.BadMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web layer's one servlet filter: it answers the site's own paths and passes everything else
 * (the dataset's SPARQL endpoint, Fuseki's admin paths) down the chain. The routes:
 *
 * <pre>
 * /                      home: what the dataset holds, search, examples
 * /id/...                entity IRIs: 303 to /page/... (HTML) or /data/....EXT (RDF), by Accept; 404 page when unknown
 * /page/...              an entity's HTML page
 * /data/...[.EXT]        an entity's RDF description (ttl, jsonld, nt, rdf; no extension: by Accept)
 * /def[.EXT]             the councilgraph ontology (the cg: namespace), HTML or RDF by Accept
 * /search?q=             full-text search
 * /list?class=           everything of one class
 * /query                 YASGUI with the example queries (?example=NAME selects one, &amp;run=1 runs it)
 * /feed, /feed/...       Atom feeds: the papers; an entity's (/feed/committee/...); a search's (/feed/search?q=)
 * /dump, /dump/FILE      dumps: councilgraph.nq.gz, councilgraph.ttl
 * /.well-known/void      VoID description
 * /councilgraph/sparql   GET with no query: the SPARQL Service Description (queries go on to Fuseki)
 * /static/..., /webjars/...  CSS, scripts, YASGUI
 * </pre>
 *
 * <p>A base with a path (https://example.org/councils/) is also answered with that path in front,
 * for proxies that pass it through. Pages link to the site relatively ({@link Html#render}), so
 * they work on whatever host, port and path they are served under.
 */
final class Web implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(Web.class);
    private static final List<String> PREFIXES = List.of("id/", "page/", "data/", "def", "search", "list", "query",
            "dump", ".well-known/void", "static/", "webjars/", "feed");

    /** Request attribute: the path this site answers under for the current request. */
    private static final String MOUNT = "councilgraph.mount";

    private final Site site;
    private final DatasetDescription description;
    private final SitePages pages;

    Web(Site site) {
        this.site = site;
        this.description = new DatasetDescription(site);
        this.pages = new SitePages(site, description);
    }

    DatasetDescription description() {
        return description;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String bp = site.basePath();
        String mount = req.getContextPath() + "/";
        if (!bp.equals("/") && path.startsWith(bp)) {
            String rest = path.substring(bp.length());
            if (rest.isEmpty() || PREFIXES.stream().anyMatch(rest::startsWith)) {
                path = "/" + rest;
                mount = req.getContextPath() + bp;
            }
        }
        req.setAttribute(MOUNT, mount);
        String method = req.getMethod();
        boolean get = method.equals("GET") || method.equals("HEAD");
        if (!get && path.startsWith(Server.DATASET) && req.getContentLengthLong() > QueryInspection.MAX_CHARS * 4L) {
            // refused before a form parser reads megabytes: no query this long is taken
            resp.setHeader("Connection", "close");
            text(resp, 400, String.format(java.util.Locale.ROOT, "The request is %,d bytes long; this endpoint takes queries "
                    + "of at most %,d characters.%n", req.getContentLengthLong(), QueryInspection.MAX_CHARS), false);
            return;
        }
        if (path.equals(Server.DATASET + "/sparql")) {
            if (get && req.getQueryString() == null) {
                rdf(req, resp, description.serviceDescription());
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (!isOurs(path)) {
            chain.doFilter(request, response);
            return;
        }
        if (!get) {
            resp.setHeader("Allow", "GET, HEAD, OPTIONS");
            if (method.equals("OPTIONS")) {
                resp.setStatus(204);
            } else {
                text(resp, 405, "Read-only: " + method + " is not allowed here.\n", false);
            }
            return;
        }
        try (Html.Relative here = Html.relativeTo(path.substring(1))) {
            route(req, resp, path, method.equals("HEAD"));
        } catch (BadMessageException e) {
            // parameters that are not percent-encoded UTF-8: the client's fault, said in a line
            if (!resp.isCommitted()) {
                resp.reset();
                text(resp, 400, "Bad request: the address's parameters are not valid percent-encoded UTF-8.\n", false);
            }
        } catch (org.apache.jena.query.QueryCancelledException e) {
            // a page or feed whose queries ran past the endpoint's time limit
            if (!resp.isCommitted()) {
                resp.reset();
                resp.setHeader("Retry-After", "10");
                text(resp, 503, "This page took longer than the server's query time limit; try again later.\n", false);
            }
        } catch (RuntimeException e) {
            LOG.warn("{} {}: {}", method, path, e.toString(), e);
            if (!resp.isCommitted()) {
                resp.reset();
                text(resp, 500, "Something went wrong answering this request: " + e.getClass().getSimpleName() + "\n", false);
            }
        }
    }

    private static boolean isOurs(String path) {
        return path.equals("/") || path.equals("/search") || path.equals("/list") || path.equals("/query")
                || path.equals("/dump") || path.startsWith("/dump/") || path.equals("/.well-known/void")
                || path.equals("/def") || path.startsWith("/def.") || path.startsWith("/id/") || path.startsWith("/page/")
                || path.startsWith("/data/") || path.startsWith("/static/") || path.startsWith("/webjars/")
                || path.equals("/feed") || path.startsWith("/feed/");
    }

    private void route(HttpServletRequest req, HttpServletResponse resp, String path, boolean head) throws IOException {
        if (path.equals("/")) {
            page(resp, 200, pages.home(), head);
        } else if (path.startsWith("/id/")) {
            id(req, resp, path.substring(4), head);
        } else if (path.startsWith("/page/")) {
            entityPage(req, resp, path.substring(6), head);
        } else if (path.startsWith("/data/")) {
            data(req, resp, path.substring(6), head);
        } else if (path.equals("/def") || path.startsWith("/def.")) {
            ontology(req, resp, path, head);
        } else if (path.equals("/search")) {
            if (site.text() == null) {
                text(resp, 503, "Full-text search is not available on this server.\n", head);
            } else {
                String q = req.getParameter("q");
                page(resp, TextSearch.tooManyWords(q) ? 400 : 200, pages.search(q), head);
            }
        } else if (path.equals("/list")) {
            String c = req.getParameter("class");
            if (c == null || Html.safeExternal(c).isEmpty()) {
                page(resp, 404, pages.simpleNotFound("/list"), head);
            } else {
                page(resp, 200, pages.list(c, number(req.getParameter("page"))), head);
            }
        } else if (path.equals("/query")) {
            page(resp, 200, pages.query(req.getParameter("example"), "1".equals(req.getParameter("run"))), head);
        } else if (path.equals("/dump") || path.equals("/dump/")) {
            page(resp, 200, pages.dumps(), head);
        } else if (path.startsWith("/dump/")) {
            dump(resp, path.substring(6), head);
        } else if (path.equals("/feed") || path.startsWith("/feed/")) {
            feed(req, resp, path, head);
        } else if (path.equals("/.well-known/void")) {
            rdf(req, resp, description.voidModel(), head);
        } else if (path.startsWith("/static/")) {
            if (!Resources.serve("web/static/", path.substring(8), resp, head)) {
                page(resp, 404, pages.simpleNotFound(path), head);
            }
        } else if (path.startsWith("/webjars/")) {
            if (!Resources.serve("META-INF/resources/webjars/", path.substring(9), resp, head)) {
                page(resp, 404, pages.simpleNotFound(path), head);
            }
        }
    }

    // ---------------------------------------------------------------- linked data

    /** An entity IRI: 303 See Other to the document that describes it, in the format asked for. */
    private void id(HttpServletRequest req, HttpServletResponse resp, String rest, boolean head) throws IOException {
        resp.setHeader("Vary", "Accept");
        String iri = site.iriOf(rest);
        if (rest.isEmpty() || !site.exists(iri)) {
            notFound(req, resp, iri, head);
            return;
        }
        Optional<Conneg.Format> f = Conneg.choose(req.getHeader("Accept"), Conneg.ALL);
        if (f.isEmpty()) {
            notAcceptable(resp, rest, head);
            return;
        }
        String target = f.get().html() ? "page/" + rest : "data/" + rest + "." + f.get().extension();
        resp.setStatus(303);
        // relative to the server that was asked, so a store served under another host name still resolves
        resp.setHeader("Location", req.getAttribute(MOUNT) + target);
        text(resp, 303, "See " + site.url(target) + "\n", head);
    }

    private void entityPage(HttpServletRequest req, HttpServletResponse resp, String rest, boolean head) throws IOException {
        String iri = site.iriOf(rest);
        if (rest.isEmpty() || !site.exists(iri)) {
            notFound(req, resp, iri, head);
            return;
        }
        page(resp, 200, EntityPages.render(site, iri, rest), head);
    }

    private void data(HttpServletRequest req, HttpServletResponse resp, String rest, boolean head) throws IOException {
        Optional<Conneg.Format> format = Optional.empty();
        String path = rest;
        int dot = rest.lastIndexOf('.');
        if (dot > rest.lastIndexOf('/')) {
            format = Conneg.byExtension(rest.substring(dot + 1), Conneg.RDF);
            if (format.isPresent()) {
                path = rest.substring(0, dot);
            }
        }
        String iri = site.iriOf(path);
        if (path.isEmpty() || !site.exists(iri)) {
            notFound(req, resp, iri, head);
            return;
        }
        if (format.isEmpty()) {
            resp.setHeader("Vary", "Accept");
            format = Conneg.choose(req.getHeader("Accept"), Conneg.RDF);
            if (format.isEmpty()) {
                notAcceptable(resp, path, head);
                return;
            }
        }
        // the description is one document whatever its format: every format states the same triples
        Model m = Describer.describe(site, iri, site.url("data/" + path));
        resp.setHeader("Content-Location", site.url("data/" + path + "." + format.get().extension()));
        // the page to browse, on the server that was asked (the description states the real IRIs)
        resp.setHeader("Link", "<" + req.getAttribute(MOUNT) + "page/" + path + ">; rel=\"alternate\"; type=\"text/html\"");
        write(resp, m, format.get(), head);
    }

    private void notFound(HttpServletRequest req, HttpServletResponse resp, String iri, boolean head) throws IOException {
        Optional<Conneg.Format> f = Conneg.choose(req.getHeader("Accept"), List.of(Conneg.HTML, Conneg.TURTLE));
        if (f.isPresent() && f.get().html()) {
            page(resp, 404, pages.notFound(iri), head);
        } else {
            text(resp, 404, "Not found: nothing is known about <" + iri + ">. Search: " + site.url("search") + "\n", head);
        }
    }

    private void notAcceptable(HttpServletResponse resp, String rest, boolean head) throws IOException {
        StringBuilder sb = new StringBuilder("None of the formats asked for is offered. Available:\n");
        for (Conneg.Format f : Conneg.RDF) {
            sb.append("  ").append(f.mediaType()).append("  ").append(site.url("data/" + rest + "." + f.extension())).append('\n');
        }
        sb.append("  text/html  ").append(site.url("page/" + rest)).append('\n');
        text(resp, 406, sb.toString(), head);
    }

    private void ontology(HttpServletRequest req, HttpServletResponse resp, String path, boolean head) throws IOException {
        Optional<Conneg.Format> f;
        if (path.equals("/def")) {
            resp.setHeader("Vary", "Accept");
            f = Conneg.choose(req.getHeader("Accept"), Conneg.ALL);
        } else {
            f = Conneg.byExtension(path.substring(5), Conneg.ALL);
            if (f.isEmpty()) {
                page(resp, 404, pages.simpleNotFound(path), head);
                return;
            }
        }
        if (f.isEmpty()) {
            notAcceptable(resp, "def", head);
        } else if (f.get().html()) {
            page(resp, 200, pages.ontology(), head);
        } else {
            write(resp, site.ontology(), f.get(), head);
        }
    }

    private void rdf(HttpServletRequest req, HttpServletResponse resp, Model m) throws IOException {
        rdf(req, resp, m, req.getMethod().equals("HEAD"));
    }

    private void rdf(HttpServletRequest req, HttpServletResponse resp, Model m, boolean head) throws IOException {
        resp.setHeader("Vary", "Accept");
        Optional<Conneg.Format> f = Conneg.choose(req.getHeader("Accept"), Conneg.RDF);
        write(resp, m, f.orElse(Conneg.TURTLE), head);
    }

    // ---------------------------------------------------------------- feeds

    /** An Atom feed, with ETag and Last-Modified, and 304 to a conditional request that has it already. */
    private void feed(HttpServletRequest req, HttpServletResponse resp, String path, boolean head) throws IOException {
        String url = req.getRequestURL().toString();
        String origin = url.substring(0, Math.max(url.indexOf("://") + 3, url.indexOf('/', url.indexOf("://") + 3)));
        Feeds feeds = new Feeds(site, origin + req.getAttribute(MOUNT));
        String self = url + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
        Feeds.Built built;
        if (path.equals("/feed") || path.equals("/feed/")) {
            built = feeds.papers(self);
        } else if (path.equals("/feed/search")) {
            String q = req.getParameter("q");
            if (site.text() == null || TextSearch.tooManyWords(q)) {
                text(resp, site.text() == null ? 503 : 400, site.text() == null ? "Full-text search is not available on this server.\n"
                        : "Search for at most " + TextSearch.MAX_WORDS + " words at a time.\n", head);
                return;
            }
            built = feeds.search(q, self);
        } else {
            Optional<Feeds.Built> b = feeds.entity(path.substring("/feed/".length()), self);
            if (b.isEmpty()) {
                text(resp, 404, "No feed here: feeds follow committees, people, posts, Acts and sections (" + path + ").\n", head);
                return;
            }
            built = b.get();
        }
        if (Conditional.notModified(req, resp, built.etag(), built.lastModified())) {
            return;
        }
        resp.setStatus(200);
        resp.setContentType(Feeds.CONTENT_TYPE);
        resp.setContentLength(built.bytes().length);
        if (!head) {
            resp.getOutputStream().write(built.bytes());
        }
    }

    // ---------------------------------------------------------------- dumps

    private void dump(HttpServletResponse resp, String file, boolean head) throws IOException {
        switch (file) {
            case Dumps.NQUADS -> {
                resp.setStatus(200);
                resp.setContentType("application/gzip");
                resp.setHeader("Content-Disposition", "attachment; filename=\"" + Dumps.NQUADS + "\"");
                if (!head) {
                    Dumps.nquadsGzip(site.dataset(), resp.getOutputStream());
                }
            }
            case Dumps.TURTLE -> {
                resp.setStatus(200);
                resp.setContentType(Conneg.TURTLE.contentType());
                resp.setHeader("Content-Disposition", "inline; filename=\"" + Dumps.TURTLE + "\"");
                if (!head) {
                    OutputStream out = resp.getOutputStream();
                    Dumps.unionTurtle(site.dataset(), out);
                    out.flush();
                }
            }
            default -> page(resp, 404, pages.simpleNotFound("/dump/" + file), head);
        }
    }

    // ---------------------------------------------------------------- writing

    private static void write(HttpServletResponse resp, Model m, Conneg.Format f, boolean head) throws IOException {
        resp.setStatus(200);
        resp.setContentType(f.contentType());
        if (!head) {
            OutputStream out = resp.getOutputStream();
            RDFDataMgr.write(out, m, f.rdfFormat());
            out.flush();
        }
    }

    private static void page(HttpServletResponse resp, int status, String html, boolean head) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html;charset=utf-8");
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        if (!head) {
            resp.getOutputStream().write(bytes);
        }
    }

    private static void text(HttpServletResponse resp, int status, String text, boolean head) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        if (!head) {
            resp.getOutputStream().write(bytes);
        }
    }

    private static int number(String s) {
        try {
            return s == null ? 0 : Math.max(0, Math.min(100_000, Integer.parseInt(s)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
