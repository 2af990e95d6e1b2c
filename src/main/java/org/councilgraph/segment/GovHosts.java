package org.councilgraph.segment;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code .gov.uk} host names a paper prints ("www.northby.gov.uk", "planning@westby.gov.uk"), found
 * by one pass over the text rather than a regular expression: a host is a chain of labels, and a
 * pattern that walks the chain from every place it could start takes time quadratic in the chain's
 * length, and stack linear in it, so one long line of dotted words could stall or overflow a build.
 * Each label's outcome is worked out once.
 *
 * <p>What it finds is what {@code (?i)(?:@|//|www\.|\b)((?:[a-z0-9-]+\.)*?[a-z0-9-]+)\.gov\.uk\b}
 * finds, match for match: from the leftmost place a host may start (after an {@code @}, after
 * {@code //}, after {@code www.}, or at a word boundary), the labels up to the first {@code .gov.uk}
 * that ends a word.
 */
final class GovHosts {
    private static final String SUFFIX = ".gov.uk";

    private final String text;
    private final int n;
    /** For a label ending at the key: where the labels before {@code .gov.uk} end, or -1 when the chain has none. */
    private final Map<Integer, Integer> outcome = new HashMap<>();
    private int runFrom = -1;
    private int runEnd = -1;

    private GovHosts(String text) {
        this.text = text;
        this.n = text.length();
    }

    /** Every host the text prints, lower-cased without {@code .gov.uk}, and how often. */
    static Map<String, Integer> hosts(String text) {
        return new GovHosts(text).find(false);
    }

    /** The hosts of e-mail addresses only (a host straight after an {@code @}), and how often. */
    static Map<String, Integer> mailHosts(String text) {
        return new GovHosts(text).find(true);
    }

    private Map<String, Integer> find(boolean mailOnly) {
        Map<String, Integer> out = new HashMap<>();
        int p = 0;
        while (p < n) {
            int s = -1;
            int end = -1;
            if (text.charAt(p) == '@') {
                s = p + 1;
                end = hostEnd(s);
            }
            if (!mailOnly) {
                if (end < 0 && text.startsWith("//", p)) {
                    s = p + 2;
                    end = hostEnd(s);
                }
                if (end < 0 && text.regionMatches(true, p, "www.", 0, 4)) {
                    s = p + 4;
                    end = hostEnd(s);
                }
                if (end < 0 && boundary(p)) {
                    s = p;
                    end = hostEnd(s);
                }
            }
            if (end < 0) {
                p++;
                continue;
            }
            out.merge(text.substring(s, end).toLowerCase(Locale.ROOT), 1, Integer::sum);
            p = end + SUFFIX.length();
        }
        return out;
    }

    /** Where the host starting at {@code s} ends (before its {@code .gov.uk}), or -1 when none starts there. */
    private int hostEnd(int s) {
        if (s >= n || !label(text.charAt(s))) {
            return -1;
        }
        int j = labelEnd(s);
        Integer known = outcome.get(j);
        if (known != null) {
            return known;
        }
        // walk the chain to its first ".gov.uk" or its end, then record the outcome for every label passed
        java.util.List<Integer> passed = new java.util.ArrayList<>();
        int result;
        while (true) {
            Integer k = outcome.get(j);
            if (k != null) {
                result = k;
                break;
            }
            passed.add(j);
            if (text.regionMatches(true, j, SUFFIX, 0, SUFFIX.length()) && !wordAt(j + SUFFIX.length())) {
                result = j;
                break;
            }
            if (j + 1 < n && text.charAt(j) == '.' && label(text.charAt(j + 1))) {
                j = labelEnd(j + 1);
            } else {
                result = -1;
                break;
            }
        }
        for (int e : passed) {
            outcome.put(e, result);
        }
        return result;
    }

    /** The end of the run of label characters holding {@code i}; a run is measured once however often asked. */
    private int labelEnd(int i) {
        if (i >= runFrom && i < runEnd) {
            return runEnd;
        }
        int j = i;
        while (j < n && label(text.charAt(j))) {
            j++;
        }
        runFrom = i;
        runEnd = j;
        return j;
    }

    private static boolean label(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-';
    }

    /** A word boundary at {@code i}, as {@code \b} has it. */
    private boolean boundary(int i) {
        boolean left = i > 0 && wordBefore(i);
        boolean right = wordAt(i);
        return left != right;
    }

    /** True when the character at {@code i} continues a word, as {@code \b} reads it. */
    private boolean wordAt(int i) {
        if (i >= n) {
            return false;
        }
        int ch = text.codePointAt(i);
        return word(ch) || Character.getType(ch) == Character.NON_SPACING_MARK && hasBase(i);
    }

    private boolean wordBefore(int i) {
        int ch = text.codePointBefore(i);
        return word(ch) || Character.getType(ch) == Character.NON_SPACING_MARK && hasBase(i - 1);
    }

    private static boolean word(int ch) {
        return ch == '_' || Character.isLetterOrDigit(ch);
    }

    /** A combining mark counts as part of a word when a letter or digit carries it. */
    private boolean hasBase(int i) {
        for (int x = i; x >= 0; x--) {
            int ch = text.codePointAt(x);
            if (Character.isLetterOrDigit(ch)) {
                return true;
            }
            if (Character.getType(ch) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return false;
    }
}
