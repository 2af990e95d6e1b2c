package org.councilgraph.store;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The optimiser's statistics of the default graph, in the file TDB2 looks for when it opens a
 * store ({@code stats.opt} in the current {@code Data-NNNN} folder): with it, the patterns of a basic
 * graph pattern are ordered by how many triples each is likely to match rather than by their shape
 * alone. Gathered the way {@code tdb2.tdbstats} does, by one pass over the triple index.
 */
final class Statistics {
    static final String FILE = "stats.opt";

    private Statistics() {
    }

    /** Writes the statistics (in the caller's read transaction); empty when the default graph is not kept. */
    static Optional<Path> write(DatasetGraph dsg) {
        if (!UnionGraph.inStep(dsg)) {
            return Optional.empty();
        }
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        NodeTupleTable triples = tdb.getTripleTable().getNodeTupleTable();
        StatsCollectorNodeId collector = new StatsCollectorNodeId(triples.getNodeTable());
        Iterator<Tuple<NodeId>> it = triples.findAll();
        while (it.hasNext()) {
            Tuple<NodeId> t = it.next();
            collector.record(null, t.get(0), t.get(1), t.get(2));
        }
        Path file = Path.of(tdb.getLocation().getDirectoryPath()).resolve(FILE);
        Stats.write(file.toString(), collector.results());
        return Optional.of(file);
    }
}
