package org.councilgraph.rule;

/**
 * What a {@link Cascade} decided of a candidate and which rule decided it; {@code rule} is the
 * cascade's default ("otherwise") when no rule fired.
 */
public record Verdict(boolean accepted, String rule) {
    public boolean rejected() {
        return !accepted;
    }
}
