package org.councilgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.councilgraph.serve.EndpointGuard;
import org.councilgraph.serve.Server;
import org.councilgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: the store over SPARQL, with its IRIs dereferenceable and a page for every entity. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves a store: SPARQL 1.1 at http://HOST:PORT/councilgraph/sparql (read-only; the default graph",
            "is the union of the papers' graphs), entity IRIs that answer in RDF or HTML as asked, a home page with",
            "full-text search, a query editor (/query), dumps (/dump) and a VoID description (/.well-known/void)."})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, description = "TDB2 store directory, as built by `build`.")
    Path store;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--localhost", description = "Listen on 127.0.0.1 only.")
    boolean localhost;

    @Option(names = "--base-uri", description = {"Base the store's IRIs were minted under (`build --base-uri`);",
        "default: read off the store. Every link the pages write uses it."})
    String baseUri;

    @Option(names = "--text-index", description = "Full-text index directory (default: STORE-text beside the store; "
            + "built or refreshed at start).")
    Path textIndex;

    @Option(names = "--queries", defaultValue = "queries",
            description = "Folder of example .rq files shown in the query editor, besides those in the jar (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = "--query-timeout", paramLabel = "SECONDS",
            description = "Longest a SPARQL query may run (default: 30, or -Dcouncilgraph.query.timeout).")
    Double queryTimeout;

    @Option(names = "--max-rows", paramLabel = "N",
            description = "Most rows a SELECT returns; the header " + EndpointGuard.ROW_CAP_HEADER + " says when they were cut "
                    + "(default: 10000, or -Dcouncilgraph.query.maxRows).")
    Long maxRows;

    @Option(names = "--cache-mb", paramLabel = "MB",
            description = "Memory for answers to repeated GET queries; 0 turns the cache off (default: 64, or -Dcouncilgraph.query.cacheBytes).")
    Long cacheMb;

    /** The server's options for a {@code serve} command line (its arguments after "serve"). */
    public static Server.Options optionsOf(String... args) {
        ServeCommand c = new ServeCommand();
        new picocli.CommandLine(c).parseArgs(args);
        return c.options();
    }

    /** The server's options as the command line gives them, the endpoint's limits over the system properties. */
    Server.Options options() {
        EndpointGuard.Limits d = EndpointGuard.Limits.fromSystem();
        EndpointGuard.Limits limits = new EndpointGuard.Limits(queryTimeout == null ? d.timeoutMillis() : Math.round(queryTimeout * 1000),
                maxRows == null ? d.maxRows() : maxRows, cacheMb == null ? d.cacheBytes() : cacheMb << 20);
        if (heavyQueries != null) {
            limits = limits.heavyQueries(heavyQueries);
        }
        return Server.Options.of(port, localhost).baseUri(baseUri).textIndex(textIndex).queries(queries).limits(limits);
    }

    /** One line for a server that would not start: the port taken, most often. */
    private String startFault(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException) {
                return "Could not listen on port " + port + ": " + t.getMessage() + " (is another server using it? try --port)";
            }
        }
        return StoreOpening.fault(store, e).getMessage();
    }

    @Option(names = "--heavy-queries", paramLabel = "N",
            description = "How many SPARQL queries that read the data run at once; more wait their turn, so light "
                    + "queries and pages are always answered (default: the number of cores, at least 2).")
    Integer heavyQueries;

    @Override
    public Integer call() {
        java.util.Optional<GraphStore> opened = StoreOpening.openOrSay(store);
        if (opened.isEmpty()) {
            return 2;
        }
        GraphStore s = opened.get();
        Server.Options options = options();
        FusekiServer server;
        try {
            server = Server.start(s, options);
        } catch (RuntimeException e) {
            s.close();
            System.err.println(startFault(e));
            return 2;
        }
        String base = Server.base(s, baseUri);
        System.out.println("IRIs under:      " + base + "id/");
        System.out.println("Home page:       http://localhost:" + server.getPort() + "/");
        System.out.println("SPARQL endpoint: http://localhost:" + server.getPort() + Server.DATASET + "/sparql");
        server.join();
        return 0;
    }
}
