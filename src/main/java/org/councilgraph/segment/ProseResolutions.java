package org.councilgraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.segment.Layout.ResolutionText;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.Span;

/**
 * Decisions of minutes that print no "RESOLVED" or "AGREED" heading: the sentences that decide in their
 * own words ("It was resolved to renew the grass-cutting contract.", "Members agreed that ...",
 * "Proposed by ..., seconded by ... and carried."). Each such sentence, whole, is one resolution. The
 * verbs and the words that cancel them are in {@code resolution-sentences.tsv}.
 */
final class ProseResolutions {
    private static final Lexicon WORDS = Lexicon.of("resolution-sentences.tsv");
    private static final String ADVERBS = "(?:(?:" + WORDS.alternationWhere(1, "adverb") + ")\\s+)*";
    /** A deciding verb, with the adverbs before it. */
    private static final Pattern VERB = Pattern.compile("(?i)\\b" + ADVERBS + "(?:" + WORDS.alternationWhere(1, "verb") + ")\\b");
    /** "It was (unanimously) approved", "The minutes were approved". */
    private static final Pattern PASSIVE = Pattern.compile(
            "(?i)\\b(?:it\\s+was|was|were)\\s+" + ADVERBS + "(?:" + WORDS.alternationWhere(1, "verb") + "|" + WORDS.alternationWhere(1, "passive-verb") + ")\\b");
    /** A word just before the verb that makes it no decision: "had been agreed", "as agreed". */
    private static final Pattern CANCELLED = Pattern.compile("(?i)(?:^|\\s)(?:" + WORDS.alternationWhere(1, "before") + ")\\s*$");
    /** A motion proposed and seconded, or seconded and carried. */
    private static final Pattern VOTE = Pattern.compile(
            "(?i)\\b(?:" + WORDS.alternationWhere(1, "motion") + ")\\b.*\\b(?:" + WORDS.alternationWhere(1, "second") + ")\\b"
            + "|\\b(?:" + WORDS.alternationWhere(1, "second") + ")\\b.*\\b(?:" + WORDS.alternationWhere(1, "carried") + ")\\b");
    /** A full stop, question or exclamation mark ending a sentence: space and a capital, a digit or a quote after it. */
    private static final Pattern STOP = Pattern.compile("[.!?](?=\\s+[\\p{Lu}\\d\"“‘(]|\\s*$)");
    /** "iv)", "(b)", "2)": a point's mark. */
    private static final String POINT = "\\(?(?:[ivx]{1,4}|[a-h]|\\d{1,2})\\)\\s";
    private static final Pattern POINT_MARK = Pattern.compile("^" + POINT + "\\s*");
    /** A paragraph break or a bullet at a line's start: a sentence ends there whatever its last mark. */
    private static final Pattern BREAK = Pattern.compile("\\n[ \\t]*\\n|\\n(?=[ \\t]*[•●▪◦\\-–*][ \\t])|(?<=^|\\s)(?=" + POINT + ")"
            // a short line without a closing mark over a capital: a heading ("Emailing Minutes")
            + "|(?<=\\n[^\\n]{1,50})(?<![.,;:!?])\\n(?=[ \\t]*\\p{Lu})");
    /** A word before a full stop that shortens a word or a name ("Cllr.", "W.", "C.C.C."), not a sentence's end. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?:^|[\\s(])(?:\\p{L}|\\p{Lu}[\\p{L}.]{0,3}|(?i:" + WORDS.alternationWhere(1, "abbreviation") + "))$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int LONGEST = 600;

    private ProseResolutions() {
    }

    /** The deciding sentences of {@code body}, in order. */
    static List<ResolutionText> find(String text, Span body) {
        List<ResolutionText> out = new ArrayList<>();
        for (Span s : sentences(text, body)) {
            String sentence = POINT_MARK.matcher(SPACES.matcher(text.substring(s.start(), s.end())).replaceAll(" ").strip()).replaceFirst("");
            if (sentence.length() >= 12 && sentence.length() <= LONGEST && decides(sentence)) {
                out.add(new ResolutionText(sentence, s));
            }
        }
        return out;
    }

    /** Whether a sentence records a decision. */
    static boolean decides(String sentence) {
        if (PASSIVE.matcher(sentence).find() || VOTE.matcher(sentence).find()) {
            return true;
        }
        Matcher v = VERB.matcher(sentence);
        while (v.find()) {
            if (!CANCELLED.matcher(sentence.substring(0, v.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /** The sentences of {@code body}: cut at full stops (not an abbreviation's), paragraph breaks and bullets. */
    private static List<Span> sentences(String text, Span body) {
        List<Integer> cuts = new ArrayList<>();
        Matcher b = BREAK.matcher(text).region(body.start(), body.end());
        while (b.find()) {
            cuts.add(b.start());
        }
        Matcher m = STOP.matcher(text).region(body.start(), body.end());
        while (m.find()) {
            String before = text.substring(Math.max(body.start(), m.start() - 8), m.start());
            if (text.charAt(m.start()) != '.' || !ABBREVIATION.matcher(before).find()) {
                cuts.add(m.end());
            }
        }
        cuts.add(body.end());
        cuts.sort(Integer::compare);
        List<Span> out = new ArrayList<>();
        int s = body.start();
        for (int c : cuts) {
            int a = s;
            while (a < c && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
            if (c > a) {
                out.add(new Span(a, c));
            }
            s = Math.max(s, c);
        }
        return out;
    }
}
