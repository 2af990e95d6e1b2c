package org.councilgraph.annotate;

import java.util.Collection;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Regex alternations of word tables whose entries are phrases: a space stands for any run of whitespace. */
final class Phrases {
    private Phrases() {
    }

    /** The phrases as one alternation, in the given order, each word quoted. */
    static String alternation(Collection<String> phrases) {
        return phrases.stream().map(Phrases::phrase).collect(Collectors.joining("|"));
    }

    private static String phrase(String p) {
        return java.util.Arrays.stream(p.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
    }
}
