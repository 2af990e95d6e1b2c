package org.councilgraph.annotate;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names read from a table of names (the gazetteer of national bodies, the council services named without a head):
 * the pattern that finds each as papers print it, and the key its printed form is looked up by.
 */
final class PrintedNames {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern APOSTROPHE = Pattern.compile("['’]");
    private static final Pattern LEADING_THE = Pattern.compile("^(?i)the ");

    private PrintedNames() {
    }

    /**
     * The pattern of a printed form. A name of several words keeps its capital but may be printed in
     * lower case after it ("Westby sport trust"); the apostrophe is often left out ("Information
     * Commissioners Office"); any run of spaces or a line break may stand between its words.
     */
    static String pattern(String form, boolean laterLettersEitherCase) {
        StringBuilder p = new StringBuilder();
        for (char ch : form.toCharArray()) {
            String c = ch == '\'' || ch == '’' ? "['’]?" : ch == ' ' ? "\\s+" : Pattern.quote(String.valueOf(ch));
            p.append(laterLettersEitherCase && Character.isLetter(ch) ? "(?i:" + c + ")" : c);
        }
        return p.toString();
    }

    /** The key of a printed form: without apostrophes, a leading "the" and case, its spaces single. */
    static String key(String s) {
        return LEADING_THE.matcher(SPACES.matcher(APOSTROPHE.matcher(s).replaceAll("")).replaceAll(" ")).replaceFirst("").toLowerCase(Locale.ROOT).strip();
    }
}
