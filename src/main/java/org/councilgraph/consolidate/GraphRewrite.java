package org.councilgraph.consolidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The rewrite of IRIs in the papers' graphs that a consolidation round decided: whole IRIs (a person
 * merged into another) and path segments (a council's slug, a committee's path, under which its
 * meetings and items are named). Each graph changed is replaced in its own write transaction.
 */
final class GraphRewrite {
    private final DatasetGraph dsg;
    private final Map<String, String> segments;
    private final Map<String, String> rewrite;
    private final Map<String, String> placed;

    /**
     * @param segments path segments to rename (council slugs, committee paths)
     * @param rewrite  whole IRIs to rename
     * @param placed   graphs of papers of no named council to the slug of the council they are of
     */
    GraphRewrite(DatasetGraph dsg, Map<String, String> segments, Map<String, String> rewrite, Map<String, String> placed) {
        this.dsg = dsg;
        this.segments = segments;
        this.rewrite = rewrite;
        this.placed = placed;
    }

    /** Rewrites every graph that mentions an IRI to be changed; returns how many graphs changed. */
    int apply() {
        if (segments.isEmpty() && rewrite.isEmpty() && placed.isEmpty()) {
            return 0;
        }
        List<Node> graphs = Txn.calculateRead(dsg, () -> {
            List<Node> g = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(g::add);
            return g;
        });
        int changed = 0;
        for (Node g : graphs) {
            String home = g.isURI() ? placed.get(g.getURI()) : null;
            Map<String, String> graphSegments = segments;
            if (home != null) {
                graphSegments = new TreeMap<>(segments);
                graphSegments.put(StoreQuery.UNKNOWN, home);
            }
            List<Map.Entry<String, String>> ordered = longestFirst(graphSegments);
            if (Txn.calculateWrite(dsg, () -> rewriteGraph(g, ordered, home != null))) {
                changed++;
            }
        }
        return changed;
    }

    /** Rewrites one graph (in the caller's transaction); false when nothing in it changes. */
    private boolean rewriteGraph(Node g, List<Map.Entry<String, String>> ordered, boolean placedHere) {
        List<Quad> quads = new ArrayList<>();
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
        List<Quad> out = new ArrayList<>(quads.size());
        boolean touched = false;
        for (Quad q : quads) {
            if (placedHere && unknownCouncilLabel(q)) {
                touched = true;
                continue; // "Unknown council" is no name of the council the paper turned out to be of
            }
            Quad r = rewritten(g, q, ordered);
            touched |= r.getSubject() != q.getSubject() || r.getObject() != q.getObject();
            out.add(r);
        }
        if (!touched) {
            return false;
        }
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        Set<Quad> seen = new LinkedHashSet<>(out);
        seen.forEach(dsg::add);
        return true;
    }

    private static boolean unknownCouncilLabel(Quad q) {
        return q.getSubject().isURI() && q.getSubject().getURI().endsWith("/id/council/" + StoreQuery.UNKNOWN)
                && q.getPredicate().equals(RDFS.label.asNode());
    }

    private Quad rewritten(Node g, Quad q, List<Map.Entry<String, String>> ordered) {
        Node s = map(q.getSubject(), ordered);
        Node p = q.getPredicate();
        Node o = map(q.getObject(), ordered);
        String before = q.getSubject().isURI() ? q.getSubject().getURI() : "";
        boolean mergedAway = s != q.getSubject() && (rewrite.containsKey(before)
                || before.contains("/id/council/") || before.contains("/id/committee/"));
        // a merged-away name (a person's shorter form, a council's e-mail domain) becomes an
        // alternative name of the node kept
        if (mergedAway && (p.equals(FOAF.name.asNode()) || p.equals(RDFS.label.asNode()))) {
            p = SKOS.altLabel.asNode();
        }
        return Quad.create(g, s, p, o);
    }

    /** The renamings of path segments, longer first, so "council/committee" is renamed before "council" alone. */
    private static List<Map.Entry<String, String>> longestFirst(Map<String, String> segments) {
        List<Map.Entry<String, String>> ordered = new ArrayList<>(segments.entrySet());
        ordered.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()));
        return ordered;
    }

    private Node map(Node n, List<Map.Entry<String, String>> ordered) {
        if (!n.isURI()) {
            return n;
        }
        String target = segmentsMapped(rewrite.getOrDefault(n.getURI(), n.getURI()), ordered);
        return target.equals(n.getURI()) ? n : NodeFactory.createURI(target);
    }

    /**
     * Renames the path segments of an entity IRI: a domain-only council slug to the named council's,
     * an abbreviated committee to its full name, {@code ordered} as {@link #longestFirst} orders them.
     */
    private static String segmentsMapped(String uri, List<Map.Entry<String, String>> ordered) {
        for (Map.Entry<String, String> e : ordered) {
            String seg = "/" + e.getKey();
            int i = uri.indexOf(seg);
            while (i >= 0) {
                int end = i + seg.length();
                if ((end == uri.length() || uri.charAt(end) == '/') && uri.contains("/id/")) {
                    uri = uri.substring(0, i) + "/" + e.getValue() + uri.substring(end);
                    break;
                }
                i = uri.indexOf(seg, i + 1);
            }
        }
        return uri;
    }

    /** "BASE/id/committee/COUNCIL/NAME" to "COUNCIL/NAME", the part of derived IRIs it scopes. */
    static String committeePath(String committeeIri) {
        int i = committeeIri.indexOf("/id/committee/");
        return committeeIri.substring(i + "/id/committee/".length());
    }
}
