package org.councilgraph.end2end;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.councilgraph.CouncilGraph;
import org.councilgraph.store.GraphStore;

/** Builds stores for tests: the bundled samples, or corpus files. */
public final class SampleStore {
    public static final List<String> SAMPLES = List.of("riverford-cabinet-2025-03-12-minutes.txt",
            "riverford-scrutiny-2025-05-20-agenda.md", "riverford-scrutiny-2025-05-20-minutes.html",
            "riverford-school-place-planning-report.pdf");

    private SampleStore() {
    }

    /** Copies the bundled samples into {@code dir}/papers and returns that folder. */
    public static Path copySamples(Path dir) throws IOException {
        Path papers = Files.createDirectories(dir.resolve("papers"));
        for (String s : SAMPLES) {
            try (InputStream in = SampleStore.class.getResourceAsStream("/samples/" + s)) {
                Files.copy(in, papers.resolve(s), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return papers;
    }

    /** Builds {@code paths} into a store in {@code dir}/store; returns the open store and the log. */
    public static Built build(Path dir, String base, List<Path> paths) {
        GraphStore store = GraphStore.open(dir.resolve("store"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        CouncilGraph.BuildReport r = new CouncilGraph(base).build(paths, store, new PrintStream(log, true, StandardCharsets.UTF_8));
        return new Built(store, r, log.toString(StandardCharsets.UTF_8));
    }

    /** A built store and what the build said. */
    public record Built(GraphStore store, CouncilGraph.BuildReport report, String log) implements AutoCloseable {
        @Override
        public void close() {
            store.close();
        }
    }

    /** Runs a SELECT and returns each row's value of {@code var} as a string. */
    public static List<String> select(GraphStore store, String query, String var) {
        List<String> out = new ArrayList<>();
        for (QuerySolution s : rows(store, query)) {
            var n = s.get(var);
            out.add(n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
        }
        return out;
    }

    public static List<QuerySolution> rows(GraphStore store, String query) {
        List<QuerySolution> out = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(PREFIXES + query).build()) {
                // each value read inside the transaction: a store's bindings are resolved when read
                qe.execSelect().forEachRemaining(row -> {
                    org.apache.jena.query.QuerySolutionMap copy = new org.apache.jena.query.QuerySolutionMap();
                    row.varNames().forEachRemaining(v -> copy.add(v, row.get(v)));
                    out.add(copy);
                });
            }
        });
        return out;
    }

    public static final String PREFIXES = """
            PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX schema: <http://schema.org/> PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX cg: <https://w3id.org/councilgraph/def#>
            """;
}
