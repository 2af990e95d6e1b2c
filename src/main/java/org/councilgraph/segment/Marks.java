package org.councilgraph.segment;

/** Small tests and trims of the marks at a line's ends, done on characters rather than with a regex. */
final class Marks {
    /** The bullets word processors print before a list's entries: "•", the middle dot "·", squares and circles. */
    static final String BULLET = "[•·▪◦●]";

    private Marks() {
    }

    /** Whether {@code s} ends with one of {@code chars}. */
    static boolean endsWithOne(String s, String chars) {
        return !s.isEmpty() && chars.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** {@code s} without its last character when that is one of {@code chars}. */
    static String dropLast(String s, String chars) {
        return endsWithOne(s, chars) ? s.substring(0, s.length() - 1) : s;
    }

    /** {@code s} without the run of {@code chars} at its end. */
    static String stripEnd(String s, String chars) {
        int e = s.length();
        while (e > 0 && chars.indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return s.substring(0, e);
    }

    /** {@code s} from its first letter or digit on ("" when it has none). */
    static String fromFirstLetterOrDigit(String s) {
        int i = 0;
        while (i < s.length() && !Character.isLetterOrDigit(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
        }
        return s.substring(i);
    }

    /** "... the end.": a full stop after a small letter. */
    static boolean sentenceStop(String s) {
        return s.length() > 1 && s.charAt(s.length() - 1) == '.' && Character.isLowerCase(s.charAt(s.length() - 2));
    }

    /** {@code s} up to its first colon. */
    static String beforeColon(String s) {
        int c = s.indexOf(':');
        return c < 0 ? s : s.substring(0, c);
    }

    /** "-----": a line of three or more hyphens. */
    static boolean ruleLine(String s) {
        return s.length() >= 3 && s.chars().allMatch(ch -> ch == '-');
    }
}
