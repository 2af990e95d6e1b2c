package org.councilgraph.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.jsoup.nodes.Element;

/**
 * The relationship picture on person and report pages: officer to reports to meetings to statutes,
 * drawn on the server as an SVG of columns (no script), every box a link to its page.
 */
final class Diagram {
    private static final int COLUMN_WIDTH = 250;
    private static final int BOX_WIDTH = 210;
    private static final int BOX_HEIGHT = 34;
    private static final int ROW = 46;
    private static final int TOP = 34;
    private static final int MAX_PER_COLUMN = 10;

    private record Box(String iri, int column, String kind) {
    }

    private record Edge(String from, String to, String kind) {
    }

    private final Site site;
    private final List<String> titles;
    private final Map<String, Box> boxes = new LinkedHashMap<>();
    private final Set<Edge> edges = new LinkedHashSet<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final List<Set<String>> dropped = new ArrayList<>();
    private final String caption;

    private Diagram(Site site, List<String> titles, String caption) {
        this.site = site;
        this.titles = titles;
        titles.forEach(t -> dropped.add(new LinkedHashSet<>()));
        this.caption = caption;
    }

    static Diagram forPerson(Site site, String iri, String label) {
        Diagram d = new Diagram(site, List.of("Person", "Reports", "Meetings", "Legislation"),
                "Reports this person wrote or is the contact for, the meetings that considered them or that the person "
                        + "attended, and the legislation cited. Each box links to its page.");
        d.box(iri, 0, "person", label);
        for (QuerySolution r : site.select(PageSparql.PERSON_GRAPH, "e", iri)) {
            String rep = EntityPages.uri(r, "r");
            if (d.box(rep, 1, "report", null)) {
                d.edge(iri, rep, EntityPages.text(r, "how"));
                String mt = EntityPages.uri(r, "mt");
                boolean atMeeting = mt != null && d.box(mt, 2, "meeting", null);
                if (atMeeting) {
                    d.edge(rep, mt, "considered");
                }
                String law = EntityPages.uri(r, "law");
                if (law != null && d.box(law, 3, "law", null)) {
                    // the chain reads officer, report, meeting, statute: a statute cited by a report
                    // hangs off the meeting that considered it, or off the report when none did
                    d.edge(atMeeting ? mt : rep, law, "cites");
                }
            }
        }
        for (QuerySolution r : site.select(PageSparql.PERSON_GRAPH_MEETINGS, "e", iri)) {
            String mt = EntityPages.uri(r, "mt");
            if (d.box(mt, 2, "meeting", null)) {
                d.edge(iri, mt, EntityPages.text(r, "how"));
                String law = EntityPages.uri(r, "law");
                if (law != null && d.box(law, 3, "law", null)) {
                    d.edge(mt, law, "cites");
                }
            }
        }
        d.label();
        return d;
    }

    static Diagram forReport(Site site, String iri, String label) {
        Diagram d = new Diagram(site, List.of("Written by", "Report", "Considered at · cites"),
                "Who the report is of and who to contact, where it was considered and the legislation it cites. "
                        + "Each box links to its page.");
        d.box(iri, 1, "report", label);
        for (QuerySolution r : site.select(PageSparql.REPORT_PEOPLE, "e", iri)) {
            String x = EntityPages.uri(r, "x");
            boolean creator = EntityPages.uri(r, "rel").endsWith("creator");
            if (d.box(x, 0, x.contains("/id/person/") ? "person" : "post", null)) {
                d.edge(x, iri, creator ? "wrote" : "contact");
            }
        }
        for (QuerySolution r : site.select(PageSparql.REPORT_CONSIDERED, "e", iri)) {
            String mt = EntityPages.uri(r, "mt");
            if (d.box(mt, 2, "meeting", null)) {
                d.edge(iri, mt, "considered");
            }
        }
        for (QuerySolution r : site.select(PageSparql.CITATIONS, "e", iri)) {
            String law = Optional.ofNullable(EntityPages.uri(r, "act")).orElse(EntityPages.uri(r, "x"));
            if (d.box(law, 2, "law", null)) {
                d.edge(iri, law, "cites");
            }
        }
        d.label();
        return d;
    }

    /** Adds a box unless its column is full; true when the box is (now) in the picture. */
    private boolean box(String iri, int column, String kind, String label) {
        if (iri == null) {
            return false;
        }
        if (boxes.containsKey(iri)) {
            return true;
        }
        if (boxes.values().stream().filter(b -> b.column() == column).count() >= MAX_PER_COLUMN) {
            dropped.get(column).add(iri);
            return false;
        }
        boxes.put(iri, new Box(iri, column, kind));
        if (label != null) {
            labels.put(iri, label);
        }
        return true;
    }

    private void edge(String from, String to, String kind) {
        if (boxes.containsKey(from) && boxes.containsKey(to)) {
            edges.add(new Edge(from, to, kind == null ? "" : kind));
        }
    }

    private void label() {
        List<String> todo = boxes.keySet().stream().filter(k -> !labels.containsKey(k)).toList();
        labels.putAll(site.labels(todo));
    }

    int size() {
        return boxes.size();
    }

    String caption() {
        return caption;
    }

    /** The picture as an inline {@code <svg>}. */
    Element render(Html html) {
        List<Integer> used = new ArrayList<>();
        for (int c = 0; c < titles.size(); c++) {
            final int col = c;
            if (boxes.values().stream().anyMatch(b -> b.column() == col)) {
                used.add(c);
            }
        }
        Map<Integer, List<Box>> byColumn = new LinkedHashMap<>();
        used.forEach(c -> byColumn.put(c, new ArrayList<>()));
        boxes.values().forEach(b -> byColumn.get(b.column()).add(b));
        int rows = 1;
        for (int c : used) {
            rows = Math.max(rows, byColumn.get(c).size() + (dropped.get(c).isEmpty() ? 0 : 1));
        }
        int width = used.size() * COLUMN_WIDTH;
        boolean lanes = edges.stream().anyMatch(e -> boxes.get(e.to()).column() - boxes.get(e.from()).column() > 1
                && used.indexOf(boxes.get(e.to()).column()) - used.indexOf(boxes.get(e.from()).column()) > 1);
        int height = TOP + rows * ROW + (lanes ? 18 : 4);

        Map<String, int[]> at = new LinkedHashMap<>();
        for (int i = 0; i < used.size(); i++) {
            List<Box> col = byColumn.get(used.get(i));
            int n = col.size() + (dropped.get(used.get(i)).isEmpty() ? 0 : 1);
            int y0 = TOP + (rows - n) * ROW / 2;
            for (int j = 0; j < col.size(); j++) {
                at.put(col.get(j).iri(), new int[] {i * COLUMN_WIDTH + 10, y0 + j * ROW});
            }
        }

        Element svg = new Element("svg").attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("viewBox", "0 0 " + width + " " + height).attr("width", Integer.toString(width))
                .attr("role", "img").attr("aria-label", caption).addClass("relations");
        for (int i = 0; i < used.size(); i++) {
            svg.appendElement("text").addClass("column").attr("x", Integer.toString(i * COLUMN_WIDTH + 10))
                    .attr("y", "18").text(titles.get(used.get(i)));
        }
        int lane = TOP + rows * ROW + 6;
        for (Edge e : edges) {
            int[] a = at.get(e.from());
            int[] b = at.get(e.to());
            double x1 = a[0] + BOX_WIDTH;
            double y1 = a[1] + BOX_HEIGHT / 2.0;
            double x2 = b[0];
            double y2 = b[1] + BOX_HEIGHT / 2.0;
            double mid = (x1 + x2) / 2;
            String d = b[0] - a[0] > COLUMN_WIDTH
                    ? String.format(Locale.ROOT, "M%.1f %.1f C%.1f %.1f %.1f %d %.1f %d L%.1f %d C%.1f %d %.1f %.1f %.1f %.1f",
                            x1, y1, x1 + 30, y1, x1 + 10, lane, x1 + 40, lane, x2 - 40, lane, x2 - 10, lane, x2 - 30, y2, x2, y2)
                    : String.format(Locale.ROOT, "M%.1f %.1f C%.1f %.1f %.1f %.1f %.1f %.1f", x1, y1, mid, y1, mid, y2, x2, y2);
            Element path = svg.appendElement("path").addClass("edge").addClass(cssName(e.kind())).attr("d", d);
            path.appendElement("title").text(e.kind());
        }
        for (Box b : boxes.values()) {
            int[] p = at.get(b.iri());
            String label = labels.getOrDefault(b.iri(), Site.fallbackLabel(b.iri()));
            Element g = svg.appendElement("a");
            site.href(b.iri()).ifPresent(h -> g.attr("href", h));
            Element node = g.appendElement("g").addClass("box").addClass(b.kind());
            node.appendElement("title").text(label);
            node.appendElement("rect").attr("x", Integer.toString(p[0])).attr("y", Integer.toString(p[1]))
                    .attr("width", Integer.toString(BOX_WIDTH)).attr("height", Integer.toString(BOX_HEIGHT)).attr("rx", "6");
            node.appendElement("text").attr("x", Integer.toString(p[0] + 10)).attr("y", Integer.toString(p[1] + 22))
                    .text(fit(label));
        }
        for (int i = 0; i < used.size(); i++) {
            int c = used.get(i);
            if (!dropped.get(c).isEmpty()) {
                int n = byColumn.get(c).size() + 1;
                int y0 = TOP + (rows - n) * ROW / 2 + (n - 1) * ROW;
                svg.appendElement("text").addClass("more").attr("x", Integer.toString(i * COLUMN_WIDTH + 10))
                        .attr("y", Integer.toString(y0 + 22)).text("and " + dropped.get(c).size() + " more");
            }
        }
        return svg;
    }

    /** The label cut to the box, by a rough measure of glyph widths at the picture's font size. */
    static String fit(String label) {
        double room = BOX_WIDTH - 24;
        double used = 0;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            used += Character.isUpperCase(c) || Character.isDigit(c) ? 8.6 : c == ' ' ? 3.8 : "iljtf.,;:'".indexOf(c) >= 0 ? 4.2 : 7.0;
            if (used > room) {
                return label.substring(0, Math.max(1, i - 1)).strip() + "…";
            }
        }
        return label;
    }

    private static String cssName(String kind) {
        return "e-" + kind.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
    }
}
