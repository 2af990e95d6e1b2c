package org.councilgraph.text;

import static org.councilgraph.text.PostTokens.allCaps;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.text.PostTokens.Tok;

/**
 * The remit after a post title's head: "of Children and Family Services", "for Finance, Corporate
 * and Commercial Services", ": Business Services", and where the title ends its line ", Education and
 * SEND". Capitalised words joined by "and", "of", "the" and commas, which may wrap onto the next line
 * only where a paragraph or a narrow column wrapped the title.
 */
final class PostRemits {
    /** A line at least this long (in characters) ends where a paragraph wrapped, not where a title ended. */
    static final int WRAPPED_LINE = 55;
    /** "Committee Chair: Councillor Tess Westby": a line that opens with a label is a new field. */
    private static final Pattern FIELD_LINE = Pattern.compile("^\\s*\\p{Lu}[\\p{L} ()/'’-]{0,40}:(?!\\S)");
    /** A field's label wrapped onto a second line: "Relevant Cabinet\nMember:". */
    private static final Pattern WRAPPED_FIELD_LINE = Pattern.compile("^[ \\t]*\\p{Lu}[\\p{L} &/'’-]{0,40}\\n[ \\t]*\\p{L}[\\p{L}()]{0,20}:(?!\\S)");
    private static final Pattern SHORT_LINE = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}'’-]*|and|&|of|the)(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|and|&|of|the)){0,3}");
    private static final Pattern CONTACT_LINE = Pattern.compile(
            "(?i)^(?:\\+|\\d|" + PostWords.CONTACT_ALTERNATION + ")\\b?.*");
    private static final Pattern ACRONYM_OR_AGES = Pattern.compile("[A-Z][A-Za-z]{1,7}|\\d+-\\d+");
    private static final Pattern FIRST_STOP = Pattern.compile("[,.;:(]");
    private static final ThreadLocal<Object[]> SPACING = new ThreadLocal<>();

    private final String text;
    private final List<Tok> toks;
    private final int k;
    private final boolean tight;
    private int last = -1;
    private int words;
    private int m;

    private PostRemits(String text, List<Tok> toks, int k, boolean tight) {
        this.text = text;
        this.toks = toks;
        this.k = k;
        this.tight = tight;
        this.m = k;
    }

    /**
     * The last token of a remit starting at {@code k}: capitalised words joined by "and", "of",
     * "the", commas; or -1 when there is none. A line break is crossed only where the line ends
     * with a joining word or the next line begins with one ("Director of Children and\nFamily
     * Services"). {@code tight} remits (after a comma or colon) take no lower-case joiners but "and".
     */
    static int remit(String text, List<Tok> toks, int k, boolean tight) {
        return new PostRemits(text, toks, k, tight).read();
    }

    private int read() {
        if (m < toks.size() && toks.get(m).lower().equals("the")) {
            m++;
        }
        while (m < toks.size() && words < 12 && step()) {
            // each step reads one token or crosses one line break
        }
        return last;
    }

    /** Reads the token at {@code m}; false when the remit has ended. */
    private boolean step() {
        Tok t = toks.get(m);
        if (t.newline()) {
            return crossLine();
        }
        String l = t.lower().replace('’', '\'');
        if (t.word() && t.capitalised() || t.word() && allCaps(t.text())) {
            return capitalWord(t, l);
        }
        if (t.text().equals("(") && m + 2 < toks.size() && toks.get(m + 2).text().equals(")")
                && ACRONYM_OR_AGES.matcher(toks.get(m + 1).text()).matches()) {
            // an acronym or an age band inside the title: "Family Hub (FH) Team Manager"
            if (m + 3 < toks.size() && toks.get(m + 3).capitalised() && !toks.get(m + 3).text().equals("(")) {
                m += 3;
                return true;
            }
            return false;
        }
        if (PostWords.REMIT_JOIN.contains(l)) {
            if (!l.equals(",") && m > 0 && toks.get(m - 1).text().equals(",") && !l.equals("and")) {
                return false; // "Governor of Northshire, to WCC": a comma then a small word starts a clause
            }
            m++;
            return true;
        }
        if (t.text().equals("’") || t.text().equals("'")) {
            m++;
            return true;
        }
        return false;
    }

    /** A capitalised word of the remit, unless it stops the remit or begins a second title. */
    private boolean capitalWord(Tok t, String l) {
        if (PostWords.REMIT_STOP.contains(l) || fieldLabel(l)) {
            return false;
        }
        // "Lead Member for Children and Families and Director", "Heads of Service, Transport
        // Manager": a second title, not the remit; it ends the remit at the join before it
        String hw = PostHeads.head(t.text());
        if (hw != null && m > k && (!hw.equals("head") && !hw.equals("partner") || theAfterJoin()) && secondTitle(hw)) {
            int back = m - 1;
            // back to the join before the second title, or to the line break it starts after ("Director of
            // Finance" over "Director of Community Services": a list of titles one a line)
            while (back >= k && !joining(toks.get(back)) && !toks.get(back).newline()) {
                back--;
            }
            last = -1;
            for (int x = k; x < back; x++) {
                if (toks.get(x).word() && (toks.get(x).capitalised() || allCaps(toks.get(x).text()))) {
                    last = x;
                }
            }
            return false;
        }
        last = m;
        words++;
        m++;
        return true;
    }

    /** "Clerk to the Council Date: 1 May": a one-word field label and its colon after the title start a field. */
    private boolean fieldLabel(String l) {
        return m > k && m + 1 < toks.size() && toks.get(m + 1).text().equals(":") && PostWords.FIELD_LABELS.contains(l);
    }

    /** "Head of Housing and the Head of Procurement": "and the" before a head begins another title. */
    private boolean theAfterJoin() {
        return m >= 2 && toks.get(m - 1).lower().equals("the") && joining(toks.get(m - 2));
    }

    /** The head word at {@code m} begins a second title: it follows a join, or is a strong head. */
    private boolean secondTitle(String hw) {
        int b = m - 1;
        while (b > k && toks.get(b).newline()) {
            b--;
        }
        if (toks.get(b).lower().equals("the")) {
            b--;
        }
        boolean joined = b >= k && joining(toks.get(b));
        return joined || PostHeads.STRONG.contains(hw);
    }

    private static boolean joining(Tok t) {
        return t.lower().equals("and") || t.text().equals("&") || t.text().equals(",");
    }

    /** At a line break: moves {@code m} to the next line's first token when the remit wraps there. */
    private boolean crossLine() {
        Tok prev = toks.get(m - 1);
        int nx = m + 1;
        int breaks = 1;
        // the indent the next line starts with ("(Cabinet Member for Education, Youth and" over "     Lifelong Learning)")
        while (nx < toks.size() && (toks.get(nx).newline() || PostTokens.indent(text, toks, nx))) {
            breaks += toks.get(nx).newline() ? 1 : 0;
            nx++;
        }
        boolean continues = nx < toks.size() && PostWords.REMIT_JOIN.contains(toks.get(nx).lower()) && !toks.get(nx).text().equals(",");
        if (breaks > 2 || nx >= toks.size() || breaks == 2 && !doubleSpaced(text) && !continues) {
            return false; // a blank line ends the title
        }
        int nextLineEnd = text.indexOf('\n', toks.get(nx).start());
        if (FIELD_LINE.matcher(text.substring(toks.get(nx).start(), nextLineEnd < 0 ? text.length() : nextLineEnd)).find()
                || WRAPPED_FIELD_LINE.matcher(text).region(toks.get(nx).start(), Math.min(text.length(), toks.get(nx).start() + 80)).lookingAt()) {
            return false;
        }
        Tok next = toks.get(nx);
        boolean joinBefore = PostWords.REMIT_JOIN.contains(prev.lower()) || prev.text().equals(",");
        boolean joinAfter = next.lower().equals("and") || next.text().equals("&");
        if (!(joinBefore && (next.capitalised() || joinAfter) || joinAfter && last >= 0 || wrapped(prev, next, breaks == 1))) {
            return false;
        }
        m = nx;
        return true;
    }

    /** The line before {@code next} was wrapped by a paragraph, or leaves a short tail of the title. */
    private boolean wrapped(Tok prev, Tok next, boolean oneBreak) {
        boolean joinAfter = next.lower().equals("and") || next.text().equals("&");
        int lineStart = text.lastIndexOf('\n', prev.start()) + 1;
        int nextEnd = text.indexOf('\n', next.start());
        String rest = text.substring(next.start(), nextEnd < 0 ? text.length() : nextEnd).strip();
        // a tight remit (after a comma or colon) wraps only to finish on the next line: "... and Families\nTogether"
        return prev.end() - lineStart >= WRAPPED_LINE
                && (next.capitalised() || joinAfter || PostWords.REMIT_JOIN.contains(next.lower()))
                && !PostWords.REMIT_STOP.contains(next.lower())
                // (up to its first stop: "...English\nDevolution, 16 December 2025")
                && (!tight || FIRST_STOP.split(rest, 2)[0].strip().split("\\s+").length <= 3)
                || oneBreak && shortTail(text, rest, nextEnd);
    }

    /**
     * True for text where a blank line follows most lines (PDF text set double-spaced): there a
     * single blank line may wrap a title; elsewhere it ends one.
     */
    static boolean doubleSpaced(String text) {
        Object[] cached = SPACING.get();
        if (cached != null && cached[0] == text) {
            return (Boolean) cached[1];
        }
        int lines = 0;
        int followedByBlank = 0;
        String[] all = text.split("\n", -1);
        for (int i = 0; i + 1 < all.length; i++) {
            if (!all[i].isBlank()) {
                lines++;
                if (all[i + 1].isBlank()) {
                    followedByBlank++;
                }
            }
        }
        boolean d = lines > 20 && followedByBlank * 10 > lines * 6;
        SPACING.set(new Object[] {text, d});
        return d;
    }

    /**
     * "Ann Westby, Director of Children's\nNorthshire Services\n+44...": a title wrapped in a narrow
     * column leaves a few capitalised words on a line of their own, before a blank line or the
     * contact details.
     */
    static boolean shortTail(String text, String line, int lineEnd) {
        if (!SHORT_LINE.matcher(line).matches()) {
            return false;
        }
        if (lineEnd < 0 || lineEnd + 1 >= text.length()) {
            return true;
        }
        int after = text.indexOf('\n', lineEnd + 1);
        String following = text.substring(lineEnd + 1, after < 0 ? text.length() : after).strip();
        return following.isEmpty() || CONTACT_LINE.matcher(following).matches() || following.contains("@");
    }

    /** True when the remit ending at token {@code end} ends its line, bracket or entry. */
    static boolean endsSegment(List<Tok> toks, int end) {
        if (end + 1 >= toks.size()) {
            return true;
        }
        Tok n = toks.get(end + 1);
        if (n.newline() && end + 2 < toks.size()) {
            // a title wrapped onto a line that carries on with more of it has not ended
            Tok after = toks.get(end + 2);
            if (after.word() && (PostHeads.head(after.text()) != null || Character.isLowerCase(after.text().charAt(0)))) {
                return false;
            }
        }
        if (n.newline() || n.text().equals("\t") || n.text().equals(")") || n.text().equals(";") || n.text().equals("|")
                || n.text().equals("/")) {
            return true;
        }
        return PostWords.CONTACT_WORDS.contains(n.lower()) || n.text().equals(",") && end + 2 < toks.size()
                && (PostWords.CONTACT_WORDS.contains(toks.get(end + 2).lower()) || toks.get(end + 2).newline());
    }

    /**
     * "the Director, Neighbourhoods in conjunction with": after "the", a remit of at most four
     * capitalised words and joins, no head among them, followed by a word in small letters or a
     * bracket, so the sentence plainly goes on after the title; never a person's name.
     */
    static boolean plainRemit(String text, List<Tok> toks, int titleFirst, int from, int end) {
        int before = titleFirst - 1;
        while (before >= 0 && toks.get(before).newline() && titleFirst - before < 2) {
            before--; // "... in conjunction with the\nAssistant Director, ...": a paragraph wrapped before the title
        }
        if (before < 0 || !toks.get(before).lower().equals("the") || end + 1 >= toks.size() || end - from > 6) {
            return false;
        }
        int words = 0;
        for (int x = from; x <= end; x++) {
            Tok t = toks.get(x);
            if (t.newline() || t.word() && t.capitalised() && (PostHeads.head(t.text()) != null || ++words > 4)) {
                return false;
            }
        }
        if (PersonName.parse(text.substring(toks.get(from).start(), toks.get(end).end())).isPresent()) {
            return false; // "the Treasurer, J Westby reported": the holder, not a remit
        }
        Tok after = toks.get(end + 1);
        return after.text().equals("(") || after.word() && Character.isLowerCase(after.text().charAt(0));
    }

    /** The last words of outside bodies' names: a remit ending in one names the holder's employer, not the post's area. */
    private static final Set<String> OUTSIDE_HEADS = Lexicon.of("body-heads.tsv").wordsWhere(1, "organisation");
    /** The capitalised words right before a comma: the name a title after it is put beside. */
    private static final Pattern NAME_BEFORE = Pattern.compile("(?:^|[^\\p{L}.'’-])((?:\\p{Lu}[\\p{L}'’.-]*[ \\t]+){1,3}\\p{Lu}[\\p{L}'’-]+)[ \\t]*$");

    /**
     * "Ann Westby, Assistant Director, Housing and Communities, said", "the Assistant Director, Legal and
     * Governance, advises", "Bob Northby, Operational Manager, Homelessness &amp; Hostels;": councils print the
     * area of a title with no remit of its own after a comma, where the title stands beside its holder's name or
     * after "the". The area is a few capitalised words and joins on the title's line, no head among them, naming
     * no outside body, and the sentence plainly resumes after it: a comma and small letters, the holder's name
     * and a comma, a bracket, a semicolon, a full stop or the line's end. Returns the area's last token, or -1.
     */
    static int appositiveRemit(String text, List<Tok> toks, int titleFirst, int from, int end) {
        if (end < from || end - from > 10 || !plainArea(toks, from, end)) {
            return -1;
        }
        int before = introducedBy(text, toks, titleFirst);
        if (before < 0) {
            return -1;
        }
        boolean afterThe = toks.get(before).lower().equals("the");
        int lastComma = -1;
        for (int x = from; x <= end; x++) {
            if (toks.get(x).text().equals(",")) {
                lastComma = x;
            }
        }
        int areaEnd = end;
        boolean holderAfter = false;
        if (afterThe && lastComma > from) {
            // "The Assistant Director, Housing and Regeneration, Ann Westby, presented": the holder after the area
            String tail = text.substring(toks.get(lastComma + 1).start(), toks.get(end).end());
            if (PersonName.parse(tail).isPresent() && end + 1 < toks.size() && toks.get(end + 1).text().equals(",")) {
                areaEnd = lastComma - 1;
                holderAfter = true;
            }
        }
        String area = text.substring(toks.get(from).start(), toks.get(areaEnd).end());
        if (OUTSIDE_HEADS.contains(toks.get(areaEnd).lower()) || afterThe && !holderAfter && PersonName.parse(area).isPresent()) {
            return -1;
        }
        return holderAfter || resumes(toks, areaEnd) ? areaEnd : -1;
    }

    /** The last words of all bodies' names, the council's units' too: an area printed with no comma never ends in one. */
    private static final Set<String> BODY_HEADS = Lexicon.of("body-heads.tsv").words();

    /**
     * "Ann Westby, Chief Officer Finance and ICT, explained", "the Corporate Director Economy and Environment be
     * authorised": the same area printed straight after the title, no comma between. Read only where the title
     * stands beside its holder's name or after "the", the area names no body or person, and the sentence plainly
     * resumes after it. Returns the area's last token, or -1.
     */
    static int spacedRemit(String text, List<Tok> toks, int titleFirst, int from) {
        int end = remit(text, toks, from, true);
        if (end < from || !plainArea(toks, from, end) || introducedBy(text, toks, titleFirst) < 0 || end + 1 >= toks.size()) {
            return -1;
        }
        String area = text.substring(toks.get(from).start(), toks.get(end).end());
        if (BODY_HEADS.contains(toks.get(end).lower()) || PersonName.parse(area).isPresent() || documentIn(toks, from, end)) {
            return -1;
        }
        Tok n = toks.get(end + 1);
        boolean smallWord = n.word() && Character.isLowerCase(n.text().charAt(0));
        return smallWord || !n.newline() && resumes(toks, end) ? end : -1;
    }

    /** Words of documents and activities ("Annual Report", "Plan"): after a title with no comma they name a thing of the post's. */
    private static final Pattern DOCUMENT_WORD = Lexicon.of("document-words.tsv").pattern("(?i)(?:%s)");

    /** "the Independent Reviewing Officer Annual Report for 2025": a document the title qualifies, no area. */
    private static boolean documentIn(List<Tok> toks, int from, int end) {
        for (int x = from; x <= end; x++) {
            if (toks.get(x).word() && DOCUMENT_WORD.matcher(toks.get(x).text()).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The token that introduces a title printed with its area: "the", or the comma after its holder's name
     * ("..., Ann Westby, Assistant Director, ..."), perhaps at the end of the line before; -1 for neither.
     */
    private static int introducedBy(String text, List<Tok> toks, int titleFirst) {
        int before = titleFirst - 1;
        while (before >= 0 && toks.get(before).newline() && titleFirst - before < 2) {
            before--;
        }
        if (before < 0) {
            return -1;
        }
        Tok b = toks.get(before);
        return b.lower().equals("the") || b.text().equals(",") && besideName(text, b.start()) ? before : -1;
    }

    /** Tokens {@code from..end} are a title's area: on one line, at most six capitalised words, no head among them. */
    private static boolean plainArea(List<Tok> toks, int from, int end) {
        int words = 0;
        for (int x = from; x <= end; x++) {
            Tok t = toks.get(x);
            if (t.newline() || t.word() && t.capitalised() && (PostHeads.head(t.text()) != null || ++words > 6)) {
                return false;
            }
        }
        return true;
    }

    /** The comma at {@code comma} follows a person's name: "..., Ann Westby, ". */
    private static boolean besideName(String text, int comma) {
        int lineStart = text.lastIndexOf('\n', comma - 1) + 1;
        Matcher m = NAME_BEFORE.matcher(text.substring(lineStart, comma));
        return m.find() && PersonName.parse(m.group(1)).isPresent();
    }

    /** After the area the sentence resumes, or the entry ends. */
    private static boolean resumes(List<Tok> toks, int end) {
        if (end + 1 >= toks.size()) {
            return true;
        }
        Tok n = toks.get(end + 1);
        if (n.newline() || n.text().equals(";") || n.text().equals(".") || n.text().equals("(") || n.text().equals(")")) {
            return true;
        }
        if (n.text().equals(",") && end + 2 < toks.size()) {
            Tok a = toks.get(end + 2);
            return a.word() && Character.isLowerCase(a.text().charAt(0)) || PostWords.CONTACT_WORDS.contains(a.lower());
        }
        return false;
    }

    /** The line break at token {@code nl} ends a short line with a comma: one line of an address or signature block. */
    static boolean addressLine(String text, List<Tok> toks, int nl) {
        Tok prev = toks.get(nl - 1);
        int lineStart = text.lastIndexOf('\n', prev.start()) + 1;
        return prev.text().equals(",") && prev.end() - lineStart < WRAPPED_LINE;
    }

    /** True when tokens {@code first..last} are the whole of their line. */
    static boolean wholeLine(List<Tok> toks, int first, int last) {
        return PostTokens.startsSegment(toks, first)
                && (last + 1 >= toks.size() || toks.get(last + 1).newline() || toks.get(last + 1).text().equals("\t"));
    }

    static boolean onOneLine(List<Tok> toks, int k) {
        return k + 1 < toks.size() && !toks.get(k + 1).newline();
    }
}
