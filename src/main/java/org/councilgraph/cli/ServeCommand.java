package org.councilgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.councilgraph.serve.Server;
import org.councilgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: the store over SPARQL. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves a store: SPARQL 1.1 at http://HOST:PORT/councilgraph/sparql (read-only; the default graph",
            "is the union of the papers' graphs)."})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, description = "TDB2 store directory, as built by `build`.")
    Path store;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--localhost", description = "Listen on 127.0.0.1 only.")
    boolean localhost;

    @Override
    public Integer call() {
        GraphStore s = GraphStore.open(store);
        FusekiServer server = Server.start(s, port, localhost);
        System.out.println("SPARQL endpoint: http://localhost:" + server.getPort() + Server.DATASET + "/sparql");
        server.join();
        return 0;
    }
}
