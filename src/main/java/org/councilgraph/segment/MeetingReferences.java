package org.councilgraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.segment.Layout.MeetingReference;
import org.councilgraph.text.Dates;
import org.councilgraph.text.Span;

/**
 * Meetings named in passing: "the minutes of the meeting held on 3 June 2025", "the update
 * considered by the Committee on 5 September 2024", "the meeting of the Scrutiny Commission on 9 June
 * 2025", "presented to the Cabinet at its meeting on 12 September 2025", and a list of dates under a
 * "Dates of meetings" heading.
 *
 * <p>A reference names its committee when the sentence does; "the Committee" and "the meeting" are
 * left empty for the resolve stage to read as the paper's own committee.
 */
final class MeetingReferences {
    private static final String DATE = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?[A-Z][a-z]+\\.?(?:,?\\s+\\d{4})?|[A-Z][a-z]+\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})";
    private static final String BODY = "(?<c>(?:[A-Z][\\w'’&,\\-]*\\s+|(?:and|of|for|the|on|&)\\s+){0,12}?"
            + "(?:Committee|Sub-Committee|Commission|Cabinet|Council|Board|Panel|Forum|Group|Executive|Partnership|Assembly))";
    private static final Pattern[] PATTERNS = {
        // "meeting of the X held on DATE", "the X meeting on DATE"
        Pattern.compile("meeting\\s+of\\s+(?:the\\s+)?" + BODY + "\\s*,?\\s*(?:which\\s+was\\s+|that\\s+was\\s+)?(?:held|took\\s+place|scheduled)?\\s*(?:on|of)\\s+(?:the\\s+)?(?<d>" + DATE + ")"),
        Pattern.compile("(?:the\\s+)?" + BODY + "\\s+meeting\\s*,?\\s*(?:which\\s+was\\s+|that\\s+was\\s+)?(?:held|took\\s+place|scheduled)?\\s*(?:on|of)\\s+(?:the\\s+)?(?<d>" + DATE + ")"),
        // "the X on DATE", "X held on DATE", "X at its meeting on DATE"
        Pattern.compile("\\b(?:the\\s+|by\\s+)?" + BODY + "\\s*(?:,\\s*)?(?:held\\s+|which\\s+met\\s+|at\\s+(?:its|their)\\s+meeting\\s+|meeting\\s+)?on\\s+(?:the\\s+)?(?<d>" + DATE + ")"),
        // "the meeting held on DATE", "meeting on DATE", "next meeting ... on DATE"
        Pattern.compile("(?i)\\bmeetings?\\s+(?:of\\s+(?:this|the)\\s+(?:committee|commission|board|panel)\\s+)?(?:was\\s+|is\\s+|would\\s+be\\s+|will\\s+be\\s+)?(?:held|scheduled(?:\\s+to\\s+take\\s+place)?|due\\s+to\\s+(?:be\\s+held|take\\s+place)|taking\\s+place|took\\s+place)?\\s*(?:on|of)\\s+(?:the\\s+)?(?<d>" + DATE + ")"),
    };
    private static final Pattern DATES_HEADING = Pattern.compile(
            "(?im)^[ \\t]*(?:\\d+\\.\\s*)?(?:(?:future\\s+)?dates?\\s+of\\s+(?:future\\s+|next\\s+)?meetings?|meeting\\s+dates|future\\s+meeting\\s+dates|programme\\s+of\\s+meetings)\\b[^\\n]*$");

    private MeetingReferences() {
    }

    static List<MeetingReference> find(String text, Integer defaultYear) {
        List<MeetingReference> out = new ArrayList<>();
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Optional<Dates.Found> d = Dates.find(m.group("d"), defaultYear).stream().findFirst();
                if (d.isEmpty()) {
                    continue;
                }
                Span span = new Span(m.start(), m.end());
                if (out.stream().anyMatch(r -> r.span().overlaps(span) && r.date().equals(d.get().date()))) {
                    continue;
                }
                Optional<String> committee = Optional.empty();
                try {
                    committee = Optional.ofNullable(Committees.clean(m.group("c")));
                } catch (IllegalArgumentException ignored) {
                    // the pattern has no committee group
                }
                committee = committee.filter(c -> !c.matches("(?i)(?:the\\s+)?(?:committee|commission|board|panel|council|group|sub-committee|forum|partnership)"));
                out.add(new MeetingReference(committee, d.get().date(), span));
            }
        }
        Matcher h = DATES_HEADING.matcher(text);
        while (h.find()) {
            int end = Math.min(text.length(), h.end() + 600);
            String block = text.substring(h.end(), end);
            // the dates listed under the heading, up to the first line that is not a date
            int pos = 0;
            for (String line : block.split("\n")) {
                String t = line.strip();
                int at = block.indexOf(line, pos);
                pos = at + line.length();
                if (t.isEmpty()) {
                    continue;
                }
                Optional<Dates.Found> d = Dates.find(t, defaultYear).stream().findFirst();
                if (d.isEmpty()) {
                    if (t.length() > 20 && !t.matches("(?i).*\\b(?:meeting|dates?|note|asked)\\b.*")) {
                        break;
                    }
                    continue;
                }
                if (t.length() > 60) {
                    continue;
                }
                int s = h.end() + at;
                out.add(new MeetingReference(Optional.empty(), d.get().date(), new Span(s, s + line.length())));
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }
}
