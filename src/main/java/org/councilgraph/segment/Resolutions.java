package org.councilgraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.segment.Layout.ResolutionText;
import org.councilgraph.text.Span;

/**
 * What a meeting resolved under an item: the text after "RESOLVED", "AGREED", "DECIDED",
 * "Decision:" or "Decision taken", split into its sub-points ((a), (i), 1., a), bullets) so that
 * each point is one resolution.
 */
final class Resolutions {
    private static final Pattern MARKER = Pattern.compile(
            "(?m)(?:^[ \\t]*(?:\\d+\\.\\s*)?|\\b)(?:(?:it\\s+was\\s+)?(?:RESOLVED|AGREED|DECIDED)(?:\\s+unanimously)?|Resolved|Agreed|Decided|"
            + "(?:the\\s+(?:committee|cabinet|council|commission|board|panel|sub-committee)\\s+)(?:RESOLVED|resolved|AGREED|agreed(?=\\s*:))|"
            + "^[ \\t]*(?:\\([a-z]\\)\\s*)?Decisions?(?:\\s+(?:taken|made))?)(?<tail>\\s*(?:that|to)?\\s*:?)");
    private static final Pattern POINT = Pattern.compile(
            "(?m)^[ \\t]*(?:(?:[•●▪◦\\-–*]\\s+)?(?:\\(?(?:[a-hA-H]|[ivx]{1,4}|\\d{1,2})\\)|(?:\\d{1,2}|[a-hA-H])\\.(?=\\s))|[•●▪◦\\-–*])\\s+");
    private static final Pattern STOP = Pattern.compile(
            "(?m)^[ \\t]*(?:Minutes|Additional documents|Supporting documents|Background papers|Reasons? for (?:the )?decisions?|"
            + "Alternative options.*|Record of (?:any )?conflicts?.*|Dispensations?.*|Notes?|[A-Z][A-Z ]{3,30}:|Voting:.*|Recorded Vote.*|.*view the full minutes text.*)\\s*:?\\s*$");

    private Resolutions() {
    }

    static List<ResolutionText> find(String text, Span body) {
        List<ResolutionText> out = new ArrayList<>();
        Matcher m = MARKER.matcher(text).region(body.start(), body.end());
        int consumedTo = -1;
        while (m.find()) {
            if (m.start() < consumedTo) {
                continue;
            }
            // "resolved" in a sentence ("issues had been resolved") is not a resolution
            String word = text.substring(m.start(), m.end("tail")).strip();
            boolean capitals = word.contains("RESOLVED") || word.contains("AGREED") || word.contains("DECIDED");
            boolean lineStart = lineStart(text, m.start());
            boolean decision = word.toLowerCase().contains("decision");
            String tail = m.group("tail");
            if (!capitals && !(lineStart && (tail.contains(":") || tail.toLowerCase().contains("that") || decision))) {
                continue;
            }
            if (decision && !(tail.contains(":") || lineEnd(text, m.end()))) {
                continue;
            }
            int start = m.end();
            int end = body.end();
            Matcher stop = STOP.matcher(text).region(start, end);
            if (stop.find()) {
                end = stop.start();
            }
            Matcher next = MARKER.matcher(text).region(start, end);
            while (next.find()) {
                String w = text.substring(next.start(), next.end("tail"));
                if (w.contains("RESOLVED") || w.contains("AGREED")) {
                    end = next.start();
                    break;
                }
            }
            end = paragraphEnd(text, start, end);
            consumedTo = end;
            for (ResolutionText r : points(text, start, end)) {
                // a web page repeats the decision in its minutes: the same point once
                String key = r.text().length() > 50 ? r.text().substring(0, 50) : r.text();
                if (out.stream().noneMatch(o -> o.text().startsWith(key) || key.startsWith(o.text().length() > 50 ? o.text().substring(0, 50) : o.text()))) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /** The resolution runs to the end of its last point; a later narrative paragraph is not part of it. */
    private static int paragraphEnd(String text, int start, int end) {
        Matcher p = Pattern.compile("\\n[ \\t]*\\n[ \\t]*(?=(?:The|It|Members|In|Arising|During|Following|Councillor|Cllr)\\b[^\\n]{60,})")
                .matcher(text).region(start, end);
        // skip a blank line right after the marker
        while (p.find()) {
            if (text.substring(start, p.start()).strip().length() > 0) {
                return p.start();
            }
        }
        return end;
    }

    private static List<ResolutionText> points(String text, int start, int end) {
        List<ResolutionText> out = new ArrayList<>();
        Matcher p = POINT.matcher(text).region(start, end);
        List<int[]> marks = new ArrayList<>();
        while (p.find()) {
            marks.add(new int[] {p.start(), p.end()});
        }
        String lead = text.substring(start, marks.isEmpty() ? end : marks.get(0)[0]);
        if (marks.isEmpty()) {
            // one resolution, or several paragraphs each starting "That ..."; narrative after it is not resolved
            Matcher para = Pattern.compile("\\n[ \\t]*\\n\\s*").matcher(text).region(start, end);
            int s = start;
            while (para.find()) {
                String before = text.substring(s, para.start()).strip();
                if (before.isEmpty()) {
                    continue;
                }
                String nextStart = text.substring(para.end(), Math.min(end, para.end() + 12));
                add(out, text, s, para.start());
                s = para.end();
                if (!nextStart.matches("(?s)^(?:That|that|To |and |And ).*")) {
                    return out;
                }
            }
            add(out, text, s, end);
            return out;
        }
        // text before the first point that is itself a resolution ("That the report be noted.")
        if (lead.strip().length() > 25 && !lead.strip().matches("(?is).*\\b(?:to|that|:)\\s*$")) {
            add(out, text, start, marks.get(0)[0]);
        }
        for (int k = 0; k < marks.size(); k++) {
            int s = marks.get(k)[1];
            int e = k + 1 < marks.size() ? marks.get(k + 1)[0] : end;
            add(out, text, s, e);
        }
        return out;
    }

    private static void add(List<ResolutionText> out, String text, int s, int e) {
        String raw = text.substring(s, e);
        String t = raw.replaceAll("\\s+", " ").strip();
        t = t.replaceFirst("^(?:that|to)\\s*:\\s*", "");
        t = t.replaceAll("(?:;\\s*(?:and|or)?|,\\s*and)$", "").strip();
        t = t.replaceFirst("^[:\\-–]\\s*", "");
        t = t.replaceAll("\\s+\\d{1,3}$", ""); // a page number printed after the last point
        t = t.replaceAll("\\s*\\.\\.\\.\\s*view the full minutes text.*$", "").strip();
        if (t.length() < 8 || t.split(" ").length < 3) {
            return;
        }
        int lead = raw.indexOf(raw.strip().isEmpty() ? "" : raw.strip().substring(0, 1));
        out.add(new ResolutionText(t, new Span(s + Math.max(0, lead), e)));
    }

    private static boolean lineStart(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        if (i >= 0 && Character.isDigit(text.charAt(i))) { // "3. RESOLVED"
            while (i >= 0 && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == ' ')) {
                i--;
            }
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    private static boolean lineEnd(String text, int pos) {
        int i = pos;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i >= text.length() || text.charAt(i) == '\n';
    }
}
