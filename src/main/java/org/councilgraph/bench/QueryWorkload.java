package org.councilgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.councilgraph.serve.Paging;
import org.councilgraph.vocab.Prefixes;

/**
 * The workload the benchmarks send: the queries a client of the graph contract typically asks,
 * timed one by one by {@code bench scale} and sent by many clients at once by {@code bench load}.
 * They are the project's {@code queries/*.rq} when those are on the classpath, else a built-in set
 * written to the contract (people and posts, meetings, attendance, resolutions, citations, counts by
 * class). (The examples the endpoint's pages offer are {@code serve.ExampleQueries}.)
 */
public final class QueryWorkload {
    private static final String PREFIXES = Prefixes.SPARQL;

    private QueryWorkload() {
    }

    /** Name to query text, in a stable order. */
    public static Map<String, String> all() {
        Map<String, String> fromClasspath = classpath();
        return fromClasspath.isEmpty() ? builtIn() : fromClasspath;
    }

    public static Map<String, String> builtIn() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("people-and-posts", PREFIXES + """
                SELECT ?name ?post WHERE { ?p a foaf:Person ; foaf:name ?name .
                  OPTIONAL { ?p org:holds ?x . ?x rdfs:label ?post } } ORDER BY ?name LIMIT 100""");
        q.put("meetings-by-date", PREFIXES + """
                SELECT ?m ?date ?committee WHERE { ?m a cg:Meeting ; schema:startDate ?date .
                  OPTIONAL { ?m cg:committee ?k . ?k rdfs:label ?committee } } ORDER BY DESC(?date) LIMIT 50""");
        q.put("attendance-per-person", PREFIXES + """
                SELECT ?name (COUNT(DISTINCT ?m) AS ?meetings) WHERE { ?m schema:attendee ?p . ?p foaf:name ?name }
                GROUP BY ?name ORDER BY DESC(?meetings) LIMIT 20""");
        q.put("resolutions-of-items", PREFIXES + """
                SELECT ?title ?text WHERE { ?r a cg:Resolution ; cg:agendaItem ?i ; rdf:value ?text .
                  ?i dcterms:title ?title } LIMIT 50""");
        q.put("legislation-cited", PREFIXES + """
                SELECT ?law (COUNT(?x) AS ?citations) WHERE { ?x dcterms:references ?l . ?l rdfs:label ?law }
                GROUP BY ?law ORDER BY DESC(?citations) LIMIT 20""");
        q.put("reports-and-contacts", PREFIXES + """
                SELECT ?title ?contact WHERE { ?r a cg:Report ; dcterms:title ?title .
                  OPTIONAL { ?r cg:contactOfficer ?c . ?c foaf:name ?contact } } LIMIT 50""");
        q.put("counts-by-class", """
                SELECT ?type (COUNT(?s) AS ?n) WHERE { ?s a ?type } GROUP BY ?type ORDER BY DESC(?n)""");
        return q;
    }

    /**
     * What the site's clients ask of a store: each example query as the query editor opens it (its
     * first page, {@link Paging}; {@code whole}: every row), then each look-up question bound to an
     * entity of {@code ds} ({@link LookupQuery}) and paged the same way, named {@code lookup/NAME}.
     * A look-up whose store has no entity to ask about is left out.
     */
    public static Map<String, String> served(Dataset ds, boolean whole) {
        Map<String, String> q = new LinkedHashMap<>();
        all().forEach((name, text) -> q.put(name, whole ? text : Paging.page(text, 0)));
        lookups().forEach((name, text) -> LookupQuery.of("lookup/" + name, text).flatMap(l -> l.bound(ds))
                .ifPresent(bound -> q.put("lookup/" + name, whole ? bound : Paging.page(bound, 0))));
        return q;
    }

    /** The look-up questions of {@code queries/lookup/}, each asked of one entity: name to query text. */
    public static Map<String, String> lookups() {
        return classpath("/queries/lookup");
    }

    private static Map<String, String> classpath() {
        return classpath("/queries");
    }

    private static Map<String, String> classpath(String folder) {
        Map<String, String> q = new LinkedHashMap<>();
        URL dir = QueryWorkload.class.getResource(folder);
        if (dir == null) {
            return q;
        }
        try {
            URI uri = dir.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    read(fs.provider().getPath(uri), q);
                }
            } else {
                read(Path.of(uri), q);
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            q.clear();
        }
        return q;
    }

    private static void read(Path dir, Map<String, String> q) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                q.put(f.getFileName().toString().replace(".rq", ""), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
    }
}
