package org.councilgraph.annotate;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.Similarity;

/**
 * Acronyms as papers define them: on a glossary line ("CQC&lt;tab&gt;Care Quality Commission", "IRO -
 * Independent Reviewing Officer") or in brackets after a name. Bodies and posts both read the
 * definitions; a defined name is not thereby mentioned.
 */
final class Acronyms {
    /** A line of a glossary of acronyms: group 1 the acronym, group 2 what it stands for. */
    static final Pattern GLOSSARY_LINE = Pattern.compile("(?m)^[ \\t|]*([A-Z][A-Za-z&]{1,9})[ \\t]*(?:\\t|:|–|=| - )[ \\t]*([^\\n]+?)[ \\t|]*$");

    /**
     * The words that link the words of a name ("Department for Education", "Adult and Community"): no
     * initials of their own ({@code lexicon/name-linkers.tsv}), as a regex group.
     */
    static final String LINKERS = "(?:" + Lexicon.of("name-linkers.tsv").alternation() + ")";
    private static final Pattern LINKER = Pattern.compile(LINKERS);
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^A-Za-z]");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-/]+");

    private Acronyms() {
    }

    /** True for a linking word of a name (see {@link #LINKERS}). */
    static boolean isLinker(String word) {
        return LINKER.matcher(word).matches();
    }

    /**
     * True when the acronym's letters are initials of {@code words} (linking words skipped), in order,
     * the first letter the first word's: "RST" of "Road Safety Team", "HMCI" of "Her Majesty's Chief
     * Inspector".
     */
    static boolean fits(String acronym, List<String> words) {
        String letters = NOT_A_LETTER.matcher(acronym).replaceAll("").toUpperCase(Locale.ROOT);
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && Character.isLetterOrDigit(w.charAt(0)) && !isLinker(w)) {
                initials.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return letters.length() >= 2 && Similarity.inOrder(letters, initials) && initials.charAt(0) == letters.charAt(0);
    }

    /** As {@link #fits(String, List)}, the name as printed. */
    static boolean fits(String acronym, String name) {
        return fits(acronym, List.of(WORD_BREAK.split(name)));
    }
}
