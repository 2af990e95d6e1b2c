package org.councilgraph.cli;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.councilgraph.CouncilGraph;
import org.councilgraph.annotate.Nlp;
import org.councilgraph.bench.LoadTest;
import org.councilgraph.bench.QueryWorkload;
import org.councilgraph.bench.SyntheticCorpus;
import org.councilgraph.load.Loader;
import org.councilgraph.load.PaperException;
import org.councilgraph.serve.EndpointGuard;
import org.councilgraph.serve.Server;
import org.councilgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bench}: speed against a CoreNLP baseline, scaling with corpus size, and endpoint load. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures councilgraph: `bench speed` (baseline CoreNLP vs our build, same text, one JVM), "
                + "`bench scale` (build cost at 1x/10x/100x a synthetic corpus, query latency at the largest), "
                + "`bench load` (concurrent clients against a local endpoint), `bench synth` (a synthetic store of N papers), "
                + "`bench queries` (example and look-up queries against a served store).",
        subcommands = {BenchCommand.Speed.class, BenchCommand.Scale.class, BenchCommand.Load.class, BenchSynth.class,
            BenchQueries.class})
public final class BenchCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @Command(name = "speed", mixinStandardHelpOptions = true,
            description = {"Times a default CoreNLP tokenize,ssplit,pos,lemma,ner pass and our full build (load to store)",
                "over the same papers in this JVM, after warming both up, and prints tokens/s and the ratio.",
                "Papers: the PATHs given, else ../shared/corpus/*.txt, else a synthetic corpus."})
    static final class Speed implements Callable<Integer> {
        @Parameters(arity = "0..*", paramLabel = "PATH")
        List<Path> paths = new ArrayList<>();

        @Option(names = "--workers", defaultValue = "2", description = "Worker threads for our build (default: ${DEFAULT-VALUE}).")
        int workers;

        @Option(names = "--synthetic", defaultValue = "30", description = "Synthetic papers when no corpus is at hand.")
        int synthetic;

        @Option(names = "--rounds", defaultValue = "5", description = "Timed builds of the papers after an untimed first "
                + "pass over them; the median is reported (default: ${DEFAULT-VALUE}).")
        int rounds;

        @Override
        public Integer call() throws Exception {
            Path work = Files.createTempDirectory("councilgraph-bench-speed");
            try {
                List<Path> files = papers(paths, work, synthetic);
                List<String> texts = new ArrayList<>();
                for (Path f : files) {
                    try {
                        texts.add(Loader.load(f).text());
                    } catch (PaperException e) {
                        System.out.println("skipped " + e.getMessage());
                    }
                }
                long chars = texts.stream().mapToLong(String::length).sum();
                System.out.printf(Locale.ROOT, "%d papers, %d characters of text%n", texts.size(), chars);

                StanfordCoreNLP baseline = new StanfordCoreNLP(Nlp.baselineProperties());
                baseline.annotate(new Annotation(texts.get(0).substring(0, Math.min(2000, texts.get(0).length()))));
                long t0 = System.nanoTime();
                long baseTokens = 0;
                for (String text : texts) {
                    Annotation a = new Annotation(text);
                    baseline.annotate(a);
                    baseTokens += a.get(CoreAnnotations.TokensAnnotation.class).size();
                }
                double baseSecs = (System.nanoTime() - t0) / 1e9;
                baseline = null;
                System.gc();

                List<double[]> ours = new ArrayList<>();
                List<Integer> workerCounts = workers > 1 ? List.of(1, workers) : List.of(1);
                for (int w : workerCounts) {
                    try (CouncilGraph cg = new CouncilGraph(CouncilGraph.DEFAULT_BASE).workers(w)) {
                        warmUp(cg, work.resolve("warm-" + w), w);
                        // A first pass over these very papers is untimed: a single build of a few papers lasts seconds,
                        // and whether the JIT has compiled the rules their layouts reach by then (the synthetic
                        // warm-up reaches few) moved one-shot figures of the same code by half. A build of a
                        // council's papers runs for minutes, compiled; the median of the rounds after is that.
                        CouncilGraph.BuildReport first = buildInto(cg, files, work.resolve("first-" + w));
                        List<CouncilGraph.BuildReport> timed = new ArrayList<>();
                        for (int i = 0; i < Math.max(1, rounds); i++) {
                            timed.add(buildInto(cg, files, work.resolve("store-" + w + "-" + i)));
                        }
                        List<CouncilGraph.BuildReport> byTime = new ArrayList<>(timed);
                        byTime.sort(Comparator.comparingLong(CouncilGraph.BuildReport::millis));
                        CouncilGraph.BuildReport r = byTime.get(byTime.size() / 2);
                        ours.add(new double[] {w, r.tokens(), r.millis() / 1000.0, r.failures(), r.peakHeapBytes(),
                            r.peakHeapAfterGcBytes(), first.millis() / 1000.0, byTime.get(0).millis() / 1000.0,
                            byTime.get(byTime.size() - 1).millis() / 1000.0, timed.size()});
                    }
                }
                System.out.println();
                System.out.println("| pipeline | tokens | seconds | tokens/s | speed vs baseline |");
                System.out.println("|---|---:|---:|---:|---:|");
                System.out.printf(Locale.ROOT, "| CoreNLP default tokenize,ssplit,pos,lemma,ner (1 thread) | %d | %.1f | %.0f | 1.0x |%n",
                        baseTokens, baseSecs, baseTokens / baseSecs);
                for (double[] o : ours) {
                    System.out.printf(Locale.ROOT, "| councilgraph full build, %d worker%s (load..store), median of %d | %d | %.1f | %.0f | %.1fx |%n",
                            (int) o[0], o[0] > 1 ? "s" : "", (int) o[9], (long) o[1], o[2], o[1] / o[2], baseSecs / o[2]);
                }
                System.out.println();
                for (double[] o : ours) {
                    System.out.printf(Locale.ROOT, "%d worker%s: first pass (untimed above) %.1f s = %.0f tokens/s; timed rounds %.1f-%.1f s "
                            + "= %.0f-%.0f tokens/s%n", (int) o[0], o[0] > 1 ? "s" : "", o[6], o[1] / o[6], o[7], o[8],
                            o[1] / o[8], o[1] / o[7]);
                }
                System.out.println("speed vs baseline = baseline seconds / our seconds on the same text (tokens counted by "
                        + "each pipeline's own tokenizer). Heap of the median build: peak " + ((long) ours.get(ours.size() - 1)[4] >> 20)
                        + " MB, live after GC " + (ours.get(ours.size() - 1)[5] > 0 ? ((long) ours.get(ours.size() - 1)[5] >> 20) + " MB"
                            : "not seen (no collection ran during it)") + ", of a max heap of " + (Runtime.getRuntime().maxMemory() >> 20) + " MB.");
                return 0;
            } finally {
                delete(work);
            }
        }
    }

    @Command(name = "scale", mixinStandardHelpOptions = true,
            description = {"Builds synthetic corpora of UNIT x each factor papers and prints the build cost of each, then",
                "serves the largest store and prints the example queries' latency (p50/p95), and optionally a load test."})
    static final class Scale implements Callable<Integer> {
        @Option(names = "--unit", defaultValue = "10", description = "Papers in the 1x corpus (default: ${DEFAULT-VALUE}).")
        int unit;

        @Option(names = "--factors", defaultValue = "1,10,100", split = ",", description = "Multiples of the unit (default: ${DEFAULT-VALUE}).")
        List<Integer> factors;

        @Option(names = "--workers", defaultValue = "2")
        int workers;

        @Option(names = "--seed", defaultValue = "20250612")
        long seed;

        @Option(names = "--port", defaultValue = "3150", description = "Loopback port for the query measurements.")
        int port;

        @Option(names = "--rounds", defaultValue = "30", description = "Times each example query is asked (default: ${DEFAULT-VALUE}).")
        int rounds;

        @Option(names = "--load-clients", defaultValue = "0", description = "Concurrent clients for a load test at the largest size (0: none).")
        int loadClients;

        @Option(names = "--load-seconds", defaultValue = "60")
        int loadSeconds;

        @Override
        public Integer call() throws Exception {
            Path work = Files.createTempDirectory("councilgraph-bench-scale");
            try (CouncilGraph cg = new CouncilGraph("http://127.0.0.1:" + port + "/").workers(workers)) {
                warmUp(cg, work.resolve("warm"), workers);
                System.out.println("| corpus | papers | tokens | build s | tokens/s | ms/paper | heap peak MB | live after GC MB |");
                System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
                Path largest = null;
                for (int f : factors) {
                    Path dir = work.resolve("papers-" + f);
                    List<Path> papers = new SyntheticCorpus(seed).write(dir, unit * f);
                    Path store = work.resolve("store-" + f);
                    System.gc();
                    CouncilGraph.BuildReport r;
                    try (GraphStore s = GraphStore.open(store)) {
                        r = cg.build(List.of(dir), s, QUIET);
                    }
                    System.out.printf(Locale.ROOT, "| %dx | %d | %d | %.1f | %.0f | %.0f | %d | %d |%n", f, papers.size(),
                            r.tokens(), r.millis() / 1000.0, r.tokens() / (r.millis() / 1000.0),
                            (double) r.millis() / papers.size(), r.peakHeapBytes() >> 20, r.peakHeapAfterGcBytes() >> 20);
                    if (r.failures() > 0) {
                        System.out.println("  " + r.failures() + " synthetic papers failed: "
                                + r.files().stream().filter(CouncilGraph.FileResult::failed).findFirst().map(CouncilGraph.FileResult::line).orElse(""));
                    }
                    largest = store;
                }
                System.out.println();
                try (GraphStore s = GraphStore.open(largest)) {
                    // the engine's own cost: no answer cache while timing single queries
                    System.setProperty(EndpointGuard.CACHE_PROPERTY, "0");
                    FusekiServer server;
                    try {
                        server = Server.start(s, port, true);
                    } finally {
                        System.clearProperty(EndpointGuard.CACHE_PROPERTY);
                    }
                    try {
                        String endpoint = "http://127.0.0.1:" + server.getPort() + Server.DATASET + "/sparql";
                        System.out.println("Example queries at " + factors.get(factors.size() - 1) + "x, " + rounds
                                + " rounds each, one client, answer cache off:");
                        System.out.println("| query | p50 ms | p95 ms |");
                        System.out.println("|---|---:|---:|");
                        for (Map.Entry<String, String> q : QueryWorkload.all().entrySet()) {
                            LoadTest.sequential(endpoint, q.getValue(), 2); // warm caches
                            double[] p = LoadTest.sequential(endpoint, q.getValue(), rounds);
                            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f |%n", q.getKey(), p[0], p[1]);
                        }
                    } finally {
                        server.stop();
                    }
                    if (loadClients > 0) {
                        for (boolean cache : List.of(false, true)) {
                            if (!cache) {
                                System.setProperty(EndpointGuard.CACHE_PROPERTY, "0");
                            }
                            try {
                                server = Server.start(s, port, true);
                            } finally {
                                System.clearProperty(EndpointGuard.CACHE_PROPERTY);
                            }
                            try {
                                String endpoint = "http://127.0.0.1:" + server.getPort() + Server.DATASET + "/sparql";
                                LoadTest.Result lr = LoadTest.run(endpoint, List.copyOf(QueryWorkload.all().values()),
                                        loadClients, Duration.ofSeconds(loadSeconds), 10_000_000);
                                System.out.println();
                                System.out.println("Load test at " + factors.get(factors.size() - 1) + "x, answer cache "
                                        + (cache ? "on" : "off") + ": " + lr.summary());
                                lr.errorSamples().forEach(e -> System.out.println("  error: " + e));
                            } finally {
                                server.stop();
                            }
                        }
                    }
                }
                return 0;
            } finally {
                delete(work);
            }
        }
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = {"Serves a store on a loopback port and sends, from many concurrent clients for a bounded time, what the",
                "site's users ask: the example queries as the query editor opens them (a page) and the look-up questions of",
                "queries/lookup/ (each bound to an entity of the store), each client going round them from its own start;",
                "prints requests, errors and latency percentiles. Exit status 1 when any request failed."})
    static final class Load implements Callable<Integer> {
        @Option(names = "--store", description = "Store to serve (default: one built from a synthetic corpus).")
        Path store;

        @Option(names = "--papers", defaultValue = "60", description = "Synthetic papers when no store is given.")
        int papers;

        @Option(names = "--port", defaultValue = "3150")
        int port;

        @Option(names = "--clients", defaultValue = "100")
        int clients;

        @Option(names = "--seconds", defaultValue = "60")
        int seconds;

        @Option(names = "--max-requests", defaultValue = "10000000")
        long maxRequests;

        @Option(names = "--no-cache", description = "Serve without the answer cache (every query evaluated).")
        boolean noCache;

        @Option(names = "--whole", description = "Send the example queries' whole answers, not their first pages.")
        boolean whole;

        @Mixin
        WarmupOption warmup;

        @Override
        public Integer call() throws Exception {
            Path work = Files.createTempDirectory("councilgraph-bench-load");
            try {
                Path dir = store;
                if (dir == null) {
                    dir = work.resolve("store");
                    try (CouncilGraph cg = new CouncilGraph("http://127.0.0.1:" + port + "/");
                         GraphStore s = GraphStore.open(dir)) {
                        cg.build(List.of(new SyntheticCorpus(20250612).write(work.resolve("papers"), papers).get(0).getParent()), s, QUIET);
                    }
                }
                try (GraphStore s = GraphStore.open(dir)) {
                    if (noCache) {
                        System.setProperty(EndpointGuard.CACHE_PROPERTY, "0");
                    }
                    FusekiServer server;
                    try {
                        server = Server.start(s, port, true);
                    } finally {
                        System.clearProperty(EndpointGuard.CACHE_PROPERTY);
                    }
                    try {
                        String endpoint = "http://127.0.0.1:" + server.getPort() + Server.DATASET + "/sparql";
                        List<String> asked = List.copyOf(QueryWorkload.served(s.dataset(), whole).values());
                        System.out.println("answer cache " + (noCache ? "off" : "on") + "; " + asked.size() + " queries"
                                + (whole ? ", whole answers" : ", first pages"));
                        LoadTest.warmUp(endpoint, asked, warmup.seconds, System.out);
                        LoadTest.Result r = LoadTest.run(endpoint, asked, clients,
                                Duration.ofSeconds(seconds), maxRequests);
                        System.out.println(r.summary());
                        r.errorSamples().forEach(e -> System.out.println("  error: " + e));
                        return r.errors() == 0 ? 0 : 1;
                    } finally {
                        server.stop();
                    }
                }
            } finally {
                delete(work);
            }
        }
    }

    /** The papers to measure: those given, else the shared corpus text, else synthetic ones. */
    static List<Path> papers(List<Path> given, Path work, int synthetic) throws IOException {
        if (!given.isEmpty()) {
            return Loader.collect(given, e -> System.out.println("skipped " + e.getMessage()));
        }
        Path corpus = Path.of("..", "shared", "corpus");
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> s = Files.list(corpus)) {
                List<Path> txt = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
                if (!txt.isEmpty()) {
                    return txt;
                }
            }
        }
        return new SyntheticCorpus(20250612).write(work.resolve("synthetic"), synthetic);
    }

    private static CouncilGraph.BuildReport buildInto(CouncilGraph cg, List<Path> files, Path store) {
        try (GraphStore s = GraphStore.open(store)) {
            return cg.build(files, s, QUIET);
        }
    }

    /** Loads every worker's pipeline (and JIT-compiles the hot code) before anything is timed. */
    static void warmUp(CouncilGraph cg, Path dir, int workers) throws IOException {
        new SyntheticCorpus(1).write(dir.resolve("papers"), Math.max(30, workers * 15));
        try (GraphStore s = GraphStore.open(dir.resolve("store"))) {
            cg.build(List.of(dir.resolve("papers")), s, QUIET);
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
