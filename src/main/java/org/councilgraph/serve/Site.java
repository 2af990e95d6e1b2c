package org.councilgraph.serve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDFS;
import org.councilgraph.store.GraphStore;
import org.councilgraph.vocab.CG;
import org.councilgraph.vocab.Ontology;
import org.councilgraph.vocab.Prefixes;
import org.councilgraph.vocab.Schema;

/**
 * What every part of the web layer shares: the store, the base its IRIs were minted under, the
 * prefixes, the ontology's labels and the example queries. Read-only: the server never writes.
 */
final class Site {
    /** Standard prefixes, written on every RDF response and used for display names. */
    static final PrefixMapping PREFIXES = Prefixes.MAPPING;

    private static final int MAX_PARSED = 500;

    private final Map<String, Query> parsed = new java.util.concurrent.ConcurrentHashMap<>();
    private final GraphStore store;
    private final String base;
    private final String basePath;
    private final Model ontology;
    private final Map<String, String> termLabels = new HashMap<>();
    private final ExampleQueries examples;
    private final TextSearch text;
    /** Every page and feed query's time limit (0: none), the endpoint's own. */
    private volatile long timeoutMillis;

    Site(GraphStore store, String base, ExampleQueries examples, TextSearch text) {
        this.store = store;
        this.base = base.endsWith("/") ? base : base + "/";
        this.basePath = pathOf(this.base);
        this.ontology = Ontology.model();
        this.examples = examples;
        this.text = text;
        for (var it = ontology.listStatements(null, RDFS.label, (RDFNode) null); it.hasNext(); ) {
            Statement s = it.next();
            if (s.getSubject().isURIResource()) {
                termLabels.put(s.getSubject().getURI(), s.getString());
            }
        }
    }

    // ---------------------------------------------------------------- base and addresses

    /**
     * The base the store's IRIs were minted under: the ontology graph is stored as
     * {@code BASE graph/ontology} by every build, so the base is read off its name; failing that,
     * off any IRI with an {@code /id/} segment.
     */
    static Optional<String> detectBase(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            List<String> found = new ArrayList<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
                if (g.isURI() && g.getURI().endsWith("/graph/ontology")) {
                    found.add(g.getURI().substring(0, g.getURI().length() - "graph/ontology".length()));
                }
            });
            if (!found.isEmpty()) {
                found.sort(null);
                return Optional.of(found.get(0));
            }
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(PageSparql.ANY_ID_IRI).build()) {
                var rs = qe.execSelect();
                if (rs.hasNext()) {
                    String s = rs.next().getResource("s").getURI();
                    return Optional.of(s.substring(0, s.indexOf("/id/") + 1));
                }
            }
            return Optional.empty();
        });
    }

    private static String pathOf(String base) {
        int scheme = base.indexOf("://");
        int slash = scheme < 0 ? -1 : base.indexOf('/', scheme + 3);
        return slash < 0 ? "/" : base.substring(slash);
    }

    String base() {
        return base;
    }

    /** Pages and feeds run their queries under the endpoint's time limit. */
    Site timeLimit(long millis) {
        this.timeoutMillis = Math.max(0, millis);
        return this;
    }

    /** The base's own path ("/" for a base at a host's root). */
    String basePath() {
        return basePath;
    }

    /** An absolute address under the base: every link the site writes goes through here. */
    String url(String relative) {
        return base + (relative.startsWith("/") ? relative.substring(1) : relative);
    }

    /** The path of an IRI under the base's {@code id/}, e.g. {@code person/council/jane-moore}; empty otherwise. */
    Optional<String> idPath(String iri) {
        String prefix = base + "id/";
        return iri.startsWith(prefix) && iri.length() > prefix.length() ? Optional.of(iri.substring(prefix.length()))
                : Optional.empty();
    }

    String iriOf(String idPath) {
        return base + "id/" + idPath;
    }

    /** Where a browser reads about an IRI: its page when it is ours, the IRI itself when it is on the web. */
    Optional<String> href(String iri) {
        Optional<String> local = idPath(iri);
        if (local.isPresent()) {
            return Optional.of(url("page/" + local.get()));
        }
        if (iri.equals(CG.NS.substring(0, CG.NS.length() - 1)) || iri.startsWith(CG.NS)) {
            return Optional.of(url("def" + iri.substring(CG.NS.length() - 1)));
        }
        return Html.safeExternal(iri);
    }

    GraphStore store() {
        return store;
    }

    Dataset dataset() {
        return store.dataset();
    }

    Model ontology() {
        return ontology;
    }

    ExampleQueries examples() {
        return examples;
    }

    TextSearch text() {
        return text;
    }

    String sparqlEndpoint() {
        return url(Server.DATASET.substring(1) + "/sparql");
    }

    // ---------------------------------------------------------------- names

    /** Names for the standard terms the graph contract uses, where the ontology has none. */
    private static final Map<String, String> STANDARD_LABELS = Map.ofEntries(
            Map.entry(FOAF.Person.getURI(), "Person"),
            Map.entry(FOAF.Document.getURI(), "Document"),
            Map.entry(ORG.Post.getURI(), "Post"),
            Map.entry(ORG.Organization.getURI(), "Organisation"),
            Map.entry(ORG.FormalOrganization.getURI(), "Formal organisation"),
            Map.entry(ORG.OrganizationalUnit.getURI(), "Organisational unit"),
            Map.entry(ORG.Membership.getURI(), "Committee membership"),
            Map.entry(ORG.Role.getURI(), "Role"),
            Map.entry(Schema.Event.getURI(), "Event"),
            Map.entry(Schema.Place.getURI(), "Place"));

    /** A readable name for a vocabulary term: the ontology's label, or a prefixed name. */
    String termLabel(String iri) {
        String l = termLabels.getOrDefault(iri, STANDARD_LABELS.get(iri));
        if (l != null) {
            return l;
        }
        String q = PREFIXES.qnameFor(iri);
        return q != null ? q : iri;
    }

    String shortName(String iri) {
        String q = PREFIXES.qnameFor(iri);
        return q != null ? q : iri;
    }

    /** A fallback name for an IRI with no label: its last path segment, unslugged. */
    static String fallbackLabel(String iri) {
        String s = iri.replaceAll("[/#]+$", "");
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('#'));
        String last = cut < 0 ? s : s.substring(cut + 1);
        return last.isEmpty() ? iri : last.replace('-', ' ');
    }

    /** Labels of many IRIs in one query (LIMIT-bounded, like every page query). */
    Map<String, String> labels(Collection<String> iris) {
        Map<String, String> out = new TreeMap<>();
        List<String> todo = new ArrayList<>(new LinkedHashSet<>(iris));
        for (int from = 0; from < todo.size(); from += 200) {
            List<String> chunk = todo.subList(from, Math.min(todo.size(), from + 200));
            StringBuilder values = new StringBuilder();
            for (String iri : chunk) {
                values.append(FmtUtils.stringForNode(NodeFactory.createURI(iri))).append(' ');
            }
            for (QuerySolution row : selectOnce(PageSparql.LABELS.replace("#VALUES#", values), Map.of())) {
                out.putIfAbsent(row.getResource("s").getURI(), row.getLiteral("label").getLexicalForm());
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- queries

    <T> T read(Supplier<T> action) {
        return Txn.calculateRead(dataset(), action::get);
    }

    /**
     * Runs a SELECT with variables bound to nodes (never spliced into the text), all rows in memory.
     * The page queries are a fixed set of texts, so each is parsed once.
     */
    List<QuerySolution> select(String sparql, Map<String, Node> bindings) {
        Query query = parsed.size() < MAX_PARSED ? parsed.computeIfAbsent(sparql, q -> QueryFactory.create(PageSparql.PROLOGUE + q))
                : QueryFactory.create(PageSparql.PROLOGUE + sparql);
        return run(query, bindings);
    }

    /** As {@link #select(String, Map)}, for a text made for one use (IRIs or numbers written into it): not kept. */
    List<QuerySolution> selectOnce(String sparql, Map<String, Node> bindings) {
        return run(QueryFactory.create(PageSparql.PROLOGUE + sparql), bindings);
    }

    private List<QuerySolution> run(Query query, Map<String, Node> bindings) {
        return read(() -> {
            // a parsed query is shared by every request: each execution gets its own copy
            var builder = QueryExecution.dataset(dataset()).query(bindings.isEmpty() ? query.cloneQuery() : query);
            Model m = dataset().getDefaultModel();
            bindings.forEach((k, v) -> builder.substitution(k, m.asRDFNode(v)));
            if (timeoutMillis > 0) {
                builder.timeout(timeoutMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            try (QueryExecution qe = builder.build()) {
                List<QuerySolution> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    List<QuerySolution> select(String sparql, String var, String iri) {
        return select(sparql, Map.of(var, NodeFactory.createURI(iri)));
    }

    Model construct(String sparql, String var, String iri) {
        Query query = parsed.computeIfAbsent(sparql, q -> QueryFactory.create(PageSparql.PROLOGUE + q));
        return read(() -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset()).query(query)
                    .substitution(var, dataset().getDefaultModel().createResource(iri)).build()) {
                return qe.execConstruct();
            }
        });
    }

    boolean exists(String iri) {
        Resource r = dataset().getDefaultModel().createResource(iri);
        return read(() -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset()).query(PageSparql.PROLOGUE + PageSparql.EXISTS)
                    .substitution("e", r).build()) {
                return qe.execAsk();
            }
        });
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
