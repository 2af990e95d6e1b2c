package org.councilgraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.councilgraph.text.Span;

/** The lines of a paper's text with their offsets, the unit most layout rules work in. */
final class Lines {
    /** The gap between a table's cells: a web page's tabs, or the run of three spaces or more a PDF's text sets columns apart by. */
    static final Pattern CELL_GAP = Pattern.compile("\\t+| {3,}");

    /** One line: {@code text} is stripped; {@code start}/{@code end} bound the unstripped line. */
    record Line(int index, int start, int end, String text) {
        boolean blank() {
            return text.isEmpty();
        }

        /** The span of the stripped text. */
        Span span(String paper) {
            int s = start;
            while (s < end && Character.isWhitespace(paper.charAt(s))) {
                s++;
            }
            return new Span(s, s + text.length());
        }
    }

    private final String text;
    private final boolean webPage;
    private final List<Line> lines = new ArrayList<>();

    Lines(String text) {
        this(text, false);
    }

    /** {@code webPage}: the text is a web page's, each table cell's paragraphs lines of their own. */
    Lines(String text, boolean webPage) {
        this.text = text;
        this.webPage = webPage;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > start || i < text.length()) {
                    lines.add(new Line(lines.size(), start, i, text.substring(start, i).strip()));
                }
                start = i + 1;
            }
        }
    }

    String text() {
        return text;
    }

    /** Whether the text is a web page's: a cell holding only a number is a line of its own, unmarked. */
    boolean webPage() {
        return webPage;
    }

    List<Line> all() {
        return lines;
    }

    int size() {
        return lines.size();
    }

    Line get(int i) {
        return lines.get(i);
    }

    /** The line holding character {@code offset}. */
    int indexAt(int offset) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lines.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The next non-blank line at or after {@code i}, or -1. */
    int nextNonBlank(int i) {
        for (int j = i; j < lines.size(); j++) {
            if (!lines.get(j).blank()) {
                return j;
            }
        }
        return -1;
    }

    /** The previous non-blank line at or before {@code i}, or -1. */
    int prevNonBlank(int i) {
        for (int j = Math.min(i, lines.size() - 1); j >= 0; j--) {
            if (!lines.get(j).blank()) {
                return j;
            }
        }
        return -1;
    }
}
