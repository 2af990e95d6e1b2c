package org.councilgraph.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects, on the current thread, every decision the grammars take while a piece of work runs, so
 * a developer can ask "why was this line read so?" ({@code explain PAPER --line N}). Off unless a
 * caller turns it on with {@link #during}; when off a decision costs one thread-local read.
 */
public final class Explain {
    /**
     * One decision: the grammar, the candidate as it prints, the verdict, and where in the paper's text
     * the candidate starts ({@code at}, or -1 when the grammar does not say), so a tool can pick the
     * decisions of one line.
     */
    public record Decision(String grammar, String candidate, Verdict verdict, int at) {
        public Decision(String grammar, String candidate, Verdict verdict) {
            this(grammar, candidate, verdict, -1);
        }

        /** True when the candidate starts at an offset in {@code [from, to)}. */
        public boolean within(int from, int to) {
            return at >= from && at < to;
        }

        @Override
        public String toString() {
            return String.format("%-10s %-6s %-40s %s", grammar, verdict.accepted() ? "ACCEPT" : "reject",
                    verdict.rule(), candidate);
        }
    }

    private static final ThreadLocal<List<Decision>> TRACE = new ThreadLocal<>();

    private Explain() {
    }

    /** True while decisions are being collected on this thread. */
    public static boolean on() {
        return TRACE.get() != null;
    }

    /** Records a decision taken outside a {@link Cascade} (a rule tested on its own). */
    public static void record(String grammar, String candidate, Verdict verdict) {
        record(grammar, candidate, -1, verdict);
    }

    /** As {@link #record(String, String, Verdict)}, with the offset in the text where the candidate starts. */
    public static void record(String grammar, String candidate, int at, Verdict verdict) {
        List<Decision> t = TRACE.get();
        if (t != null) {
            t.add(new Decision(grammar, candidate, verdict, at));
        }
    }

    /** Records, when on, that {@code rule} decided {@code candidate} and returns what it decided. */
    public static <T> boolean check(String grammar, Rule<T> rule, T candidate, boolean accepts) {
        boolean holds = rule.test(candidate);
        if (holds && on()) {
            record(grammar, String.valueOf(candidate), new Verdict(accepts, rule.name()));
        }
        return holds;
    }

    /** As {@link #check(String, Rule, Object, boolean)}, with the offset in the text where the candidate starts. */
    public static <T> boolean check(String grammar, Rule<T> rule, T candidate, int at, boolean accepts) {
        boolean holds = rule.test(candidate);
        if (holds && on()) {
            record(grammar, String.valueOf(candidate), at, new Verdict(accepts, rule.name()));
        }
        return holds;
    }

    /** Runs {@code work} with collection on and returns its result with the decisions taken. */
    public static <R> Traced<R> during(Supplier<R> work) {
        List<Decision> previous = TRACE.get();
        List<Decision> trace = new ArrayList<>();
        TRACE.set(trace);
        try {
            return new Traced<>(work.get(), List.copyOf(trace));
        } finally {
            TRACE.set(previous);
        }
    }

    /** A result and the decisions taken to reach it. */
    public record Traced<R>(R result, List<Decision> decisions) {
    }
}
