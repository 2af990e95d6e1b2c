package org.councilgraph.consolidate;

import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.councilgraph.resolve.Resolver;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.Slugs;
import org.councilgraph.vocab.Prefixes;

/** Reading the store for the consolidation: its SPARQL prologue, one read transaction a query, and IRI pieces. */
final class StoreQuery {
    static final String PROLOGUE = Prefixes.SPARQL;
    /** The slug of the council of papers that name none. */
    static final String UNKNOWN = Slugs.slug(Resolver.UNKNOWN_COUNCIL);
    /** Words that do not make a committee's name specific. */
    static final Set<String> NAME_LINKS = Lexicon.of("linking-words.tsv").wordsWhere(2, "y");

    private StoreQuery() {
    }

    /** Runs a SELECT (after the prologue) in a read transaction, handing each row to {@code row}. */
    static void select(Dataset ds, String query, Consumer<QuerySolution> row) {
        String q = PROLOGUE + query;
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                qe.execSelect().forEachRemaining(row);
            }
        });
    }

    /** "Westby & Riverford Policy Committee" to "westby and riverford policy committee": its IRI's words. */
    static String committeeKey(String label) {
        return Slugs.slug(label).replace('-', ' ');
    }

    /** The number of words of a committee key that make it specific ("policy committee": two). */
    static long specificWords(String key) {
        return java.util.Arrays.stream(key.split(" ")).filter(w -> !NAME_LINKS.contains(w)).count();
    }

    static String lastSegment(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    /** The day of a date or date-time literal's lexical form. */
    static String day(String lexical) {
        return lexical.substring(0, Math.min(10, lexical.length()));
    }
}
