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
    /** "It was (unanimously) approved", "The minutes were approved", "The accounts were received and approved". */
    private static final Pattern PASSIVE = Pattern.compile(
            "(?i)\\b(?:it\\s+was|was|were)\\s+" + ADVERBS + "(?:\\p{L}+ed,?\\s+and\\s+" + ADVERBS + ")?(?:" + WORDS.alternationWhere(1, "verb") + "|" + WORDS.alternationWhere(1, "passive-verb") + ")\\b");
    /** A word just before the verb that makes it no decision: "had been agreed", "as agreed". */
    private static final Pattern CANCELLED = Pattern.compile("(?i)(?:^|\\s)(?:" + WORDS.alternationWhere(1, "before") + "|"
            + WORDS.alternationWhere(1, "recall") + ")\\s*$");
    /** "it was " before a verb: what stands before it says whether the decision is recalled. */
    private static final Pattern PASSIVE_LEAD = Pattern.compile("(?i)(?:\\bit\\s+)?\\b(?:was|were)\\s+$");
    /** A word before "it was agreed" that recalls an earlier decision: "the minute of 15 May wherein it was agreed". */
    private static final Pattern RECALLED = Pattern.compile("(?i)(?:^|\\s)(?:" + WORDS.alternationWhere(1, "recall") + ")\\s*$");
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
            + "|(?<=\\n[^\\n]{1,50})(?<![.,;:!?])\\n(?=[ \\t]*\\p{Lu})"
            // a line of a list of payments ending in its sum, over a capital: the list's end
            + "|(?<=\\d[.,]\\d\\d)[ \\t]*\\n(?=[ \\t]*\\p{Lu}\\p{Ll})"
            // a run-in heading at a line's start: "Internal Audit - All Councillors agreed ..."
            + "|(?<![,;:(])\\n(?=[ \\t]*\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,4}\\s+[-–]\\s+\\p{Lu})");
    /** A word before a full stop that shortens a word or a name ("Cllr.", "W.", "C.C.C."), not a sentence's end. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?:^|[\\s(])(?:\\p{L}|\\p{Lu}(?:\\.\\p{L})+|(?i:" + WORDS.alternationWhere(1, "abbreviation") + "))$");
    /** "Proposed by A, seconded by B.": the vote on the decision the sentence before records. */
    private static final Pattern VOTE_ONLY = Pattern.compile(
            "(?i)^(?:" + WORDS.alternationWhere(1, "motion") + "|" + WORDS.alternationWhere(1, "second") + ")\\b.*");
    /** "... and after discussion it was resolved to ...": where the decision's own words begin. */
    private static final Pattern DECISION_START = Pattern.compile("(?i)\\b(?:" + WORDS.alternationWhere(1, "background") + ")\\s+"
            + ADVERBS + "(?:" + WORDS.alternationWhere(1, "verb") + "|" + WORDS.alternationWhere(1, "passive-verb") + ")\\b");
    /** "The following observations were agreed:": the decisions are the rows of the table after it. */
    private static final Pattern FOLLOWING = Pattern.compile("(?i)^the\\s+following\\b[^:]{3,60}:$");
    /** A word naming planning: in an item's title or a heading over its entries, it makes comments decisions. */
    private static final Pattern PLANNING = Pattern.compile("(?i)\\b(?:" + WORDS.alternationWhere(1, "planning") + ")\\b");
    /** "No objection.", "Support.", "Objection, outside the village limits.": a comment on an application. */
    private static final Pattern VERDICT = Pattern.compile("(?i)^(?:" + WORDS.alternationWhere(1, "verdict") + ")\\b(?:\\s*[.,;:–-].*)?$");
    /** A comment longer than this many words is a paragraph of its own, not an entry's last words. */
    private static final int VERDICT_WORDS = 15;
    /** Words of an application's description, at most, read back from its comment. */
    private static final int ENTRY_WORDS = 60;
    /** A sentence that is finished: its last mark. */
    private static final Pattern ENDED = Pattern.compile("[.!?:;]$");
    /** A decision that ends as a sentence does, not one that introduces what follows it. */
    private static final Pattern FINISHED = Pattern.compile("[.!?]$");
    /** A bullet, dash or point's mark before the first words of a line. */
    private static final Pattern LINE_MARKS = Pattern.compile("[ \\t]*(?:[•●▪◦*\\-–][ \\t]+|\\(?(?:[ivx]{1,4}|[a-h]|\\d{1,2})[.)][ \\t]+)?");
    /** Background longer than this many words before "it was resolved" is not the decision's. */
    private static final int BACKGROUND_WORDS = 12;
    /** ... unless the decision is too short to stand alone ("it was resolved to adopt"). */
    private static final int DECISION_WORDS = 9;
    /** A vote's sentence of no more words than this names only who moved it, no decision of its own. */
    private static final int VOTE_WORDS = 14;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int LONGEST = 600;

    private ProseResolutions() {
    }

    /** The deciding sentences of {@code body}, in order. */
    static List<ResolutionText> find(String text, Span body) {
        return find(text, body, false);
    }

    /**
     * The deciding sentences of {@code body}, in order; {@code planning}: the item's title names
     * planning, so each application's comment ("No objection.") is a decision too, as is a comment
     * after a heading that names planning within the body.
     */
    static List<ResolutionText> find(String text, Span body, boolean planning) {
        List<ResolutionText> out = new ArrayList<>();
        List<ResolutionText> rows = new ArrayList<>();
        ResolutionText last = null;
        List<Span> sentences = sentences(text, body);
        int firstFree = 0; // sentences before this one are already part of a resolution
        for (int k = 0; k < sentences.size(); k++) {
            Span s = sentences.get(k);
            if (rows.stream().anyMatch(r -> r.span().overlaps(s))) {
                continue;
            }
            String sentence = POINT_MARK.matcher(SPACES.matcher(text.substring(s.start(), s.end())).replaceAll(" ").strip()).replaceFirst("");
            if (last != null && VOTE_ONLY.matcher(sentence).matches() && text.substring(last.span().end(), s.start()).isBlank()
                    && sentence.split(" ").length <= VOTE_WORDS) {
                // the decision, then its proposer and seconder: one resolution
                ResolutionText joined = new ResolutionText(last.text() + " " + sentence, new Span(last.span().start(), s.end()));
                out.set(out.size() - 1, joined);
                last = null;
                continue;
            }
            last = null;
            if (planning && VERDICT.matcher(sentence).matches() && sentence.split(" ").length <= VERDICT_WORDS && !decides(sentence)) {
                Span entry = entryBefore(text, sentences, k, firstFree);
                if (entry != null) {
                    String words = SPACES.matcher(text.substring(entry.start(), entry.end())).replaceAll(" ").strip();
                    ResolutionText before = out.isEmpty() ? null : out.get(out.size() - 1);
                    if (before != null && text.substring(before.span().end(), entry.start()).isBlank()
                            && !FINISHED.matcher(before.text()).find()) {
                        // "It was agreed to send the following comment:" and the application it introduces
                        out.set(out.size() - 1, new ResolutionText(before.text() + " " + words,
                                new Span(before.span().start(), entry.end())));
                    } else {
                        out.add(new ResolutionText(words, entry));
                    }
                    firstFree = k + 1;
                }
                continue;
            }
            planning |= PLANNING.matcher(sentence).find();
            if (sentence.length() >= 12 && sentence.length() <= LONGEST && decides(sentence)) {
                List<ResolutionText> table = FOLLOWING.matcher(sentence).matches() ? TableDecisions.rows(text, s.end(), body.end()) : List.of();
                if (table.size() >= 2) {
                    rows.addAll(table);
                    out.addAll(table);
                    continue;
                }
                last = new ResolutionText(ownWords(sentence), s);
                out.add(last);
                firstFree = k + 1;
            }
        }
        return out;
    }

    /** "the Committee agreed to note ...", "the Cabinet unanimously agreed that ...": the deciding body, its verb, and the decision. */
    private static final Pattern BODY_AGREED = Pattern.compile("(?i)\\bthe\\s+(?:" + Lexicon.of("resolution-markers.tsv").alternationWhere(1, "body")
            + ")\\s+(?:(?:unanimously|therefore|then|also|further)\\s+)?(?:agreed|resolved|decided)\\s+(?<d>(?:to|that)\\s.*)$");

    /**
     * The decisions of {@code body} that name the body deciding: "Following consideration, the Committee agreed to note
     * the progress." Minutes that mark most decisions ("The Committee agreed:" over a list) record some in a sentence
     * of that form; the decision is what follows the verb.
     */
    static List<ResolutionText> bodyAgreed(String text, Span body) {
        List<ResolutionText> out = new ArrayList<>();
        for (Span s : sentences(text, body)) {
            String sentence = SPACES.matcher(text.substring(s.start(), s.end())).replaceAll(" ").strip();
            Matcher m = BODY_AGREED.matcher(sentence);
            if (sentence.length() <= LONGEST && m.find()) {
                out.add(new ResolutionText(m.group("d"), s));
            }
        }
        return out;
    }

    /**
     * The application a comment (sentence {@code k}) is made on, with the comment: the sentences before
     * it back to the first of its entry, which opens a line after a bullet, a blank line or a finished
     * sentence (an application printed as an address block, a line each, is one entry); none of them a
     * decision or a heading, at most {@value #ENTRY_WORDS} words. Null when there is no such description.
     */
    private static Span entryBefore(String text, List<Span> sentences, int k, int firstFree) {
        int words = 0;
        for (int j = k - 1; j >= firstFree; j--) {
            Span s = sentences.get(j);
            String sentence = SPACES.matcher(text.substring(s.start(), s.end())).replaceAll(" ").strip();
            words += sentence.split(" ").length;
            if (decides(sentence) || VERDICT.matcher(sentence).matches() || words > ENTRY_WORDS
                    || PLANNING.matcher(sentence).find() && sentence.split(" ").length <= 4) {
                return null;
            }
            int lineStart = text.lastIndexOf('\n', s.start() - 1) + 1;
            Matcher marks = LINE_MARKS.matcher(text).region(s.start(), s.end());
            boolean marked = marks.lookingAt() && marks.end() > s.start();
            if (LINE_MARKS.matcher(text.substring(lineStart, s.start())).matches()) {
                String before = j == 0 ? "" : text.substring(sentences.get(j - 1).start(), sentences.get(j - 1).end()).strip();
                if (marked || blankLineBefore(text, lineStart)
                        || j == firstFree || before.isEmpty() || ENDED.matcher(before).find()) {
                    return new Span(marked ? marks.end() : s.start(), sentences.get(k).end());
                }
            }
        }
        return null;
    }

    /** The decision without a long clause of background before "it was resolved", when it stands alone. */
    static String ownWords(String sentence) {
        Matcher d = DECISION_START.matcher(sentence);
        if (!d.find() || d.start() == 0) {
            return sentence;
        }
        String tail = sentence.substring(d.start());
        int before = sentence.substring(0, d.start()).strip().split("\\s+").length;
        int after = tail.split("\\s+").length;
        return before > BACKGROUND_WORDS && after >= DECISION_WORDS ? tail : sentence;
    }

    /** Whether the line starting at {@code lineStart} has a blank line (or only spaces) just above it. */
    private static boolean blankLineBefore(String text, int lineStart) {
        int p = lineStart - 2; // lineStart - 1 is the line break ending the line above
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p--;
        }
        return p >= 0 && text.charAt(p) == '\n';
    }

    /** Whether an item's title names planning, so that comments on applications under it are decisions. */
    static boolean namesPlanning(String title) {
        return PLANNING.matcher(title).find();
    }

    /** Whether a sentence records a decision. */
    static boolean decides(String sentence) {
        if (VOTE.matcher(sentence).find()) {
            return true;
        }
        Matcher p = PASSIVE.matcher(sentence);
        while (p.find()) {
            if (!RECALLED.matcher(sentence.substring(0, p.start())).find()) {
                return true;
            }
        }
        Matcher v = VERB.matcher(sentence);
        while (v.find()) {
            String before = sentence.substring(0, v.start());
            if (!CANCELLED.matcher(before).find() && !RECALLED.matcher(PASSIVE_LEAD.matcher(before).replaceFirst("")).find()) {
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
