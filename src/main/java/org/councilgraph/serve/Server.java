package org.councilgraph.serve;

import java.io.PrintStream;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.councilgraph.store.GraphStore;
import org.councilgraph.store.NewestCitations;
import org.councilgraph.vocab.Base;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * The serve stage: the store behind an embedded Fuseki server, with the linked-data site on the
 * same port. The one entry point of this package (with {@link Dumps} for the export command).
 *
 * <pre>{@code
 * FusekiServer server = Server.start(store, 3030, false);
 * // http://localhost:3030/councilgraph/sparql   SPARQL 1.1 (read-only; default graph = union)
 * // http://localhost:3030/                      home page; /id/... IRIs dereference; /query, /dump, /.well-known/void
 * }</pre>
 *
 * <p>The SPARQL endpoint is read-only (no update, no graph-store writes); its default graph is the
 * union of the documents' named graphs. A full-text index (jena-text) of labels and quoted words is
 * built beside the store, or refreshed, when the server starts.
 */
public final class Server {
    /** The dataset's path on the server. */
    public static final String DATASET = "/councilgraph";
    /** Workers no heavy query ever holds: light queries and pages always find one. */
    public static final int FREE_WORKERS = 32;
    /**
     * Jetty's workers, sized to the machine: the heavy queries running (one a core, see {@link
     * EndpointGuard.Limits#heavyQueries}), the {@value EndpointGuard#MAX_WAITING} that may wait
     * their turn (a hundred clients asking at once queue rather than being told the server is
     * busy), and {@value #FREE_WORKERS} free.
     */
    public static final int WORKERS = EndpointGuard.MAX_WAITING + FREE_WORKERS + 2 * Runtime.getRuntime().availableProcessors();

    /** The longest request line plus headers taken. */
    public static final int MAX_REQUEST_HEADER_BYTES = 64 * 1024;

    /**
     * Bytes of an answer held before it is sent. Fuseki asks Jetty for 5 MB, a size Jetty's buffer
     * pool does not keep, so each answer took a fresh 5 MB of direct memory that only a garbage
     * collection gives back; under load these filled the JVM's direct-memory limit and every
     * allocation past it forced a full collection (0.5-0.8 s pauses at 10 M quads, 16 clients).
     * Jetty's own default is pooled; a longer answer is sent in chunks as it is written.
     */
    public static final int OUTPUT_BUFFER_BYTES = 32 * 1024;

    private Server() {
    }

    /**
     * How to serve.
     *
     * @param port          the port (0: any free one)
     * @param loopbackOnly  bind to 127.0.0.1 alone (tests, local use)
     * @param baseUri       the base the store's IRIs were minted under; null: read it off the store
     * @param textIndex     the full-text index directory; null: {@code STORE-text} beside the store
     * @param queries       a folder of example {@code .rq} files besides those in the jar; may be null
     * @param log           where start-up notes go
     * @param limits        every query's time limit, row cap and the answer cache's size
     */
    public record Options(int port, boolean loopbackOnly, String baseUri, Path textIndex, Path queries, PrintStream log,
                          EndpointGuard.Limits limits) {
        public static Options of(int port, boolean loopbackOnly) {
            return new Options(port, loopbackOnly, null, null, Path.of("queries"), System.out, EndpointGuard.Limits.fromSystem());
        }

        public Options baseUri(String base) {
            return new Options(port, loopbackOnly, base, textIndex, queries, log, limits);
        }

        public Options textIndex(Path dir) {
            return new Options(port, loopbackOnly, baseUri, dir, queries, log, limits);
        }

        public Options queries(Path dir) {
            return new Options(port, loopbackOnly, baseUri, textIndex, dir, log, limits);
        }

        public Options log(PrintStream out) {
            return new Options(port, loopbackOnly, baseUri, textIndex, queries, out, limits);
        }

        public Options limits(EndpointGuard.Limits l) {
            return new Options(port, loopbackOnly, baseUri, textIndex, queries, log, l);
        }
    }

    /**
     * Starts serving {@code store} on {@code port}; {@code loopbackOnly} binds to 127.0.0.1 alone
     * (tests, local use).
     */
    public static FusekiServer start(GraphStore store, int port, boolean loopbackOnly) {
        return start(store, Options.of(port, loopbackOnly));
    }

    public static FusekiServer start(GraphStore store, Options options) {
        if (!store.serveKeptUnion()) {
            options.log().println("Note: this store predates the kept union graph; its default graph is the union computed "
                    + "on every query (slower at scale): `build --store` it again (no papers need change) to keep it.");
        }
        Site site = site(store, options);
        // EndpointGuard: query timeout, row cap, no SERVICE, answer cache (see that class)
        FusekiServer server = EndpointGuard.apply(FusekiServer.create()
                .port(options.port())
                // Fuseki's default is 20 workers: a handful of slow clients would hold them all
                .maxServerThreads(WORKERS)
                .loopback(options.loopbackOnly())
                // read-only SPARQL 1.1; text:query finds the index through the dataset's context
                .add(DATASET, store.datasetGraph(), false)
                // CORS on every path for browser apps, without credentials (see Cors)
                .enableCors(false)
                .addFilter("/*", new Cors())
                // the linked-data site: /id/ IRIs, pages, search, query editor, dumps, VoID, service description
                .addFilter("/*", new Web(site)), options.limits())
                .build();
        configureHttp(server);
        closeOnStop(server, site);
        server.start();
        prepareCitations(server, options);
        return server;
    }

    /** The base the store's IRIs live under, as the server will use it. */
    public static String base(GraphStore store, String given) {
        if (given != null && !given.isBlank()) {
            return given.endsWith("/") ? given : given + "/";
        }
        return Site.detectBase(store.dataset()).orElse(Base.DEFAULT_BASE);
    }

    private static Site site(GraphStore store, Options options) {
        String base = base(store, options.baseUri());
        if (options.baseUri() != null) {
            Site.detectBase(store.dataset()).filter(b -> !b.equals(base)).ifPresent(b -> options.log().println(
                    "Warning: the store's IRIs are under " + b + ", not " + base + "; /id/ paths will not find them."));
        }
        TextSearch text = null;
        Path dir = options.textIndex() != null ? options.textIndex() : TextSearch.defaultDir(store.location());
        try {
            text = TextSearch.open(store.dataset(), dir, options.log());
        } catch (RuntimeException e) {
            // pages, IRIs and SPARQL still work without the index: say so and go on
            options.log().println("Warning: no full-text search: " + e.getMessage());
        }
        return new Site(store, base, ExampleQueries.load(options.queries()), text).timeLimit(options.limits().timeoutMillis());
    }

    /**
     * Request lines and headers beyond {@value #MAX_REQUEST_HEADER_BYTES} bytes are refused by Jetty
     * (414 or 431) before any of ours runs: a long query goes in a POST body, which the endpoint reads
     * only up to its own limit. A proxy's Forwarded / X-Forwarded-* headers are honoured, so absolute
     * addresses the site writes (feed links) name the host the reader asked.
     */
    private static void configureHttp(FusekiServer server) {
        for (Connector c : server.getJettyServer().getConnectors()) {
            HttpConnectionFactory f = c.getConnectionFactory(HttpConnectionFactory.class);
            if (f != null) {
                f.getHttpConfiguration().setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES);
                f.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
                // behind a proxy, the address asked for (Forwarded / X-Forwarded-*) is what feeds link to
                f.getHttpConfiguration().addCustomizer(new ForwardedRequestCustomizer());
            }
        }
    }

    /**
     * Builds the index behind {@code cg:newestCitations} in the background as soon as the server is up,
     * so the first reader asking which reports cite an Act does not wait for a pass over every
     * citation (5 s at 10 M quads), and no query's time limit is spent on it.
     */
    private static void prepareCitations(FusekiServer server, Options options) {
        DatasetGraph served = server.getDataAccessPointRegistry().get(DATASET).getDataService().getDataset();
        Thread t = new Thread(() -> {
            try {
                NewestCitations.prepare(served);
            } catch (RuntimeException e) {
                // a reader's query builds it instead
                options.log().println("Note: the index of Acts' citations was not built ahead: " + e.getMessage());
            }
        }, "newest-citations-index");
        t.setDaemon(true);
        t.start();
    }

    private static void closeOnStop(FusekiServer server, Site site) {
        if (site.text() == null) {
            return;
        }
        server.getJettyServer().addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStopped(LifeCycle event) {
                site.text().close();
            }
        });
    }
}
