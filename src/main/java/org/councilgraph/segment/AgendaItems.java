package org.councilgraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.segment.Layout.ItemSection;
import org.councilgraph.text.Casing;
import org.councilgraph.text.Span;

/**
 * Numbered items of business within a meeting section: "24. Title", "1 Welcome, Introductions",
 * a number alone on a line with the title under it (web pages), "84. Apologies / (Item 1)".
 *
 * <p>Item numbers in a meeting run upwards, so a number that breaks the run ("1. Mr T Pennington provided
 * an update" inside item 87) is a numbered paragraph, not an item. Titles may wrap over lines.
 */
final class AgendaItems {
    /**
     * "24. Title", "24 Title", "Item 5: Title", "45/24 Title" (minute number and year), "C45. Title"
     * (a committee's letters before the number).
     */
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:(?i:agenda\\s+)?(?i:item)\\s+)?(?<p>[A-Z]{1,4}\\.?(?=\\d))?(?<n>\\d{1,3})(?<l>[a-h](?=[.):]|\\s))?(?<y>/\\d{2,4}(?![\\d/]))?(?<dot>[.):]|\\s+[-–](?=\\s)|\\s)\\s*(?<t>\\S.*)?$");
    private static final Pattern TRAILER = Pattern.compile(
            "(?i)\\s*(?:\\(?\\s*pages?\\s+\\d+\\s*(?:-|–|to)\\s*\\d+\\s*\\)?|\\(\\s*item\\s+\\d+[a-z]?\\s*\\)|"
            + "appendix\\s+[a-z0-9]+|(?:pdf\\s+icon\\s+)?pdf\\s+\\d+(?:\\.\\d+)?\\s*[kmg]b|\\bpdf\\s+icon|"
            + "\\(\\s*(?:min|mins|minutes)\\.?\\s+\\d+\\s*\\))\\s*$");
    private static final Pattern DOCUMENT_MARK = Pattern.compile("(?i)\\bpdf\\s+\\d+(?:\\.\\d+)?\\s*[kmg]b\\b|pdf icon");
    private static final Pattern MONTH_START = Pattern.compile(
            "(?i)^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\b");
    private static final Pattern BODY_START = Pattern.compile(
            "(?i)^(?:the|it|members|resolved|agreed|minutes|there|a |an |in |councillor|cllr|mr|mrs|ms|dr|to (?:receive|consider|note|approve|agree|confirm|agree|review|discuss|elect|appoint)|"
            + "this|that|further|following|apologies|no |none)\\b.*");
    private static final Pattern FUNCTION_END = Pattern.compile("(?i).*(?:\\b(?:and|of|the|for|to|in|on|with|from|by|at|or)|[,&/\\-–])$");

    private AgendaItems() {
    }

    /** A title line found, before resolutions and bodies are attached. */
    private record Head(int number, String title, Span titleSpan, int lineIndex, int bodyStart, boolean document,
                        int name, boolean itemMark, String printed, int sub) {
    }

    /** "(Item 3)", "Agenda Item 3": the printed minutes say which agenda item a minute records. */
    private static final Pattern ITEM_MARK = Pattern.compile("(?i)^\\(?\\s*(?:agenda\\s+)?item\\s+\\d+[a-z]?\\s*\\)?\\.?$");
    /** A decision form's item: "(a) Subject: Title / (agenda item 7)". */
    private static final Pattern SUBJECT_ITEM = Pattern.compile(
            "(?im)^[ \\t]*(?:\\([a-z]\\)\\s*)?(?:subject|title|item|report title)\\s*:[ \\t]*(?<t>[^\\n]+(?:\\n(?![ \\t]*\\(?\\s*agenda\\s+item)[^\\n]+){0,2})"
            + "\\n?[ \\t]*\\(\\s*agenda\\s+item\\s+(?<n>\\d{1,3}[a-z]?)\\s*\\)");

    static List<ItemSection> find(Lines lines, int from, int to) {
        String text = lines.text();
        List<ItemSection> subjects = subjectItems(lines, from, to);
        if (!subjects.isEmpty()) {
            return subjects;
        }
        List<Head> heads = new ArrayList<>();
        int i = lines.indexAt(from);
        while (i < lines.size() && lines.get(i).start() < to) {
            Lines.Line line = lines.get(i);
            Matcher m = NUMBERED.matcher(line.text());
            if (!m.matches()) {
                i++;
                continue;
            }
            if (m.group("n").length() > 1 && m.group("n").startsWith("0")) {
                i++;
                continue; // "01 David Redgewell": a numbered list, not agenda business
            }
            int n = Integer.parseInt(m.group("n"));
            if (n > 400) {
                i++;
                continue;
            }
            String printed = (m.group("p") == null ? "" : m.group("p")) + m.group("n") + (m.group("l") == null ? "" : m.group("l"))
                    + (m.group("y") == null ? "" : m.group("y"));
            int sub = m.group("l") == null ? 0 : m.group("l").charAt(0) - 'a' + 1;
            String first = m.group("t");
            if (first != null && m.group("dot").equals(".") && first.matches("^\\d{1,2}(?:\\s.*|$)")) {
                i++;
                continue; // "5.1 ...": a paragraph or sub-item number
            }
            int titleLine = i;
            if (first == null || first.isBlank()) {
                if (!m.group("dot").matches("[.):]")) {
                    i++;
                    continue;
                }
                // number alone on its line: the title is the next non-blank line
                titleLine = lines.nextNonBlank(i + 1);
                if (titleLine < 0 || titleLine > i + 3 || lines.get(titleLine).start() >= to) {
                    i++;
                    continue;
                }
                first = lines.get(titleLine).text();
            } else if (m.group("dot").isBlank() && (MONTH_START.matcher(first).find()
                    || first.matches("^[\\d.:,%£-].*") && !first.matches("^\\d{2,4}/\\d{2,5}\\s+(?:-\\s+)?[A-Z].*"))) {
                i++;
                continue; // "12 September 2024 at 5.00 pm" is a date, not item 12; "11 2024/25 P3 Report" is an item
            }
            if (!plausibleTitle(first) || first.matches("(?i)^(?:[-–]\\s*)?(?:appendix|appendices|annex|enclosure|attachment)\\b.*")) {
                i++;
                continue; // "Item 15a - Appendix 1 ...": a document attached to an item, not business
            }
            // "10 Dr Philippa A Nason": a numbered list of people, not business
            Optional<org.councilgraph.text.PersonName> asName =
                    org.councilgraph.text.PersonName.parse(TRAILER.matcher(first).replaceAll("").strip().replaceAll("[,.]$", ""));
            int name = asName.isPresent() ? 1 : 0;
            if (asName.isPresent() && (!asName.get().honorific().isEmpty() || asName.get().givenIsInitials())
                    || first.matches("^(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\\.?\\s+)?[A-Z][a-z]+(?:\\s+[A-Z]\\.?)?\\s+[A-Z][a-z'’\\-]+,\\s+[A-Z].*")) {
                heads.add(new Head(n, first, lines.get(i).span(text), i, lines.get(i).end(), false, 2, false, printed, sub));
                i++;
                continue;
            }
            StringBuilder title = new StringBuilder(first);
            Lines.Line tl = lines.get(titleLine);
            int titleStart = tl.start() + Math.max(0, tl.text().isEmpty() ? 0 : text.substring(tl.start(), tl.end()).indexOf(first));
            int titleEnd = tl.end();
            int j = titleLine + 1;
            int added = 0;
            while (added < 3 && j < lines.size() && lines.get(j).start() < to) {
                String cur = TRAILER.matcher(title.toString().strip()).replaceAll("");
                if (cur.matches(".*[.?!:]$") || DOCUMENT_MARK.matcher(title).find()) {
                    break;
                }
                if (titleLine != i && !FUNCTION_END.matcher(cur).matches()) {
                    break; // a title under a bare number is one line unless it plainly runs on
                }
                Lines.Line next = lines.get(j);
                if (next.blank()) {
                    int k = lines.nextNonBlank(j);
                    if (k < 0 || k > j + 2 || !FUNCTION_END.matcher(cur).matches() || NUMBERED.matcher(lines.get(k).text()).matches()) {
                        break;
                    }
                    next = lines.get(k);
                    j = k;
                }
                String nt = next.text();
                boolean openPages = title.toString().matches("(?is).*\\(\\s*pages?\\s*$");
                if (openPages && nt.matches("^\\d+\\s*(?:-|–|to)\\s*\\d+\\s*\\).*")) {
                    append(title, nt);
                    titleEnd = next.end();
                    j++;
                    break;
                }
                if (nt.length() > 110 || NUMBERED.matcher(nt).matches() && !FUNCTION_END.matcher(cur).matches()
                        || BODY_START.matcher(nt).matches() && !FUNCTION_END.matcher(cur).matches()
                        || nt.matches("(?i)^\\(?item\\s+\\d+.*|^\\(pages?.*|^minutes:?$|^decision:?$|^additional documents:?$")) {
                    break;
                }
                append(title, nt);
                titleEnd = next.end();
                j++;
                added++;
            }
            String raw = title.toString();
            boolean document = DOCUMENT_MARK.matcher(raw).find();
            String clean = tidy(raw);
            if (clean.length() < 3) {
                i++;
                continue;
            }
            int markLine = lines.nextNonBlank(j);
            boolean itemMark = markLine >= 0 && markLine <= j + 2 && ITEM_MARK.matcher(lines.get(markLine).text()).matches();
            heads.add(new Head(n, clean, new Span(titleStart, Math.max(titleStart, titleEnd)), i,
                    lines.get(Math.min(j, lines.size() - 1)).start(), document, name, itemMark, printed, sub));
            i++;
        }
        heads = dropNameLists(lines, heads);
        heads = bestRun(heads);
        if (heads.isEmpty()) {
            return headingItems(lines, from, to);
        }
        // a lone "1." followed by nothing sequential is a numbered paragraph, not an agenda
        if (heads.size() == 1 && from > 0 && heads.get(0).title().split(" ").length > 12) {
            return List.of();
        }
        List<ItemSection> items = new ArrayList<>();
        for (int k = 0; k < heads.size(); k++) {
            Head h = heads.get(k);
            int bodyEnd = k + 1 < heads.size() ? lines.get(heads.get(k + 1).lineIndex()).start() : to;
            Span body = new Span(Math.min(h.bodyStart(), bodyEnd), bodyEnd);
            items.add(new ItemSection(Optional.of(h.printed()), h.title(), h.titleSpan(), body,
                    Resolutions.find(text, body), h.document()));
        }
        return items;
    }

    /** A title's next line: "2024-" and "25" are one word broken at the line's end. */
    private static void append(StringBuilder title, String next) {
        boolean broken = title.length() > 1 && title.charAt(title.length() - 1) == '-'
                && Character.isLetterOrDigit(title.charAt(title.length() - 2)) && !next.isEmpty()
                && (Character.isDigit(next.charAt(0)) || Character.isLowerCase(next.charAt(0)));
        title.append(broken ? "" : " ").append(next);
    }

    /**
     * A block of numbered lines with nothing else between them, most of them people's names, is a
     * list of speakers or signatories ("10 Dr Philippa A Nason", "11 Wilma Pennington"): none of it is
     * business. Names printed with a title are never items, in a block or not.
     */
    private static List<Head> dropNameLists(Lines lines, List<Head> heads) {
        List<Head> out = new ArrayList<>();
        int k = 0;
        while (k < heads.size()) {
            int e = k + 1;
            while (e < heads.size() && onlyBlankBetween(lines, heads.get(e - 1), heads.get(e))) {
                e++;
            }
            List<Head> block = heads.subList(k, e);
            long names = block.stream().filter(h -> h.name() > 0).count();
            boolean nameList = block.size() >= 3 && names * 5 >= block.size() * 3;
            for (Head h : block) {
                if (h.name() < 2 && !nameList) {
                    out.add(h);
                }
            }
            k = e;
        }
        return out;
    }

    private static boolean onlyBlankBetween(Lines lines, Head a, Head b) {
        int last = lines.indexAt(a.titleSpan().end() > 0 ? a.titleSpan().end() - 1 : 0);
        for (int i = Math.max(a.lineIndex(), last) + 1; i < b.lineIndex(); i++) {
            if (!lines.get(i).blank()) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern NOT_AN_ITEM_HEADING = Pattern.compile(
            "(?i)^(?:(?:members?|councillors?|officers?|also)\\s+)?present|in\\s+attendance.*|also\\s+in\\s+attendance.*|resolved|agreed|decided|"
            + "recommendations?|actions?|agenda|minutes|public\\s+session|private\\s+session|(?:un)?restricted\\s+items?|exempt\\s+items?|"
            + "part\\s+[ab12i]+|chair(?:man)?|signed|date|part\\s+one|part\\s+two|notes?|items?$");

    /**
     * Minutes that do not number their business: headings in capitals, each over the text of its
     * minute ("APOLOGIES FOR ABSENCE / Apologies were received from ..."). Read only where no numbered
     * item was found, and only when there are at least two.
     */
    private static List<ItemSection> headingItems(Lines lines, int from, int to) {
        String text = lines.text();
        List<int[]> found = new ArrayList<>();
        int i = lines.indexAt(from);
        for (; i < lines.size() && lines.get(i).start() < to; i++) {
            Lines.Line l = lines.get(i);
            String t = l.text().replaceAll("[.:]$", "").strip();
            int words = t.isEmpty() ? 0 : t.split("\\s+").length;
            if (words < 1 || words > 14 || t.length() < 5 || t.length() > 120 || !Casing.isUpper(t)
                    || NOT_AN_ITEM_HEADING.matcher(t).matches() || org.councilgraph.text.Dates.first(t).isPresent()
                    || org.councilgraph.text.PersonName.parse(t).filter(n -> !n.honorific().isEmpty()).isPresent()
                    || Committees.clean(t) != null) {
                continue;
            }
            int prev = i - 1;
            boolean apart = prev < 0 || lines.get(prev).blank() || lines.get(prev).start() < from;
            int next = lines.nextNonBlank(i + 1);
            boolean body = next > 0 && next < lines.size() && !Casing.isUpper(lines.get(next).text());
            if (apart && body) {
                found.add(new int[] {i, next});
            }
        }
        List<ItemSection> out = new ArrayList<>();
        if (found.size() < 2) {
            return out;
        }
        for (int k = 0; k < found.size(); k++) {
            Lines.Line h = lines.get(found.get(k)[0]);
            int bodyStart = lines.get(found.get(k)[1]).start();
            int bodyEnd = k + 1 < found.size() ? lines.get(found.get(k + 1)[0]).start() : to;
            Span body = new Span(Math.min(bodyStart, bodyEnd), bodyEnd);
            out.add(new ItemSection(Optional.empty(), tidy(h.text()), h.span(text), body, Resolutions.find(text, body), false));
        }
        return out;
    }

    /**
     * Decision forms list each item as "(a) Subject: Title" with "(agenda item 7)" under it; where a
     * section has those, they are its items.
     */
    private static List<ItemSection> subjectItems(Lines lines, int from, int to) {
        String text = lines.text();
        List<int[]> found = new ArrayList<>();
        List<String[]> parts = new ArrayList<>();
        Matcher m = SUBJECT_ITEM.matcher(text).region(from, to);
        while (m.find()) {
            found.add(new int[] {m.start(), m.start("t"), m.end("t"), m.end()});
            parts.add(new String[] {m.group("n"), m.group("t")});
        }
        List<ItemSection> out = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            int[] f = found.get(k);
            int bodyEnd = k + 1 < found.size() ? lines.get(lines.indexAt(found.get(k + 1)[0])).start() : to;
            // a form repeats its heading lines ("Deadline for ... referral") above each subject
            int li = lines.indexAt(f[0]);
            int prev = lines.prevNonBlank(li - 1);
            if (k + 1 < found.size()) {
                int nextTop = lines.indexAt(found.get(k + 1)[0]);
                int above = lines.prevNonBlank(nextTop - 1);
                if (above >= 0 && lines.get(above).start() > f[3] && lines.get(above).text().length() < 80
                        && !lines.get(above).text().matches(".*[.;]$")) {
                    bodyEnd = Math.min(bodyEnd, lines.get(above).start());
                }
            }
            Span body = new Span(f[3], Math.max(f[3], bodyEnd));
            String title = tidy(parts.get(k)[1]);
            out.add(new ItemSection(Optional.of(parts.get(k)[0]), title, new Span(f[1], f[2]), body,
                    Resolutions.find(text, body), false));
        }
        return out;
    }

    /**
     * Item numbers run upwards through a meeting. Of all numbered lines, keep the chain with rising
     * numbers (steps of 1 to 4) that reads most like a list of titles: numbered paragraphs and
     * numbered resolutions read as sentences and lose to the real items around them.
     */
    private static List<Head> bestRun(List<Head> heads) {
        int n = heads.size();
        if (n == 0) {
            return heads;
        }
        double[] best = new double[n];
        int[] prev = new int[n];
        for (int k = 0; k < n; k++) {
            double title = titleScore(heads.get(k));
            best[k] = title;
            prev[k] = -1;
            for (int j = 0; j < k; j++) {
                int step = heads.get(k).number() - heads.get(j).number();
                // "7", "7a", "7b", "8": a lettered sub-item follows its item or the sub-item before it
                boolean subStep = step == 0 && heads.get(k).sub() > heads.get(j).sub() && heads.get(k).sub() - heads.get(j).sub() <= 2;
                if (subStep) {
                    step = 1;
                }
                if (step < 1 || step > 4 || heads.get(j).lineIndex() >= heads.get(k).lineIndex()) {
                    continue;
                }
                double s = best[j] + title - 0.5 * (step - 1);
                if (s > best[k]) {
                    best[k] = s;
                    prev[k] = j;
                }
            }
        }
        int end = 0;
        for (int k = 1; k < n; k++) {
            if (best[k] > best[end]) {
                end = k;
            }
        }
        List<Head> chain = new ArrayList<>();
        for (int k = end; k >= 0; k = prev[k]) {
            chain.add(0, heads.get(k));
        }
        return chain;
    }

    /**
     * How much a line reads like an item title: capitalised words, short, no sentence verbs; a
     * minute marked "(Item 3)" under its title is certainly one. Sentences score below zero, so that
     * numbered paragraphs never join the run of items however many there are.
     */
    private static double titleScore(Head h) {
        double score = wordScore(h);
        if (h.itemMark()) {
            score += 1.0;
        }
        if (Casing.isUpper(h.title()) && h.title().length() > 5) {
            score += 0.3;
        }
        if (h.name() > 0) {
            score -= 0.8;
        }
        if (h.title().matches("^(?:The|This|These|It|He|She|They|We|Members|Mr|Mrs|Ms|Dr|Councillor|Cllr|In|At|On|Following|Further)\\s+[a-z]?.*")
                && h.title().matches(".*\\b(?:was|were|had|has|have|is|are|would|will|could|said|noted|stated|explained|asked|"
                + "advised|introduced|reported|commented|highlighted|proposed|seconded|confirmed|provided|thanked|welcomed|agreed)\\b.*")) {
            score -= 1.0;
        }
        return score;
    }

    private static double wordScore(Head h) {
        String[] words = h.title().split("\\s+");
        int content = 0;
        int capital = 0;
        for (String w : words) {
            String bare = w.replaceAll("^[^\\p{L}\\d]+", "");
            if (bare.isEmpty() || bare.matches("(?i)and|of|the|for|to|in|on|with|from|by|at|or|a|an|&|-|–")) {
                continue;
            }
            content++;
            if (Character.isUpperCase(bare.codePointAt(0)) || Character.isDigit(bare.codePointAt(0))) {
                capital++;
            }
        }
        double ratio = content == 0 ? 0 : (double) capital / content;
        double score = 0.6 + ratio;
        if (words.length > 18) {
            score -= 0.5;
        }
        if (words.length > 30) {
            score -= 0.5;
        }
        if (h.title().matches("(?i).*\\b(?:was|were|had|has|is|are|would|will|provided|noted|agreed|approved)\\b.*")) {
            score -= 0.3;
        }
        return score;
    }

    private static boolean plausibleTitle(String t) {
        String s = t.strip();
        if (s.isEmpty() || !Character.isUpperCase(s.codePointAt(0)) && !Character.isDigit(s.codePointAt(0))) {
            return false;
        }
        if (s.matches("(?i)^(?:tel|email|e-mail|page)\\b.*")) {
            return false;
        }
        // a long sentence with a finite verb is a numbered paragraph
        return !(s.split("\\s+").length > 25);
    }

    /** Title without page references, "(Item 3)", file-size marks, final full stop; capitals tidied. */
    static String tidy(String raw) {
        String s = raw.replaceAll("\\s+", " ").strip();
        String prev;
        do {
            prev = s;
            s = TRAILER.matcher(s).replaceAll("").strip();
        } while (!s.equals(prev));
        s = s.replaceAll("(?i)\\s*\\(\\s*pages?\\s*$", "");
        s = s.replaceAll("[\\s.:;,]+$", "").strip();
        return s;
    }
}
