package org.councilgraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.segment.Layout.ResolutionText;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.Similarity;
import org.councilgraph.text.Span;

/**
 * What a meeting resolved under an item: the text after "RESOLVED", "AGREED", "DECIDED",
 * "Decision:" or "Decision taken", split into its sub-points ((a), (i), 1., a), bullets) so that
 * each point is one resolution.
 */
final class Resolutions {
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n\\s*");
    /** A blank line, or a line break after a full stop before a capital: where a paragraph ends. */
    private static final Pattern PARAGRAPH_END = Pattern.compile("\\n[ \\t]*\\n\\s*|(?<=\\.)[ \\t]*\\n(?=[ \\t]*[A-Z])");
    private static final Lexicon MARKERS = Lexicon.of("resolution-markers.tsv");
    /** "RESOLVED", "AGREED", "DECIDED", and "NOTED", which decides only in capitals: the deciding verbs in capitals. */
    private static final List<String> VERBS = Stream.concat(MARKERS.wordsWhere(1, "verb").stream(),
            MARKERS.wordsWhere(1, "capitals").stream()).toList();
    private static final List<String> NOTE_ONLY = List.copyOf(MARKERS.wordsWhere(1, "capitals"));
    private static final String CAPITALS = String.join("|", VERBS);
    /** Where a sentence or a paragraph ends. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.;:]\\s|\\n[ \\t]*\\n");
    /** "Resolved", "Agreed", "Decided". */
    private static final String CAPITALISED = MARKERS.wordsWhere(1, "verb").stream().map(v -> v.charAt(0) + v.substring(1).toLowerCase(Locale.ROOT))
            .collect(Collectors.joining("|"));
    private static final Pattern HEADING = Pattern.compile("(?i)" + MARKERS.alternationWhere(1, "heading"));
    /** "The following personal interests were declared ...": a decision's place that reports, not decides. */
    private static final Pattern REPORTED = Pattern.compile("(?i)(?:" + MARKERS.alternationWhere(1, "reported") + ")");
    /** "There were none.", "No declarations of interest were made.": nothing decided. */
    private static final Pattern NOTHING = Pattern.compile("(?i)(?:" + MARKERS.alternationWhere(1, "nothing") + ")\\.?");
    /** "unanimously", "by a majority": how a decision was carried, after its verb. */
    private static final String MANNER = "(?:\\s+(?i:" + MARKERS.alternationWhere(1, "manner") + "))?";
    private static final Pattern MARKER = Pattern.compile(
            // "it was" over its verb on the next line, but not across a blank line: "Upon being put to the vote, it was" /
            // (blank) / "RESOLVED   That ..." prints the verb where the decision starts
            "(?m)(?:^[ \\t]*(?:\\d+\\.\\s*)?|\\b)(?:(?:[Ii]t\\s+was(?:[ \\t]+|[ \\t]*\\n[ \\t]*))?(?:" + CAPITALS + ")" + MANNER + "|[Ii]t\\s+was\\s+APPROVED|(?:" + CAPITALISED + ")" + MANNER + "|"
            + "(?:[Tt]he\\s+(?i:" + MARKERS.alternationWhere(1, "body") + ")\\s+)(?:" + MARKERS.alternationWhere(1, "body-verb") + ")|"
            + "^[ \\t]*(?:\\([a-z]\\)\\s*)?(?:" + MARKERS.alternationWhere(1, "heading") + ")(?:\\s+(?i:taken|made))?)(?<tail>[ \\t]*(?:[-–—][ \\t]*)?"
            // "Resolved to RECOMMEND: (to Council)": what follows is recommended to another body
            + "(?:that|(?i:to\\s+recommend)(?:[ \\t]*:)?(?:[ \\t]*\\([^)\\n]{1,40}\\))?|to)?[ \\t]*[:\\-–—]?)");
    /** A decision whose points are its conditions: "be granted, subject to:", "approved on the following conditions:". */
    private static final Pattern CONDITIONS_LEAD = Pattern.compile(
            "(?is).*\\bbe\\s+\\S+.*\\b(?:subject\\s+to|on\\s+the\\s+following\\s+conditions|with\\s+the\\s+following\\s+conditions)[^.:;]{0,60}:\\s*$");
    private static final Pattern POINT = Pattern.compile(
            // "4.1  to note ...": a minute's decimal paragraph is a point where it opens as one
            "(?m)^[ \\t]*(?:(?:[•●▪◦\\-–*]\\s+)?(?:\\(?(?:[a-hA-H]|[ivx]{1,4}|\\d{1,2})\\)|(?:\\d{1,2}|[a-hA-H]|[ivx]{1,4})\\.(?=\\s)"
            + "|\\d{1,2}\\.\\d{1,2}(?=[ \\t]+(?i:to|that)\\b))|[•●▪◦\\-–*])\\s+");
    private static final Pattern STOP = Pattern.compile(
            "(?m)^[ \\t]*(?:" + MARKERS.alternationWhere(1, "stop") + "|[A-Z][A-Z ]{3,30}:"
            // a decision form's next question ("(e) Exempt Information?")
            + "|(?:\\([a-z]\\)\\s*)?[A-Z][^\\n]{3,60}\\?)\\s*:?\\s*$");

    /** A marker's tail that opens what follows: "that", "to", a colon. */
    private static final Pattern OPENS = Pattern.compile("(?i)that|to|:");
    private static final Pattern COLON_OR_DASH = Pattern.compile("(?s).*[:\\-–—].*");
    /** "That ..." or "(1) That ...": the first point of a decision under its heading. */
    private static final Pattern POINT_THEN_THAT = Pattern.compile("(?s)^\\s*(?:\\(?(?:\\d{1,2}|[a-h]|[ivx]{1,4})[).][ \\t]+)?(?:That|that|To|to)\\b.*");
    /** Text that ends a sentence or a bracket: what follows starts anew. */
    private static final Pattern CLOSED = Pattern.compile("(?s).*[.;:!?)\\]\"”’]$");
    private static final Pattern AND_OR_END = Pattern.compile("(?s).*\\b(?:and|or)$");
    private static final Pattern POINT_CONTINUES = Pattern.compile("^(?:That|that|To|to|and|And|or)\\b.*");
    /** "Contractual:": a sub-heading over points. */
    private static final Pattern SUB_HEADING = Pattern.compile("^[A-Z][\\w ,&/-]{0,40}:\\s*$");
    private static final Pattern LOWER_START = Pattern.compile("^[a-z(£\\d].*");
    private static final Pattern NUMBERED_TITLE = Pattern.compile("^\\d+\\s+[A-Z].*");
    /** "51.5   Reason for decision: ...": the minute's next numbered paragraph, not a point of the decision ("1.2 That ..."). */
    private static final Pattern NUMBERED_PARAGRAPH = Pattern.compile("^\\d{1,3}\\.\\d{1,2}[ \\t]+(?!(?:That|To)\\b)[A-Z].*");
    private static final Pattern THE_BODY = Pattern.compile("(?i)the\\s+(?:" + MARKERS.alternationWhere(1, "body") + ")\\s");
    private static final Pattern ITEM_START = Pattern.compile("^\\d{1,3}\\.?\\s+[A-Z].*");
    private static final Pattern POINT_OPENING = Pattern.compile("(?s)^(?:That|that|To |and |And ).*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?s).*[.;]$");
    private static final Pattern LIST_JOIN_END = Pattern.compile("(?s).*[;,]\\s*(?:and|or)$");
    private static final Pattern THAT_OR_TO = Pattern.compile("(?i)^(?:that|to)\\b.*");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern ROMAN = Pattern.compile("[ivx]{2,4}");
    private static final Pattern CAPITAL_LETTER = Pattern.compile("[A-H]");
    /** A page number printed on its own line after the last point. */
    private static final Pattern PAGE_NUMBER_END = Pattern.compile("(?s).*\\n[ \\t]*\\d{1,3}[ \\t]*\\n?\\s*$");

    private Resolutions() {
    }

    /** A place where a resolution starts: the marker's extent and whether it is written in capitals. */
    private record Marker(int start, int end, boolean capitals, String tail, boolean noteOnly) {
    }

    static List<ResolutionText> find(String text, Span body) {
        List<ResolutionText> out = new ArrayList<>();
        List<Span> lone = new ArrayList<>();
        Matcher l = LONE_DECISION.matcher(text).region(body.start(), body.end());
        while (l.find()) {
            if (POINT_THEN_TO.matcher(text).region(l.end(), body.end()).lookingAt()) {
                continue; // "Decision" / "AGREED" / "4.1 to note ...": the word opens the points below it
            }
            // "Decision" over "AGREED" alone: the word is the whole decision
            out.add(new ResolutionText(l.group("w"), new Span(l.start("w"), l.end("w"))));
            lone.add(new Span(l.start(), l.end()));
        }
        int consumedTo = -1;
        for (Marker m : markers(text, body)) {
            if (m.start() < consumedTo || lone.stream().anyMatch(x -> x.contains(m.start()))) {
                continue;
            }
            // "The minutes were AGREED as a correct record.": a verb inside its sentence decides the whole sentence
            int start = m.capitals() && !lineStart(text, m.start()) && !OPENS.matcher(m.tail()).find() ? sentenceStart(text, m.start()) : m.end();
            int end = body.end();
            // "RESOLVED THAT COMMITTEE:": the rest of the marker's line is no label ending it, so the region's start is no line's
            Matcher stop = STOP.matcher(text).region(start, end).useAnchoringBounds(false);
            if (stop.find()) {
                end = stop.start();
            }
            boolean leadIn = false;
            for (Marker next : markers(text, new Span(m.end(), end))) {
                // "RESOLVED That the appeals update be NOTED.": a noting verb inside the decision's sentence is part of it
                if (next.capitals() && !(next.noteOnly() && !SENTENCE_BREAK.matcher(text.substring(m.end(), next.start())).find())) {
                    // "Decision: Cllr A MOVED, Cllr B SECONDED and it was RESOLVED to:": the vote leads in to the marker
                    leadIn = text.substring(m.end(), next.start()).strip().indexOf('\n') < 0;
                    end = next.start();
                    break;
                }
            }
            if (leadIn) {
                continue;
            }
            end = paragraphEnd(text, start, end);
            consumedTo = end;
            for (ResolutionText r : points(text, start, end)) {
                // a web page repeats the decision in its minutes, sometimes cut short: the same point once
                if (out.stream().noneMatch(o -> same(o.text(), r.text()))) {
                    out.add(r);
                }
            }
        }
        approvedMinutes(text, body, out);
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return out;
    }

    /**
     * "The minutes of the meeting held on 3 June were approved as a correct record and signed by the Chair.":
     * minutes that print their other decisions after "RESOLVED" often record the last meeting's minutes in
     * a sentence of their own, in the past tense; an agenda's "To approve the minutes ... as a correct
     * record" is no decision.
     */
    private static void approvedMinutes(String text, Span body, List<ResolutionText> out) {
        Matcher a = RECORD_APPROVED.matcher(text).region(body.start(), body.end());
        while (a.find()) {
            int s = Math.max(body.start(), sentenceOpening(text, a.start()));
            int e = sentenceEnd(text, a.end(), body.end());
            String sentence = text.substring(s, e);
            if (!approvesMinutes(sentence) || out.stream().anyMatch(r -> r.span().overlaps(new Span(s, e)))) {
                continue;
            }
            List<ResolutionText> one = new ArrayList<>();
            add(one, text, s, e);
            // a web page repeats the decision in its minutes: the same sentence once
            one.stream().filter(r -> out.stream().noneMatch(o -> same(o.text(), r.text()))).forEach(out::add);
        }
    }

    /** Whether a resolution is a sentence approving minutes as a record ("The minutes ... were approved as a correct record."). */
    static boolean approvesMinutes(String resolution) {
        return RECORD_APPROVED.matcher(resolution).find() && MINUTES_WORD.matcher(resolution).find() && PAST_DECIDED.matcher(resolution).find();
    }

    /** Where the sentence holding {@code pos} opens: after a full stop or colon and a space, a blank line, or a point's number. */
    private static int sentenceOpening(String text, int pos) {
        int s = pos;
        while (s > 0) {
            char c = text.charAt(s - 1);
            if (c == '\n' && text.lastIndexOf('\n', s - 2) >= 0 && text.substring(text.lastIndexOf('\n', s - 2) + 1, s - 1).isBlank()) {
                break; // a blank line above
            }
            if (s >= 2 && Character.isWhitespace(c) && ".:;".indexOf(text.charAt(s - 2)) >= 0
                    && !(s >= 3 && Character.isDigit(text.charAt(s - 3)) && lineStart(text, s - 3))) {
                break;
            }
            s--;
        }
        while (s < pos && (Character.isWhitespace(text.charAt(s)) || Character.isDigit(text.charAt(s)) || text.charAt(s) == '.')) {
            s++; // "1.   The minutes ...": the minute's number is no part of the sentence
        }
        return s;
    }

    /** Where the sentence ending after {@code pos} ends: its full stop, a blank line, or {@code limit}. */
    private static int sentenceEnd(String text, int pos, int limit) {
        Matcher m = SENTENCE_CLOSE.matcher(text).region(pos, limit);
        return m.find() ? m.start() + (text.charAt(m.start()) == '.' ? 1 : 0) : limit;
    }

    /**
     * The points of a decision set out between {@code start} and {@code end} under a label that is no
     * marker of these minutes' kind: a decision record's "Decision Made". A stop label ends them.
     */
    static List<ResolutionText> under(String text, int start, int end) {
        Matcher stop = STOP.matcher(text).region(start, end).useAnchoringBounds(false);
        return points(text, start, stop.find() ? stop.start() : end);
    }

    /** Two points are one when their words agree, or one is the other cut short. */
    static boolean same(String a, String b) {
        String x = norm(a);
        String y = norm(b);
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() < y.length() ? x : y;
        String longer = x.length() < y.length() ? y : x;
        if (shorter.length() >= 25 && longer.startsWith(shorter)) {
            return true;
        }
        // the summary at the end of a minute restates a decision under a shorter heading
        java.util.Set<String> ta = new java.util.HashSet<>(java.util.List.of(x.split(" ")));
        java.util.Set<String> tb = new java.util.HashSet<>(java.util.List.of(y.split(" ")));
        int small = Math.min(ta.size(), tb.size());
        ta.retainAll(tb);
        return small >= 6 && ta.size() >= 0.9 * small;
    }

    private static String norm(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The markers in {@code region} that open a resolution, in order. */
    private static List<Marker> markers(String text, Span region) {
        List<Marker> out = new ArrayList<>();
        Matcher m = MARKER.matcher(text).region(region.start(), region.end());
        while (m.find()) {
            // "resolved" in a sentence ("issues had been resolved") is not a resolution
            String word = text.substring(m.start(), m.end("tail")).strip();
            boolean capitals = VERBS.stream().anyMatch(word::contains) || word.contains("APPROVED");
            boolean lineStart = lineStart(text, m.start());
            boolean decision = HEADING.matcher(word).find();
            String tail = m.group("tail");
            boolean colon = COLON_OR_DASH.matcher(tail).matches();
            // "Resolved" alone on its line, a heading over "That ..." (indented under it, a blank line between): the heading's
            // words open the decision
            boolean overThat = lineStart && lineEnd(text, m.end())
                    && POINT_THEN_THAT.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 80))).matches();
            // "Thereafter, the Committee agreed:": the body and its verb decide wherever the sentence begins
            boolean bodyVerb = THE_BODY.matcher(word).lookingAt() && (colon || tail.toLowerCase(java.util.Locale.ROOT).contains("that"));
            if (!capitals && !bodyVerb && !(lineStart && (colon || tail.toLowerCase(java.util.Locale.ROOT).contains("that") || decision || overThat))) {
                continue;
            }
            // "Decision – That ..." opens a decision; "Decision - 24/00097 - Special School Review" names one
            boolean opens = tail.contains(":") || lineEnd(text, m.end())
                    || tail.toLowerCase(java.util.Locale.ROOT).contains("that")
                    // "Decision – (a) That the progress be noted.": the first point's mark before its "That"
                    || colon && POINT_THEN_THAT.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 16))).matches();
            if (decision && !opens) {
                continue;
            }
            boolean noteOnly = NOTE_ONLY.stream().anyMatch(word::contains) && VERBS.stream().filter(v -> !NOTE_ONLY.contains(v)).noneMatch(word::contains);
            out.add(new Marker(m.start(), m.end(), capitals && !decision, tail, noteOnly));
        }
        // a marker word mistyped on a line of its own ("AGRRED:") still opens a resolution
        Matcher t = TYPO_LINE.matcher(text).region(region.start(), region.end());
        while (t.find()) {
            String w = t.group("w");
            boolean near = false;
            for (String target : VERBS) {
                if (!w.equals(target) && Similarity.editDistance(w, target) <= 1) {
                    near = true;
                }
            }
            int s = t.start("w");
            if (near && out.stream().noneMatch(x -> x.start() <= s && x.end() > s)) {
                out.add(new Marker(s, t.end(), true, ":", false));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** A decision's label over one word in capitals alone on its line, as Scottish minutes print it: "Decision" / "AGREED". */
    private static final Pattern LONE_DECISION = Pattern.compile("(?m)^[ \\t]*(?:" + MARKERS.alternationWhere(1, "heading") + ")[ \\t]*:?[ \\t]*\\n"
            + "(?:[ \\t]*\\n)?[ \\t]*(?<w>" + MARKERS.alternationWhere(1, "lone") + ")\\.?[ \\t]*$");
    /** "as a correct record", "as a true and accurate record": what approving minutes says they are. */
    private static final Pattern RECORD_APPROVED = Pattern.compile("(?i)\\bas\\s+(?:a|an)\\s+(?:true\\s+and\\s+)?(?:correct|true|accurate|full)\\s+record\\b");
    private static final Pattern MINUTES_WORD = Pattern.compile("(?i)\\bminutes?\\b");
    /** The past tense of a decision on minutes: "were approved", "was confirmed", "The Chair signed", "were read, approved and signed". */
    private static final Pattern PAST_DECIDED = Pattern.compile("(?i)\\b(?:were|was|had\\s+been)\\s+(?:[\\w,]+\\s+){0,3}?(?:approved|confirmed|agreed|accepted|adopted|signed|authori[sz]ed)\\b"
            + "|\\bchair(?:man|person)?\\s+(?:signed|was\\s+authori[sz]ed\\s+to\\s+sign)\\b");
    /** A full stop before a space or a line's end, or a blank line. */
    private static final Pattern SENTENCE_CLOSE = Pattern.compile("\\.(?=\\s|$)|\\n[ \\t]*\\n");
    /** The next line that is not blank opens a point "to ..." or "that ...". */
    private static final Pattern POINT_THEN_TO = Pattern.compile("(?:[ \\t\\u00a0]*\\n)+[ \\t]*\\(?(?:\\d{1,2}(?:\\.\\d{1,2})?|[a-h]|[ivx]{1,4})[).]?[ \\t]+(?i:to|that)\\b");
    private static final Pattern TYPO_LINE = Pattern.compile("(?m)^[ \\t#*]*(?<w>[A-Z]{5,9})[ \\t*]*:[ \\t*]*$");

    /**
     * The resolution runs to the end of its last point. After a blank line it goes on only with
     * another point, a paragraph opening "That ..." or "To ...", or the rest of a sentence a page or
     * column break cut; a paragraph of narrative ("The Committee asked ...", "Recommendation 7 -
     * Linear Pricing") ends it.
     */
    private static int paragraphEnd(String text, int start, int end) {
        Matcher gap = BLANK_LINE.matcher(text).region(start, end);
        while (gap.find()) {
            String before = text.substring(start, gap.start()).strip();
            if (before.isEmpty()) {
                continue; // the blank line right after the marker
            }
            String next = text.substring(gap.end(), Math.min(end, gap.end() + 200));
            String nextLine = next.split("\n", 2)[0];
            boolean sentenceOpen = !CLOSED.matcher(before).matches() || AND_OR_END.matcher(before).matches();
            boolean continues = POINT.matcher(next).lookingAt()
                    || POINT_CONTINUES.matcher(nextLine).matches()
                    || SUB_HEADING.matcher(nextLine).matches() && POINT.matcher(next.substring(Math.min(next.length(), nextLine.length() + 1)).stripLeading()).lookingAt()
                    || LOWER_START.matcher(nextLine).matches() && !NUMBERED_TITLE.matcher(nextLine).matches()
                            && !NUMBERED_PARAGRAPH.matcher(nextLine).matches()
                    || sentenceOpen && !ITEM_START.matcher(nextLine).matches();
            if (!continues) {
                return gap.start();
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
            // one resolution, or several paragraphs each starting "That ..."; narrative after it is not resolved.
            // A web page sets paragraphs on single lines, so a full stop at a line's end followed by a new
            // sentence ends a paragraph too.
            Matcher para = PARAGRAPH_END.matcher(text).region(start, end);
            int s = start;
            while (para.find()) {
                String before = text.substring(s, para.start()).strip();
                if (before.isEmpty()) {
                    continue;
                }
                String nextStart = text.substring(para.end(), Math.min(end, para.end() + 12));
                add(out, text, s, para.start());
                s = para.end();
                if (!POINT_OPENING.matcher(nextStart).matches()) {
                    return out;
                }
            }
            add(out, text, s, end);
            return out;
        }
        if (CONDITIONS_LEAD.matcher(lead.strip()).matches()) {
            // "That the licence be GRANTED, subject to: (a) ...; (b) ...": the points are the decision's conditions
            add(out, text, start, end);
            return out;
        }
        // text before the first point that is itself a resolution ("That the report be noted.")
        // ("i. NOTED the performance; and" before "ii.", the next point's own marker)
        if (lead.strip().length() > 25 && (SENTENCE_END.matcher(lead.strip()).matches() || LIST_JOIN_END.matcher(lead.strip()).matches())) {
            add(out, text, start, marks.get(0)[0]);
        }
        for (int k = 0; k < marks.size(); k++) {
            int s = marks.get(k)[1];
            int e = k + 1 < marks.size() ? marks.get(k + 1)[0] : end;
            if (k + 1 < marks.size() && heading(text, marks, k, e)) {
                continue;
            }
            add(out, text, s, e);
        }
        return out;
    }

    /**
     * "2. Residents Parking" over "a. Approve ...", "b. Approve ...": a short point followed by points
     * of another numbering style heads them and is not itself resolved.
     */
    private static boolean heading(String text, List<int[]> marks, int k, int e) {
        String kind = kind(text.substring(marks.get(k)[0], marks.get(k)[1]));
        String next = kind(text.substring(marks.get(k + 1)[0], marks.get(k + 1)[1]));
        if (kind.equals(next) || kind.equals("bullet")) {
            return false;
        }
        String body = text.substring(marks.get(k)[1], e).replaceAll("\\s+", " ").strip();
        boolean parentAgain = false;
        for (int j = k + 2; j < marks.size(); j++) {
            if (kind(text.substring(marks.get(j)[0], marks.get(j)[1])).equals(kind)) {
                parentAgain = true;
                break;
            }
        }
        return body.split(" ").length <= 16 && !body.endsWith(".") && !body.endsWith(";") && (parentAgain || !THAT_OR_TO.matcher(body).matches());
    }

    /** The numbering style of a point mark: numbers, letters, roman numerals or bullets. */
    private static String kind(String mark) {
        String m = mark.replaceAll("[\\s()•●▪◦\\-–*.]", "");
        if (m.isEmpty()) {
            return "bullet";
        }
        if (DIGITS.matcher(m).matches()) {
            return "num";
        }
        if (ROMAN.matcher(m).matches()) {
            return "roman";
        }
        return CAPITAL_LETTER.matcher(m).matches() ? "ALPHA" : "alpha";
    }

    private static void add(List<ResolutionText> out, String text, int s, int e) {
        String raw = text.substring(s, e);
        String t = raw.replaceAll("\\s+", " ").strip();
        t = t.replaceFirst("^(?:that|to)\\s*:\\s*", "");
        t = t.replaceAll("(?:;\\s*(?:and|or)?|,\\s*and)$", "").strip();
        t = t.replaceFirst("^[:;,\\-–]\\s*", "");
        t = t.replaceFirst("^\\d{1,2}[a-z]?\\.\\s+", ""); // "2a. Approve ..."
        t = t.replaceFirst("\\s+[A-Z][\\w ]{0,40}:$", ""); // a sub-heading ("Contractual:") run into the point
        if (PAGE_NUMBER_END.matcher(raw).matches()) {
            t = t.replaceAll("\\s+\\d{1,3}$", ""); // a page number printed on its own line after the last point
        }
        t = t.replaceAll("\\s*\\.\\.\\.\\s*view the full (?:minutes|decision) text.*$", "").strip();
        if (t.length() < 8 || t.split(" ").length < 3 || NOTHING.matcher(t).matches()) {
            return; // "There were none.": the place of a decision where nothing was decided
        }
        if (REPORTED.matcher(t).lookingAt()) {
            return; // "The following interests were declared ...": what members said, under a decision's label
        }
        int lead = raw.indexOf(raw.strip().isEmpty() ? "" : raw.strip().substring(0, 1));
        out.add(new ResolutionText(t, new Span(s + Math.max(0, lead), e)));
    }

    /** Where the sentence holding {@code pos} starts: after the last full stop on its line, else at the line's start. */
    private static int sentenceStart(String text, int pos) {
        int line = text.lastIndexOf('\n', pos - 1) + 1;
        int stop = text.lastIndexOf(". ", pos - 1);
        int s = Math.max(line, stop < 0 ? 0 : stop + 2);
        while (s < pos && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        return s;
    }

    /** Marks printed in the margin before a decision's first word: an asterisk, a bullet. */
    private static final String MARGIN_MARKS = "*•▪●";

    private static boolean lineStart(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        if (i >= 0 && MARGIN_MARKS.indexOf(text.charAt(i)) >= 0) { // "*   Resolved that:": a mark in the margin, not a word
            i--;
            while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i--;
            }
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
