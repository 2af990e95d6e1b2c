package org.councilgraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.councilgraph.segment.Layout.Attendee;
import org.councilgraph.segment.Layout.Status;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.Span;

/**
 * Attendance printed as a table, a row a person and a column saying how each attended: a meeting's
 * attendance page ("Attendee | Role | Attendance", "Councillor Ann Westby | Chair | Present") or a
 * register of attendance. The columns are found by their headings ({@code attendance-table-columns.tsv});
 * a row's status cell is read as a list's heading is ("Apologies", "Present as substitute"), and a row
 * whose cell says nothing of attendance ("Expected") is left out.
 */
final class AttendanceTables {
    private static final Lexicon COLUMNS = Lexicon.of("attendance-table-columns.tsv");
    private static final Pattern NAME = Pattern.compile("(?i)" + COLUMNS.alternationWhere(1, "name"));
    private static final Pattern ROLE = Pattern.compile("(?i)" + COLUMNS.alternationWhere(1, "role"));
    private static final Pattern STATUS = Pattern.compile("(?i)" + COLUMNS.alternationWhere(1, "status"));

    private AttendanceTables() {
    }

    /** The rows of the attendance tables between {@code from} and {@code to}. */
    static List<Attendee> read(Lines lines, int from, int to) {
        List<Attendee> out = new ArrayList<>();
        String text = lines.text();
        for (int i = lines.indexAt(from); i < lines.size() && lines.get(i).start() < to; i++) {
            String[] head = Lines.CELL_GAP.split(lines.get(i).text());
            int name = column(head, NAME);
            int status = column(head, STATUS);
            if (head.length < 2 || name < 0 || status < 0 || name == status) {
                continue;
            }
            int role = column(head, ROLE);
            int[] starts = columnStarts(lines.get(i).text(), head);
            String group = lines.get(i).text().replaceAll("\\s+", " ");
            int j = i + 1;
            for (; j < lines.size() && lines.get(j).start() < to && !lines.get(j).blank(); j++) {
                Lines.Line row = lines.get(j);
                String[] cells = Lines.CELL_GAP.split(row.text());
                if (cells.length != head.length) {
                    // "Mr A Westby   Committee Member  Present": a narrow gap in a row; the header's columns cut it
                    String[] cut = byColumns(starts, row.text());
                    cells = cut.length > 0 ? cut : cells;
                }
                if (cells.length <= Math.max(name, status)) {
                    break;
                }
                Status s = AttendanceLists.statusOf(cells[status]);
                Optional<PersonName> person = PersonName.parse(cells[name].strip());
                if (s == null || s == Status.MEMBER || person.isEmpty()) {
                    continue;
                }
                int at = text.indexOf(cells[name].strip(), row.start());
                Span span = new Span(at, at + cells[name].strip().length());
                Optional<String> r = role >= 0 && role < cells.length && !cells[role].isBlank() ? Optional.of(cells[role].strip()) : Optional.empty();
                out.add(new Attendee(person.get().surface(), s, r, span, Optional.of(group)));
            }
            i = j - 1;
        }
        return out;
    }

    /**
     * A row cut where the header's cells start, each cut at a space, the cells past its end empty; none when
     * a cut would split a word.
     */
    private static String[] byColumns(int[] starts, String row) {
        String[] cells = new String[starts.length];
        for (int k = 0; k < starts.length; k++) {
            int a = starts[k];
            int b = k + 1 < starts.length ? starts[k + 1] : row.length();
            if (a >= row.length()) {
                cells[k] = "";
                continue;
            }
            if (a < 0 || a > 0 && row.charAt(a - 1) != ' ' || b < row.length() && row.charAt(b - 1) != ' ') {
                return new String[0];
            }
            cells[k] = row.substring(a, Math.min(b, row.length())).strip();
        }
        return cells;
    }

    /** Where each of the header's cells starts on its line. */
    private static int[] columnStarts(String header, String[] head) {
        int[] starts = new int[head.length];
        int from = 0;
        for (int k = 0; k < head.length; k++) {
            starts[k] = header.indexOf(head[k].strip(), from);
            from = starts[k] + head[k].strip().length();
        }
        return starts;
    }

    /** Whether {@code line} heads an attendance table: a column of names and one of how each attended. */
    static boolean header(String line) {
        String[] head = Lines.CELL_GAP.split(line.strip());
        int name = column(head, NAME);
        int status = column(head, STATUS);
        return head.length >= 2 && name >= 0 && status >= 0 && name != status;
    }

    /** The first column whose heading is one {@code heading} matches whole, or -1. */
    private static int column(String[] cells, Pattern heading) {
        for (int k = 0; k < cells.length; k++) {
            if (heading.matcher(cells[k].strip()).matches()) {
                return k;
            }
        }
        return -1;
    }
}
