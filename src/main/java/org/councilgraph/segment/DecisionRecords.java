package org.councilgraph.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.segment.Layout.DecisionRecord;
import org.councilgraph.segment.Layout.MeetingSection;
import org.councilgraph.segment.Layout.ResolutionText;
import org.councilgraph.text.Dates;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.Span;

/**
 * Reads a record of a decision taken outside a meeting's minutes: a Cabinet Member's or an officer's
 * delegated decision, the Cabinet's decision notice. The law asks for a written record of each such
 * decision, and councils print it as a form: the record's title at the top, a label over the decision
 * ("Decision", "Decision Made", "DECISION DETAILS"), then the reasons, the options rejected, the
 * interests declared. The decision's points are resolutions with no agenda item. A label is either a
 * line of its own over the words, or the left-hand cell of a form whose words stand in a column to its
 * right; the form's cells are blanked (offsets kept) so that the points read as they would under a
 * heading. Words in {@code decision-records.tsv}.
 */
final class DecisionRecords {
    private static final Lexicon WORDS = Lexicon.of("decision-records.tsv");
    private static final Pattern TITLE = Pattern.compile("(?i)\\b(?:" + WORDS.alternationWhere(1, "title") + ")\\b");
    private static final Pattern PROPOSAL = Pattern.compile("(?i)\\b(?:" + WORDS.alternationWhere(1, "proposal") + ")\\b");
    /** A whole label, with a form's footnote mark ("DETAILS iii :") and its colon. */
    private static final Pattern LABEL = Pattern.compile("(?i)(?:" + WORDS.alternationWhere(1, "label") + ")(?:\\s+[ivx]{1,4})?\\s*[:.]?");
    private static final Pattern STOP = Pattern.compile("(?i)(?:" + WORDS.alternationWhere(1, "stop") + ")");
    /** "Decision: That the ...": the label and the decision's first words on one line. */
    private static final Pattern INLINE = Pattern.compile("(?i)^(?<label>(?:" + WORDS.alternationWhere(1, "label") + "))\\s*[:–-]\\s*(?<rest>\\S.*)$");
    /** How far down the paper its title is looked for, in lines that are not blank. */
    private static final int TITLE_LINES = 12;
    /** The most words a label of the form runs to. */
    private static final int LABEL_WORDS = 8;

    private DecisionRecords() {
    }

    /** The decisions the paper records, when it is a record of decisions whose points are under no item. */
    static List<DecisionRecord> read(Lines lines, List<MeetingSection> meetings) {
        if (meetings.stream().anyMatch(m -> m.items().stream().anyMatch(i -> !i.resolutions().isEmpty()))) {
            return List.of(); // its decisions are read under its items already
        }
        int title = title(lines);
        if (title < 0) {
            return List.of();
        }
        String text = lines.text();
        List<DecisionRecord> out = new ArrayList<>();
        for (int i = title + 1; i < lines.size(); i++) {
            Optional<Block> b = block(lines, i);
            if (b.isEmpty()) {
                continue;
            }
            List<ResolutionText> points = new ArrayList<>(Resolutions.under(b.get().view(), b.get().start(), b.get().end()));
            // "Decision Made: / 22 October 2025": the form's date field, under the same label
            points.removeIf(DecisionRecords::dateAlone);
            if (!points.isEmpty()) {
                out.add(new DecisionRecord(new Span(lines.get(i).span(text).start(), b.get().end()), points));
            }
            i = lines.indexAt(Math.max(b.get().start(), b.get().end() - 1));
        }
        return out;
    }

    /** The line holding the record's title among the paper's first lines, or -1. */
    private static int title(Lines lines) {
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < TITLE_LINES; i++) {
            String t = lines.get(i).text();
            if (t.isEmpty()) {
                continue;
            }
            seen++;
            if (TITLE.matcher(t).find()) {
                return PROPOSAL.matcher(t).find() ? -1 : i;
            }
        }
        return -1;
    }

    /**
     * The decision's words under a label on line {@code i}: their start and end, and the paper's text
     * with the form's left-hand cells blanked.
     */
    private record Block(String view, int start, int end) {
    }

    private static Optional<Block> block(Lines lines, int i) {
        String text = lines.text();
        Lines.Line line = lines.get(i);
        String raw = text.substring(line.start(), line.end());
        Matcher inline = INLINE.matcher(line.text());
        String[] cells = Lines.CELL_GAP.split(line.text(), 2);
        if (i > 0 && labelAbove(lines.get(i - 1).text())) {
            return Optional.empty(); // "TYPE OF" / "DECISION:": the last line of another label
        }
        if (LABEL.matcher(line.text()).matches()) {
            // the label on a line of its own: the words below it, to the next label
            int start = line.end();
            return Optional.of(new Block(text, start, headingEnd(lines, i + 1)));
        }
        if (cells.length == 2 && raw.startsWith(cells[0])) {
            String label = cells[0];
            int column = raw.indexOf(cells[1], cells[0].length());
            // "DECISION" / "DETAILS iii :": a label set on two lines of the form's left-hand cell
            String below = i + 1 < lines.size() ? cell(text, lines.get(i + 1), column) : "";
            boolean twoLines = !below.isEmpty() && !label.endsWith(":") && LABEL.matcher(label + " " + below).matches();
            if (!twoLines && !LABEL.matcher(label).matches()) {
                return Optional.empty();
            }
            return Optional.of(column(lines, i, column, twoLines));
        }
        if (inline.matches() && Character.isUpperCase(line.text().charAt(0))) {
            int start = line.start() + raw.indexOf(inline.group("rest"));
            return Optional.of(new Block(text, start, headingEnd(lines, i + 1)));
        }
        return Optional.empty();
    }

    /** "TYPE OF", "IN (KEY": a line whose first cell is a label's first words, which the next line goes on with. */
    private static boolean labelAbove(String previous) {
        String first = Lines.CELL_GAP.split(previous, 2)[0];
        return !first.isEmpty() && first.split("\\s+").length <= 3 && !first.matches(".*[:.;,]$");
    }

    /** The text of a line's left-hand cell, the part before {@code column}. */
    private static String cell(String text, Lines.Line l, int column) {
        int to = Math.min(l.end(), l.start() + column);
        return text.substring(l.start(), to).strip();
    }

    /** Where the words under a label on its own line end: at the next label, a stop, or the paper's end. */
    private static int headingEnd(Lines lines, int from) {
        for (int j = from; j < lines.size(); j++) {
            String t = lines.get(j).text();
            if (!t.isEmpty() && (LABEL.matcher(t).matches() || stop(t))) {
                return lines.get(j).start();
            }
        }
        return lines.text().length();
    }

    /** "Reasons for the Decision", "Alternative options considered:": a label of the record's next part, not a line of words. */
    private static boolean stop(String line) {
        return Character.isUpperCase(line.charAt(0)) && line.split("\\s+").length <= LABEL_WORDS
                && STOP.matcher(line.replaceFirst("\\s*:$", "")).matches();
    }

    /**
     * The words in a form's right-hand column from line {@code i}: to the first line whose left-hand
     * cell holds a new label. The label's own second line ({@code labelGoesOn}) is blanked with it.
     */
    private static Block column(Lines lines, int i, int column, boolean labelGoesOn) {
        String text = lines.text();
        char[] view = text.toCharArray();
        int end = text.length();
        for (int j = i; j < lines.size(); j++) {
            Lines.Line l = lines.get(j);
            String left = cell(text, l, column);
            if (j > i && !left.isEmpty() && !(labelGoesOn && j == i + 1)) {
                end = l.start();
                break;
            }
            Arrays.fill(view, l.start(), Math.min(l.end(), l.start() + column), ' ');
        }
        return new Block(new String(view), lines.get(i).start() + column, end);
    }

    /** A point that is only a date: the form's date field. */
    private static boolean dateAlone(ResolutionText r) {
        return Dates.first(r.text()).filter(d -> r.text().length() - (d.span().end() - d.span().start()) < 6).isPresent();
    }
}
