package org.councilgraph.load;

import java.util.regex.Pattern;

/**
 * The clean-up every format shares: one kind of line break, no control characters, no-break and
 * odd spaces as plain spaces, soft hyphens and zero-width marks gone (a word a soft hyphen broke over
 * two lines joined again), trailing spaces trimmed and runs of blank lines folded to one. A hard
 * hyphen at a line's end is kept as printed: in council papers it almost always joins a compound
 * ("father-/inclusive", "decision-/making"), which joining the lines would not change. Smart quotes
 * and dashes are kept: they are the document's words.
 */
final class TextCleaner {
    private static final Pattern SPACES = Pattern.compile("[\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F]");
    private static final Pattern BLANKS = Pattern.compile("\\n{3,}");

    private TextCleaner() {
    }

    /** A word broken at a line's end by a soft hyphen: "conti\u00AD / nued" is one word again. */
    private static final Pattern SOFT_BREAK = Pattern.compile("(?<=\\p{L})\\u00AD[ \\t]*\\n[ \\t]*(?=\\p{Ll})");

    static String clean(String s) {
        s = s.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n');
        s = SOFT_BREAK.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ");
        s = INVISIBLE.matcher(s).replaceAll("");
        s = CONTROL.matcher(s).replaceAll(" ");
        s = trimLineEnds(s);
        s = BLANKS.matcher(s).replaceAll("\n\n");
        return s.strip() + "\n";
    }

    /**
     * Spaces and tabs before each line break dropped, in one pass: the pattern {@code [ \t]+\n} tries
     * every space of a run that no line break ends, time quadratic in the run (a line of 100,000
     * spaces took seconds).
     */
    static String trimLineEnds(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                int end = b.length();
                while (end > 0 && (b.charAt(end - 1) == ' ' || b.charAt(end - 1) == '\t')) {
                    end--;
                }
                b.setLength(end);
            }
            b.append(c);
        }
        return b.toString();
    }
}
