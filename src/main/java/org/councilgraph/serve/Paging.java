package org.councilgraph.serve;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * The example queries as the pages offer them: a page of {@value #PAGE} rows ({@code LIMIT}, with
 * {@code OFFSET} for the next pages) rather than every row, which at millions of quads is thousands
 * of rows to send and draw. A query with a {@code LIMIT} of its own, or one that is no SELECT, is
 * left as it is; the files in {@code queries/} keep their whole answers for the command line.
 */
public final class Paging {
    /** Rows a page. */
    public static final int PAGE = 100;

    private Paging() {
    }

    /** Page {@code page} (from 0) of {@code query}, or the query unchanged when it pages itself or cannot be paged. */
    public static String page(String query, int page) {
        Query q;
        try {
            q = QueryFactory.create(query);
        } catch (RuntimeException e) {
            return query;
        }
        if (!q.isSelectType() || q.hasLimit() || q.hasOffset() || q.hasValues()) {
            return query;
        }
        String paged = query.stripTrailing() + "\nLIMIT " + PAGE + (page > 0 ? " OFFSET " + (long) page * PAGE : "") + "\n";
        try {
            QueryFactory.create(paged);
            return paged;
        } catch (RuntimeException e) {
            return query;
        }
    }
}
