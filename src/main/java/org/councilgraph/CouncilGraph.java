package org.councilgraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.councilgraph.annotate.Annotations;
import org.councilgraph.annotate.Annotator;
import org.councilgraph.emit.Emitter;
import org.councilgraph.load.Loader;
import org.councilgraph.load.Paper;
import org.councilgraph.load.PaperException;
import org.councilgraph.resolve.Consolidator;
import org.councilgraph.resolve.Iris;
import org.councilgraph.resolve.Resolved;
import org.councilgraph.resolve.Resolver;
import org.councilgraph.segment.Layout;
import org.councilgraph.segment.Segmenter;
import org.councilgraph.store.GraphStore;

/**
 * councilgraph's facade: council papers in, a linked-data graph out.
 *
 * <pre>{@code
 * CouncilGraph cg = new CouncilGraph("http://localhost:3030/");
 * try (GraphStore store = GraphStore.open(Path.of("data/store"))) {
 *     CouncilGraph.BuildReport report = cg.build(List.of(Path.of("papers")), store, System.out);
 * }
 * }</pre>
 *
 * <p>Each paper goes load, segment, annotate, resolve, emit on a worker thread (each worker with its
 * own CoreNLP pipeline); a single writer stores each paper's graph in its own transaction, in the
 * order the papers were listed, so builds are repeatable and a crash loses only unfinished papers.
 */
public final class CouncilGraph {
    /** The default base of minted IRIs, the address {@code serve} answers on by default. */
    public static final String DEFAULT_BASE = "http://localhost:3030/";

    private final Iris iris;
    private int workers = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    private boolean force;

    public CouncilGraph(String baseUri) {
        this.iris = new Iris(baseUri);
    }

    public Iris iris() {
        return iris;
    }

    /** Worker threads for analysis (default: up to 2, the cores this project is sized for). */
    public CouncilGraph workers(int n) {
        this.workers = Math.max(1, n);
        return this;
    }

    /** Re-ingest papers even when their content hash matches the stored one. */
    public CouncilGraph force(boolean force) {
        this.force = force;
        return this;
    }

    /** What happened to one file. */
    public record FileResult(String source, String status, String detail, int tokens, long millis) {
        public boolean failed() {
            return status.equals("FAILED");
        }
    }

    /** What a build did, file by file. */
    public record BuildReport(List<FileResult> files, long millis) {
        public long failures() {
            return files.stream().filter(FileResult::failed).count();
        }

        public long stored() {
            return files.stream().filter(f -> f.status().equals("OK")).count();
        }

        public int tokens() {
            return files.stream().mapToInt(FileResult::tokens).sum();
        }
    }

    /** A paper carried through analysis, ready to store. */
    private record Analysed(String source, String graph, String sha, List<Quad> quads, String summary, int tokens,
                            long millis, PaperException problem, boolean skipped) {
    }

    /**
     * Builds (or updates) {@code store} from the papers under {@code roots}, printing a line per
     * file to {@code log}. One bad file is reported and skipped; it never stops the build.
     */
    public BuildReport build(List<Path> roots, GraphStore store, PrintStream log) {
        long t0 = System.nanoTime();
        List<FileResult> results = new ArrayList<>();
        List<Path> files = Loader.collect(roots, e -> {
            results.add(new FileResult(e.source(), "FAILED", e.reason(), 0, 0));
            log.println("FAILED  " + e.getMessage());
        });
        loadOntology(store);
        Map<Path, String> keys = keys(files);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "councilgraph-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Analysed>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> analyse(f, keys.get(f), store)));
            }
            for (int i = 0; i < files.size(); i++) {
                Analysed a;
                try {
                    a = futures.get(i).get();
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    a = new Analysed(files.get(i).toString(), null, null, null, null, 0, 0,
                            new PaperException(files.get(i).toString(), "internal error: " + c, c), false);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                futures.set(i, null); // let the quads go once stored
                if (a.problem() != null) {
                    results.add(new FileResult(a.source(), "FAILED", a.problem().reason(), 0, a.millis()));
                    log.println("FAILED  " + a.problem().getMessage());
                    continue;
                }
                if (a.skipped()) {
                    results.add(new FileResult(a.source(), "UNCHANGED", "content hash unchanged; kept", 0, a.millis()));
                    log.println("SKIP    " + a.source() + " (unchanged)");
                    continue;
                }
                try {
                    store.replaceGraph(a.graph(), a.quads());
                } catch (RuntimeException e) {
                    results.add(new FileResult(a.source(), "FAILED", "could not be stored: " + e, a.tokens(), a.millis()));
                    log.println("FAILED  " + a.source() + ": could not be stored: " + e);
                    continue;
                }
                results.add(new FileResult(a.source(), "OK", a.summary(), a.tokens(), a.millis()));
                log.println("OK      " + a.source() + "  " + a.summary());
            }
        } finally {
            pool.shutdownNow();
        }
        Consolidator.Report merged = new Consolidator(iris).consolidate(store.datasetGraph());
        if (merged.changed()) {
            log.printf(Locale.ROOT, "MERGED  across papers: %d council(s) named by e-mail domain, %d person(s), %d committee(s); %d graph(s) rewritten%n",
                    merged.councils(), merged.people(), merged.committees(), merged.graphsRewritten());
        }
        return new BuildReport(results, (System.nanoTime() - t0) / 1_000_000);
    }

    private Analysed analyse(Path file, String key, GraphStore store) {
        long t0 = System.nanoTime();
        String source = file.toString();
        try {
            Paper paper = Loader.load(file);
            String graph = iris.graph(key);
            if (!force && store.storedHash(graph).map(h -> h.equals(paper.sha256())).orElse(false)) {
                return new Analysed(source, graph, paper.sha256(), null, null, 0, ms(t0), null, true);
            }
            Resolved r = analyse(paper, key);
            GraphStore.Collector sink = GraphStore.collector();
            Emitter.emit(r, iris, sink);
            return new Analysed(source, graph, paper.sha256(), sink.quads(), summary(r, sink.quads().size()), tokens(r),
                    ms(t0), null, false);
        } catch (PaperException e) {
            return new Analysed(source, null, null, null, null, 0, ms(t0), e, false);
        } catch (RuntimeException | StackOverflowError e) {
            return new Analysed(source, null, null, null, null, 0, ms(t0),
                    new PaperException(source, "could not be analysed: " + e, e), false);
        }
    }

    private final ThreadLocal<Integer> lastTokens = ThreadLocal.withInitial(() -> 0);

    /** Load is done; the rest of the pipeline for one paper, in memory. */
    public Resolved analyse(Paper paper, String key) {
        Layout layout = Segmenter.segment(paper);
        Annotations annotations = Annotator.annotate(layout);
        lastTokens.set(annotations.tokens());
        return new Resolver(iris).resolve(annotations, key);
    }

    private int tokens(Resolved r) {
        return lastTokens.get();
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static String summary(Resolved r, int quads) {
        return String.format(Locale.ROOT, "%d meetings, %d items, %d people, %d posts, %d reports, %d resolutions, "
                        + "%d bodies, %d laws; %d quads",
                r.meetings().size(), r.items().size(), r.people().size(), r.posts().size(), r.reports().size(),
                r.resolutions().size(), r.bodies().size(), r.laws().size(), quads);
    }

    /**
     * Keys naming each paper in IRIs: the file name, or the path from its root folder when two
     * files in one build share a name.
     */
    private static Map<Path, String> keys(List<Path> files) {
        Map<String, Integer> counts = new HashMap<>();
        for (Path f : files) {
            counts.merge(f.getFileName().toString(), 1, Integer::sum);
        }
        Map<Path, String> out = new HashMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            out.put(f, counts.get(name) > 1 && f.getParent() != null ? f.getParent().getFileName() + "-" + name : name);
        }
        return out;
    }

    /** The ontology, as shipped in the jar, into its own named graph. */
    public void loadOntology(GraphStore store) {
        store.replaceGraph(iris.ontologyGraph(), ontology());
    }

    public static Model ontology() {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = CouncilGraph.class.getResourceAsStream("/ontology/councilgraph.ttl")) {
            if (in == null) {
                throw new IllegalStateException("ontology/councilgraph.ttl is missing from the classpath");
            }
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return m;
    }
}
