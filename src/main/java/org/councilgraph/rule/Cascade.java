package org.councilgraph.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * An ordered list of named rules, each of which accepts or rejects; the first rule that holds
 * decides, and the cascade's default decides when none does. This is the shape of most of the
 * extractor's grammars ("a document word is no body; a capitalised run ending in a body head is
 * one; otherwise not"), written as data a reader can scan and {@link Explain} can report.
 *
 * <pre>{@code
 * static final Cascade<Candidate> BODY = Cascade.<Candidate>named("body")
 *         .reject(DOCUMENT_WORD)
 *         .reject(TOO_LONG)
 *         .accept(ENDS_IN_HEAD)
 *         .otherwise(false);
 * Verdict v = BODY.decide(candidate);   // v.rule() says which rule decided
 * }</pre>
 *
 * @param <T> what the rules look at
 */
public final class Cascade<T> {
    private record Step<T>(Rule<T> rule, boolean accepts) {
    }

    private final String name;
    private final List<Step<T>> steps;
    private final boolean otherwise;
    private final Function<? super T, String> describe;
    private final ToIntFunction<? super T> locate;

    private Cascade(String name, List<Step<T>> steps, boolean otherwise, Function<? super T, String> describe,
                    ToIntFunction<? super T> locate) {
        this.name = name;
        this.steps = List.copyOf(steps);
        this.otherwise = otherwise;
        this.describe = describe;
        this.locate = locate;
    }

    /** Starts a cascade; its name heads every explanation line. */
    public static <T> Builder<T> named(String name) {
        return new Builder<>(name);
    }

    public String name() {
        return name;
    }

    /** The first rule that holds decides; records the decision when {@link Explain} is on. */
    public Verdict decide(T candidate) {
        Verdict v = null;
        for (Step<T> s : steps) {
            if (s.rule.test(candidate)) {
                v = new Verdict(s.accepts, s.rule.name());
                break;
            }
        }
        if (v == null) {
            v = new Verdict(otherwise, "otherwise");
        }
        if (Explain.on()) {
            Explain.record(name, describe.apply(candidate), locate.applyAsInt(candidate), v);
        }
        return v;
    }

    /** True when the cascade accepts the candidate. */
    public boolean accepts(T candidate) {
        return decide(candidate).accepted();
    }

    /** The names of the rules in order, each with what it decides: for documentation and tests. */
    public List<String> describeRules() {
        List<String> out = new ArrayList<>();
        for (Step<T> s : steps) {
            out.add((s.accepts ? "accept " : "reject ") + s.rule.name());
        }
        out.add((otherwise ? "accept" : "reject") + " otherwise");
        return out;
    }

    public static final class Builder<T> {
        private final String name;
        private final List<Step<T>> steps = new ArrayList<>();
        private Function<? super T, String> describe = String::valueOf;
        private ToIntFunction<? super T> locate = t -> -1;

        private Builder(String name) {
            this.name = name;
        }

        /** A candidate for which {@code rule} holds is rejected (unless an earlier rule decided). */
        public Builder<T> reject(Rule<T> rule) {
            steps.add(new Step<>(rule, false));
            return this;
        }

        /** A candidate for which {@code rule} holds is accepted (unless an earlier rule decided). */
        public Builder<T> accept(Rule<T> rule) {
            steps.add(new Step<>(rule, true));
            return this;
        }

        /** How a candidate is printed in explanations (default: toString). */
        public Builder<T> describedBy(Function<? super T, String> describe) {
            this.describe = describe;
            return this;
        }

        /** Where in the paper's text a candidate starts, so explanations can be picked by line (default: unknown, -1). */
        public Builder<T> locatedBy(ToIntFunction<? super T> locate) {
            this.locate = locate;
            return this;
        }

        /** Ends the cascade with the decision taken when no rule holds. */
        public Cascade<T> otherwise(boolean accept) {
            return new Cascade<>(name, steps, accept, describe, locate);
        }
    }
}
