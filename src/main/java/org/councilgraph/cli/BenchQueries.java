package org.councilgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.councilgraph.bench.LoadTest;
import org.councilgraph.bench.QueryBench;
import org.councilgraph.bench.QueryWorkload;
import org.councilgraph.serve.EndpointGuard;
import org.councilgraph.serve.Paging;
import org.councilgraph.serve.Server;
import org.councilgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bench queries}: the example and look-up queries against a served store, answer cache off. */
@Command(name = "queries", mixinStandardHelpOptions = true,
        description = "Serves --store on a loopback port with the answer cache off and times, for each number of clients, "
                + "the example queries (queries/*.rq, each as the site opens it: its first page) and the look-up questions (queries/lookup/*.rq, printed lookup/NAME, "
                + "each bound to an entity picked from the store, paged alike): | query | quads | clients | p50 ms | p95 ms | rows |.")
final class BenchQueries implements Callable<Integer> {
    @Option(names = "--store", required = true)
    Path store;

    @Option(names = "--clients", defaultValue = "1,16", split = ",", description = "Concurrent clients (default ${DEFAULT-VALUE}).")
    List<Integer> clients;

    @Option(names = "--rounds", defaultValue = "20", description = "Times each client asks each query (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--port", defaultValue = "0", description = "Loopback port (default: any free one).")
    int port;

    @Option(names = "--only", description = "Only queries whose name contains this.")
    String only;

    @Option(names = "--whole", description = "Time the queries' whole answers, not the first page the site's "
            + "query editor opens them at (" + Paging.PAGE + " rows, or " + Paging.PAGE + " keys for a query that pages first).")
    boolean whole;

    @Mixin
    WarmupOption warmup;

    @Option(names = "--parse", description = "Clients parse every timed answer with Jena's HTTP client, as an "
            + "application would; by default they read it whole as bytes and check it, so that client work on this "
            + "machine is not charged to the server (the rows are counted once, parsed, either way).")
    boolean parse;

    @Option(names = "--cpu", description = "Add a column: the CPU time of this process (server and clients) per answer, "
            + "in ms; steadier than latency on a machine other work shares.")
    boolean cpu;

    /** The engine's own cost is measured: no answer is served from the cache. */
    static EndpointGuard.Limits noCache(EndpointGuard.Limits l) {
        return new EndpointGuard.Limits(l.timeoutMillis(), l.maxRows(), 0, l.heavyQueries());
    }

    @Override
    public Integer call() throws InterruptedException {
        java.util.Optional<GraphStore> opened = StoreOpening.openOrSay(store);
        if (opened.isEmpty()) {
            return 2;
        }
        try (GraphStore s = opened.get()) {
            long quads = s.namedQuads();
            List<String[]> queries = new ArrayList<>();
            QueryWorkload.served(s.dataset(), whole).forEach((name, text) -> queries.add(new String[] {name, text}));
            Server.Options options = Server.Options.of(port, true).log(System.err)
                    .limits(noCache(EndpointGuard.Limits.fromSystem()));
            FusekiServer server = Server.start(s, options);
            int failures = 0;
            try {
                String endpoint = "http://127.0.0.1:" + server.getPort() + Server.DATASET + "/sparql";
                List<String> asked = queries.stream().filter(q -> only == null || q[0].contains(only)).map(q -> q[1]).toList();
                LoadTest.warmUp(endpoint, asked, warmup.seconds, System.err);
                System.out.println(cpu ? QueryBench.HEADER_CPU : QueryBench.HEADER);
                for (int c : clients) {
                    for (String[] q : queries) {
                        if (only != null && !q[0].contains(only)) {
                            continue;
                        }
                        QueryBench.Line line = QueryBench.time(endpoint, q[0], q[1], quads, c, rounds, parse);
                        failures += line.error().isEmpty() ? 0 : 1;
                        System.out.println(cpu ? line.rowWithCpu() : line.row());
                    }
                }
            } finally {
                server.stop();
            }
            return failures == 0 ? 0 : 1;
        }
    }
}
