package org.councilgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.councilgraph.CouncilGraph;
import org.councilgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code build}: papers into a TDB2 store. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Reads council papers (files or folders, recursively) into a TDB2 store, one named graph per paper.",
            "Prints a line per file: what was found, or why it could not be read. Exit status 0 when every file was read,",
            "3 when some could not be (they are listed; everything else is stored)."})
public final class BuildCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, description = "TDB2 store directory (created if absent).")
    Path store;

    @Option(names = "--base-uri", defaultValue = CouncilGraph.DEFAULT_BASE,
            description = "Base of every minted IRI (default: ${DEFAULT-VALUE}).")
    String baseUri;

    @Option(names = "--workers", defaultValue = "2", description = "Papers analysed in parallel (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--force", description = "Re-read papers even when their content is unchanged since the last build.")
    boolean force;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Papers or folders of papers.")
    List<Path> paths;

    @Override
    public Integer call() {
        CouncilGraph cg = new CouncilGraph(baseUri).workers(workers).force(force);
        try (GraphStore s = GraphStore.open(store)) {
            CouncilGraph.BuildReport r = cg.build(paths, s, System.out);
            System.out.printf(Locale.ROOT, "%d stored, %d unchanged, %d failed; %d tokens in %.1f s (%.0f tokens/s)%n",
                    r.stored(), r.files().stream().filter(f -> f.status().equals("UNCHANGED")).count(), r.failures(),
                    r.tokens(), r.millis() / 1000.0, r.tokens() / Math.max(0.001, r.millis() / 1000.0));
            return r.failures() > 0 ? 3 : 0;
        }
    }
}
