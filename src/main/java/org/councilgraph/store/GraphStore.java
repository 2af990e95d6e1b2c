package org.councilgraph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.councilgraph.vocab.Prefixes;

/**
 * The store stage: a TDB2 dataset on disk, one named graph per source document. The one entry
 * point of this package.
 *
 * <pre>{@code
 * try (GraphStore store = GraphStore.open(Path.of("data/store"))) {
 *     store.replaceGraph(graphIri, quads);   // one transaction: the old graph goes, the new one comes
 * }
 * }</pre>
 *
 * <p>Each document is written in its own write transaction, so a build that dies half way leaves
 * every document it had finished, and never half of one; the consolidation across papers that ends a
 * build is one transaction too, owed until it commits. The store's default graph is kept as the
 * union of the named graphs (see {@link UnionGraph}); the default graph of queries is the union
 * computed over the named graphs while building and the kept one when serving ({@link #serveKeptUnion}).
 */
public final class GraphStore implements AutoCloseable {
    /**
     * The logger of the caches TDB2 keeps its node table in. A store's memory map that faults on a full disk
     * faults in the cache's upkeep too, which logs a JVM trace of its own; the write that failed reports the
     * full disk as it should ({@link #failedWrite}), so the cache's trace is only noise. Held here, since the
     * logging framework keeps its loggers' levels only while someone holds the logger.
     */
    private static final java.util.logging.Logger CACHE_LOG = quiet("com.github.benmanes.caffeine");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(name);
        log.setLevel(java.util.logging.Level.OFF);
        return log;
    }

    private final Dataset dataset;
    private final Path location;

    private GraphStore(Dataset dataset, Path location) {
        this.dataset = dataset;
        this.location = location;
    }

    /** Opens (creating if absent) the TDB2 store in {@code dir}. */
    public static GraphStore open(Path dir) {
        NewestCitations.register(); // the store's own query function, known before any query is asked of it
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new GraphStore(ds, dir);
    }

    public Dataset dataset() {
        return dataset;
    }

    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    public Path location() {
        return location;
    }

    /**
     * Replaces the named graph {@code graphIri} with {@code quads} (all of which must be in that
     * graph) in one write transaction: re-ingesting a paper never leaves duplicates behind.
     */
    public void replaceGraph(String graphIri, List<Quad> quads) {
        storePaper(graphIri, quads, List.of(), false);
    }

    /**
     * Stores one paper's graph: {@code quads} replace the named graph {@code graphIri}, the graphs in
     * {@code superseded} (the same paper stored under an earlier name) go, and the store is marked as
     * owing a consolidation, all in one write transaction. The mark is what lets a build killed before
     * or during its consolidation be repaired by the next, even one that finds every paper unchanged.
     */
    public void storePaper(String graphIri, List<Quad> quads, Collection<String> superseded) {
        storePaper(graphIri, quads, superseded, true);
    }

    private void storePaper(String graphIri, List<Quad> quads, Collection<String> superseded, boolean owesConsolidation) {
        storePapers(List.of(new PaperGraph(graphIri, quads, superseded)), owesConsolidation);
    }

    /** One paper's graph to store: its quads, and the graphs of the same paper under earlier names that go. */
    public record PaperGraph(String graphIri, List<Quad> quads, Collection<String> superseded) {
    }

    /**
     * Stores several papers' graphs in one write transaction, as {@link #storePaper} stores one. TDB2
     * copies every index block a transaction touches and syncs at each commit, so papers that arrive
     * together (the writer being slower than the workers) cost far less stored together: the blocks
     * they share, the kept union's above all, are copied and synced once. If the batch cannot be
     * stored, nothing of it is; {@code storePapers} then throws, and the caller stores the papers one
     * by one to learn which of them was at fault.
     */
    public void storePapers(List<PaperGraph> papers) {
        storePapers(papers, true);
    }

    private void storePapers(List<PaperGraph> papers, boolean owesConsolidation) {
        try {
            Txn.executeWrite(dataset, () -> {
                UnionGraph.Keeping dsg = new UnionGraph.Keeping(dataset.asDatasetGraph());
                for (PaperGraph p : papers) {
                    Node g = NodeFactory.createURI(p.graphIri());
                    for (String old : p.superseded()) {
                        if (!old.equals(p.graphIri())) {
                            dsg.deleteAny(NodeFactory.createURI(old), Node.ANY, Node.ANY, Node.ANY);
                        }
                    }
                    dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                    for (Quad q : p.quads()) {
                        dsg.add(q.getGraph().equals(g) ? q : Quad.create(g, q.asTriple()));
                    }
                }
                if (owesConsolidation) {
                    dsg.add(PENDING);
                }
                dsg.settle();
            });
        } catch (RuntimeException | InternalError e) {
            throw failedWrite(e);
        } finally {
            WRITES.incrementAndGet();
        }
    }

    /** Writes fail this way when less than this is free on the store's disk: a batch's blocks and journal. */
    private static final long FULL_BELOW = 256L << 20;

    /**
     * What a failed write is to its caller. TDB2 writes its indexes through memory maps, and a map
     * written past the end of a full disk faults: the JVM reports that as an {@link InternalError},
     * which no caller would take for "the disk is full", so with little space left it becomes a
     * {@link StoreFullException}; so does a file write that says so. Anything else is rethrown as it is.
     */
    private RuntimeException failedWrite(Throwable e) {
        long free = freeBytes();
        boolean noSpace = saysNoSpace(e);
        if (free >= 0 && (noSpace || e instanceof InternalError && free < FULL_BELOW)) {
            return new StoreFullException(location, free, e);
        }
        if (e instanceof Error err) {
            throw err;
        }
        return (RuntimeException) e;
    }

    private static boolean saysNoSpace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("No space left on device")) {
                return true;
            }
        }
        return false;
    }

    /** Bytes free to this process on the disk holding the store, or -1 when the system will not say. */
    private long freeBytes() {
        try {
            return java.nio.file.Files.getFileStore(location).getUsableSpace();
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The graph holding the store's own bookkeeping; empty whenever a build has finished. */
    static final Node BOOKKEEPING = NodeFactory.createURI("urn:x-councilgraph:bookkeeping");
    private static final Quad PENDING = Quad.create(BOOKKEEPING, BOOKKEEPING,
            NodeFactory.createURI("urn:x-councilgraph:consolidationPending"), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));

    /** True when a paper was stored since the last consolidation finished (see {@link #consolidate}). */
    public boolean consolidationPending() {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().contains(PENDING));
    }

    /**
     * Runs {@code work} (the consolidation across papers) over the store in one write transaction, and
     * clears the pending mark in that same transaction: a consolidation is wholly applied or not at
     * all, whether it throws or the process is killed, and one not applied is owed still.
     */
    public <T> T consolidate(Function<DatasetGraph, T> work) {
        try {
            return Txn.calculateWrite(dataset, () -> {
                UnionGraph.Keeping dsg = new UnionGraph.Keeping(dataset.asDatasetGraph());
                T out = work.apply(dsg);
                dsg.delete(PENDING);
                dsg.settle();
                return out;
            });
        } catch (RuntimeException | InternalError e) {
            throw failedWrite(e);
        } finally {
            WRITES.incrementAndGet();
        }
    }

    private static final AtomicLong WRITES = new AtomicLong();

    /**
     * A number that moves on whenever any store in this JVM is written: what a cache of query answers
     * keys on, so no answer outlives the data it came from.
     */
    public static long writeVersion() {
        return WRITES.get();
    }

    /** Replaces a named graph with the triples of {@code model} (the ontology, say). */
    public void replaceGraph(String graphIri, Model model) {
        Node g = NodeFactory.createURI(graphIri);
        List<Quad> quads = new ArrayList<>();
        model.getGraph().find().forEachRemaining(t -> quads.add(Quad.create(g, t)));
        replaceGraph(graphIri, quads);
    }

    /**
     * Rewrites the store without the blocks earlier transactions left behind. TDB2 never updates in
     * place: each per-document transaction copies the index blocks it touches, so a store written
     * one document at a time grows several times larger than its data (about 3.4 MB a paper over a
     * 100-paper build). Compaction copies the live data into a new generation and deletes the old.
     */
    public void compact() {
        try {
            DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        } catch (RuntimeException | InternalError e) {
            throw failedWrite(e);
        } finally {
            WRITES.incrementAndGet();
        }
    }

    /**
     * Fills the kept union of a store written before it was kept (see {@link UnionGraph}), in one
     * write transaction; true if it did, false when it was in step already.
     */
    public boolean keepUnion() {
        try {
            return Txn.calculateWrite(dataset, () -> UnionGraph.materialiseIfAbsent(dataset.asDatasetGraph()));
        } finally {
            WRITES.incrementAndGet();
        }
    }

    /**
     * Serves the default graph the store keeps (the materialised union of the named graphs, see
     * {@link UnionGraph}) as the default graph of queries, instead of the union computed on every
     * match. A store written before the union was kept, and not written since, is left on the
     * computed union: returns false then.
     */
    public boolean serveKeptUnion() {
        boolean inStep = Txn.calculateRead(dataset, () -> UnionGraph.inStep(dataset.asDatasetGraph()));
        if (inStep) {
            dataset.getContext().set(TDB2.symUnionDefaultGraph, false);
        }
        return inStep;
    }

    /** The quads of the named graphs (the papers', the ontology's): what the store holds, its kept union apart. */
    public long namedQuads() {
        return Txn.calculateRead(dataset, () -> {
            long[] n = {0};
            dataset.asDatasetGraph().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

    /**
     * Writes the optimiser's statistics of the default graph (the kept union: counts of triples by
     * predicate, as {@code tdb2.tdbstats} gathers them) to {@code stats.opt} in the store's current
     * data folder, where TDB2 reads them when the store is next opened to order the patterns of a
     * query by how many triples each matches. Returns the file, or empty when the default graph is
     * not kept (a store of an earlier version) and statistics of it would mislead.
     */
    public Optional<Path> writeStatistics() {
        return Txn.calculateRead(dataset, () -> Statistics.write(dataset.asDatasetGraph()));
    }

    /** Removes a document's graph. */
    public void removeGraph(String graphIri) {
        replaceGraph(graphIri, List.of());
    }

    /** The content hash recorded for the source document derived into {@code graphIri}, if stored. */
    public Optional<String> storedHash(String graphIri) {
        String q = Prefixes.SPARQL + "SELECT ?h WHERE { GRAPH <" + graphIri + "> { <" + graphIri
                + "> prov:wasDerivedFrom ?d . ?d cg:sha256 ?h } } LIMIT 1";
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                var rs = qe.execSelect();
                return rs.hasNext() ? Optional.of(rs.next().getLiteral("h").getString()) : Optional.<String>empty();
            }
        });
    }

    /** Every document graph and its source, for reports and the linked-data pages. */
    public Map<String, String> documents() {
        String q = Prefixes.SPARQL + "SELECT ?g ?s WHERE { GRAPH ?g { ?g prov:wasDerivedFrom ?d . ?d dcterms:source ?s } }";
        Map<String, String> out = new TreeMap<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                qe.execSelect().forEachRemaining(b -> out.put(b.getResource("g").getURI(), b.getLiteral("s").getString()));
            }
        });
        return out;
    }

    /** A sink that collects what an emitter writes, to be stored in one transaction. */
    public static Collector collector() {
        return new Collector();
    }

    /** Collects quads from a producer (see {@link #collector()}). */
    public static final class Collector implements StreamRDF {
        private final List<Quad> quads = new ArrayList<>();

        public List<Quad> quads() {
            return quads;
        }

        @Override
        public void start() {
        }

        @Override
        public void triple(org.apache.jena.graph.Triple triple) {
            quads.add(Quad.create(Quad.defaultGraphIRI, triple));
        }

        @Override
        public void quad(Quad quad) {
            quads.add(quad);
        }

        @Override
        public void base(String base) {
        }

        @Override
        public void prefix(String prefix, String iri) {
        }

        @Override
        public void finish() {
        }
    }

    public void execRead(Runnable r) {
        dataset.begin(ReadWrite.READ);
        try {
            r.run();
        } finally {
            dataset.end();
        }
    }

    /**
     * Closes the store and lets its files go: TDB2 otherwise keeps a closed store cached, and locked
     * against other processes, for the life of the JVM (a test that reopens a store after a child
     * process, or a build followed by a server in another process, needs it released).
     */
    @Override
    public void close() {
        if (dataset.asDatasetGraph().isInTransaction()) {
            dataset.abort();
            dataset.end();
        }
        TDBInternal.expel(dataset.asDatasetGraph());
    }
}
