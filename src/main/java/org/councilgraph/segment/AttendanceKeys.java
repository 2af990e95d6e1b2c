package org.councilgraph.segment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.segment.AttendanceEntries.Honorific;
import org.councilgraph.segment.Layout.Attendee;
import org.councilgraph.segment.Layout.Status;
import org.councilgraph.text.Span;

/**
 * Attendance printed as a grid of the committee's members, each name after a mark that a key below
 * the grid explains: "* Present" under "*Ann Westby  Bob Northby", or "P: Present" and "A: Apologies"
 * under "P  Ann Westby" and "A  Bob Northby". Each marked name has the status its mark's key gives;
 * a name without a mark is only a member, its status not printed. Without a key no mark means anything,
 * so nothing is read.
 */
final class AttendanceKeys {
    /** A mark: a sign, or one or two capitals. */
    private static final String MARK = "[*+#†‡§¶~^]|\\p{Lu}{1,2}";
    /**
     * One entry of a key, alone on its line or among others set apart by commas or semicolons: "* Present",
     * "P: Present", "A = Apologies for absence submitted", "Key: S - Substitute". A capital mark needs its
     * colon, equals sign or dash, so that a name's initial is no mark.
     */
    private static final Pattern KEY_ENTRY = Pattern.compile(
            "^(?:(?i:key)\\s*:?\\s*)?(?:(?<sign>[*+#†‡§¶~^])\\s*[:=–-]?|(?<caps>\\p{Lu}{1,2})\\s*[:=–-])\\s*(?<words>\\p{L}[\\p{L} ()/-]{2,60})$");
    private static final Pattern KEY_SEPARATOR = Pattern.compile("\\s*[,;]\\s*|\\t|\\s{3,}");
    /** A key in words: "Persons absent are marked with `A'", "Members present are indicated by *". */
    private static final Pattern KEY_SENTENCE = Pattern.compile(
            "(?i)^(?:persons?|members?|councillors?|those)\\s+(?<words>[a-z]+(?:\\s+[a-z]+)?)\\s+(?:are|is|were)\\s+(?:marked|indicated|shown|denoted)"
            + "\\s+(?:with|by)\\s+(?:an?\\s+)?[`'‘\"]?(?<mark>[*+#†‡§¶~^]|\\p{Lu}{1,2})['’\"]?\\.?$");

    private AttendanceKeys() {
    }

    /** The names marked in the grid between {@code from} and {@code to}, with the status their key gives them. */
    static List<Attendee> read(Lines lines, int from, int to) {
        Map<String, Status> key = new LinkedHashMap<>();
        List<Integer> keyLines = new ArrayList<>();
        int first = lines.indexAt(from);
        for (int i = first; i < lines.size() && lines.get(i).start() < to; i++) {
            Map<String, Status> found = keyOf(lines.get(i).text());
            if (!found.isEmpty()) {
                key.putAll(found);
                keyLines.add(i);
            }
        }
        if (key.isEmpty()) {
            return List.of();
        }
        StringBuilder signs = new StringBuilder();
        StringBuilder capitals = new StringBuilder();
        for (String m : key.keySet()) {
            StringBuilder b = Character.isLetter(m.charAt(0)) ? capitals : signs;
            b.append(b.length() == 0 ? "" : "|").append(Pattern.quote(m));
        }
        // a sign marks the name right after it, wherever it stands; capitals mark a name at a line's or a column's start
        Pattern bySign = signs.length() == 0 ? null : Pattern.compile("(?:" + signs + ")[ \\t]*(?=\\p{Lu})");
        Pattern byCapitals = capitals.length() == 0 ? null
                : Pattern.compile("(?<=^|\\t|[ \\t]{2})[ \\t]*(?:" + capitals + ")[ \\t]+(?=\\p{Lu})");
        List<Attendee> out = new ArrayList<>();
        Honorific plural = new Honorific();
        for (int i = first; i < lines.size() && lines.get(i).start() < to; i++) {
            if (keyLines.contains(i) || lines.get(i).blank()) {
                continue;
            }
            Lines.Line line = lines.get(i);
            String t = line.text();
            List<int[]> starts = new ArrayList<>();
            for (Pattern p : new Pattern[] {bySign, byCapitals}) {
                Matcher m = p == null ? null : p.matcher(t);
                while (m != null && m.find()) {
                    starts.add(new int[] {m.start(), m.end()});
                }
            }
            starts.sort((a, b) -> Integer.compare(a[0], b[0]));
            for (int k = 0; k < starts.size(); k++) {
                int nameStart = starts.get(k)[1];
                int nameEnd = k + 1 < starts.size() ? starts.get(k + 1)[0] : t.length();
                String cell = t.substring(nameStart, nameEnd);
                int gap = columnGap(cell);
                if (gap >= 0) {
                    cell = cell.substring(0, gap);
                }
                Status status = key.get(t.substring(starts.get(k)[0], starts.get(k)[1]).strip());
                Span span = new Span(line.start() + nameStart, line.start() + nameStart + cell.stripTrailing().length());
                Optional<Attendee> a = AttendanceEntries.entry(cell, status, null, span, plural);
                a.ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * Whether a key in words between {@code from} and {@code to} marks only those who were not there ("Persons absent
     * are marked with `A'"): then the members it leaves unmarked were present.
     */
    static boolean unmarkedPresent(Lines lines, int from, int to) {
        boolean found = false;
        for (int i = lines.indexAt(from); i < lines.size() && lines.get(i).start() < to; i++) {
            Matcher k = KEY_SENTENCE.matcher(lines.get(i).text().strip());
            if (k.matches()) {
                Status s = AttendanceLists.statusOf(k.group("words"));
                if (s != Status.ABSENT && s != Status.APOLOGIES) {
                    return false;
                }
                found = true;
            }
        }
        return found;
    }

    /** The marks a line explains, with their statuses; empty when the line is no key. */
    static Map<String, Status> keyOf(String line) {
        Matcher sentence = KEY_SENTENCE.matcher(line.strip());
        if (sentence.matches()) {
            Status s = AttendanceLists.statusOf(sentence.group("words"));
            return s == null || s == Status.MEMBER ? Map.of() : Map.of(sentence.group("mark"), s);
        }
        Map<String, Status> out = new LinkedHashMap<>();
        for (String piece : KEY_SEPARATOR.split(line.strip())) {
            if (piece.isBlank()) {
                continue;
            }
            Matcher k = KEY_ENTRY.matcher(piece.strip());
            if (!k.matches()) {
                return Map.of();
            }
            Status s = AttendanceLists.statusOf(k.group("words"));
            if (s == null || s == Status.MEMBER) {
                return Map.of();
            }
            out.put(k.group("sign") != null ? k.group("sign") : k.group("caps"), s);
        }
        return out;
    }

    /** Where a cell ends at a gap of columns (a tab, two spaces), or -1. */
    private static int columnGap(String cell) {
        int tab = cell.indexOf('\t');
        int spaces = cell.indexOf("  ");
        if (tab < 0) {
            return spaces;
        }
        return spaces < 0 ? tab : Math.min(tab, spaces);
    }
}
