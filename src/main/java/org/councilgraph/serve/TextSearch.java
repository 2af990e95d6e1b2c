package org.councilgraph.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.store.FSDirectory;
import org.councilgraph.vocab.CG;
import org.councilgraph.vocab.Schema;

/**
 * The full-text index (jena-text over Lucene) of labels and quoted text, built from the TDB2 data
 * into a directory beside the store. The index is rebuilt whenever the store's content has changed
 * since it was built (a fingerprint of the stored documents and indexed triples is kept with it),
 * so {@code serve} after a {@code build} always searches what is stored.
 *
 * <p>The index is registered in the dataset's context, so {@code text:query} works in any SPARQL
 * sent to the endpoint: {@code ?s text:query (rdfs:label "marsh")} over names, titles and labels,
 * {@code ?m text:query (cg:quote "school places")} over quoted words and stated values.
 */
final class TextSearch implements AutoCloseable {
    /** Bumped when the fields or analysis change, so old indexes are rebuilt. */
    private static final String FORMAT = "councilgraph-text-3";
    private static final String STAMP = "councilgraph-index.txt";

    static final String LABEL_FIELD = "label";
    static final String TEXT_FIELD = "text";

    private final TextIndex index;
    private final Dataset dataset;
    private final boolean rebuilt;
    private final long entries;

    private TextSearch(TextIndex index, Dataset dataset, boolean rebuilt, long entries) {
        this.index = index;
        this.dataset = dataset;
        this.rebuilt = rebuilt;
        this.entries = entries;
    }

    /** The default index directory: {@code STORE-text} beside the store. */
    static Path defaultDir(Path store) {
        Path abs = store.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + "-text");
    }

    static EntityDefinition definition() {
        EntityDefinition def = new EntityDefinition("uri", LABEL_FIELD, RDFS.label.asNode());
        for (Node p : List.of(SKOS.altLabel.asNode(), FOAF.name.asNode(),
                DCTerms.title.asNode(), Schema.name.asNode())) {
            def.set(LABEL_FIELD, p);
        }
        def.set(TEXT_FIELD, CG.quote.asNode());
        def.set(TEXT_FIELD, RDF.value.asNode());
        def.setLangField("lang");
        return def;
    }

    private static List<Node> indexed(EntityDefinition def) {
        // fields() repeats a field once per predicate mapped to it
        Set<Node> out = new LinkedHashSet<>();
        for (String f : new LinkedHashSet<>(def.fields())) {
            out.addAll(def.getPredicates(f));
        }
        return List.copyOf(out);
    }

    /** Opens the index in {@code dir}, building it afresh when it is missing or stale. */
    static TextSearch open(Dataset dataset, Path dir, PrintStream log) {
        EntityDefinition def = definition();
        String fingerprint = fingerprint(dataset, def);
        try {
            Path stamp = dir.resolve(STAMP);
            boolean fresh = Files.isRegularFile(stamp) && Files.readString(stamp).strip().equals(fingerprint);
            if (!fresh) {
                clear(dir);
            }
            Files.createDirectories(dir);
            TextIndexConfig config = new TextIndexConfig(def);
            config.setValueStored(true); // so a search can show the words that matched
            TextIndex index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(dir), config);
            long n = 0;
            if (!fresh) {
                long t0 = System.nanoTime();
                n = fill(dataset, index, def);
                Files.writeString(stamp, fingerprint + "\n");
                log.printf("Text index: %d entries built in %d ms (%s)%n", n, (System.nanoTime() - t0) / 1_000_000, dir);
            } else {
                log.println("Text index: up to date (" + dir + ")");
            }
            dataset.getContext().set(TextQuery.textIndex, index);
            return new TextSearch(index, dataset, !fresh, n);
        } catch (IOException e) {
            throw new UncheckedIOException("text index " + dir + ": " + e.getMessage(), e);
        }
    }

    boolean rebuilt() {
        return rebuilt;
    }

    long entries() {
        return entries;
    }

    private static long fill(Dataset dataset, TextIndex index, EntityDefinition def) {
        long[] n = {0};
        Txn.executeRead(dataset, () -> {
            Graph union = dataset.asDatasetGraph().getUnionGraph();
            for (Node p : indexed(def)) {
                union.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                    if (t.getObject().isLiteral()) {
                        Entity e = TextQueryFuncs.entityFromQuad(def, Quad.defaultGraphNodeGenerated, t.getSubject(), p, t.getObject());
                        if (e != null) {
                            index.addEntity(e);
                            n[0]++;
                        }
                    }
                });
            }
        });
        index.commit();
        return n[0];
    }

    /** What the index was built from: the documents' content hashes and the count of indexed triples. */
    private static String fingerprint(Dataset dataset, EntityDefinition def) {
        StringBuilder sb = new StringBuilder(FORMAT).append('\n');
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(PageSparql.PROLOGUE + PageSparql.DOCUMENT_HASHES).build()) {
                qe.execSelect().forEachRemaining(r -> sb.append(r.get("g")).append(' ').append(r.get("h")).append('\n'));
            }
            Graph union = dataset.asDatasetGraph().getUnionGraph();
            for (Node p : indexed(def)) {
                long[] c = {0};
                union.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> c[0]++);
                sb.append(p.getURI()).append(' ').append(c[0]).append('\n');
            }
        });
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void clear(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The most words a search takes: each is two clauses of a Lucene query, and Lucene takes 1,024 at most. */
    static final int MAX_WORDS = 32;
    /** How much of a mistyped IRI the guesses read, and how many of its words: fuzzy terms are costly. */
    private static final int FUZZY_CHARS = 200;
    private static final int FUZZY_WORDS = 8;
    /** Longer "words" are no name anyone mistyped, and each costs an automaton of its length. */
    private static final int FUZZY_WORD_CHARS = 40;

    /** True when {@code typed} has more words than a search takes. */
    static boolean tooManyWords(String typed) {
        if (typed == null) {
            return false;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < typed.length(); i++) {
            boolean space = Character.isWhitespace(typed.charAt(i));
            if (!space && !inWord && ++words > MAX_WORDS) {
                return true;
            }
            inWord = !space;
        }
        return false;
    }

    /**
     * A Lucene query for words a person typed: each word must match, as itself or as the start of
     * a longer word; Lucene's syntax characters are escaped, so no input is a syntax error.
     */
    static String luceneQuery(String typed) {
        List<String> parts = new ArrayList<>();
        for (String w : typed.strip().split("\\s+")) {
            String word = w.replaceAll("^[\\p{Punct}]+|[\\p{Punct}]+$", "");
            if (word.isEmpty()) {
                continue;
            }
            String e = QueryParserBase.escape(Site.lower(word));
            parts.add(word.length() >= 3 ? "(" + e + " OR " + e + "*)" : e);
        }
        return String.join(" AND ", parts);
    }

    /** A forgiving Lucene query, for guessing what a mistyped IRI meant: any word, spelt within an edit or two. */
    static String fuzzyQuery(String words) {
        List<String> parts = new ArrayList<>();
        String head = words.length() > FUZZY_CHARS ? words.substring(0, FUZZY_CHARS) : words;
        for (String w : head.strip().split("[^\\p{L}\\p{N}]+")) {
            if (parts.size() == FUZZY_WORDS) {
                break;
            }
            if (w.length() >= 3 && w.length() <= FUZZY_WORD_CHARS) {
                parts.add(QueryParserBase.escape(Site.lower(w)) + (w.length() >= 5 ? "~2" : "~1"));
            }
        }
        return String.join(" OR ", parts);
    }

    @Override
    public void close() {
        dataset.getContext().remove(TextQuery.textIndex);
        index.close();
    }
}
