package org.councilgraph.load;

import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * HTML to text with jsoup, block by block, so that a web page reads like the printed paper it
 * mirrors: a ModernGov "Agenda and minutes" page becomes the item number on one line, the item
 * title on the next, then "Minutes:" and the minute text.
 *
 * <p>Scripts, styles, form controls and site navigation are dropped; a form's content stays, since
 * ModernGov wraps whole pages (a committee's list of meetings) in one. When the page has a recognisable
 * content region (ModernGov's {@code #modgov}, {@code <main>}, {@code role=main}) only that is read,
 * so menus and footers do not turn into agenda items. Table cells are separated by tabs.
 */
final class HtmlReader {
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "header", "footer", "aside", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "caption",
            "blockquote", "pre", "address", "figure", "figcaption", "hr", "br", "form", "fieldset", "legend");
    private static final String DROP = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
            + "head, nav, button, select, input, textarea, label, [hidden], [aria-hidden=true], .mgHide, "
            + "#mgBreadCrumbs, .breadcrumb, .skip-link, .cookie-banner";

    private HtmlReader() {
    }

    static Paper read(String source, byte[] bytes, String sha256) {
        String html = TextDecoder.decode(bytes);
        Document doc = Jsoup.parse(html, "");
        String title = doc.title();
        Element root = contentRoot(doc);
        root.select(DROP).remove();
        StringBuilder out = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText().replaceAll("\\s+", " ");
                    if (!s.isBlank() || out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                        out.append(s);
                    }
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("td") || tag.equals("th")) {
                        if (e.elementSiblingIndex() > 0) {
                            out.append('\t');
                        }
                    } else if (BLOCKS.contains(tag)) {
                        newline(out);
                    }
                    if (tag.equals("a") && e.attr("href").startsWith("mailto:") && !e.text().contains("@")) {
                        out.append(e.attr("href").substring(7)).append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newline(out);
                }
            }
        });
        String text = TextCleaner.clean(out.toString().replaceAll("(?m)^[ \\t]+|[ ]+$", ""));
        return new Paper(source, Format.HTML.mediaType(), text, java.util.List.of(), sha256,
                title == null || title.isBlank() ? Optional.empty() : Optional.of(title.strip()));
    }

    private static void newline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private static Element contentRoot(Document doc) {
        for (String css : new String[] {"#modgov", "main", "[role=main]", "#content", "#main-content", "article"}) {
            Element e = doc.selectFirst(css);
            if (e != null && e.text().length() > 200) {
                return e;
            }
        }
        return doc.body() != null ? doc.body() : doc;
    }
}
