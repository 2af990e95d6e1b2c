package org.councilgraph;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
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
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.councilgraph.annotate.Annotations;
import org.councilgraph.annotate.Annotator;
import org.councilgraph.annotate.Nlp;
import org.councilgraph.emit.Emitter;
import org.councilgraph.load.Loader;
import org.councilgraph.load.Paper;
import org.councilgraph.load.PaperException;
import org.councilgraph.consolidate.Consolidator;
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
public final class CouncilGraph implements AutoCloseable {
    /** The default base of minted IRIs, the address {@code serve} answers on by default. */
    public static final String DEFAULT_BASE = "http://localhost:3030/";

    private final Iris iris;
    private int workers = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    private boolean force;
    /** How long one paper may take, from the moment a worker starts it (its CoreNLP pipeline loaded). */
    private java.time.Duration paperTimeLimit = DEFAULT_PAPER_TIME_LIMIT;
    /** Kept across builds: each worker thread holds its own CoreNLP pipeline, loaded once. */
    private ExecutorService pool;

    public CouncilGraph(String baseUri) {
        this.iris = new Iris(baseUri);
    }

    public Iris iris() {
        return iris;
    }

    /** Worker threads for analysis (default: up to 2, the cores this project is sized for). */
    public synchronized CouncilGraph workers(int n) {
        this.workers = Math.max(1, n);
        if (pool != null) {
            pool.shutdown();
            pool = null;
        }
        return this;
    }

    /** The default time one paper may take: far beyond the largest pack a council prints, short of a stuck build. */
    public static final java.time.Duration DEFAULT_PAPER_TIME_LIMIT = java.time.Duration.ofMinutes(15);

    /**
     * How long one paper may take. A paper that takes longer is reported FAILED and skipped, its
     * stored graph (if any) kept, and the build goes on with the rest.
     */
    public CouncilGraph paperTimeLimit(java.time.Duration limit) {
        this.paperTimeLimit = limit;
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

        /** The one line a build prints for this file. */
        public String line() {
            return switch (status) {
                case "OK" -> "OK      " + source + "  " + detail;
                case "UNCHANGED" -> "SKIP    " + source + " (unchanged)";
                default -> "FAILED  " + source + ": " + detail;
            };
        }
    }

    /**
     * What a build did, file by file.
     *
     * @param peakHeapBytes        the sum of each heap pool's peak during the build: garbage included, an
     *                             upper bound on the heap the build used
     * @param peakHeapAfterGcBytes the largest heap occupancy right after a collection during the build
     *                             (0 if none ran): what the build actually kept live
     */
    public record BuildReport(List<FileResult> files, long millis, long peakHeapBytes, long peakHeapAfterGcBytes) {
        public long failures() {
            return files.stream().filter(FileResult::failed).count();
        }

        public long stored() {
            return files.stream().filter(f -> f.status().equals("OK")).count();
        }

        public long unchanged() {
            return files.stream().filter(f -> f.status().equals("UNCHANGED")).count();
        }

        public int tokens() {
            return files.stream().mapToInt(FileResult::tokens).sum();
        }
    }

    /** Hears a build's progress; called on the writing thread, in file order. */
    public interface Listener {
        /** The files found, before any is read. */
        default void started(int files, long bytes) {
        }

        /**
         * One file done (stored, skipped or failed).
         *
         * @param done      files done so far, this one included
         * @param bytesDone bytes of the files done so far
         * @param tokens    tokens analysed so far
         */
        void file(FileResult result, int done, long bytesDone, long tokens, long elapsedMillis);

        /** Papers resolved against each other after storing (see {@link Consolidator}). */
        default void merged(Consolidator.Report report) {
        }

        /** A line per file on {@code out}. */
        static Listener lines(PrintStream out) {
            return new Listener() {
                @Override
                public void file(FileResult r, int done, long bytesDone, long tokens, long elapsedMillis) {
                    out.println(r.line());
                }

                @Override
                public void merged(Consolidator.Report m) {
                    if (m.changed()) {
                        out.println(mergedLine(m));
                    }
                }
            };
        }
    }

    /** The line a build prints about consolidation across papers. */
    public static String mergedLine(Consolidator.Report m) {
        return String.format(Locale.ROOT, "MERGED  across papers: %d council(s) named by e-mail domain, %d paper(s) placed with "
                + "their council by committee name, %d person(s), %d committee(s); %d graph(s) rewritten", m.councils(),
                m.papersPlaced(), m.people(), m.committees(), m.graphsRewritten());
    }

    /** A paper carried through analysis, ready to store. */
    private record Analysed(String source, String graph, List<Quad> quads, String summary, int tokens,
                            long millis, PaperException problem, boolean skipped) {
        static Analysed failed(String source, PaperException e, long millis) {
            return new Analysed(source, null, null, null, 0, millis, e, false);
        }
    }

    /**
     * Builds (or updates) {@code store} from the papers under {@code roots}, printing a line per
     * file to {@code log}. One bad file is reported and skipped; it never stops the build.
     */
    public BuildReport build(List<Path> roots, GraphStore store, PrintStream log) {
        return build(roots, store, Listener.lines(log));
    }

    /**
     * Builds (or updates) {@code store} from the papers under {@code roots}, telling {@code listener}
     * about each file as it is stored. Workers analyse papers in parallel, a bounded number ahead of
     * the single writer, so memory stays flat however many papers there are.
     */
    public BuildReport build(List<Path> roots, GraphStore store, Listener listener) {
        long t0 = System.nanoTime();
        try (HeapWatch heap = new HeapWatch()) {
            return build(roots, store, listener, t0, heap);
        }
    }

    private BuildReport build(List<Path> roots, GraphStore store, Listener listener, long t0, HeapWatch heap) {
        List<FileResult> results = new ArrayList<>();
        List<PaperException> walkProblems = new ArrayList<>();
        List<Path> files = Loader.collect(roots, walkProblems::add);
        long[] sizes = new long[files.size()];
        long totalBytes = 0;
        for (int i = 0; i < files.size(); i++) {
            sizes[i] = sizeOf(files.get(i));
            totalBytes += sizes[i];
        }
        listener.started(files.size() + walkProblems.size(), totalBytes);
        int done = 0;
        long bytesDone = 0;
        long tokens = 0;
        for (PaperException e : walkProblems) {
            FileResult r = new FileResult(e.source(), "FAILED", e.reason(), 0, 0);
            results.add(r);
            listener.file(r, ++done, bytesDone, tokens, ms(t0));
        }
        loadOntology(store);
        Map<Path, String> keys = keys(files);
        int window = workers * 2 + 2;
        List<Future<Analysed>> futures = new ArrayList<>(files.size());
        Map<Integer, Long> started = new java.util.concurrent.ConcurrentHashMap<>();
        int submitted = 0;
        for (int i = 0; i < files.size(); i++) {
            while (submitted < files.size() && submitted < i + window) {
                futures.add(submit(submitted++, files, keys, store, started));
            }
            Analysed a;
            try {
                a = await(i, futures, files, keys, store, started);
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                a = Analysed.failed(files.get(i).toString(),
                        new PaperException(files.get(i).toString(), "internal error: " + c, c), 0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                futures.stream().filter(x -> x != null).forEach(x -> x.cancel(true));
                break;
            }
            futures.set(i, null); // let the quads go once stored
            FileResult r = store(a, store);
            results.add(r);
            bytesDone += sizes[i];
            tokens += r.tokens();
            listener.file(r, ++done, bytesDone, tokens, ms(t0));
        }
        if (results.stream().anyMatch(r -> r.status().equals("OK"))) {
            // what no single paper can resolve: councils by e-mail domain, people, abbreviated committees
            listener.merged(new Consolidator(iris).consolidate(store.datasetGraph()));
        }
        return new BuildReport(results, ms(t0), heap.peakSum(), heap.peakAfterGc());
    }

    private Future<Analysed> submit(int index, List<Path> files, Map<Path, String> keys, GraphStore store, Map<Integer, Long> started) {
        Path f = files.get(index);
        return pool().submit(() -> {
            started.put(index, System.nanoTime());
            // the clock starts again once the worker's model is loaded: an unchanged paper (its hash alone read) never loads it
            return analyse(f, keys.get(f), store, () -> {
                Nlp.forThisThread();
                started.put(index, System.nanoTime());
            });
        });
    }

    /**
     * The analysis of paper {@code i}, waiting no longer than the time limit from its start. A paper
     * over the limit is interrupted and reported FAILED; the papers queued behind it move to a fresh
     * pool, so a worker stuck in it holds nothing else up.
     */
    private Analysed await(int i, List<Future<Analysed>> futures, List<Path> files, Map<Path, String> keys, GraphStore store,
                           Map<Integer, Long> started) throws ExecutionException, InterruptedException {
        long limit = paperTimeLimit.toNanos();
        while (true) {
            Long start = started.get(i);
            long left = start == null ? limit : limit - (System.nanoTime() - start);
            if (left <= 0 && !futures.get(i).isDone()) {
                break;
            }
            try {
                // not started yet: look again in a second; started: wait out what is left of its time
                return futures.get(i).get(start == null ? Math.min(left, 1_000_000_000L) : Math.max(1, left), java.util.concurrent.TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                // loop: either it has started now, or its time is up
            }
        }
        futures.get(i).cancel(true);
        synchronized (this) {
            if (pool != null) {
                pool.shutdown(); // its running papers finish; the stuck one's daemon thread is abandoned
                pool = null;
            }
        }
        for (int j = i + 1; j < futures.size(); j++) {
            if (futures.get(j).cancel(false)) {
                futures.set(j, submit(j, files, keys, store, started));
            }
        }
        String source = files.get(i).toString();
        return Analysed.failed(source, new PaperException(source, "took longer than " + seconds(paperTimeLimit)
                + " to analyse; stopped and skipped (a longer limit: --paper-timeout)"), paperTimeLimit.toMillis());
    }

    private static String seconds(java.time.Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
    }

    private static FileResult store(Analysed a, GraphStore store) {
        if (a.problem() != null) {
            return new FileResult(a.source(), "FAILED", a.problem().reason(), 0, a.millis());
        }
        if (a.skipped()) {
            return new FileResult(a.source(), "UNCHANGED", "content hash unchanged; kept", 0, a.millis());
        }
        try {
            store.replaceGraph(a.graph(), a.quads());
        } catch (RuntimeException e) {
            return new FileResult(a.source(), "FAILED", "could not be stored: " + e, a.tokens(), a.millis());
        }
        return new FileResult(a.source(), "OK", a.summary(), a.tokens(), a.millis());
    }

    private synchronized ExecutorService pool() {
        if (pool == null) {
            pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "councilgraph-worker");
                t.setDaemon(true);
                return t;
            });
        }
        return pool;
    }

    /** Lets the worker threads (and their pipelines) go. */
    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.shutdownNow();
            pool = null;
        }
    }

    private Analysed analyse(Path file, String key, GraphStore store, Runnable reading) {
        long t0 = System.nanoTime();
        String source = file.toString();
        try {
            // the hash of the raw bytes decides before any parsing, so an unchanged pack costs a read
            byte[] bytes = Loader.readBytes(file, Loader.DEFAULT_MAX_BYTES);
            String graph = iris.graph(key);
            String sha = Loader.sha256(bytes);
            if (!force && store.storedHash(graph).map(h -> h.equals(sha)).orElse(false)) {
                return new Analysed(source, graph, null, null, 0, ms(t0), null, true);
            }
            reading.run();
            Paper paper = Loader.load(source, bytes);
            bytes = null;
            Layout layout = Segmenter.segment(paper);
            stopIfInterrupted(source);
            Annotations annotations = Annotator.annotate(layout);
            stopIfInterrupted(source);
            Resolved r = new Resolver(iris).resolve(annotations, key);
            stopIfInterrupted(source);
            if (r.meetings().isEmpty() && r.reports().isEmpty() && r.items().isEmpty() && r.memberships().isEmpty()
                    && r.people().isEmpty() && r.bodies().stream().noneMatch(b -> b.kind() == Resolved.BodyKind.COMMITTEE)) {
                // a committee-details page (members, no meeting) is a council paper; a text about tomatoes is not
                return Analysed.failed(source, new PaperException(source,
                        "no meeting, agenda item, report, committee, committee member or person recognised: not a council paper"), ms(t0));
            }
            GraphStore.Collector sink = GraphStore.collector();
            Emitter.emit(r, iris, sink);
            return new Analysed(source, graph, sink.quads(), summary(r, sink.quads().size()), annotations.tokens(),
                    ms(t0), null, false);
        } catch (PaperException e) {
            return Analysed.failed(source, e, ms(t0));
        } catch (RuntimeException | StackOverflowError e) {
            return Analysed.failed(source, new PaperException(source, "could not be analysed: " + e, e), ms(t0));
        } catch (OutOfMemoryError e) {
            return Analysed.failed(source, new PaperException(source, "too large to analyse in this heap", e), ms(t0));
        }
    }

    /** A paper past its time is interrupted: the stages stop between them (CoreNLP stops inside its own). */
    private static void stopIfInterrupted(String source) throws PaperException {
        if (Thread.currentThread().isInterrupted()) {
            throw new PaperException(source, "stopped: over its time limit");
        }
    }

    /** Load is done; the rest of the pipeline for one paper, in memory. */
    public Resolved analyse(Paper paper, String key) {
        Layout layout = Segmenter.segment(paper);
        Annotations annotations = Annotator.annotate(layout);
        return new Resolver(iris).resolve(annotations, key);
    }

    private static long sizeOf(Path f) {
        try {
            return Files.isRegularFile(f) ? Files.size(f) : 0;
        } catch (IOException | SecurityException e) {
            return 0;
        }
    }

    /**
     * Heap watched over a build: the sum of each heap pool's peak (garbage included, an upper bound)
     * and the largest heap occupancy right after a collection (what the build really holds).
     */
    static final class HeapWatch implements AutoCloseable {
        private final AtomicLong afterGc = new AtomicLong();
        private final List<Runnable> undo = new ArrayList<>();

        HeapWatch() {
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP && p.isValid()) {
                    p.resetPeakUsage();
                }
            }
            NotificationListener listener = (n, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                    GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
                    long used = 0;
                    for (Map.Entry<String, MemoryUsage> e : info.getMemoryUsageAfterGc().entrySet()) {
                        if (heapPool(e.getKey())) {
                            used += e.getValue().getUsed();
                        }
                    }
                    afterGc.accumulateAndGet(used, Math::max);
                }
            };
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(listener, null, null);
                    undo.add(() -> {
                        try {
                            emitter.removeNotificationListener(listener);
                        } catch (ListenerNotFoundException e) {
                            // already gone
                        }
                    });
                }
            }
        }

        private static boolean heapPool(String name) {
            return ManagementFactory.getMemoryPoolMXBeans().stream()
                    .anyMatch(p -> p.getName().equals(name) && p.getType() == MemoryType.HEAP);
        }

        long peakSum() {
            long sum = 0;
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP && p.isValid()) {
                    sum += p.getPeakUsage().getUsed();
                }
            }
            return sum;
        }

        long peakAfterGc() {
            return afterGc.get();
        }

        @Override
        public void close() {
            undo.forEach(Runnable::run);
        }
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
