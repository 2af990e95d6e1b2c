package org.councilgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.councilgraph.CouncilGraph;
import org.councilgraph.store.GraphStore;
import org.councilgraph.store.StoreFullException;
import org.councilgraph.vocab.Base;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code build}: papers into a TDB2 store. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Reads council papers (files or folders, recursively) into a TDB2 store, one named graph per paper.",
            "Prints a line per file: what was found, or why it could not be read (on a terminal, a progress line",
            "on stderr instead, with the failures). Exit status 0 when every file was read, 3 when some could not be",
            "(they are listed; everything else is stored)."})
public final class BuildCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, description = "TDB2 store directory (created if absent).")
    Path store;

    @Option(names = "--base-uri", defaultValue = Base.DEFAULT_BASE,
            description = "Base of every minted IRI (default: ${DEFAULT-VALUE}).")
    String baseUri;

    @Option(names = "--workers", defaultValue = "2", description = "Papers analysed in parallel (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--force", description = "Re-read papers even when their content is unchanged since the last build.")
    boolean force;

    @Option(names = "--paper-timeout", defaultValue = "900", paramLabel = "SECONDS",
            description = "Longest one paper may take; a paper taking longer is reported FAILED and skipped (default: ${DEFAULT-VALUE}).")
    double paperTimeout;

    @Option(names = "--progress", negatable = true, description = "Show a progress line on stderr (default: when stderr is a terminal).")
    Boolean progress;

    @Option(names = "--compact", negatable = true, description = "Compact the store after the build (default: when "
            + COMPACT_AFTER + " or more papers were stored; TDB2 leaves old index blocks behind each transaction).")
    Boolean compact;

    static final int COMPACT_AFTER = 10;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Papers or folders of papers (none: only finish the "
            + "store, see --compact).")
    List<Path> paths;

    @Override
    public Integer call() {
        boolean bar = progress != null ? progress : System.console() != null;
        CouncilGraph.Listener listener = bar ? new ProgressBar(System.out, System.err)
                : CouncilGraph.Listener.lines(System.out);
        if (paths == null || paths.isEmpty()) {
            // no papers: a store of an earlier version gets its kept union and statistics, compacted if asked
            try (GraphStore s = GraphStore.open(store)) {
                finish(s, Boolean.TRUE.equals(compact), System.out);
            }
            return 0;
        }
        try {
            return build(bar, listener);
        } catch (StoreFullException e) {
            if (bar) {
                System.err.print("\r\033[K");
            }
            System.err.println("build stopped: " + e.getMessage() + ". The papers listed above as stored are kept "
                    + "(the store is as after the last of them); the papers being stored then, and the rest, are not. "
                    + "Make room and run the same build again: papers already stored are skipped.");
            return 4;
        }
    }

    private Integer build(boolean bar, CouncilGraph.Listener listener) {
        try (CouncilGraph cg = new CouncilGraph(baseUri).workers(workers).force(force)
                .paperTimeLimit(java.time.Duration.ofMillis(Math.max(1, (long) (paperTimeout * 1000))));
             GraphStore s = GraphStore.open(store)) {
            CouncilGraph.BuildReport r = cg.build(paths, s, listener);
            if (bar) {
                System.err.print("\r\033[K");
                System.err.flush();
            }
            System.out.printf(Locale.ROOT, "%d stored, %d unchanged, %d failed; %d tokens in %.1f s (%.0f tokens/s); "
                            + "peak heap %d MB (%d MB live after GC) of %d MB%n",
                    r.stored(), r.unchanged(), r.failures(), r.tokens(), r.millis() / 1000.0,
                    r.tokens() / Math.max(0.001, r.millis() / 1000.0), r.peakHeapBytes() >> 20,
                    r.peakHeapAfterGcBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20);
            finish(s, compact != null ? compact : r.stored() >= COMPACT_AFTER, System.out);
            return r.failures() > 0 ? 3 : 0;
        }
    }

    /**
     * What ends a build: the kept union filled if the store predates it, compaction when asked, and
     * the optimiser's statistics of the union written afresh (after compaction, which starts a new
     * data folder).
     */
    static void finish(GraphStore s, boolean compact, PrintStream out) {
        long t0 = System.nanoTime();
        if (s.keepUnion()) {
            out.printf(Locale.ROOT, "store union graph filled in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
        if (compact) {
            t0 = System.nanoTime();
            s.compact();
            out.printf(Locale.ROOT, "store compacted in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
        t0 = System.nanoTime();
        long t = t0;
        s.writeStatistics().ifPresent(f -> out.printf(Locale.ROOT, "store statistics for the optimiser written in %.1f s%n",
                (System.nanoTime() - t) / 1e9));
    }

    /**
     * One self-overwriting line on a terminal (files done/total, tokens/s, ETA by bytes still to
     * read); failures still get a line of their own, so none scrolls away unseen.
     */
    static final class ProgressBar implements CouncilGraph.Listener {
        private final PrintStream out;
        private final PrintStream err;
        private int total;
        private long totalBytes;

        ProgressBar(PrintStream out, PrintStream err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public void started(int files, long bytes) {
            total = files;
            totalBytes = bytes;
        }

        @Override
        public void merged(org.councilgraph.consolidate.Consolidator.Report m) {
            if (m.changed()) {
                err.print("\r\033[K");
                out.println(CouncilGraph.mergedLine(m));
            }
        }

        @Override
        public void file(CouncilGraph.FileResult r, int done, long bytesDone, long tokens, long elapsedMillis) {
            if (r.failed()) {
                err.print("\r\033[K");
                out.println(r.line());
            }
            err.print("\r\033[K" + line(done, total, bytesDone, totalBytes, tokens, elapsedMillis));
            err.flush();
        }

        static String line(int done, int total, long bytesDone, long totalBytes, long tokens, long elapsedMillis) {
            double secs = Math.max(0.001, elapsedMillis / 1000.0);
            int width = 30;
            int filled = total == 0 ? width : (int) ((long) width * done / total);
            String eta = bytesDone == 0 || done >= total ? "--:--"
                    : clock((long) (secs * (totalBytes - bytesDone) / bytesDone));
            return String.format(Locale.ROOT, "[%s%s] %d/%d files  %.0f tokens/s  ETA %s",
                    "#".repeat(filled), " ".repeat(width - filled), done, total, tokens / secs, eta);
        }

        private static String clock(long secs) {
            return secs >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", secs / 3600, secs / 60 % 60, secs % 60)
                    : String.format(Locale.ROOT, "%02d:%02d", secs / 60, secs % 60);
        }
    }
}
