package org.councilgraph.serve;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.Op2;
import org.apache.jena.sparql.algebra.op.OpAssign;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpDatasetNames;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpN;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpProcedure;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpQuad;
import org.apache.jena.sparql.algebra.op.OpQuadBlock;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;

/**
 * What the endpoint checks in a query before running it, all without recursion, so no shape of
 * query can overflow the stack of the thread checking it. Before the parse: the text's length and
 * how deeply and how many times its groups nest ({@link #refusal}); a parse costs time in the text's
 * length and stack in its nesting, and runs before any time limit can start. After it: whether the
 * algebra calls another host and whether it reads the data at all ({@link #inspect}).
 */
final class QueryInspection {
    /** The longest query text taken (characters): far beyond any hand-written or generated query seen. */
    static final int MAX_CHARS = 100_000;
    /** The deepest nesting of { }, ( ) and [ ] taken. */
    static final int MAX_DEPTH = 64;
    /** The most groups ({ }) in one query: each UNION or OPTIONAL branch is one, and each adds a level to the algebra. */
    static final int MAX_GROUPS = 1_000;
    /** Query text longer than this is treated as heavy whatever it asks for. */
    static final int LIGHT_CHARS = 2_000;

    /** What a parsed query does: call out (refused), and read the data (heavy: admitted a few at a time). */
    record Findings(boolean callsOut, boolean readsData) {
    }

    private QueryInspection() {
    }

    /** Why {@code query} is refused unparsed, or null when it may be parsed. */
    static String refusal(String query) {
        if (query == null) {
            return null;
        }
        if (query.length() > MAX_CHARS) {
            return String.format(Locale.ROOT, "The query is %,d characters long; this endpoint takes at most %,d.",
                    query.length(), MAX_CHARS);
        }
        int depth = 0;
        int groups = 0;
        int n = query.length();
        for (int i = 0; i < n; i++) {
            char c = query.charAt(i);
            switch (c) {
                case '#' -> {
                    while (i < n && query.charAt(i) != '\n' && query.charAt(i) != '\r') {
                        i++;
                    }
                }
                case '"', '\'' -> i = endOfString(query, i);
                case '<' -> i = endOfIri(query, i);
                case '{', '(', '[' -> {
                    if (++depth > MAX_DEPTH) {
                        return "The query nests groups, brackets or parentheses more than " + MAX_DEPTH + " deep.";
                    }
                    if (c == '{' && ++groups > MAX_GROUPS) {
                        return String.format(Locale.ROOT, "The query has more than %,d { } groups (UNION and OPTIONAL "
                                + "branches included); this endpoint takes at most %,d.", MAX_GROUPS, MAX_GROUPS);
                    }
                }
                case '}', ')', ']' -> depth = Math.max(0, depth - 1);
                default -> {
                }
            }
        }
        return null;
    }

    /** The index of the {@code >} closing the IRI opening at {@code i}, or {@code i} when it opens none (less-than). */
    private static int endOfIri(String q, int i) {
        for (int j = i + 1; j < q.length(); j++) {
            char c = q.charAt(j);
            if (c == '>') {
                return j;
            }
            if (c <= ' ' || "<\"{}|^`\\".indexOf(c) >= 0) {
                return i;
            }
        }
        return i;
    }

    /** The index of the last character of the string literal opening at {@code i} (short or long form). */
    private static int endOfString(String q, int i) {
        char quote = q.charAt(i);
        boolean isLong = i + 2 < q.length() && q.charAt(i + 1) == quote && q.charAt(i + 2) == quote;
        int j = isLong ? i + 3 : i + 1;
        while (j < q.length()) {
            char c = q.charAt(j);
            if (c == '\\') {
                j += 2;
                continue;
            }
            if (c == quote) {
                if (!isLong) {
                    return j;
                }
                if (j + 2 < q.length() && q.charAt(j + 1) == quote && q.charAt(j + 2) == quote) {
                    return j + 2;
                }
            } else if (!isLong && (c == '\n' || c == '\r')) {
                return j; // short strings end at the line; the parser will say what is wrong
            }
            j++;
        }
        return q.length();
    }

    /** Walks the algebra and every expression in it (EXISTS patterns included) with a stack of its own. */
    static Findings inspect(Op root) {
        boolean service = false;
        boolean data = false;
        Deque<Object> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Object next = todo.pop();
            if (next instanceof Expr e) {
                if (e instanceof ExprFunctionOp f && f.getGraphPattern() != null) {
                    todo.push(f.getGraphPattern());
                }
                if (e instanceof ExprFunction f) {
                    f.getArgs().forEach(todo::push);
                }
                if (e instanceof ExprAggregator a && a.getAggregator().getExprList() != null) {
                    a.getAggregator().getExprList().forEach(todo::push);
                }
                continue;
            }
            Op op = (Op) next;
            if (op instanceof OpService) {
                service = true;
            } else if (op instanceof OpBGP b) {
                data |= !b.getPattern().isEmpty();
            } else if (op instanceof OpQuadPattern q) {
                data |= !q.isEmpty();
            } else if (op instanceof OpTriple || op instanceof OpQuad || op instanceof OpPath || op instanceof OpPropFunc
                    || op instanceof OpProcedure || op instanceof OpGraph || op instanceof OpDatasetNames
                    || op instanceof OpQuadBlock) {
                data = true;
            } else if (op instanceof OpTable t) {
                data |= !t.isJoinIdentity() && t.getTable().size() > 1;
            }
            pushExprs(op, todo);
            if (op instanceof Op1 o) {
                todo.push(o.getSubOp());
            } else if (op instanceof Op2 o) {
                todo.push(o.getLeft());
                todo.push(o.getRight());
            } else if (op instanceof OpN o) {
                o.getElements().forEach(todo::push);
            }
        }
        return new Findings(service, data);
    }

    private static void pushExprs(Op op, Deque<Object> todo) {
        if (op instanceof OpFilter f) {
            push(f.getExprs(), todo);
        } else if (op instanceof OpExtend e) {
            e.getVarExprList().getExprs().values().forEach(todo::push);
        } else if (op instanceof OpAssign a) {
            a.getVarExprList().getExprs().values().forEach(todo::push);
        } else if (op instanceof OpLeftJoin l) {
            push(l.getExprs(), todo);
        } else if (op instanceof OpGroup g) {
            g.getGroupVars().getExprs().values().forEach(todo::push);
            g.getAggregators().forEach(todo::push);
        } else if (op instanceof OpOrder o) {
            for (SortCondition c : o.getConditions()) {
                todo.push(c.getExpression());
            }
        } else if (op instanceof OpProcedure p) {
            push(p.getArgs(), todo);
        }
    }

    private static void push(ExprList exprs, Deque<Object> todo) {
        if (exprs != null) {
            exprs.forEach(todo::push);
        }
    }
}
