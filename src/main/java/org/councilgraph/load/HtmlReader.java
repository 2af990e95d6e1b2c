package org.councilgraph.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import org.councilgraph.text.Lexicon;
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
 * so menus and footers do not turn into agenda items. Table cells are separated by tabs, except
 * the cells of a menu set as a table row, whose entries stand between separator cells ("Home | News |
 * Contact"): a menu is one line, not a table.
 *
 * <p>An image map's areas that link to other sites (the logos of partner bodies in a footer) have no
 * text but their {@code title} or {@code alt}: each is read as a line of its own, and its name kept in
 * the paper's {@link Paper.SiteMarks}, with the titles of the feeds the page offers, which name its publisher.
 * A picture of the content (a member's photograph) is read by its alt text, on a line of its own.
 */
final class HtmlReader {
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "header", "footer", "aside", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "caption",
            "blockquote", "pre", "address", "figure", "figcaption", "hr", "br", "form", "fieldset", "legend");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final String DROP = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
            + "head, nav, button, select, input, textarea, label, [hidden], [aria-hidden=true], .mgHide, "
            + "#mgBreadCrumbs, .breadcrumb, .skip-link, .cookie-banner";

    /** A papers site hosted for a council: "northby.moderngov.co.uk", "northby.cmis.uk.com", "democracy.northby.gov.wales". */
    private static final Pattern HOSTED_SITE = Pattern.compile("[a-z0-9-]+\\.(?:moderngov\\.co\\.uk|cmis\\.uk\\.com|cmis-ni\\.org)|(?:[a-z0-9-]+\\.)+gov\\.wales");
    /** An absolute web address, its host in group 1 ("www." aside). */
    private static final Pattern ABSOLUTE = Pattern.compile("(?i)https?://(?:www\\.)?([^/:?#\\s]+)");
    /** What a cell holding only a menu's separator prints. */
    private static final Pattern SEPARATOR = Pattern.compile("[\\s\\u00A0]*[|\u2022\u00B7][\\s\\u00A0]*");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern PICTURE_WORDS = Lexicon.of("link-picture-words.tsv").pattern("(?i).*\\b(?:%s)\\b.*");

    private HtmlReader() {
    }

    static Paper read(String source, byte[] bytes, String sha256) {
        String html = TextDecoder.decode(bytes);
        Document doc = Jsoup.parse(html, "");
        String title = doc.title();
        List<String> feeds = feedTitles(doc);
        List<String> councilHosts = linkedCouncilHosts(doc);
        Element root = contentRoot(doc);
        root.select(DROP).remove();
        StringBuilder out = new StringBuilder();
        List<String> outside = new ArrayList<>();
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
                            out.append(menuEntry(e) ? ' ' : '\t');
                        }
                    } else if (tag.equals("img")) {
                        // a paragraph of its own: the words after the picture do not continue its caption
                        caption(e).ifPresent(c -> {
                            newline(out);
                            out.append(c).append("\n\n");
                        });
                    } else if (tag.equals("area")) {
                        outsideName(e, source).ifPresent(name -> {
                            newline(out);
                            out.append(name).append('\n');
                            outside.add(name);
                        });
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
                    // a heading is a paragraph of its own: a title it prints does not run on into the text below
                    if (HEADINGS.contains(e.normalName())) {
                        out.append('\n');
                    }
                }
            }
        });
        String text = TextCleaner.clean(out.toString().replaceAll("(?m)^[ \\t]+|[ ]+$", ""));
        return new Paper(source, Format.HTML.mediaType(), text, java.util.List.of(), sha256,
                title == null || title.isBlank() ? Optional.empty() : Optional.of(title.strip()), new Paper.SiteMarks(feeds, outside, councilHosts));
    }

    /**
     * The hosts of the page's absolute links, forms and feeds that may be a council's site (gov.uk, and the
     * papers sites hosted for councils, "northby.moderngov.co.uk"), lower-cased, most used first.
     */
    private static List<String> linkedCouncilHosts(Document doc) {
        Map<String, Integer> count = new java.util.HashMap<>();
        for (Element e : doc.select("a[href], area[href], link[href], form[action]")) {
            Matcher m = ABSOLUTE.matcher(e.attr(e.normalName().equals("form") ? "action" : "href").strip());
            if (m.lookingAt()) {
                String host = m.group(1).toLowerCase(Locale.ROOT);
                if (host.endsWith(".gov.uk") || HOSTED_SITE.matcher(host).matches()) {
                    count.merge(host, 1, Integer::sum);
                }
            }
        }
        return count.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    /** The titles of the feeds a page offers ("Northby Council - News"): {@code <link rel="alternate">} with a title. */
    private static List<String> feedTitles(Document doc) {
        List<String> out = new ArrayList<>();
        for (Element link : doc.select("link[rel~=(?i)^alternate$][title]")) {
            String t = SPACE.matcher(link.attr("title")).replaceAll(" ").strip();
            if (!t.isEmpty() && !out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The name an image map's area gives a link to another site (its title, else its alt text): an area
     * linking within the site (a relative address, or the page's own host) is a part of the page's picture.
     */
    private static Optional<String> outsideName(Element area, String source) {
        Matcher m = ABSOLUTE.matcher(area.attr("href").strip());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        Matcher own = ABSOLUTE.matcher(source);
        if (own.lookingAt() && own.group(1).equalsIgnoreCase(m.group(1))) {
            return Optional.empty();
        }
        String name = area.attr("title").isBlank() ? area.attr("alt") : area.attr("title");
        name = SPACE.matcher(name).replaceAll(" ").strip();
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    /**
     * The words a picture of the page's content prints in its alt text ("Ann Westby, Cabinet Member", under a
     * member's photograph): not a link's picture (a logo, an icon: the link says where it goes), not an image
     * map's (its areas are read), not a one-pixel spacer, and no words that describe a picture rather than
     * name what it shows ({@code link-picture-words.tsv}).
     */
    private static Optional<String> caption(Element img) {
        String alt = SPACE.matcher(img.attr("alt")).replaceAll(" ").strip();
        if (alt.isEmpty() || img.hasAttr("usemap") || img.closest("a") != null || "1".equals(img.attr("width"))
                || "1".equals(img.attr("height")) || PICTURE_WORDS.matcher(alt).matches() || !alt.contains(" ")) {
            return Optional.empty();
        }
        return Optional.of(alt);
    }

    /** A cell of a menu row: a separator ("|") or next to one; its row reads as one line. */
    private static boolean menuEntry(Element cell) {
        Element before = cell.previousElementSibling();
        return separator(cell) || before != null && separator(before);
    }

    private static boolean separator(Element cell) {
        return SEPARATOR.matcher(cell.text()).matches();
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
