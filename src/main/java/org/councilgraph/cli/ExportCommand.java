package org.councilgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.councilgraph.serve.Dumps;
import org.councilgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export}: the whole store as files, the same dumps the server offers at /dump. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the whole store as " + Dumps.NQUADS + " (every quad, gzipped N-Quads: one named graph per paper)",
            "and " + Dumps.TURTLE + " (the union graph as Turtle), the files served at /dump."})
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, description = "TDB2 store directory.")
    Path store;

    @Option(names = "--out", defaultValue = ".", description = "Folder to write the files into (default: the current folder).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(store)) {
            System.err.println("No store at " + store);
            return 2;
        }
        Files.createDirectories(out);
        try (GraphStore s = GraphStore.open(store)) {
            Path nq = out.resolve(Dumps.NQUADS);
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(nq))) {
                System.out.printf("%s: %d quads%n", nq, Dumps.nquadsGzip(s.dataset(), o));
            }
            Path ttl = out.resolve(Dumps.TURTLE);
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(ttl))) {
                System.out.printf("%s: %d triples%n", ttl, Dumps.unionTurtle(s.dataset(), o));
            }
        }
        return 0;
    }
}
