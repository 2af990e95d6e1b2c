package org.councilgraph.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.councilgraph.store.GraphStore;

/**
 * The serve stage: the store behind an embedded Fuseki server. The one entry point of this package.
 *
 * <pre>{@code
 * FusekiServer server = Server.start(store, 3030, false);
 * // http://localhost:3030/councilgraph/sparql
 * }</pre>
 *
 * <p>The SPARQL endpoint is read-only (no update, no graph-store writes); its default graph is the
 * union of the documents' named graphs.
 */
public final class Server {
    /** The dataset's path on the server. */
    public static final String DATASET = "/councilgraph";

    private Server() {
    }

    /**
     * Starts serving {@code store} on {@code port}; {@code loopbackOnly} binds to 127.0.0.1 alone
     * (tests, local use).
     */
    public static FusekiServer start(GraphStore store, int port, boolean loopbackOnly) {
        FusekiServer server = EndpointGuard.apply(FusekiServer.create()
                .port(port)
                .loopback(loopbackOnly)
                .add(DATASET, store.datasetGraph(), false))
                .build();
        server.start();
        return server;
    }
}
