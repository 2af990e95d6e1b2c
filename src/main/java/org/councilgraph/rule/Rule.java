package org.councilgraph.rule;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * One named test of a candidate (a run of tokens, a title, a line). Rules are values: a grammar
 * keeps them as constants and combines them with {@link #and}, {@link #or} and {@link #not}; the
 * name of a combination spells its parts, so an explanation reads "capitalised & !documentWord".
 *
 * <pre>{@code
 * static final Rule<Candidate> DOCUMENT_WORD = Rule.named("documentWord", c -> DOC.matcher(c.text()).find());
 * static final Rule<Candidate> TOO_LONG = Rule.named("tooLong", c -> c.words() > 8);
 * Rule<Candidate> reject = DOCUMENT_WORD.or(TOO_LONG);
 * }</pre>
 *
 * @param <T> what the rule looks at
 */
public abstract class Rule<T> implements Predicate<T> {
    private final String name;

    protected Rule(String name) {
        this.name = Objects.requireNonNull(name);
    }

    /** A rule from a name and a predicate. */
    public static <T> Rule<T> named(String name, Predicate<? super T> test) {
        Objects.requireNonNull(test);
        return new Rule<>(name) {
            @Override
            public boolean test(T t) {
                return test.test(t);
            }
        };
    }

    public final String name() {
        return name;
    }

    /** Both rules hold. */
    public Rule<T> and(Rule<T> other) {
        Rule<T> self = this;
        return named("(" + name + " & " + other.name + ")", t -> self.test(t) && other.test(t));
    }

    /** Either rule holds. */
    public Rule<T> or(Rule<T> other) {
        Rule<T> self = this;
        return named("(" + name + " | " + other.name + ")", t -> self.test(t) || other.test(t));
    }

    /** The rule does not hold. */
    public Rule<T> not() {
        Rule<T> self = this;
        return named("!" + name, t -> !self.test(t));
    }

    /** Any of the rules holds; named after the first that does when used in a {@link Cascade}. */
    @SafeVarargs
    public static <T> Rule<T> anyOf(String name, Rule<T>... rules) {
        return named(name, t -> {
            for (Rule<T> r : rules) {
                if (r.test(t)) {
                    return true;
                }
            }
            return false;
        });
    }

    @Override
    public String toString() {
        return name;
    }
}
