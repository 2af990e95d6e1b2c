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
 */
final class Html {
    private static final Document LAYOUT = load();
    private static final Pattern SAFE_SCHEME = Pattern.compile("^(?i)(https?:|mailto:|tel:).+");

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
