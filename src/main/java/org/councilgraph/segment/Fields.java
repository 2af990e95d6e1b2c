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
            {"report of", "report of|report by|report from|report author|report authors|author|authors|from|by|submitted by|presented by|presenter|lead officer|responsible officer|officer presenting the report|report presented by|director|executive director lead|lead director|lead director/officer|lead officer/director|strategic director|cabinet member|portfolio holder|lead member"},
            {"to", "to|report to|meeting|committee|decision maker|decision-maker|decision taker|decision to be taken by|decision taken by|name of committee"},
            {"date", "date|meeting date|date of meeting|date of decision|date and time|date & time|time and date|date/time|day and date"},
            {"time", "time|start time|time of meeting"},
            {"venue", "venue|place|location|where|meeting venue|meeting place|venue/location"},
            {"title", "subject|title|report title|report subject|item|agenda item title|title of decision|decision title|title of report"},
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
            "(?im)^[ \\t]*(?<label>[A-Za-z][A-Za-z()’'& \\-/]{1,40}?)(?:\\s*\\(s\\))?[ \\t]*:[ \\t]*(?<value>[^\\n]*)$");

    /** A line that opens with a person's name and a post: another author in a "From:" list. */
    static final Pattern ANOTHER_AUTHOR = Pattern.compile(
            "^(?:(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\\.?\\s+)?[A-Z][a-z]+(?:[ -][A-Z][a-z'’\\-]+){1,2}\\s*(?:,|\\s[–-])\\s+[A-Z].*");
    /** A second label inside a value, set off by a run of spaces. */
    private static final Pattern INLINE_LABEL = Pattern.compile("\\s{2,}([A-Z][A-Za-z ]{1,25}):\\s");

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
            // an author list runs long ("From:" with four names and posts); other values are a few lines
            int maxLines = key.equals("report of") ? 16 : 6;
            while (pos < joined.length() && lines < maxLines) {
                int nl = joined.indexOf('\n', pos + 1);
                if (nl < 0) {
                    nl = joined.length();
                }
                String next = joined.substring(pos + 1 > joined.length() ? joined.length() : pos + 1, nl).strip();
                if (next.isEmpty() && !value.isEmpty()) {
                    // "From: Sue Fairbairn, Cabinet Member ... / (blank) / Dan Prosser, Cabinet Member ...":
                    // authors set apart by blank lines are still the one field
                    int k = nl;
                    while (k < joined.length() && Character.isWhitespace(joined.charAt(k))) {
                        k++;
                    }
                    int kn = joined.indexOf('\n', k);
                    String after = joined.substring(k, kn < 0 ? joined.length() : kn).strip();
                    Matcher label = LABEL_LINE.matcher(after);
                    if (key.equals("report of") && lines < 12 && ANOTHER_AUTHOR.matcher(after).matches()
                            && !(label.matches() && canonical(label.group("label")) != null)) {
                        value = value + " / ";
                        pos = k - 1;
                        lines++;
                        continue;
                    }
                    break;
                }
                if (next.isEmpty()) {
                    pos = nl;
                    lines++;
                    continue;
                }
                Matcher label = LABEL_LINE.matcher(next);
                if (label.matches() && canonical(label.group("label")) != null || next.matches("(?i)^[A-Z][\\w ()/’'\\-]{0,40}:.*")) {
                    break;
                }
                // "Presented by: / Erin Corbett / Director of SEND": a name on its own line, then the post
                boolean nameThenPost = key.equals("report of") && !value.isEmpty() && !value.contains(",")
                        && org.councilgraph.text.PersonName.parse(value).filter(org.councilgraph.text.PersonName::hasGiven).isPresent()
                        && Character.isUpperCase(next.charAt(0));
                value = value.isEmpty() ? next : value + (nameThenPost ? ", " : " ") + next;
                valueEnd = nl;
                pos = nl;
                lines++;
            }
            // "Adam Crowther    Job title: Head of City Transport": a second label on the line
            Matcher inline = INLINE_LABEL.matcher(value);
            if (inline.find()) {
                String rest = value.substring(inline.end()).strip();
                value = value.substring(0, inline.start()).strip();
                if (inline.group(1).toLowerCase(Locale.ROOT).matches("job title|post|role|position|title") && key.equals("report of")) {
                    value = value + ", " + rest;
                }
            }
            value = value.replaceAll("\\s+", " ").replaceAll("[\\s/]+$", "").strip();
            if (!value.isEmpty() && !out.containsKey(key)) {
                out.put(key, new Field(key, value, new Span(from + valueStart, from + valueEnd)));
            }
            lastEnd = valueEnd;
            lastKey = key;
        }
        return out;
    }
}
