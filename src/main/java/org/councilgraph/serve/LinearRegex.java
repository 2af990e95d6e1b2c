package org.councilgraph.serve;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.sse.Tags;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.councilgraph.vocab.CG;

/**
 * SPARQL's REGEX and REPLACE for the public endpoint, matched by RE2/J: time linear in the text and
 * the pattern, so no pattern ({@code (.*a){12}b} on sixty a's) can hold a worker for hours the way
 * {@code java.util.regex}'s backtracking does. ARQ offers no hook for its regex engine (its choice is
 * between two backtracking ones), so {@link #rewrite} swaps the parsed query's REGEX and REPLACE for
 * the functions here, and {@link SafeFunctions} does the same for the same functions called by IRI.
 * The text a pattern runs over is read through a view that checks the query's deadline, so even a
 * long literal stops when the query's time is up.
 *
 * <p>RE2/J has no backreferences or look-around; neither is in the XPath regular expressions SPARQL
 * uses, and a pattern using them is an evaluation error, as any bad pattern is.
 */
final class LinearRegex {
    /** Context key: the {@link System#nanoTime()} after which a match gives up (absent: no deadline). */
    static final Symbol DEADLINE = Symbol.create(CG.NS + "queryDeadline");
    /** Largest compiled pattern allowed: matching costs text length times this. */
    static final int MAX_PROGRAM = 4_000;

    private LinearRegex() {
    }

    /** {@code query} with every REGEX and REPLACE, however deep, replaced by its linear-time twin. */
    static Query rewrite(Query query) {
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN f, ExprList args) {
                if (f instanceof E_Regex) {
                    return new Regex(args);
                }
                if (f instanceof E_StrReplace) {
                    return new Replace(args);
                }
                return super.transform(f, args);
            }
        });
    }

    /** Compiles an XPath-flagged pattern (flags s, m, i, x, q) for RE2/J, or fails the expression. */
    static Pattern compile(String label, String pattern, String flags) {
        String f = flags == null ? "" : flags;
        int mask = 0;
        for (char c : f.toCharArray()) {
            switch (c) {
                case 'i' -> mask |= Pattern.CASE_INSENSITIVE;
                case 'm' -> mask |= Pattern.MULTILINE;
                case 's' -> mask |= Pattern.DOTALL;
                case 'x', 'q' -> {
                }
                default -> throw new ExprEvalException(label + ": only 'smixq' are flags, not '" + c + "'");
            }
        }
        String p = f.indexOf('q') >= 0 ? Pattern.quote(pattern) : f.indexOf('x') >= 0 ? dropWhitespace(pattern) : pattern;
        Pattern compiled;
        try {
            compiled = Pattern.compile(p, mask);
        } catch (PatternSyntaxException e) {
            throw new ExprEvalException(label + ": bad pattern: " + e.getDescription());
        }
        if (compiled.programSize() > MAX_PROGRAM) {
            throw new ExprEvalException(label + ": pattern too large (" + compiled.programSize() + " steps; at most "
                    + MAX_PROGRAM + ")");
        }
        return compiled;
    }

    /** XPath's x flag: whitespace outside character classes is dropped. */
    private static String dropWhitespace(String p) {
        StringBuilder sb = new StringBuilder(p.length());
        boolean inClass = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\' && i + 1 < p.length()) {
                sb.append(c).append(p.charAt(++i));
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (!inClass && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** The text of a string literal (simple, xsd:string or language-tagged), or an evaluation error. */
    private static String text(String label, NodeValue v) {
        if (!v.isString() && !v.isLangString()) {
            throw new ExprEvalException(label + ": not a string: " + v);
        }
        return v.asNode().getLiteralLexicalForm();
    }

    private static String string(String label, NodeValue v) {
        if (!v.isString()) {
            throw new ExprEvalException(label + ": not a plain string: " + v);
        }
        return v.getString();
    }

    /** {@code s} as the matcher reads it: one character at a time, giving up once the deadline has passed. */
    static CharSequence underDeadline(String s, FunctionEnv env) {
        Context cxt = env == null ? null : env.getContext();
        Object d = cxt == null ? null : cxt.get(DEADLINE);
        return d instanceof Long deadline ? new Deadlined(s, deadline) : s;
    }

    static boolean matches(List<NodeValue> args, FunctionEnv env, Pattern known) {
        String s = text("REGEX", args.get(0));
        Pattern p = known != null ? known
                : compile("REGEX", string("REGEX", args.get(1)), args.size() > 2 ? string("REGEX", args.get(2)) : null);
        return p.matcher(underDeadline(s, env)).find();
    }

    static NodeValue replace(List<NodeValue> args, FunctionEnv env, Pattern known) {
        NodeValue input = args.get(0);
        String s = text("REPLACE", input);
        Pattern p = known != null ? known
                : compile("REPLACE", string("REPLACE", args.get(1)), args.size() > 3 ? string("REPLACE", args.get(3)) : null);
        String replacement = string("REPLACE", args.get(2));
        if (p.matcher("").matches()) {
            throw new ExprEvalException("REPLACE: the pattern matches the empty string");
        }
        String out = p.matcher(underDeadline(s, env)).replaceAll(replacement);
        Node n = input.asNode();
        return input.isLangString() ? NodeValue.makeLangString(out, n.getLiteralLanguage()) : NodeValue.makeString(out);
    }

    /** A constant pattern (and constant flags) compiled once, or null when either varies by row. */
    private static Pattern constant(String label, Expr pattern, Expr flags) {
        try {
            if (pattern.isConstant() && pattern.getConstant().isString() && (flags == null
                    || flags.isConstant() && flags.getConstant().isString())) {
                return compile(label, pattern.getConstant().getString(), flags == null ? null : flags.getConstant().getString());
            }
        } catch (ExprEvalException e) {
            // reported per row, as a pattern computed per row would be
        }
        return null;
    }

    /** REGEX(text, pattern [, flags]). */
    static final class Regex extends ExprFunctionN {
        private final Pattern known;

        Regex(ExprList args) {
            super(Tags.tagRegex, args);
            known = constant("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            return NodeValue.makeBoolean(matches(args, env, known));
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            return eval(args, null);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Regex(newArgs);
        }
    }

    /** REPLACE(text, pattern, replacement [, flags]). */
    static final class Replace extends ExprFunctionN {
        private final Pattern known;

        Replace(ExprList args) {
            super(Tags.tagReplace, args);
            known = constant("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            return replace(args, env, known);
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            return eval(args, null);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Replace(newArgs);
        }
    }

    /** fn:matches and sparql:regex called by IRI. */
    static final class MatchesFunction extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() < 2 || args.size() > 3) {
                throw new org.apache.jena.query.QueryBuildException("matches takes 2 or 3 arguments");
            }
        }

        @Override
        protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
            return NodeValue.makeBoolean(matches(args, env, null));
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            return exec(args, null);
        }
    }

    /** fn:replace and sparql:replace called by IRI. */
    static final class ReplaceFunction extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() < 3 || args.size() > 4) {
                throw new org.apache.jena.query.QueryBuildException("replace takes 3 or 4 arguments");
            }
        }

        @Override
        protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
            return replace(args, env, null);
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            return exec(args, null);
        }
    }

    private static final class Deadlined implements CharSequence {
        private final String s;
        private final long deadline;
        private int reads;

        Deadlined(String s, long deadline) {
            this.s = s;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int i) {
            if ((++reads & 0x3FF) == 0 && System.nanoTime() - deadline > 0) {
                throw new QueryCancelledException();
            }
            return s.charAt(i);
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return s.subSequence(start, end);
        }

        @Override
        public String toString() {
            return s;
        }
    }
}
