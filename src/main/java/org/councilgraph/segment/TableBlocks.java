package org.councilgraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.segment.Layout.Table;
import org.councilgraph.text.Span;

/**
 * Tables set as text: blocks of consecutive lines cut into cells by tabs, runs of three spaces or
 * more, or pipes. A block starts at a line of two cells or more and goes on through lines of two
 * cells or more, or of one cell set apart by such a break; its rows are the cells of each line,
 * mark-up trimmed off their ends.
 */
public final class TableBlocks {
    private static final Pattern CELL_BREAK = Pattern.compile("\t| {3,}|\\|");
    private static final Pattern MARKUP = Pattern.compile("<[^>\\n]{1,40}>|\\*\\*|__");

    private TableBlocks() {
    }

    /** The tables of {@code text} of two rows or more, in order; read up to where the thread is interrupted, if it is. */
    public static List<Table> read(String text) {
        List<Table> out = new ArrayList<>();
        List<List<Span>> block = new ArrayList<>();
        int s = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (Thread.currentThread().isInterrupted()) {
                    break; // a paper past its time: the build drops it
                }
                List<Span> cells = cells(text, s, i);
                if (cells.size() >= 2 || !block.isEmpty() && cells.size() >= 1 && CELL_BREAK.matcher(text.substring(s, i)).find()) {
                    block.add(cells);
                } else {
                    close(block, out);
                }
                s = i + 1;
            }
        }
        close(block, out);
        return out;
    }

    private static void close(List<List<Span>> block, List<Table> out) {
        if (block.size() >= 2) {
            out.add(new Table(List.copyOf(block)));
        }
        block.clear();
    }

    /** The non-empty cells of one line, mark-up trimmed off their ends. */
    private static List<Span> cells(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        String line = MARKUP.matcher(text.substring(from, to)).replaceAll(m -> " ".repeat(m.group().length()));
        Matcher m = CELL_BREAK.matcher(line);
        int start = 0;
        while (true) {
            boolean found = m.find();
            int end = found ? m.start() : line.length();
            int a = start;
            int b = end;
            while (a < b && Character.isWhitespace(line.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(line.charAt(b - 1))) {
                b--;
            }
            if (b > a) {
                out.add(new Span(from + a, from + b));
            }
            if (!found) {
                break;
            }
            start = m.end();
        }
        return List.copyOf(out);
    }
}
