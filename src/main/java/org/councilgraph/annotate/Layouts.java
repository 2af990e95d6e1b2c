package org.councilgraph.annotate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.councilgraph.segment.Layout;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.Span;

/**
 * The text as names may be read from it: the same length and offsets as the paper's text, with the
 * line breaks that only wrap a sentence turned into spaces, and every other break (after a heading,
 * a short line, a table cell, a tab) turned into {@code '|'}, which no name crosses. Lines in
 * capitals ("ROAD SAFETY TEAM") read in title case.
 */
final class Layouts {
    private static final Lexicon WORDS = Lexicon.of("joining-words.tsv");
    private static final Set<String> SMALL = WORDS.wordsWhere(1, "small");
    private static final Set<String> JOINING = WORDS.wordsWhere(2, "joins");

    private Layouts() {
    }

    static String flatten(String text) {
        return flatten(text, false);
    }

    /** As above; with {@code blocks} every line is a block of its own (a web page's paragraphs and list items) and none wraps. */
    static String flatten(String text, boolean blocks) {
        char[] c = text.toCharArray();
        List<int[]> lines = lines(c);
        breakLines(c, lines, blocks, softLength(c, lines));
        breakCells(c);
        for (int i = 0; i < c.length; i++) {
            if (c[i] == WRAP) {
                c[i] = ' ';
            }
        }
        return new String(c);
    }

    private static List<int[]> lines(char[] c) {
        List<int[]> lines = new ArrayList<>();
        int s = 0;
        for (int i = 0; i <= c.length; i++) {
            if (i == c.length || c[i] == '\n') {
                lines.add(new int[] {s, i});
                s = i + 1;
            }
        }
        return lines;
    }

    /** A line this long or longer may wrap: six tenths of the paper's long lines, at least 40 characters. */
    private static int softLength(char[] c, List<int[]> lines) {
        int[] lengths = lines.stream().mapToInt(l -> trimmedLength(c, l)).filter(n -> n > 0).sorted().toArray();
        int p90 = lengths.length == 0 ? 80 : lengths[Math.min(lengths.length - 1, (int) (lengths.length * 0.9))];
        return Math.max(40, (int) (p90 * 0.6));
    }

    /** Marks each line break as a wrap of a sentence or a '|' break, title-casing lines in capitals. */
    private static void breakLines(char[] c, List<int[]> lines, boolean blocks, int soft) {
        for (int li = 0; li < lines.size(); li++) {
            int[] l = lines.get(li);
            titleCaseIfCaps(c, l);
            if (l[1] >= c.length) {
                continue;
            }
            int len = trimmedLength(c, l);
            int next = li + 1;
            while (next < lines.size() && trimmedLength(c, lines.get(next)) == 0) {
                next++;
            }
            char lastChar = lastNonSpace(c, l);
            // a line ending in a joining word ("and", "of", "around") goes on whatever its length: "KINSHIP TEAM AROUND" over "THE CHILD TEAM"
            boolean wraps = !blocks && (len >= soft || endsJoining(c, l)) && ".:;!?|".indexOf(lastChar) < 0 && next < lines.size()
                    && !startsItem(c, lines.get(next));
            if (wraps) {
                int to = next < lines.size() ? lines.get(next)[0] : c.length;
                // and the indent the next line starts with, which a page's text keeps ("opposed to it. ... the National
                // Residential" over "       Landlords Association"): run on as a table's gap, it cut the name the sentence wraps
                while (to < c.length && (c[to] == ' ' || c[to] == '\t') && to < (next < lines.size() ? lines.get(next)[1] : c.length)) {
                    to++;
                }
                // the spaces a line ends with and the breaks after it are one space of a sentence, never a gap between columns
                int from = l[1];
                while (from > l[0] && c[from - 1] == ' ') {
                    from--;
                }
                for (int k = from; k < to; k++) {
                    if (c[k] == '\n' || c[k] == '\r' || c[k] == ' ') {
                        c[k] = WRAP;
                    }
                }
                // the blank lines a wrapped sentence crosses (double-spaced text) are not breaks of their own
                li = next - 1;
            } else {
                c[l[1]] = '|';
            }
        }
    }

    /** Tabs, form feeds and runs of three spaces or more part cells of a laid-out page. */
    private static void breakCells(char[] c) {
        for (int i = 0; i < c.length; i++) {
            if (c[i] == '\t' || c[i] == '\r' || c[i] == '\f') {
                c[i] = c[i] == '\r' ? ' ' : '|';
            }
        }
        for (int i = 0; i + 2 < c.length; i++) {
            if (c[i] == ' ' && c[i + 1] == ' ' && c[i + 2] == ' ') {
                c[i] = '|';
            }
        }
    }

    /** Marks the whitespace of a wrapped line's end until the columns are read. */
    private static final char WRAP = '\u0001';

    /**
     * The cells of structure charts set as tables (segment's {@link Layout.Table}s), in which a row of
     * post titles (or of names with their posts) heads columns of the units under each post. Returns
     * the cells below the first such row that hold no post; {@code isPost} says whether a span holds a
     * post title.
     */
    static List<Span> chartCells(List<Layout.Table> tables, java.util.function.Predicate<Span> isPost) {
        List<Span> out = new ArrayList<>();
        for (Layout.Table t : tables) {
            chart(t.rows(), isPost, out);
        }
        return out;
    }

    private static void chart(List<List<Span>> block, java.util.function.Predicate<Span> isPost, List<Span> out) {
        if (block.size() < 3) {
            return;
        }
        int header = -1;
        for (int r = 0; r < block.size() - 1 && header < 0; r++) {
            List<Span> row = block.get(r);
            long posts = row.stream().filter(isPost).count();
            // a row of three posts or more: a glossary's "DCS | Director of Children's Services" has one a row
            if (row.size() >= 3 && posts >= 3 && posts * 2 >= row.size()) {
                header = r;
            }
        }
        if (header < 0) {
            return;
        }
        for (int r = header + 1; r < block.size(); r++) {
            for (Span c : block.get(r)) {
                if (!isPost.test(c)) {
                    out.add(c);
                }
            }
        }
    }

    private static int trimmedLength(char[] c, int[] l) {
        int a = l[0];
        int b = l[1];
        while (a < b && Character.isWhitespace(c[a])) {
            a++;
        }
        while (b > a && Character.isWhitespace(c[b - 1])) {
            b--;
        }
        return b - a;
    }

    /** The line ends with a word that joins it to the next: "and", "of", "the", "around". */
    private static boolean endsJoining(char[] c, int[] l) {
        int b = l[1];
        while (b > l[0] && Character.isWhitespace(c[b - 1])) {
            b--;
        }
        int a = b;
        while (a > l[0] && !Character.isWhitespace(c[a - 1])) {
            a--;
        }
        String w = new String(c, a, b - a).toLowerCase(java.util.Locale.ROOT);
        return a > l[0] && (JOINING.contains(w) || w.equals("&"));
    }

    private static char lastNonSpace(char[] c, int[] l) {
        for (int i = l[1] - 1; i >= l[0]; i--) {
            if (!Character.isWhitespace(c[i])) {
                return c[i];
            }
        }
        return '|';
    }

    /** A line that starts a list item or a numbered paragraph starts afresh. */
    private static boolean startsItem(char[] c, int[] l) {
        int a = l[0];
        while (a < l[1] && Character.isWhitespace(c[a])) {
            a++;
        }
        if (a >= l[1]) {
            return false;
        }
        char ch = c[a];
        if ("•●▪◦-–*·".indexOf(ch) >= 0) {
            return true;
        }
        int b = a;
        while (b < l[1] && Character.isDigit(c[b])) {
            b++;
        }
        return b > a && b < l[1] && (c[b] == '.' || c[b] == ')');
    }

    private static void titleCaseIfCaps(char[] c, int[] l) {
        int letters = 0;
        int lower = 0;
        for (int i = l[0]; i < l[1]; i++) {
            if (Character.isLetter(c[i])) {
                letters++;
                if (Character.isLowerCase(c[i])) {
                    lower++;
                }
            }
        }
        String line = new String(Arrays.copyOfRange(c, l[0], l[1]));
        if (letters < 6 || lower > 0 || line.strip().split("\\s+").length < 2) {
            return;
        }
        int i = l[0];
        while (i < l[1]) {
            if (!Character.isLetter(c[i])) {
                i++;
                continue;
            }
            int j = i;
            while (j < l[1] && (Character.isLetterOrDigit(c[j]) || c[j] == '\'' || c[j] == '’')) {
                j++;
            }
            String w = new String(c, i, j - i).toLowerCase();
            boolean small = SMALL.contains(w) && i > l[0];
            for (int k = i; k < j; k++) {
                c[k] = k == i && !small ? Character.toUpperCase(c[k]) : Character.toLowerCase(c[k]);
            }
            i = j;
        }
    }
}
