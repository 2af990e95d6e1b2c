package org.councilgraph.text;

import java.util.Locale;
import java.util.Set;

/** Case handling for headings set in capitals, which councils use for committee names and titles. */
public final class Casing {
    private static final Set<String> SMALL = Lexicon.of("joining-words.tsv").wordsWhere(3, "casing");

    private Casing() {
    }

    /** True when the letters of {@code s} are (nearly) all capitals. */
    public static boolean isUpper(String s) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper >= 2 && lower <= upper / 10;
    }

    /**
     * "CHILDREN, YOUNG PEOPLE AND EDUCATION SCRUTINY COMMISSION" to "Children, Young People and
     * Education Scrutiny Commission". Short all-capital words that read as acronyms (SEND, CYPE)
     * stay as they are only when they have no vowel or are listed by the caller; here: kept when 2-4
     * letters and not an ordinary small word.
     */
    public static String titleCase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        String[] words = s.split("(?<=\\s)|(?=\\s)");
        boolean first = true;
        for (String w : words) {
            if (w.isBlank()) {
                out.append(w);
                continue;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            String bare = lower.replaceAll("[^a-z]", "");
            if (!first && SMALL.contains(bare)) {
                out.append(lower);
            } else if (bare.length() >= 2 && bare.length() <= 4 && !hasVowel(bare)) {
                out.append(w);
            } else {
                out.append(capitalise(lower));
            }
            first = false;
        }
        return out.toString();
    }

    private static boolean hasVowel(String s) {
        for (char c : s.toCharArray()) {
            if ("aeiouy".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String capitalise(String w) {
        StringBuilder b = new StringBuilder(w);
        boolean start = true;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (Character.isLetter(c)) {
                if (start) {
                    b.setCharAt(i, Character.toUpperCase(c));
                }
                start = false;
            } else if (c == '-' || c == '(' || c == '/' || c == '"' || c == '“') {
                start = true;
            } else if ((c == '\'' || c == '’') && i == 1) {
                start = true; // "O'TOOLE", "D'ARCY": the letter before the apostrophe is a name's prefix
            }
        }
        return b.toString();
    }

    /** Title case for capitals, the string itself otherwise. */
    public static String readable(String s) {
        return isUpper(s) ? titleCase(s) : s;
    }
}
