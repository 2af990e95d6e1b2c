package org.councilgraph.resolve;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.PostTitles;

/** How two spellings of one post title are told to be one: keys, singulars and redundant words. */
final class PostKeys {
    private static final Set<String> JOINING_WORDS = Lexicon.of("post-title-joining-words.tsv").words();
    /** Words a title may carry or drop without naming another post: "Cabinet Lead Member", "Virtual School Head Teacher". */
    static final Set<String> REDUNDANT_WORDS = Lexicon.of("redundant-title-words.tsv").words();
    private static final Set<String> COUNCIL_INITIAL_SKIPS = Lexicon.of("linking-words.tsv").wordsWhere(1, "y");
    /** A qualifier in brackets is no part of the title: "Parent Governor Representative (Primary)". */
    private static final Pattern QUALIFIER = Pattern.compile("\\s*\\([^()]*\\)");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-]+");
    private static final Pattern WORD_PIECES = Pattern.compile("(?<=\\s)|(?=\\s)|(?=[,:])");
    private static final Pattern FINAL_S = Pattern.compile("s$");

    private PostKeys() {
    }

    /**
     * The key two spellings of one title share: its words in lower case, in any order, without
     * joining words or punctuation ("Managers, Fostering Team" and "Fostering Team Managers";
     * "Director of Children and Family Services" and "Director Children and Family Services").
     */
    static String key(String label) {
        TreeSet<String> words = new TreeSet<>();
        String bare = QUALIFIER.matcher(label).replaceAll("").replace('’', '\'').replace("'s", "s").replace("s'", "s");
        for (String w : WORD_BREAK.split(PersonName.key(bare))) {
            if (!w.isEmpty() && !JOINING_WORDS.contains(w)) {
                words.add(w);
            }
        }
        return String.join(" ", words);
    }

    /** A title with its head nouns in the singular: "Managers, Fostering Team" to "Manager, Fostering Team". */
    static String singular(String label) {
        StringBuilder b = new StringBuilder();
        for (String w : WORD_PIECES.split(label)) {
            String h = PostTitles.head(w.strip());
            b.append(h != null && w.strip().toLowerCase(Locale.ROOT).endsWith("s") && !w.strip().equalsIgnoreCase(h)
                    ? FINAL_S.matcher(w).replaceAll("") : w);
        }
        return b.toString();
    }

    /** "nwc" for the council slugged "northby-and-westby-council": initials a title may carry in front. */
    static String councilInitials(String councilSlug) {
        StringBuilder sb = new StringBuilder();
        for (String w : councilSlug.split("-")) {
            if (!w.isEmpty() && !COUNCIL_INITIAL_SKIPS.contains(w)) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }
}
