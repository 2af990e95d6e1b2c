package org.councilgraph.text;

import static org.councilgraph.text.PostTokens.allCaps;
import static org.councilgraph.text.PostTokens.isJoin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.councilgraph.text.PostTokens.Tok;

/**
 * The modifiers before a post title's head, first to last: capitalised words (and acronyms in
 * brackets) on the head's line, joined perhaps by "and", "&amp;" or "of", not crossing another head
 * noun; across a line break only where a paragraph or a narrow cell wrapped the title.
 */
final class PostModifiers {
    private static final Pattern POSSESSIVE_WORD = Pattern.compile(".*(?:['’]s|s['’])");
    private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s$|['’]$");
    private static final Pattern OWNING_BODY = Pattern.compile("authorit(?:y|ies)|partnerships?|trusts?|governments?|councils?");
    private static final Pattern NUMBERED_POST = Pattern.compile("post-\\d+");
    private static final Pattern SHORT_CAPITALISED_LINE = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}'’-]*|and|&|of)(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|and|&|of))*");

    private final String text;
    private final List<Tok> toks;
    private final int i;
    private final boolean wholeSegment;
    private List<Integer> pre = new ArrayList<>();
    private int j;

    private PostModifiers(String text, List<Tok> toks, int i, boolean wholeSegment) {
        this.text = text;
        this.toks = toks;
        this.i = i;
        this.wholeSegment = wholeSegment;
        this.j = i - 1;
    }

    /**
     * The token indexes of the modifiers before the head at {@code i}. In a {@code wholeSegment}
     * known to hold a title, lower-case modifiers count too ("data analyst").
     */
    static List<Integer> before(String text, List<Tok> toks, int i, boolean wholeSegment) {
        return new PostModifiers(text, toks, i, wholeSegment).read();
    }

    private List<Integer> read() {
        while (j >= 0 && pre.size() < 9 && step()) {
            // each step takes one modifier (or an acronym in brackets) or crosses a line break
        }
        dropLeadingJoins(toks, pre);
        cutCapitalHeading();
        return pre;
    }

    /** Drops "and", "&amp;", "of" and "the" from the front of the modifiers. */
    static void dropLeadingJoins(List<Tok> toks, List<Integer> pre) {
        while (!pre.isEmpty() && (isJoin(toks.get(pre.get(0))) || toks.get(pre.get(0)).lower().equals("the"))) {
            pre.remove(0);
        }
    }

    /** Reads token {@code j}; false when the modifiers have ended. */
    private boolean step() {
        Tok p = toks.get(j);
        if (p.newline()) {
            int w = wrappedBefore(pre.isEmpty() ? i : pre.get(0));
            if (w >= 0 && (modifier(toks.get(w)) || isJoin(toks.get(w)) && !pre.isEmpty())) {
                j = w;
                return true;
            }
            return false;
        }
        // "Family Hub (FH) Team Manager": an acronym in brackets inside the title
        if (p.text().equals(")") && j >= 2 && toks.get(j - 2).text().equals("(") && allCaps(toks.get(j - 1).text()) && !pre.isEmpty()) {
            pre.add(0, j);
            pre.add(0, j - 1);
            pre.add(0, j - 2);
            j -= 3;
            return true;
        }
        if (!p.word() && !p.text().equals("&")) {
            return false; // "&" joins modifiers as "and" does: "O&S Chair", "Fostering & Adoption Manager"
        }
        String lw = p.lower();
        if (lw.equals("and") || lw.equals("&") || lw.equals("of") || lw.equals("the") && containsBracket()) {
            return connector(lw);
        }
        if (possessiveOfABody(p) || !canModify(p) || pastJoin(p)) {
            return false;
        }
        pre.add(0, j);
        j--;
        return true;
    }

    /**
     * A connector inside the modifiers: "Church of England", "Post Adoption and SGO Support"; not
     * between two titles: "Chair and Vice Chair", "Service and Assistant Service Manager".
     */
    private boolean connector(String lw) {
        if (lw.equals("of") && pre.size() > 1) {
            // "the West of Northshire Combined Authority Director of Operations": the words before the
            // head are the end of a body's name; only the title's own modifiers stay
            if (j > 0 && toks.get(j - 1).capitalised()) {
                while (!pre.isEmpty() && !PostWords.BINDING.contains(toks.get(pre.get(0)).lower())) {
                    pre.remove(0);
                }
            }
            return false;
        }
        if (j == 0 || !modifier(toks.get(j - 1)) || pre.isEmpty()
                || PostHeads.head(toks.get(j - 1).text()) != null || PostWords.BINDING.contains(toks.get(pre.get(0)).lower())
                || PostWords.UNIT.contains(toks.get(j - 1).lower())) {
            return false;
        }
        pre.add(0, j);
        j--;
        return true;
    }

    /**
     * A possessive is a determiner, not a modifier: "the Authority's Chief Executive Officer"
     * ("Children's Forum Representative" keeps its own possessive).
     */
    private static boolean possessiveOfABody(Tok p) {
        if (!POSSESSIVE_WORD.matcher(p.text()).matches()) {
            return false;
        }
        String owner = POSSESSIVE_END.matcher(p.lower()).replaceAll("");
        return PostWords.UNIT.contains(owner) || PostWords.UNIT.contains(owner + "s") || PostHeads.head(owner) != null
                || OWNING_BODY.matcher(owner).matches();
    }

    private boolean canModify(Tok p) {
        return modifier(p) || p.lower().equals("vice") || wholeSegment && !PostWords.SENTENCE.contains(p.lower())
                && Character.isLetter(p.text().charAt(0));
    }

    /**
     * Past an "and", at most two more modifiers and no head: "Gareth Westby and Culture Secretary"
     * is a name joined to a title, "Foreign Secretary ... and Culture Secretary" two titles. When
     * so, keeps only the modifiers after the "and" and returns true.
     */
    private boolean pastJoin(Tok p) {
        int joinAt = -1;
        for (int x = 0; x < pre.size(); x++) {
            String w = toks.get(pre.get(x)).lower();
            if (w.equals("and") || w.equals("&")) {
                joinAt = x;
            }
        }
        if (joinAt >= 0 && (joinAt >= 2 || PostHeads.head(p.text()) != null)) {
            pre = new ArrayList<>(pre.subList(joinAt + 1, pre.size()));
            return true;
        }
        return false;
    }

    /** A heading in capitals run into a sentence: "PLAY SERVICES UPDATE The Strategic Director". */
    private void cutCapitalHeading() {
        for (int k = pre.size() - 1; k >= 0; k--) {
            Tok p = toks.get(pre.get(k));
            if (p.text().length() > 6 && allCaps(p.text()) && !allCaps(toks.get(i).text())) {
                pre = new ArrayList<>(pre.subList(k + 1, pre.size()));
                break;
            }
        }
    }

    private boolean containsBracket() {
        return pre.stream().anyMatch(p -> toks.get(p).text().equals("("));
    }

    /** A word that can stand before a head as part of a post title. */
    static boolean modifier(Tok p) {
        if (!p.word()) {
            return false;
        }
        String lw = p.lower().replace('’', '\'');
        if (PostWords.SENTENCE.contains(lw) || Character.isDigit(p.text().charAt(0))) {
            return false;
        }
        return p.capitalised() || NUMBERED_POST.matcher(lw).matches();
    }

    /** A field's label opening a line: "Relevant Portfolio Holder:". */
    private static final java.util.regex.Pattern FIELD_LABEL = java.util.regex.Pattern.compile("^[\\p{L}’' &-]{2,60}:");

    /**
     * When the line break at token {@code j} wraps a title, the last token of the line before; else
     * -1. A paragraph wraps after a long line (at most one blank line between); a narrow table cell
     * wraps a short line of capitalised words onto another short line ("Agency\nDecision Maker").
     */
    private int wrappedBefore(int firstOfTitle) {
        int k = j;
        int breaks = 0;
        while (k >= 0 && toks.get(k).newline()) {
            k--;
            breaks++;
        }
        if (k < 0 || breaks > 2 || breaks == 2 && !PostRemits.doubleSpaced(text) || !toks.get(k).word()) {
            return -1;
        }
        int lineStart = text.lastIndexOf('\n', toks.get(k).start()) + 1;
        String prevLine = text.substring(lineStart, toks.get(k).end()).strip();
        int titleLineEnd = text.indexOf('\n', toks.get(firstOfTitle).start());
        titleLineEnd = titleLineEnd < 0 ? text.length() : titleLineEnd;
        String titleLine = text.substring(toks.get(j).end(), titleLineEnd).strip();
        if (toks.get(k).end() - lineStart >= PostRemits.WRAPPED_LINE) {
            // a paragraph wraps into no field's label: "Relevant Portfolio Holder: ..." starts its line
            return FIELD_LABEL.matcher(titleLine).lookingAt() ? -1 : k;
        }
        // a name on the line before is the holder, not part of the title ("Ann Westby\nDirector of ...")
        boolean nameBefore = PersonName.parse(prevLine).filter(n -> n.hasGiven()).isPresent();
        if (breaks == 1 && !nameBefore && prevLine.length() <= 30 && titleLine.length() <= 40
                && SHORT_CAPITALISED_LINE.matcher(prevLine).matches()) {
            return k;
        }
        return -1;
    }
}
