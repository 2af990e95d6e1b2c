package org.councilgraph.text;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two strings are: the edits between two spellings of a word ("AGRRED" for "AGREED",
 * "Wesby" for "Westby"), and the share of words two titles have in common.
 */
public final class Similarity {
    private Similarity() {
    }

    /** Levenshtein distance: the fewest single-character insertions, deletions and substitutions from {@code a} to {@code b}. */
    public static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The Jaccard index of two sets of words (shared over all); 0 when either is empty. */
    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return (double) inter.size() / union.size();
    }

    /**
     * True when the characters of {@code shorter} occur in {@code longer} in the same order, not
     * necessarily together: "nby" in "northby", "acs" in "adultcommunityservice".
     */
    public static boolean inOrder(CharSequence shorter, CharSequence longer) {
        int j = 0;
        for (int i = 0; i < longer.length() && j < shorter.length(); i++) {
            if (longer.charAt(i) == shorter.charAt(j)) {
                j++;
            }
        }
        return j == shorter.length();
    }
}
