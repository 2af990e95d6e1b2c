package org.councilgraph;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.UnaryOperator;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.councilgraph.annotate.Annotations;
import org.councilgraph.annotate.Annotator;
import org.councilgraph.annotate.Nlp;
import org.councilgraph.bench.HeapWatch;
import org.councilgraph.build.PaperNames;
import org.councilgraph.build.PaperPool;
import org.councilgraph.consolidate.Consolidator;
import org.councilgraph.emit.Emitter;
import org.councilgraph.load.Loader;
import org.councilgraph.load.Paper;
import org.councilgraph.load.PaperException;
import org.councilgraph.load.Source;
import org.councilgraph.resolve.Iris;
import org.councilgraph.resolve.Resolved;
import org.councilgraph.resolve.Resolver;
import org.councilgraph.resolve.ServiceResolver;
import org.councilgraph.segment.Layout;
import org.councilgraph.segment.Segmenter;
import org.councilgraph.service.ServiceAnswer;
import org.councilgraph.service.ServiceReader;
import org.councilgraph.store.GraphStore;
import org.councilgraph.store.StoreFullException;
import org.councilgraph.vocab.Base;
import org.councilgraph.vocab.Ontology;

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
 * own CoreNLP pipeline, see {@link PaperPool}); a single writer stores each paper's graph in its own
 * transaction, in the order the papers were listed, so builds are repeatable and a crash loses only
 * unfinished papers. The consolidation across papers that ends a build is one transaction, owed by the
 * store until it commits, so a build killed in it is repaired by the next.
 */
public final class CouncilGraph implements AutoCloseable {
    /** The default base of minted IRIs (kept here for the facade's users; defined in {@link Base}). */
    public static final String DEFAULT_BASE = Base.DEFAULT_BASE;

    /** The default time one paper may take: far beyond the largest pack a council prints, short of a stuck build. */
    public static final Duration DEFAULT_PAPER_TIME_LIMIT = Duration.ofMinutes(15);

    private final Iris iris;
    private int workers = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    private boolean force;
    /** How long one paper may take, from the moment a worker starts it (its CoreNLP pipeline loaded). */
    private Duration paperTimeLimit = DEFAULT_PAPER_TIME_LIMIT;
    /** Kept across builds: each worker thread holds its own CoreNLP pipeline, loaded once. */
    private PaperPool pool;
    /** What consolidation runs over: the store itself, but for tests that interrupt it. */
    private UnaryOperator<DatasetGraph> consolidationView = UnaryOperator.identity();

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
            pool.close();
            pool = null;
        }
        return this;
    }

    /**
     * How long one paper may take. A paper that takes longer is stopped, reported FAILED and skipped,
     * its stored graph (if any) kept, and the build goes on with the rest.
     */
    public CouncilGraph paperTimeLimit(Duration limit) {
        this.paperTimeLimit = limit;
        return this;
    }

    /** Re-ingest papers even when their content hash matches the stored one. */
    public CouncilGraph force(boolean force) {
        this.force = force;
        return this;
    }

    /**
     * Runs the consolidation across papers over {@code view} of the store's dataset rather than the
     * dataset itself: for tests that make it fail half way, as a killed process would.
     */
    public CouncilGraph consolidationView(UnaryOperator<DatasetGraph> view) {
        this.consolidationView = view;
        return this;
    }

    /** What became of one file in a build. */
    public enum Status {
        /** Read and stored. */
        OK,
        /** Its content hash matched the stored one: kept as it was. */
        UNCHANGED,
        /** Not stored, for the reason given. */
        FAILED
    }

    /** What happened to one file. */
    public record FileResult(String source, Status status, String detail, int tokens, long millis) {
        public boolean failed() {
            return status == Status.FAILED;
        }

        /** The one line a build prints for this file, never more than one whatever the file is called. */
        public String line() {
            return switch (status) {
                case OK -> "OK      " + printable(source) + "  " + printable(detail);
                case UNCHANGED -> "SKIP    " + printable(source) + " (unchanged)";
                case FAILED -> "FAILED  " + printable(source) + ": " + printable(detail);
            };
        }
    }

    /**
     * {@code s} with line breaks, other control characters and backslashes escaped Java-style
     * ({@code \n}, {@code \u0007}, {@code \\}): a file may be called anything, and its name must not
     * split or forge a line of the build's output.
     */
    public static String printable(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String esc = switch (c) {
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085'
                        ? String.format(Locale.ROOT, "\\u%04x", (int) c) : null;
            };
            if (esc != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (esc != null) {
                    b.append(esc);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
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
            return files.stream().filter(f -> f.status() == Status.OK).count();
        }

        public long unchanged() {
            return files.stream().filter(f -> f.status() == Status.UNCHANGED).count();
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
            List<FileResult> results = build(roots, store, listener, t0);
            return new BuildReport(results, ms(t0), heap.peakSum(), heap.peakAfterGc());
        }
    }

    private List<FileResult> build(List<Path> roots, GraphStore store, Listener listener, long t0) {
        List<FileResult> results = new ArrayList<>();
        List<PaperException> walkProblems = new ArrayList<>();
        List<Source> files = Loader.sources(roots, List.of(store.location()), walkProblems::add);
        long[] sizes = new long[files.size()];
        long totalBytes = 0;
        for (int i = 0; i < files.size(); i++) {
            sizes[i] = sizeOf(files.get(i).file());
            totalBytes += sizes[i];
        }
        listener.started(files.size() + walkProblems.size(), totalBytes);
        int done = 0;
        long bytesDone = 0;
        long tokens = 0;
        for (PaperException e : walkProblems) {
            FileResult r = new FileResult(e.source(), Status.FAILED, e.reason(), 0, 0);
            results.add(r);
            listener.file(r, ++done, bytesDone, tokens, ms(t0));
        }
        loadOntology(store);
        Map<Source, PaperNames.Named> names = PaperNames.assign(files, store.documents(), iris);
        PaperPool workers = pool();
        // papers analysed ahead of the writer; when it falls behind, those already done are stored together
        int window = workers.workers() * 4 + 4;
        List<PaperPool.Job<Analysed>> jobs = new ArrayList<>(files.size());
        int submitted = 0;
        int i = 0;
        boolean interrupted = false;
        while (i < files.size() && !interrupted) {
            List<Analysed> batch = new ArrayList<>();
            long batchQuads = 0;
            do {
                while (submitted < files.size() && submitted < i + window) {
                    Source f = files.get(submitted++);
                    PaperNames.Named named = names.get(f);
                    jobs.add(workers.submit(restartClock -> analyse(f, named, store, restartClock)));
                }
                Analysed a;
                try {
                    a = await(workers, i, jobs, files.get(i));
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    String source = files.get(i).file().toString();
                    a = Analysed.failed(source, new PaperException(source, "internal error: " + c, c), 0);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    workers.cancelAll(jobs);
                    interrupted = true;
                    break;
                }
                jobs.set(i++, null); // let the quads go once stored
                batch.add(a);
                batchQuads += a.quads() == null ? 0 : a.quads().size();
            } while (i < files.size() && batch.size() < MAX_BATCH_PAPERS && batchQuads < MAX_BATCH_QUADS
                    && jobs.get(i).ended());
            int first = i - batch.size();
            List<FileResult> stored = store(batch, files.subList(first, first + batch.size()), names, store);
            for (int k = 0; k < stored.size(); k++) {
                FileResult r = stored.get(k);
                results.add(r);
                bytesDone += sizes[first + k];
                tokens += r.tokens();
                listener.file(r, ++done, bytesDone, tokens, ms(t0));
            }
        }
        if (results.stream().anyMatch(r -> r.status() == Status.OK) || store.consolidationPending()) {
            // what no single paper can resolve: councils by e-mail domain, people, abbreviated committees; owed by
            // the store from the first paper stored, so a build killed before or in it is repaired by the next
            listener.merged(store.consolidate(dsg -> new Consolidator(iris).consolidate(consolidationView.apply(dsg))));
        }
        return results;
    }

    /** The analysis of paper {@code i}, or its failure when it took longer than the time limit. */
    private Analysed await(PaperPool workers, int i, List<PaperPool.Job<Analysed>> jobs, Source f)
            throws ExecutionException, InterruptedException {
        PaperPool.Outcome<Analysed> o = workers.await(jobs.get(i), paperTimeLimit, jobs.subList(i + 1, jobs.size()));
        if (!o.timedOut()) {
            return o.value();
        }
        String source = f.file().toString();
        return Analysed.failed(source, new PaperException(source, "took longer than " + seconds(paperTimeLimit)
                + " to analyse; stopped and skipped" + (o.stopped() ? "" : " (its worker did not stop and was given up)")
                + " (a longer limit: --paper-timeout)"), paperTimeLimit.toMillis());
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
    }

    /** The most papers, and quads, the writer stores in one transaction. */
    private static final int MAX_BATCH_PAPERS = 16;
    private static final long MAX_BATCH_QUADS = 200_000;

    /**
     * Stores the analysed papers in one transaction; if that fails, one by one, so a paper that cannot
     * be stored is named and the others are kept.
     */
    private static List<FileResult> store(List<Analysed> batch, List<Source> files, Map<Source, PaperNames.Named> names,
            GraphStore store) {
        List<GraphStore.PaperGraph> toStore = new ArrayList<>();
        for (int k = 0; k < batch.size(); k++) {
            Analysed a = batch.get(k);
            if (a.problem() == null && !a.skipped()) {
                toStore.add(new GraphStore.PaperGraph(a.graph(), a.quads(), names.get(files.get(k)).superseded()));
            }
        }
        boolean together = false;
        if (toStore.size() > 1) {
            try {
                store.storePapers(toStore);
                together = true;
            } catch (StoreFullException e) {
                throw e; // no paper is at fault, and none after would be stored: the build stops
            } catch (RuntimeException e) {
                // one of them could not be stored: none was; each is tried alone below
            }
        }
        List<FileResult> out = new ArrayList<>(batch.size());
        for (int k = 0; k < batch.size(); k++) {
            out.add(store(batch.get(k), names.get(files.get(k)), store, together));
        }
        return out;
    }

    private static FileResult store(Analysed a, PaperNames.Named named, GraphStore store, boolean stored) {
        if (a.problem() != null) {
            return new FileResult(a.source(), Status.FAILED, a.problem().reason(), 0, a.millis());
        }
        if (a.skipped()) {
            return new FileResult(a.source(), Status.UNCHANGED, "content hash unchanged; kept", 0, a.millis());
        }
        if (!stored) {
            try {
                store.storePaper(a.graph(), a.quads(), named.superseded());
            } catch (StoreFullException e) {
                throw e;
            } catch (RuntimeException e) {
                return new FileResult(a.source(), Status.FAILED, "could not be stored: " + e, a.tokens(), a.millis());
            }
        }
        return new FileResult(a.source(), Status.OK, a.summary() + named.note().map(n -> "; " + n).orElse(""),
                a.tokens(), a.millis());
    }

    private synchronized PaperPool pool() {
        if (pool == null) {
            pool = new PaperPool(workers);
        }
        return pool;
    }

    /** Lets the worker threads (and their pipelines) go. */
    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.close();
            pool = null;
        }
    }

    private Analysed analyse(Source file, PaperNames.Named named, GraphStore store, Runnable reading) {
        long t0 = System.nanoTime();
        String source = file.file().toString();
        try {
            if (named.graph().isEmpty()) {
                throw new PaperException(source, "not stored: " + named.note().orElse("its name clashes with another's"));
            }
            String graph = named.graph().get();
            // the hash of the raw bytes decides before any parsing, so an unchanged pack costs a read
            byte[] bytes = Loader.readBytes(file.file(), Loader.DEFAULT_MAX_BYTES);
            String sha = Loader.sha256(bytes);
            if (!force && named.superseded().isEmpty() && store.storedHash(graph).map(h -> h.equals(sha)).orElse(false)) {
                return new Analysed(source, graph, null, null, 0, ms(t0), null, true);
            }
            if (file.serviceAnswer()) {
                return answer(file, named, graph, bytes, t0);
            }
            Nlp.forThisThread(); // the worker's own setup, seconds the first time: the paper's clock starts after it
            reading.run();
            // the paper is known by its name below the folder given: no path above it is published
            Paper paper = Loader.load(file.name(), bytes);
            bytes = null;
            stopIfInterrupted(source);
            Layout layout = Segmenter.segment(paper);
            stopIfInterrupted(source);
            Annotations annotations = Annotator.annotate(layout);
            stopIfInterrupted(source);
            Resolved r = new Resolver(iris).resolve(annotations, named.key(),
                    file.archived().map(Source.Archived::council).orElse(""));
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
            return Analysed.failed(source, new PaperException(source, e.reason(), e), ms(t0));
        } catch (RuntimeException | StackOverflowError e) {
            return Analysed.failed(source, new PaperException(source, "could not be analysed: " + e, e), ms(t0));
        } catch (OutOfMemoryError e) {
            return Analysed.failed(source, new PaperException(source, "too large to analyse in this heap", e), ms(t0));
        }
    }

    /**
     * A web service's answer from a crawl's archive: facts already structured, so read and resolved by
     * their own reader and resolver (no segmenting, no language model), then emitted as any paper is.
     */
    private Analysed answer(Source file, PaperNames.Named named, String graph, byte[] bytes, long t0) throws PaperException {
        Source.Archived from = file.archived().orElseThrow();
        ServiceAnswer answer = ServiceReader.read(file.name(), bytes, from.committeeTitle());
        Resolved r = new ServiceResolver(iris).resolve(answer, named.key(), from.council());
        GraphStore.Collector sink = GraphStore.collector();
        Emitter.emit(r, iris, sink);
        return new Analysed(file.file().toString(), graph, sink.quads(), "web service answer: " + summary(r, sink.quads().size()),
                0, ms(t0), null, false);
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

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static String summary(Resolved r, int quads) {
        return String.format(Locale.ROOT, "%d meetings, %d items, %d people, %d posts, %d reports, %d resolutions, "
                        + "%d bodies, %d laws; %d quads",
                r.meetings().size(), r.items().size(), r.people().size(), r.posts().size(), r.reports().size(),
                r.resolutions().size(), r.bodies().size(), r.laws().size(), quads);
    }

    /** The ontology, as shipped in the jar, into its own named graph. */
    public void loadOntology(GraphStore store) {
        store.replaceGraph(iris.ontologyGraph(), ontology());
    }

    /** The ontology, as shipped in the jar (see {@link Ontology}). */
    public static Model ontology() {
        return Ontology.model();
    }
}
