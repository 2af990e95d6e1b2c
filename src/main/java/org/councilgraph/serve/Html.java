package org.councilgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * One HTML page, built as a jsoup DOM from the layout in {@code web/layout.html}. Text from the
 * papers only ever enters a page as a text node or an attribute value, which jsoup escapes on
 * output: no string of document text is ever concatenated into markup. Links are written only for
 * our own pages and for http(s), mailto and tel addresses.
 *
 * <p>While a request is answered ({@link #relativeTo}), every link to the site (its stylesheet,
 * menu, pages, and the pages of the entities under the base) is written relative to the page
 * asked for, so the site works on any host, port or proxy path; the IRIs a page states as text,
 * and the RDF, keep the store's base.
 */
final class Html {
    private static final Document LAYOUT = load();
    private static final Pattern SAFE_SCHEME = Pattern.compile("^(?i)(https?:|mailto:|tel:).+");
    /** The path (under the site's mount, no leading "/") of the page being answered on this thread. */
    private static final ThreadLocal<String> HERE = new ThreadLocal<>();

    /** Until closed, pages rendered on this thread link relative to {@code path}. */
    interface Relative extends AutoCloseable {
        @Override
        void close();
    }

    private final Site site;
    private final Document doc;
    private final Element main;

    private Html(Site site, Document doc) {
        this.site = site;
        this.doc = doc;
        this.main = doc.getElementById("main");
    }

    private static Document load() {
        try (InputStream in = Html.class.getResourceAsStream("/web/layout.html")) {
            if (in == null) {
                throw new IllegalStateException("web/layout.html is missing from the classpath");
            }
            return Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Relative relativeTo(String path) {
        HERE.set(path);
        return HERE::remove;
    }

    /** {@code target} (a path under the site's root) as seen from the page at {@code here}. */
    static String relative(String here, String target) {
        int depth = (int) here.chars().filter(c -> c == '/').count();
        String rel = "../".repeat(depth) + target;
        return rel.isEmpty() ? "./" : rel.startsWith("?") || rel.startsWith("#") ? "./" + rel : rel;
    }

    /** An address under the base, relative to the page being answered; as given when none is. */
    String local(String url) {
        String here = HERE.get();
        return here != null && url.startsWith(site.base()) ? relative(here, url.substring(site.base().length())) : url;
    }

    static Html page(Site site, String title) {
        Html h = new Html(site, LAYOUT.clone());
        h.doc.title(title + " · councilgraph");
        return h;
    }

    Document document() {
        return doc;
    }

    Element main() {
        return main;
    }

    Element head() {
        return doc.head();
    }

    /** Puts the search words back in the header's search box. */
    Html searchValue(String q) {
        Element input = doc.selectFirst("header form.search input[name=q]");
        if (input != null) {
            input.val(q);
        }
        return this;
    }

    /** The page's main heading and, below it, a line of small print. */
    Element heading(String title, String kind) {
        Element h = main.appendElement("div").addClass("heading");
        if (kind != null && !kind.isBlank()) {
            h.appendElement("p").addClass("kind").text(kind);
        }
        h.appendElement("h1").text(title);
        return h;
    }

    /** A titled section of the page. */
    Element section(String title) {
        Element s = main.appendElement("section");
        s.appendElement("h2").text(title);
        return s;
    }

    /** {@code <a>} to the page of {@code iri} (or the IRI itself when it is on the web); plain text when neither is safe. */
    Element link(Element parent, String iri, String label) {
        Optional<String> href = site.href(iri);
        String text = label == null || label.isBlank() ? Site.fallbackLabel(iri) : label;
        if (href.isEmpty()) {
            return parent.appendElement("span").text(text);
        }
        return parent.appendElement("a").attr("href", href.get()).text(text);
    }

    /** {@code <a>} to a path of this site. */
    Element siteLink(Element parent, String path, String text) {
        return parent.appendElement("a").attr("href", site.url(path)).text(text);
    }

    /** In the head, {@code <link rel="alternate">} to the feed at {@code path}; and a "follow" link under {@code parent}. */
    Element feed(Element parent, String path, String title) {
        head().appendElement("link").attr("rel", "alternate").attr("type", "application/atom+xml")
                .attr("title", title).attr("href", site.url(path));
        Element p = parent.appendElement("p").addClass("follow");
        p.appendElement("a").addClass("feed").attr("href", site.url(path)).attr("type", "application/atom+xml")
                .text("Follow (Atom feed)");
        return p;
    }

    /** An http(s), mailto or tel address, or empty: no javascript:, data: or relative surprises from the data. */
    static Optional<String> safeExternal(String iri) {
        return iri != null && SAFE_SCHEME.matcher(iri).matches() && iri.chars().noneMatch(c -> c < 0x21)
                ? Optional.of(iri) : Optional.empty();
    }

    String render() {
        for (Element e : doc.select("[data-href]")) {
            e.attr("href", site.url(e.attr("data-href"))).removeAttr("data-href");
        }
        for (Element e : doc.select("[data-src]")) {
            e.attr("src", site.url(e.attr("data-src"))).removeAttr("data-src");
        }
        for (Element e : doc.select("[data-action]")) {
            e.attr("action", site.url(e.attr("data-action"))).removeAttr("data-action");
        }
        for (String attr : new String[] {"href", "src", "action"}) {
            for (Element e : doc.select("[" + attr + "]")) {
                e.attr(attr, local(e.attr(attr)));
            }
        }
        doc.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base).prettyPrint(true);
        return doc.outerHtml();
    }

    /** "2025-03-12" or "2025-03-12T14:00:00" as "12 March 2025" / "12 March 2025, 14:00"; anything else as given. */
    static String date(String lexical) {
        if (lexical == null) {
            return "";
        }
        try {
            if (lexical.length() >= 16 && lexical.charAt(10) == 'T') {
                var t = java.time.LocalDateTime.parse(lexical.length() > 19 ? lexical.substring(0, 19) : lexical);
                return t.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK));
            }
            if (lexical.length() == 10) {
                return java.time.LocalDate.parse(lexical).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
            }
        } catch (RuntimeException e) {
            // not a date we can read: shown as written
        }
        return lexical;
    }
}
