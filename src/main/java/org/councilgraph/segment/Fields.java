package org.councilgraph.segment;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.text.Span;

/**
 * Labelled fields as report covers and front sheets print them: "Report of: ...", "DATE: 5 JUNE
 * 2026", "Subject: ...", a label sometimes broken over two lines ("REPORT\nTITLE:") and a value
 * that may run on over following lines until the next label or a blank line.
 */
final class Fields {
    /** A field's value and where it was read. */
    record Field(String label, String value, Span span) {
    }

    /** Canonical label to the printed forms that mean it. */
    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        String[][] table = {
            {"report of", "report of|report by|report from|report author|report authors?|author|authors|from|submitted by|lead officer|responsible officer|officer presenting the report|report presented by|director|executive director lead|lead director|strategic director|cabinet member|portfolio holder|relevant portfolio holder|lead member"},
            {"to", "to|report to|meeting|committee|decision maker|decision-maker|name of committee"},
            {"date", "date|meeting date|date of meeting|date of decision"},
            {"time", "time"},
            {"venue", "venue|place|location|where"},
            {"title", "subject|title|report title|report subject|item|agenda item title"},
            {"contact", "contact officer|contact officers|contact|contact details|officer contact|officers to contact|officer to contact|report contact|further information"},
            {"ward", "wards? affected|wards?|electoral divisions?"},
        };
        for (String[] row : table) {
            for (String form : row[1].split("\\|")) {
                LABELS.put(form, row[0]);
            }
        }
    }

    private static final Pattern LABEL_LINE = Pattern.compile(
            "(?im)^[ \\t]*(?<label>[A-Za-z][A-Za-z()’' \\-/]{1,40}?)(?:\\s*\\(s\\))?[ \\t]*:[ \\t]*(?<value>[^\\n]*)$");

    private Fields() {
    }

    /** The canonical label for a printed label, or null when it is not a cover field. */
    static String canonical(String printed) {
        String k = printed.toLowerCase(Locale.ROOT).replace("(s)", "").replaceAll("\\s+", " ").strip();
        return LABELS.get(k);
    }

    /**
     * Fields in {@code text} between {@code from} and {@code to}, keyed by canonical label (first
     * occurrence wins).
     */
    static Map<String, Field> read(String text, int from, int to) {
        Map<String, Field> out = new LinkedHashMap<>();
        String region = text.substring(from, to);
        // join labels broken over two lines: "REPORT\nTITLE:" -> "REPORT TITLE:" (same length)
        String joined = Pattern.compile("(?m)^([A-Z][A-Z ]{1,20})\\n(?=[A-Z][A-Z ]{1,20}:)").matcher(region)
                .replaceAll(m -> m.group(1) + " ");
        Matcher m = LABEL_LINE.matcher(joined);
        int lastEnd = -1;
        String lastKey = null;
        while (m.find()) {
            String key = canonical(m.group("label"));
            if (key == null) {
                continue;
            }
            int valueStart = m.start("value");
            int valueEnd = m.end("value");
            String value = m.group("value").strip();
            // the value runs on until a blank line or the next labelled line
            int pos = m.end();
            int lines = 0;
            while (pos < joined.length() && lines < 6) {
                int nl = joined.indexOf('\n', pos + 1);
                if (nl < 0) {
                    nl = joined.length();
                }
                String next = joined.substring(pos + 1 > joined.length() ? joined.length() : pos + 1, nl).strip();
                if (next.isEmpty() && !value.isEmpty()) {
                    break;
                }
                if (next.isEmpty()) {
                    pos = nl;
                    lines++;
                    continue;
                }
                Matcher label = LABEL_LINE.matcher(next);
                if (label.matches() && canonical(label.group("label")) != null || next.matches("(?i)^[A-Z][\\w ]{0,40}:.*")) {
                    break;
                }
                value = value.isEmpty() ? next : value + " " + next;
                valueEnd = nl;
                pos = nl;
                lines++;
            }
            value = value.replaceAll("\\s+", " ").strip();
            if (!value.isEmpty() && !out.containsKey(key)) {
                out.put(key, new Field(key, value, new Span(from + valueStart, from + valueEnd)));
            }
            lastEnd = valueEnd;
            lastKey = key;
        }
        return out;
    }
}
