package org.councilgraph.text;

import java.util.Locale;
import java.util.Set;

/**
 * The head nouns of post titles ("Director", "Officer", "Cabinet Member"), the one gazetteer of post
 * words every stage reads (the table {@code lexicon/post-heads.tsv}): the layout rules ask whether a minute names an office, the post grammar
 * builds titles around these heads.
 *
 * <pre>{@code
 * PostHeads.head("Workers");                          // "worker"
 * PostHeads.namesPost("The Chief Constable");         // true: a title's first word
 * }</pre>
 */
public final class PostHeads {
    private static final Lexicon HEADS = Lexicon.of("post-heads.tsv");
    /** Strong heads: a post with any modifier or remit. */
    public static final Set<String> STRONG = HEADS.wordsWhere(1, "strong");
    /** Weak heads: a post only with the modifiers or remit the post grammar asks for ("Cabinet Member", not "Member"). */
    public static final Set<String> WEAK = HEADS.wordsWhere(1, "weak");
    /** Words that begin titles whose last word is no head ("Chief Constable", "Portfolio Holder", "Principal"). */
    private static final Set<String> FRONTS = HEADS.wordsWhere(1, "front");

    private PostHeads() {
    }

    /** The head a word is, singular and lower case, or null: "Workers" is "worker". */
    public static String head(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (STRONG.contains(w) || WEAK.contains(w)) {
            return w;
        }
        if (w.endsWith("s") && w.length() > 3) {
            String s = w.substring(0, w.length() - 1);
            if (STRONG.contains(s) || WEAK.contains(s)) {
                return s;
            }
        }
        return null;
    }

    /** True when some word of {@code s} is a post's head or a title's first word: the words name an office. */
    public static boolean namesPost(String s) {
        for (String w : s.split("[^\\p{L}'’-]+")) {
            if (!w.isEmpty() && (head(w) != null || FRONTS.contains(w.toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }
}
