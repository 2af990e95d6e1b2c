package org.councilgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokens the post-title grammar reads: words (with their inner hyphens and apostrophes),
 * punctuation marks, line breaks, and the tabs or runs of spaces that part table cells.
 */
public final class PostTokens {
    private static final Pattern TOKEN = Pattern.compile(
            "\\n|\\t| {2,}|[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’]*(?:-[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’]*)*|[,:;()&–—/]|-|[^\\s]");

    private PostTokens() {
    }

    /** One token of the text: a word, a punctuation mark, or a line break. */
    public record Tok(String text, int start, int end) {
        public boolean newline() {
            return text.equals("\n");
        }

        public boolean word() {
            return Character.isLetterOrDigit(text.charAt(0));
        }

        public boolean capitalised() {
            return word() && Character.isUpperCase(text.charAt(0));
        }

        public String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** The tokens of {@code text}, with their offsets. */
    public static List<Tok> of(String text) {
        List<Tok> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            // a tab or a run of spaces parts table cells: a separator like a tab
            String t = m.group().startsWith(" ") ? "\t" : m.group();
            out.add(new Tok(t, m.start(), m.end()));
        }
        return out;
    }

    /** True for a word with letters and no lower-case letter: "DIRECTOR", "SGO". */
    public static boolean allCaps(String w) {
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** "and", "&" or "of": a word that joins the words of a title. */
    static boolean isJoin(Tok t) {
        String l = t.lower();
        return l.equals("and") || l.equals("&") || l.equals("of");
    }

    static boolean dash(Tok t) {
        return t.text().equals("–") || t.text().equals("-") || t.text().equals("—");
    }

    /** True when token {@code k} is the spaces a line starts with; a tab there starts a table's row, no indent. */
    static boolean indent(String text, List<Tok> toks, int k) {
        return k > 0 && k < toks.size() && toks.get(k).text().equals("\t") && toks.get(k - 1).newline() && text.charAt(toks.get(k).start()) == ' ';
    }

    /** The first token at or after {@code k} past a line's indent. */
    static int pastIndent(String text, List<Tok> toks, int k) {
        while (indent(text, toks, k)) {
            k++;
        }
        return k;
    }

    /** True when nothing but blanks stands between the start of the line and token {@code i}. */
    static boolean startsSegment(List<Tok> toks, int i) {
        if (i == 0) {
            return true;
        }
        Tok p = toks.get(i - 1);
        return p.newline() || p.text().equals("(") || p.text().equals("–") || p.text().equals(":")
                || p.text().equals("|") || p.text().equals("-");
    }
}
