package org.councilgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.councilgraph.store.GraphStore;

/**
 * Opening a store that must already exist, for the commands that only read one ({@code serve},
 * {@code query}): a mistyped path is an error, never a new empty store, and a store that is locked or
 * damaged is said in one line (what, and what to do) rather than a stack trace.
 */
final class StoreOpening {
    /** A store that could not be opened, with the line to print. */
    static final class Fault extends Exception {
        Fault(String message) {
            super(message, null, false, false);
        }
    }

    /** Quads read, nodes and all, to see that a store opens and reads before serving it. */
    private static final int PROBE_QUADS = 10_000;

    private StoreOpening() {
    }

    /** The store in {@code dir}, or empty after saying on stderr, in one line, why it cannot be served. */
    static java.util.Optional<GraphStore> openOrSay(Path dir) {
        try {
            return java.util.Optional.of(open(dir));
        } catch (Fault e) {
            System.err.println(e.getMessage());
            return java.util.Optional.empty();
        }
    }

    static GraphStore open(Path dir) throws Fault {
        if (!Files.isDirectory(dir)) {
            throw new Fault("No store at " + dir + ": check the path, or build one with `councilgraph build --store "
                    + dir + " PAPERS...`.");
        }
        if (!holdsDatabase(dir)) {
            throw new Fault(dir + " is not a store (no TDB2 database in it): give the folder `councilgraph build --store` made.");
        }
        GraphStore store;
        try {
            store = GraphStore.open(dir);
        } catch (RuntimeException e) {
            throw fault(dir, e);
        }
        try {
            Txn.executeRead(store.dataset(), () -> {
                Iterator<Quad> it = store.datasetGraph().find();
                for (int i = 0; i < PROBE_QUADS && it.hasNext(); i++) {
                    Quad q = it.next();
                    q.getObject().toString();
                }
            });
        } catch (RuntimeException e) {
            try {
                store.close();
            } catch (RuntimeException ignored) {
                // the fault reported is the read's
            }
            throw fault(dir, e);
        }
        return store;
    }

    private static boolean holdsDatabase(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("Data-") && Files.isDirectory(p));
        } catch (IOException e) {
            return false;
        }
    }

    static Fault fault(Path dir, Throwable e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("Failed to get a lock")) {
            return new Fault("The store " + dir + " is in use by another process (" + m.replaceAll(".*held by ", "held by ")
                    .strip() + "): stop the `serve`, `build` or `query` using it, then try again.");
        }
        String first = m.lines().findFirst().orElse("").strip();
        if (first.length() > 160) {
            first = first.substring(0, 160) + "...";
        }
        return new Fault("The store " + dir + " could not be read (" + e.getClass().getSimpleName()
                + (first.isEmpty() || first.equals("null") ? "" : ": " + first) + "): it may be damaged; rebuild it with "
                + "`councilgraph build --store " + dir + " PAPERS...` into an empty folder.");
    }
}
