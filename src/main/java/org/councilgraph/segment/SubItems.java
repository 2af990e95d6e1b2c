package org.councilgraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.text.Casing;

/**
 * What the run of numbered items leaves out: an item whose number stands alone on its line with the
 * title a blank line below ("3" / "Apologies for Absence", where a bare number is otherwise a page's), and
 * the lettered sub-items under an item ("1. Introductions" / "a. Welcome" / "b. Apologies"), numbered
 * "1a", "1b" as the gold and the papers' own cross-references do.
 */
final class SubItems {
    private static final Pattern BARE_NUMBER = Pattern.compile("^(\\d{1,3})$");
    /** "a. Title", "(b) Title", "c) Title", and under an item that has an "a" already, "b Title". */
    private static final Pattern LETTERED = Pattern.compile("^(?:\\((?<a>[a-z])\\)|(?<b>[a-z])[.)]|(?<c>[a-z])(?=\\s+\\p{Lu}))\\s+(?<t>\\S.*)$");
    private static final Pattern THAT_OR_TO = Pattern.compile("^(?:That|To|that|to)\\s.*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int LONGEST_TITLE = 100;
    /** What follows a sub-item's title in its line: a note after a semicolon, a sentence after a full stop. */
    private static final Pattern FIRST_CLAUSE = Pattern.compile("(?:;|(?<!\\b\\p{L})\\.\\s)\\s*.*$");

    private SubItems() {
    }

    /** A line found to head an item (its number's line, its title's), its number as printed; {@code sub} 1 for "a". */
    record Found(int line, int titleLine, int number, int sub, String printed, String prefix, String title) {
    }

    /**
     * The bare numbers that fill a gap in the run: number n+1 alone on a line between items n and n+2
     * (or after the last item), with a title-like line at most three lines under it.
     */
    static List<Found> gaps(Lines lines, List<Found> run, int to) {
        List<Found> out = new ArrayList<>();
        for (int k = 0; k < run.size(); k++) {
            Found h = run.get(k);
            boolean last = k + 1 == run.size();
            if (!h.prefix().isEmpty() || h.sub() > 0 || !last && run.get(k + 1).number() != h.number() + 2) {
                continue;
            }
            int end = last ? lines.indexAt(Math.max(0, to - 1)) + 1 : run.get(k + 1).line();
            for (int i = h.line() + 1; i < Math.min(end, lines.size()); i++) {
                Matcher m = BARE_NUMBER.matcher(lines.get(i).text().strip());
                if (!m.matches() || Integer.parseInt(m.group(1)) != h.number() + 1) {
                    continue;
                }
                int t = lines.nextNonBlank(i + 1);
                if (t > i && t <= i + 3 && t < end && titleLike(lines.get(t).text())
                        && !ItemNumbers.NUMBERED.matcher(lines.get(t).text()).matches()) {
                    out.add(new Found(i, t, h.number() + 1, 0, m.group(1), "", lines.get(t).text().strip()));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The lettered sub-items under each item of the run: read only where the line under an item's title
     * is its "a", and then each next letter in turn, up to the next item.
     */
    static List<Found> lettered(Lines lines, List<Found> run, List<Integer> titleEnds, int to) {
        List<Found> out = new ArrayList<>();
        for (int k = 0; k < run.size(); k++) {
            Found h = run.get(k);
            if (h.sub() > 0) {
                continue;
            }
            int end = k + 1 < run.size() ? run.get(k + 1).line() : Math.min(lines.size(), lines.indexAt(Math.max(0, to - 1)) + 1);
            int first = lines.nextNonBlank(titleEnds.get(k) + 1);
            if (first < 0 || first >= end || letter(lines.get(first).text()) != 'a') {
                continue;
            }
            char want = 'a';
            for (int i = first; i < end; i++) {
                String text = lines.get(i).text().strip();
                if (letter(text) != want) {
                    continue;
                }
                Matcher m = LETTERED.matcher(text);
                m.matches();
                // "(b) Minute of the meeting of 24 August; (Note: the minute includes exempt information ...)",
                // "(d) CAR PARK. It was reported that ...": the title, then a note or the minute's text
                String title = FIRST_CLAUSE.matcher(m.group("t")).replaceFirst("");
                if (!titleLike(title) || THAT_OR_TO.matcher(title).matches()) {
                    break;
                }
                out.add(new Found(i, i, h.number(), want - 'a' + 1, h.printed() + want, h.prefix(), title));
                want++;
            }
        }
        return out;
    }

    /** Whether a line opens with a sub-item's letter: "a. ...", "(b) ...". */
    static boolean isLettered(String line) {
        Matcher m = LETTERED.matcher(line.strip());
        return m.matches() && m.group("c") == null;
    }

    private static char letter(String line) {
        Matcher m = LETTERED.matcher(line.strip());
        if (!m.matches()) {
            return 0;
        }
        return (m.group("a") != null ? m.group("a") : m.group("b") != null ? m.group("b") : m.group("c")).charAt(0);
    }

    /** A short line that starts with a capital and does not read as a sentence. */
    static boolean titleLike(String t) {
        String s = t.strip();
        return !s.isEmpty() && s.length() <= LONGEST_TITLE && (Character.isUpperCase(s.codePointAt(0)) || Casing.isUpper(s))
                && SPACES.split(s).length <= 14 && !(s.endsWith(".") && SPACES.split(s).length > 6);
    }
}
