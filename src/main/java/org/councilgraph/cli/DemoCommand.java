package org.councilgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.councilgraph.CouncilGraph;
import org.councilgraph.serve.Server;
import org.councilgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo}: build the bundled sample papers and serve them. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Builds the bundled sample council papers into ./data/demo and serves them on port 3030.")
public final class DemoCommand implements Callable<Integer> {
    /** The sample papers shipped in the jar, under /samples. */
    static final List<String> SAMPLES = List.of("riverford-cabinet-2025-03-12-minutes.txt",
            "riverford-scrutiny-2025-05-20-agenda.md", "riverford-scrutiny-2025-05-20-minutes.html",
            "riverford-school-place-planning-report.pdf");

    @Option(names = "--store", defaultValue = "data/demo", description = "Store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--no-serve", description = "Build only; do not start the server.")
    boolean noServe;

    @Override
    public Integer call() throws IOException {
        Path papers = store.resolveSibling(store.getFileName() + "-papers");
        Files.createDirectories(papers);
        for (String name : SAMPLES) {
            try (InputStream in = DemoCommand.class.getResourceAsStream("/samples/" + name)) {
                if (in != null) {
                    Files.copy(in, papers.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        GraphStore s = GraphStore.open(store);
        CouncilGraph.BuildReport r = new CouncilGraph("http://localhost:" + port + "/").build(List.of(papers), s, System.out);
        System.out.println(r.stored() + " papers stored in " + store);
        if (noServe) {
            s.close();
            return r.failures() > 0 ? 3 : 0;
        }
        FusekiServer server = Server.start(s, port, false);
        System.out.println("SPARQL endpoint: http://localhost:" + server.getPort() + Server.DATASET + "/sparql");
        server.join();
        return 0;
    }
}
