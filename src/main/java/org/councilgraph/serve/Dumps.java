package org.councilgraph.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Whole-dataset dumps, streamed in one read transaction (never the whole store in memory): every
 * quad as gzipped N-Quads (the named graphs kept: provenance by document), and the union graph as
 * Turtle for tools that want triples. Used by {@code /dump/...} and by the {@code export} command.
 */
public final class Dumps {
    /** File name of the N-Quads dump. */
    public static final String NQUADS = "councilgraph.nq.gz";
    /** File name of the Turtle dump of the union graph. */
    public static final String TURTLE = "councilgraph.ttl";

    private Dumps() {
    }

    /** Every quad of every named graph, gzipped N-Quads; returns the number of quads written. */
    public static long nquadsGzip(Dataset dataset, OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        long n = Txn.calculateRead(dataset, () -> {
            StreamRDF w = StreamRDFWriter.getWriterStream(gz, Lang.NQUADS);
            long[] c = {0};
            w.start();
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                w.quad(q);
                c[0]++;
            });
            w.finish();
            return c[0];
        });
        gz.finish();
        gz.flush();
        return n;
    }

    /** The union of the named graphs as Turtle (streamed, in blocks by subject); returns the number of triples. */
    public static long unionTurtle(Dataset dataset, OutputStream out) {
        return Txn.calculateRead(dataset, () -> {
            StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
            Graph union = dataset.asDatasetGraph().getUnionGraph();
            long[] c = {0};
            w.start();
            PrefixMapFactory.create(Site.PREFIXES).forEach(w::prefix);
            union.find().forEachRemaining(t -> {
                w.triple(t);
                c[0]++;
            });
            w.finish();
            return c[0];
        });
    }
}
