package org.councilgraph.serve;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.jsoup.nodes.Element;

/**
 * The entries of each kind of feed, from the rows of its query in {@link FeedSparql}. Content is
 * built as a jsoup element, so text from the papers is escaped, never spliced into markup.
 */
final class FeedEntries {
    private FeedEntries() {
    }

    /** A committee's meetings: what each decided, and the papers it was read from. */
    static List<Entry> committee(Feeds f, List<QuerySolution> rows) {
        Map<String, Instant> dates = f.dates(ids(rows));
        List<Entry> out = new ArrayList<>();
        for (QuerySolution r : rows) {
            String x = EntityPages.uri(r, "x");
            Element div = new Element("div");
            String decided = EntityPages.text(r, "decided");
            if (decided != null && !decided.isBlank()) {
                div.appendElement("p").text("Decided:");
                Element ul = div.appendElement("ul");
                for (String d : decided.split("\u001f")) {
                    ul.appendElement("li").text(d);
                }
            }
            List<Link> related = papers(f, EntityPages.text(r, "papers"), div);
            out.add(entry(f, x, EntityPages.orElse(EntityPages.text(r, "title"), Site.fallbackLabel(x)), dates.get(x), div, related));
        }
        return out;
    }

    /** A person's meetings, reports and posts: one entry each, saying how the person comes in. */
    static List<Entry> person(Feeds f, List<QuerySolution> rows) {
        Map<String, Set<String>> hows = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (QuerySolution r : rows) {
            String x = EntityPages.uri(r, "x");
            if (x != null) {
                hows.computeIfAbsent(x, k -> new LinkedHashSet<>()).add(EntityPages.text(r, "how"));
                titles.putIfAbsent(x, EntityPages.orElse(EntityPages.text(r, "title"), Site.fallbackLabel(x)));
            }
        }
        Map<String, Instant> dates = f.dates(hows.keySet());
        List<Entry> out = new ArrayList<>();
        hows.forEach((x, how) -> {
            // "chaired" says more than "attended"; a report written and contacted for says both
            if (how.contains("chaired")) {
                how.remove("attended");
            }
            String says = String.join(", ", how);
            Element div = new Element("div");
            div.appendElement("p").text(capital(says) + ": ").appendElement("a").attr("href", f.browse(x)).text(titles.get(x));
            out.add(entry(f, x, capital(says) + ": " + titles.get(x), dates.get(x), div, List.of()));
        });
        return out;
    }

    /** A post's holders over time: each holding with the first and last paper naming it. */
    static List<Entry> post(Feeds f, List<QuerySolution> rows, String post) {
        Map<String, Instant> dates = f.dates(rows.stream().map(r -> EntityPages.uri(r, "p")).filter(p -> p != null).toList());
        List<Entry> out = new ArrayList<>();
        for (QuerySolution r : rows) {
            String x = EntityPages.uri(r, "x");
            String p = EntityPages.uri(r, "p");
            String name = EntityPages.orElse(EntityPages.text(r, "title"), Site.fallbackLabel(p));
            Element div = new Element("div");
            Element line = div.appendElement("p");
            line.appendElement("a").attr("href", f.browse(p)).text(name);
            String first = EntityPages.text(r, "first");
            String last = EntityPages.text(r, "last");
            Instant when;
            if (first != null) {
                line.appendText(" named as " + post + (first.equals(last) ? " in a paper of " + Html.date(first)
                        : " in papers from " + Html.date(first) + " to " + Html.date(last)) + ".");
                when = Feeds.instant(last).orElse(null);
            } else {
                line.appendText(" named as " + post + " in an undated paper.");
                when = dates.get(p);
            }
            out.add(entry(f, x, name + ": " + post, when, div, List.of()));
        }
        return out;
    }

    /** What cites an Act or a section. */
    static List<Entry> citers(Feeds f, List<QuerySolution> rows) {
        Map<String, Instant> dates = f.dates(ids(rows));
        List<Entry> out = new ArrayList<>();
        for (QuerySolution r : rows) {
            String x = EntityPages.uri(r, "x");
            String kind = r.contains("kind") ? f.site().termLabel(EntityPages.uri(r, "kind")) : "Paper";
            String title = EntityPages.orElse(EntityPages.text(r, "title"), Site.fallbackLabel(x));
            Element div = new Element("div");
            Element p = div.appendElement("p").text(kind + " ");
            p.appendElement("a").attr("href", f.browse(x)).text(title);
            String sections = EntityPages.text(r, "sections");
            p.appendText(sections == null || sections.isBlank() ? " cites it." : " cites section " + sections + ".");
            out.add(entry(f, x, kind + ": " + title, dates.get(x), div, List.of()));
        }
        return out;
    }

    /** Search hits, each with the words that matched. */
    static List<Entry> search(Feeds f, List<QuerySolution> rows) {
        List<String> hits = rows.stream().map(r -> EntityPages.uri(r, "s")).filter(s -> s != null).toList();
        Map<String, Instant> dates = f.dates(hits);
        List<Entry> out = new ArrayList<>();
        for (QuerySolution r : rows) {
            String s = EntityPages.uri(r, "s");
            if (s == null) {
                continue;
            }
            String label = EntityPages.orElse(EntityPages.text(r, "label"), Site.fallbackLabel(s));
            Element div = new Element("div");
            String match = EntityPages.text(r, "match");
            if (match != null) {
                div.appendElement("blockquote").text(match);
            }
            out.add(entry(f, s, label, dates.get(s), div, List.of()));
        }
        return out;
    }

    /** The papers in the dataset. */
    static List<Entry> papers(Feeds f, List<QuerySolution> rows) {
        Map<String, Instant> dates = f.paperDates();
        List<Entry> out = new ArrayList<>();
        for (QuerySolution r : rows) {
            String x = EntityPages.uri(r, "x");
            Element div = new Element("div");
            div.appendElement("p").text("A paper read into the dataset: ").appendElement("a").attr("href", f.browse(x))
                    .text("its facts, with the pages and words they were read from");
            List<Link> related = new ArrayList<>();
            Html.safeExternal(EntityPages.text(r, "source")).ifPresent(src -> related.add(Feeds.link("related", src, null)));
            out.add(entry(f, x, EntityPages.orElse(EntityPages.text(r, "title"), Site.fallbackLabel(x)),
                    dates.get(EntityPages.uri(r, "g")), div, related));
        }
        return out;
    }

    // ---------------------------------------------------------------- parts

    private static List<Link> papers(Feeds f, String spaced, Element div) {
        List<Link> related = new ArrayList<>();
        if (spaced == null || spaced.isBlank()) {
            return related;
        }
        List<String> docs = List.of(spaced.split(" "));
        Map<String, String> labels = f.site().labels(docs);
        div.appendElement("p").text("Papers:");
        Element ul = div.appendElement("ul");
        for (String d : docs) {
            String href = f.browse(d);
            ul.appendElement("li").appendElement("a").attr("href", href).text(labels.getOrDefault(d, Site.fallbackLabel(d)));
            Link l = Feeds.link("related", href, "text/html");
            l.setTitle(labels.getOrDefault(d, Site.fallbackLabel(d)));
            related.add(l);
        }
        return related;
    }

    private static Entry entry(Feeds f, String id, String title, Instant updated, Element content, List<Link> related) {
        Entry e = new Entry();
        e.setId(id);
        e.setTitleEx(Feeds.text(title));
        if (updated != null) {
            e.setUpdated(Date.from(updated));
        }
        e.setAlternateLinks(List.of(Feeds.link("alternate", f.browse(id), "text/html")));
        if (!related.isEmpty()) {
            e.setOtherLinks(related);
        }
        e.setSummary(Feeds.html(content.html()));
        return e;
    }

    private static List<String> ids(List<QuerySolution> rows) {
        return rows.stream().map(r -> EntityPages.uri(r, "x")).filter(x -> x != null).toList();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
