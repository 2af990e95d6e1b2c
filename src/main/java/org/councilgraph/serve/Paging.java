package org.councilgraph.serve;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;

/**
 * The example queries as the pages offer them: a page of {@value #PAGE} rows ({@code LIMIT}, with
 * {@code OFFSET} for the next pages) rather than every row, which at millions of quads is thousands
 * of rows to send and draw. A query with a {@code LIMIT} of its own, or one that is no SELECT, is
 * left as it is; the files in {@code queries/} keep their whole answers for the command line.
 *
 * <p>A query whose WHERE clause opens with an ordered sub-select ("page first"): that sub-select
 * lists the keys the answer is about (officers by name, meetings by committee and date) and the
 * rest of the query joins their facts to them. Such a query is paged on its keys: the {@code LIMIT}
 * and {@code OFFSET} go on the sub-select, so a page joins the facts of {@value #PAGE} keys instead
 * of joining every key's facts and then keeping {@value #PAGE} rows, which at ten million quads is
 * the difference between milliseconds and seconds. Without a page the sub-select's order is no
 * constraint and the whole answer is the same as an ordinary query's.
 */
public final class Paging {
    /** Rows a page; keys a page for a query that pages first. */
    public static final int PAGE = 100;

    private Paging() {
    }

    /** Page {@code page} (from 0) of {@code query}, or the query unchanged when it pages itself or cannot be paged. */
    public static String page(String query, int page) {
        return page(query, page, PAGE);
    }

    /** Page {@code page} (from 0) of {@code query} in pages of {@code size} rows (or keys). */
    public static String page(String query, int page, int size) {
        Query q;
        try {
            q = QueryFactory.create(query);
        } catch (RuntimeException e) {
            return query;
        }
        if (!q.isSelectType() || q.hasLimit() || q.hasOffset() || q.hasValues()) {
            return query;
        }
        Query keys = pageFirstKeys(q);
        if (keys != null) {
            keys.setLimit(size);
            if (page > 0) {
                keys.setOffset((long) page * size);
            }
            // the query is written out again from its syntax tree: its opening comments (the question) are kept
            return openingComments(query) + q.serialize();
        }
        String paged = query.stripTrailing() + "\nLIMIT " + size + (page > 0 ? " OFFSET " + (long) page * size : "") + "\n";
        try {
            QueryFactory.create(paged);
            return paged;
        } catch (RuntimeException e) {
            return query;
        }
    }

    /** True when {@code query} pages on the keys of its opening sub-select (see the class comment). */
    public static boolean pagesFirst(String query) {
        try {
            Query q = QueryFactory.create(query);
            return q.isSelectType() && pageFirstKeys(q) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String openingComments(String query) {
        StringBuilder out = new StringBuilder();
        for (String line : query.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** The opening ordered, unlimited sub-select of {@code q}'s WHERE clause, or null. */
    private static Query pageFirstKeys(Query q) {
        Element where = q.getQueryPattern();
        if (where instanceof ElementGroup group && !group.isEmpty()
                && group.get(0) instanceof ElementSubQuery sub) {
            Query inner = sub.getQuery();
            if (inner.isSelectType() && inner.hasOrderBy() && !inner.hasLimit() && !inner.hasOffset()) {
                return inner;
            }
        }
        return null;
    }
}
