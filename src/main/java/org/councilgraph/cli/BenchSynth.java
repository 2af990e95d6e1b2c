package org.councilgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.councilgraph.CouncilGraph;
import org.councilgraph.bench.SyntheticCorpus;
import org.councilgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench synth}: a store of N synthetic papers, for measuring queries at scale. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Writes N synthetic papers (invented councils whose committees, people, posts and Acts recur "
                + "across papers), builds them into --store, and prints the build time, the quads and the store's size on disk.")
final class BenchSynth implements Callable<Integer> {
    @Option(names = "--papers", required = true, description = "How many papers (about 7,500 make 10 M quads).")
    int papers;

    @Option(names = "--store", required = true, description = "The store to build (created; an existing one is added to).")
    Path store;

    @Option(names = "--seed", defaultValue = "20250612")
    long seed;

    @Option(names = "--workers", defaultValue = "2")
    int workers;

    @Option(names = "--compact", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Compact the store after the build, as `build` does (default: yes).")
    boolean compact;

    @Option(names = "--progress", description = "Print a line to standard error every N papers stored (default: none).")
    int progress;

    @Option(names = "--runs", defaultValue = "1", description = "Build the papers in this many runs, one after another, each "
            + "finished (compacted) as a `build` is: a store filled over years, and one whose disk never holds all the "
            + "blocks that one transaction a paper leaves behind until compaction (default: one run).")
    int runs;

    @Override
    public Integer call() throws IOException {
        Path papersDir = Files.createTempDirectory("councilgraph-synth");
        try {
            List<Path> written = new SyntheticCorpus(seed).write(papersDir, papers);
            List<Path> runDirs = inRuns(papersDir, written, Math.max(1, runs));
            long quads;
            long buildMillis = 0;
            long finishMillis = 0;
            long tokens = 0;
            int failures = 0;
            try (CouncilGraph cg = new CouncilGraph(CouncilGraph.DEFAULT_BASE).workers(workers);
                    GraphStore s = GraphStore.open(store)) {
                for (Path run : runDirs) {
                    CouncilGraph.BuildReport r = cg.build(List.of(run), s, progressListener());
                    buildMillis += r.millis();
                    tokens += r.tokens();
                    failures += r.failures();
                    long t0 = System.nanoTime();
                    BuildCommand.finish(s, compact, new PrintStream(OutputStream.nullOutputStream()));
                    finishMillis += (System.nanoTime() - t0) / 1_000_000;
                    if (runDirs.size() > 1) {
                        System.err.printf(Locale.ROOT, "run %s: build %.0f s, finish so far %.0f s, store %d MB%n", run.getFileName(),
                                buildMillis / 1000.0, finishMillis / 1000.0, sizeOf(store) >> 20);
                    }
                }
                quads = s.namedQuads();
            }
            System.out.printf(Locale.ROOT, "| papers | runs | failed | tokens | build s | finish s | quads | store MB |%n"
                    + "|---:|---:|---:|---:|---:|---:|---:|---:|%n");
            System.out.printf(Locale.ROOT, "| %d | %d | %d | %d | %.1f | %.1f | %d | %d |%n", written.size(), runDirs.size(), failures,
                    tokens, buildMillis / 1000.0, finishMillis / 1000.0, quads, sizeOf(store) >> 20);
            return failures == 0 ? 0 : 3;
        } finally {
            BenchCommand.delete(papersDir);
        }
    }

    /** The papers moved into {@code runs} folders of about equal size, in order; one run is the folder itself. */
    private static List<Path> inRuns(Path dir, List<Path> papers, int runs) throws IOException {
        if (runs == 1) {
            return List.of(dir);
        }
        List<Path> out = new java.util.ArrayList<>();
        int per = (papers.size() + runs - 1) / runs;
        for (int i = 0; i < papers.size(); i += per) {
            Path run = Files.createDirectory(dir.resolve(String.format(Locale.ROOT, "run-%03d", out.size())));
            for (Path p : papers.subList(i, Math.min(papers.size(), i + per))) {
                Files.move(p, run.resolve(p.getFileName()));
            }
            out.add(run);
        }
        return out;
    }

    /** Every {@code --progress} papers: how many, the seconds since the start and the rate of the last stretch. */
    private CouncilGraph.Listener progressListener() {
        return new CouncilGraph.Listener() {
            private long lastMillis;

            @Override
            public void file(CouncilGraph.FileResult r, int done, long bytesDone, long tokens, long elapsedMillis) {
                if (progress > 0 && done % progress == 0) {
                    System.err.printf(Locale.ROOT, "%d papers, %d tokens, %.0f s (%.0f ms a paper lately)%n", done, tokens,
                            elapsedMillis / 1000.0, (elapsedMillis - lastMillis) / (double) progress);
                    lastMillis = elapsedMillis;
                }
            }
        };
    }

    static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
