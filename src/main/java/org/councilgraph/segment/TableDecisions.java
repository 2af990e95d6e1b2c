package org.councilgraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.councilgraph.segment.Layout.ResolutionText;
import org.councilgraph.text.Span;

/**
 * The rows of a table of decisions that a minute introduces with "The following observations were
 * agreed:" (a parish council's comments on planning applications or candidate sites: reference,
 * place, comment). Each row, its cells read across and its wrapped lines joined, is one decision; the
 * table's header, the sentences printed between its parts and the rows of a schedule of payments (which
 * the sentence approves as one) are not.
 */
final class TableDecisions {
    /** Two cells of one line: a gap of two spaces or more, or a tab, between printed words. */
    private static final Pattern COLUMN_GAP = Pattern.compile("\\S(?: {2,}|\\t)\\S");
    /** A cell's text wrapped onto the next line, printed indented under its column. */
    private static final Pattern WRAPPED = Pattern.compile("^[ \\t]{3,}\\S.*");
    /** A header row: a few words in capitals, no figures, no sentence. */
    private static final Pattern HEADER = Pattern.compile("^[\\p{Lu}][\\p{L}'’]*(?:\\s+[\\p{L}'’/&]+){0,7}$");
    /** A row ending in a sum: a schedule of payments, which its sentence approves as one. */
    private static final Pattern PAYMENT = Pattern.compile(".*\\d[.,]\\d\\d\\)?$");
    private static final int LONGEST_ROW = 600;

    private TableDecisions() {
    }

    /** The rows of the table(s) between {@code from} and {@code to}, each a decision. */
    static List<ResolutionText> rows(String text, int from, int to) {
        List<ResolutionText> out = new ArrayList<>();
        int rowStart = -1;
        int rowEnd = -1;
        int pos = from;
        while (pos < to) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 || nl > to ? to : nl;
            String line = text.substring(pos, end);
            if (rowStart >= 0 && WRAPPED.matcher(line).matches()) {
                rowEnd = end;
            } else {
                add(text, rowStart, rowEnd, out);
                boolean row = !line.isBlank() && !Character.isWhitespace(line.charAt(0)) && COLUMN_GAP.matcher(line).find();
                rowStart = row ? pos : -1;
                rowEnd = row ? end : -1;
            }
            pos = end + 1;
        }
        add(text, rowStart, rowEnd, out);
        return out;
    }

    private static void add(String text, int start, int end, List<ResolutionText> out) {
        if (start < 0) {
            return;
        }
        String row = text.substring(start, end).replaceAll("\\s+", " ").strip();
        if (row.length() > LONGEST_ROW || HEADER.matcher(row).matches() || PAYMENT.matcher(row).matches()) {
            return;
        }
        out.add(new ResolutionText(row, new Span(start, end)));
    }
}
