package org.councilgraph.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.councilgraph.text.Lexicon;

/**
 * The kinds of paper councils publish, as the survey tells them apart: by the words a paper heads
 * itself with ({@code lexicon/paper-kinds.tsv}), and for web pages by what the page holds.
 */
public enum PaperKind {
    MINUTES("minutes"), AGENDA("agenda"), REPORT("report"), DECISION_NOTICE("decision notice"),
    MEETING_PAGE("meeting page"), COMMITTEE_PAGE("committee page"), OTHER("other");

    /** How many lines from the top a paper's own title is looked for in. */
    static final int TITLE_LINES = 60;

    private record Cue(Pattern pattern, PaperKind kind) {
    }

    private static final List<Cue> CUES = new ArrayList<>();

    static {
        for (List<String> row : Lexicon.of("paper-kinds.tsv").rows()) {
            CUES.add(new Cue(Pattern.compile(row.get(0), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    byLabel(Lexicon.cell(row, 1))));
        }
    }

    private final String label;

    PaperKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static PaperKind byLabel(String label) {
        for (PaperKind k : values()) {
            if (k.label.equals(label.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("paper-kinds.tsv: no kind '" + label + "'");
    }

    /** A title is short: a line of more words is a sentence of the paper's body. */
    static final int TITLE_WORDS = 14;
    /** A numbered line is an item of business ("2. Minutes of the last meeting"), not the paper's title. */
    private static final Pattern NUMBERED = Pattern.compile("^\\(?(?:\\d{1,3}|[a-z]|[ivx]{1,4})(?:[.)]|\\s)");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** The kind the first of {@code text}'s title lines that carries a cue names, or null. */
    static PaperKind titled(String text) {
        int n = 0;
        for (String line : text.split("\n", TITLE_LINES + 1)) {
            if (n++ >= TITLE_LINES) {
                break;
            }
            String l = line.strip();
            if (l.isEmpty() || NUMBERED.matcher(l).find() || SPACE.split(l).length > TITLE_WORDS) {
                continue;
            }
            for (Cue c : CUES) {
                if (c.pattern.matcher(l).find()) {
                    return c.kind;
                }
            }
        }
        return null;
    }

    /**
     * What a paper is: a web page by what it holds (a meeting's business, or a committee's members);
     * any other paper by its title, else by what it holds (attendance means minutes, items an agenda,
     * a report a report).
     */
    static PaperKind of(String format, String text, Survey.Found f) {
        boolean page = format.contains("html");
        if (page && f.meetingsWithBusiness() > 0) {
            return MEETING_PAGE;
        }
        if (page && f.meetings() > 1) {
            return COMMITTEE_PAGE; // a list of a committee's meetings: its links say "Minutes" and "Agenda" for each
        }
        PaperKind titled = titled(text);
        if (titled != null) {
            return titled;
        }
        if (page && f.committees() > 0) {
            return f.meetings() > 0 ? MEETING_PAGE : COMMITTEE_PAGE;
        }
        if (f.attendance() > 0) {
            return MINUTES;
        }
        if (f.items() > 0) {
            return AGENDA;
        }
        return f.reports() > 0 ? REPORT : OTHER;
    }
}
