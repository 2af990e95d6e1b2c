package org.councilgraph.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * The materialised union: the store's default graph holds every triple that some paper's named
 * graph (or the ontology's) states, and nothing else, so a query's default graph is read from one
 * triple index instead of being computed over all the quads (distinct over the graphs) on every
 * match. Kept in step by every write: a triple added to a named graph is added to the default graph;
 * a triple removed from a named graph leaves the default graph only once no named graph states it
 * still (a look-up in the quad index, at the end of the write). The bookkeeping graph is no part of
 * the union.
 *
 * <p>A store written before the union was materialised has an empty default graph over non-empty
 * named graphs: {@link #materialiseIfAbsent} fills it in the next write transaction; until then it
 * is served from the computed union ({@link #inStep}).
 */
final class UnionGraph {
    private UnionGraph() {
    }

    /** True when the default graph is the union of the named graphs as kept here (or both are empty). */
    static boolean inStep(DatasetGraph base) {
        return !base.getDefaultGraph().isEmpty() || !anyNamedData(base);
    }

    /** Fills an empty default graph from the named graphs (in the caller's write transaction); true if it did. */
    static boolean materialiseIfAbsent(DatasetGraph base) {
        if (inStep(base)) {
            return false;
        }
        List<Triple> batch = new ArrayList<>(1 << 16);
        Iterator<Quad> it = base.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            if (!q.getGraph().equals(GraphStore.BOOKKEEPING)) {
                batch.add(q.asTriple());
            }
            if (batch.size() == 1 << 16 || !it.hasNext()) {
                batch.forEach(base.getDefaultGraph()::add);
                batch.clear();
            }
        }
        return true;
    }

    private static boolean anyNamedData(DatasetGraph base) {
        Iterator<Quad> it = base.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            if (!it.next().getGraph().equals(GraphStore.BOOKKEEPING)) {
                return true;
            }
        }
        return false;
    }

    /** True when some named graph other than the bookkeeping one states {@code t}. */
    static boolean stated(DatasetGraph base, Triple t) {
        Iterator<Quad> it = base.findNG(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
        while (it.hasNext()) {
            if (!it.next().getGraph().equals(GraphStore.BOOKKEEPING)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A view of the store for writing its named graphs that keeps the default graph in step: adds
     * go through at once, removals are collected and settled by {@link #settle} before the
     * transaction commits. Reads between are of the named graphs (and of the computed union, which
     * the build's queries use), never of the default graph, so it may lag until then.
     */
    static final class Keeping extends DatasetGraphWrapper {
        private final DatasetGraph base;
        private final Set<Triple> removed = new LinkedHashSet<>();

        Keeping(DatasetGraph base) {
            super(base);
            this.base = base;
            materialiseIfAbsent(base);
        }

        private static boolean counts(Node g) {
            return g != null && !Quad.isDefaultGraph(g) && !g.equals(GraphStore.BOOKKEEPING) && !Quad.isUnionGraph(g);
        }

        @Override
        public void add(Quad q) {
            add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
        }

        @Override
        public void add(Node g, Node s, Node p, Node o) {
            base.add(g, s, p, o);
            if (counts(g)) {
                base.getDefaultGraph().add(Triple.create(s, p, o));
            }
        }

        @Override
        public void delete(Quad q) {
            delete(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
        }

        @Override
        public void delete(Node g, Node s, Node p, Node o) {
            base.delete(g, s, p, o);
            if (counts(g)) {
                removed.add(Triple.create(s, p, o));
            }
        }

        @Override
        public void deleteAny(Node g, Node s, Node p, Node o) {
            if (g != null && g.isConcrete() && !counts(g)) {
                base.deleteAny(g, s, p, o);
                return;
            }
            List<Quad> gone = new ArrayList<>();
            base.findNG(g, s, p, o).forEachRemaining(gone::add);
            gone.forEach(this::delete);
        }

        /** Takes out of the default graph the triples removed that no named graph states any more; returns how many. */
        int settle() {
            int n = 0;
            for (Triple t : removed) {
                if (!stated(base, t)) {
                    base.getDefaultGraph().delete(t);
                    n++;
                }
            }
            removed.clear();
            return n;
        }
    }
}
