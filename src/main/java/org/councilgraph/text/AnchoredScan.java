package org.councilgraph.text;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A grammar that may begin at any word (a run of capitalised words before "Council", say) run only
 * around the words every match of it must hold: the same matches as a scan of the whole text, found in
 * a fraction of its time, since such a grammar otherwise tries every word of a paper as its first.
 *
 * <p>Sound when every match holds an anchor and begins at most {@code before} characters before its
 * first anchor and ends at most {@code after} characters past it.
 *
 * @param grammar the pattern whose matches are wanted
 * @param anchor  words every match holds
 * @param before  the most characters a match begins before its first anchor
 * @param after   the most characters a match ends after the end of its first anchor
 */
public record AnchoredScan(Pattern grammar, Pattern anchor, int before, int after) {

    /** The matches of the grammar in {@code text[0, to)}, as a scan of the whole of it finds them. */
    public List<MatchResult> matches(CharSequence text, int to) {
        List<MatchResult> out = new ArrayList<>();
        forEach(text, to, m -> out.add(m.toMatchResult()));
        return out;
    }

    /**
     * Gives {@code each} the grammar's matcher at each match in {@code text[0, to)}, in order, for what a
     * {@link MatchResult} of this JDK does not tell (named groups); it must not move the matcher.
     */
    public void forEach(CharSequence text, int to, Consumer<Matcher> each) {
        CharSequence within = to == text.length() ? text : CharBuffer.wrap(text, 0, to);
        Matcher k = anchor.matcher(within);
        Matcher m = grammar.matcher(within).useTransparentBounds(true).useAnchoringBounds(false);
        int done = 0; // the text before this is read
        while (done < to && k.find(done)) {
            // no match begins before the stretch: it would hold an anchor before this one, read already
            m.region(Math.max(done, k.start() - before), Math.min(to, k.end() + after));
            if (m.find() && m.start() < k.end()) {
                int next = Math.max(m.end(), m.start() + 1);
                each.accept(m);
                done = next;
            } else {
                done = k.end();
            }
        }
    }

    /** The matches in the whole of {@code text}. */
    public List<MatchResult> matches(CharSequence text) {
        return matches(text, text.length());
    }
}
