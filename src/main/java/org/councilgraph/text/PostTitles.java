package org.councilgraph.text;

import static org.councilgraph.text.PostTokens.allCaps;
import static org.councilgraph.text.PostTokens.isJoin;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.councilgraph.rule.Cascade;
import org.councilgraph.rule.Rule;
import org.councilgraph.text.PostTokens.Tok;

/**
 * The grammar of post titles in English local government, read by annotate (titles in running
 * text) and by resolve (whether a printed role is a post). A post title is a head noun for a job
 * ("Director", "Manager", "Officer", "Worker", "Member", "Secretary") with modifiers before it
 * ("Senior Governance Officer", "Fostering Team Social Workers", "Church of England
 * Representative") and perhaps a remit after it: "of Children and Family Services", "for Finance,
 * Corporate and Commercial Services", ": Business Services", or, where the title ends its line, ", Education
 * and SEND" and "– West Area".
 *
 * <p>Head nouns differ in how much they need around them ({@code lexicon/post-heads.tsv}). A strong
 * head ("Officer", "Manager") is a post with any modifier or remit; a weak head ("Member", "Lead",
 * "Leader", "Head", "Chair", "Governor") is a post only with the modifiers or remits that make it one
 * ("Cabinet Member for ...", "Deputy Leader", "Head of Service", "Panel Chair"; {@link PostLicences}).
 * A head word on its own ("the Director stated") is a reference to a post, not a post title, and is
 * left for the resolve stage. Modifiers never cross a line break, never include sentence words ("The",
 * "Our", "Contact") and stop at another head noun, so "Service Manager and Fostering Team Managers"
 * is two posts.
 *
 * <pre>{@code
 * PostTitles.whole("Corporate Director Children, Young People and Education");  // the title
 * PostTitles.isPost("Chair");                                                   // false: a role
 * }</pre>
 */
public final class PostTitles {
    /** A line at least this long (in characters) ends where a paragraph wrapped, not where a title ended. */
    public static final int WRAPPED_LINE = PostRemits.WRAPPED_LINE;
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,8}s?");
    /** A bracket after a title that is a note about the person or the meeting, not part of the title. */
    private static final Lexicon BRACKET_WORDS = Lexicon.of("post-bracket-words.tsv");
    private static final Pattern BRACKET_NOTE = Pattern.compile("(?i).*\\b(?:" + BRACKET_WORDS.alternationWhere(1, "note") + ")\\b.*");
    /** A bracket on how or for whom the holder serves: "(Interim)", "(Labour)". */
    private static final Pattern BRACKET_STANDING = Pattern.compile("(?i).*\\b(?:" + BRACKET_WORDS.alternationWhere(1, "standing") + ")\\b.*");
    /** A remit in brackets after a title that has none of its own: "Executive Director (Finance and Corporate Resources)". */
    private static final Pattern REMIT_BRACKET = Pattern.compile(
            "\\p{Lu}[\\p{L}’'-]*(?:,?\\s+(?:(?:and|&|of|the)\\s+)?\\p{Lu}[\\p{L}’'-]*){0,5}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Capitalised words joined by "and" or "&amp;", ending in services: a remit in brackets. */
    private static final Pattern SERVICES_BRACKET = Pattern.compile(
            "\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)*(?:,?\\s+(?:and|&)\\s+\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)*)+\\s+Services?");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s,;:.\\-–(]+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:.\\-–(]+$");
    private static final Pattern ACRONYM_AFTER = Pattern.compile("\\s*\\(\\s*[A-Z]{2,8}s?\\s*\\)$");
    private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s$");
    private static final Pattern TRAILING_STOPS = Pattern.compile("[\\s,;:.\\-–]+$");
    private static final Pattern SEGMENT_LEAD = Pattern.compile("^[,:;–\\-]+\\s*");
    private static final Pattern CONTACT_REST = Pattern.compile(
            "(?i)^[,;(]*\\s*(?:" + PostWords.CONTACT_ALTERNATION + ")\\b.*");
    /** The heads of the council's own units: a remit ending in one names the unit the post heads. */
    private static final java.util.Set<String> UNIT_END = java.util.Set.of("service", "services", "directorate", "department", "division");
    private static final Pattern ROLE_ONLY = Pattern.compile("(?:chair|vice-chair|member)");

    /** The head word, set in capitals, is a heading ("DIRECTOR OF ..."), read by the layout rules instead. */
    static final Rule<Title> HEADING_CAPS = Rule.named("headingCaps", t -> t.headText().length() > 3 && allCaps(t.headText()));
    /** "Maker" heads a post only in "Decision Maker". */
    static final Rule<Title> MAKER_WITHOUT_DECISION = Rule.named("makerWithoutDecision",
            t -> t.head.equals("maker") && !(t.i > 0 && t.toks.get(t.i - 1).lower().equals("decision")));
    static final Cascade<Title> HEAD_WORD = Cascade.<Title>named("post-head")
            .reject(HEADING_CAPS)
            .reject(MAKER_WITHOUT_DECISION)
            .otherwise(true);

    /** "Wellbeing officer": a head in lower case needs a capitalised modifier, in running text. */
    static final Rule<Title> LOWER_CASE_HEAD = Rule.named("lowerCaseHeadInText",
            t -> Character.isLowerCase(t.headText().charAt(0)) && !t.wholeSegment);
    static final Rule<Title> NO_MODIFIER = Rule.named("noModifier", t -> t.pre.isEmpty());
    /** A plural in lower case names staff, not a post: "social workers". */
    static final Rule<Title> PLURAL = Rule.named("plural", t -> t.plural);
    static final Rule<Title> NEAREST_LOWER_CASE = Rule.named("nearestModifierLowerCase",
            t -> !t.toks.get(t.pre.get(t.pre.size() - 1)).capitalised());
    /** "Social workers visited ...": the one modifier merely begins a sentence. */
    static final Rule<Title> SENTENCE_INITIAL = Rule.named("modifierBeginsSentence",
            t -> t.pre.size() == 1 && sentenceInitial(t.toks, t.pre.get(0)));
    static final Rule<Title> JOIN_IN_MODIFIERS = Rule.named("joinInModifiers", t -> t.pre.stream().anyMatch(p -> isJoin(t.toks.get(p))));
    static final Cascade<Title> MODIFIED = Cascade.<Title>named("post-modifiers")
            .reject(LOWER_CASE_HEAD.and(NO_MODIFIER.or(PLURAL).or(NEAREST_LOWER_CASE).or(SENTENCE_INITIAL).or(JOIN_IN_MODIFIERS)))
            .otherwise(true);

    static final Rule<String> TOO_MANY_WORDS = Rule.named("moreThan16Words", l -> l.split(" ").length > 16);
    static final Rule<String> TOO_SHORT = Rule.named("under4Characters", l -> l.length() < 4);
    static final Cascade<String> LABEL = Cascade.<String>named("post-label")
            .reject(TOO_MANY_WORDS)
            .reject(TOO_SHORT)
            .otherwise(true);

    private PostTitles() {
    }

    /** A post title read at head token {@code i}: its label, where it is printed, its first and last tokens. */
    public record Found(String label, Span span, int firstToken, int lastToken) {
    }

    /** The head a word is, singular and lower case, or null: "Workers" is "worker". */
    public static String head(String word) {
        return PostHeads.head(word);
    }

    /**
     * The post title whose head is token {@code i}, if the grammar accepts one there. With
     * {@code wholeSegment} the caller knows the title runs to the end of its segment (a bracket, a
     * list entry, a table cell) and the remit after the head needs no "of" or "for".
     */
    public static Optional<Found> at(String text, List<Tok> toks, int i, boolean wholeSegment) {
        return at(text, toks, i, wholeSegment, -1);
    }

    /** As {@link #at(String, List, int, boolean)}, with no modifier at or before token {@code floor}. */
    public static Optional<Found> at(String text, List<Tok> toks, int i, boolean wholeSegment, int floor) {
        String head = head(toks.get(i).text());
        if (head == null) {
            return Optional.empty();
        }
        Title t = new Title(text, toks, i, head, wholeSegment);
        if (HEAD_WORD.decide(t).rejected()) {
            return Optional.empty();
        }
        t.readModifiers(floor);
        if (MODIFIED.decide(t).rejected()) {
            return Optional.empty();
        }
        t.readRemit();
        t.carryRemit();
        t.takeBracket();
        if (PostLicences.LICENCE.decide(t).rejected()) {
            return Optional.empty();
        }
        int start = toks.get(t.first).start();
        int end = toks.get(t.last).end();
        String label = tidy(SPACES.matcher(text.substring(start, end).replace("-\n", "-")).replaceAll(" "));
        if (LABEL.decide(label).rejected()) {
            return Optional.empty();
        }
        return Optional.of(new Found(label, new Span(start, end), t.first, t.last));
    }

    /** A post label as the graph shows it: spaces folded, trailing punctuation and brackets gone. */
    public static String tidy(String label) {
        String s = SPACES.matcher(label).replaceAll(" ").strip();
        s = LEADING_PUNCTUATION.matcher(s).replaceAll("");
        s = TRAILING_PUNCTUATION.matcher(s).replaceAll("");
        if (s.chars().filter(c -> c == '(').count() > s.chars().filter(c -> c == ')').count()) {
            s = s.substring(0, s.lastIndexOf('(')).strip();
        }
        s = POSSESSIVE_END.matcher(ACRONYM_AFTER.matcher(s).replaceAll("")).replaceAll("");
        return TRAILING_STOPS.matcher(s).replaceAll("");
    }

    /**
     * The post title that a whole segment is ("Corporate Director Children, Young People and
     * Education" in a bracket after a name; "Managers, Fostering Team" under names in a staff
     * list), or empty when the segment does not read as one.
     */
    public static Optional<String> whole(String segment) {
        String s = SEGMENT_LEAD.matcher(SPACES.matcher(segment).replaceAll(" ").strip()).replaceAll("");
        if (s.isEmpty() || s.length() > 140) {
            return Optional.empty();
        }
        // "Depute Chief Executive/Director of Corporate Development": one post held under two titles
        Optional<String> joint = slashJoined(s);
        if (joint.isPresent()) {
            return joint;
        }
        List<Tok> toks = PostTokens.of(s);
        for (int i = 0; i < toks.size() && i < 8; i++) {
            if (!toks.get(i).word() || head(toks.get(i).text()) == null) {
                continue;
            }
            Optional<Found> f = at(s, toks, i, true);
            if (f.isPresent() && f.get().firstToken() == firstWord(toks)) {
                Found x = f.get();
                // the title must fill the segment, but for trailing contact details
                String rest = s.substring(x.span().end()).strip();
                if (rest.isEmpty() || CONTACT_REST.matcher(rest).matches()) {
                    return Optional.of(x.label());
                }
            }
        }
        return Optional.empty();
    }

    private static final Pattern TITLE_SLASH = Pattern.compile("(?<=\\p{L})\\s?/\\s?(?=\\p{Lu})");

    /** Two titles joined by a slash, each a title by itself ("Interim Chief Officer/Executive Director, Health and Care"). */
    private static Optional<String> slashJoined(String s) {
        String[] sides = TITLE_SLASH.split(s, -1);
        if (sides.length != 2) {
            return Optional.empty();
        }
        Optional<String> first = whole(sides[0]);
        Optional<String> second = whole(sides[1]);
        return first.isPresent() && second.isPresent() ? Optional.of(first.get() + "/" + second.get()) : Optional.empty();
    }

    /** True when {@code s} reads as a post title by this grammar (used for roles in lists). */
    public static boolean isPost(String s) {
        return whole(s).isPresent() && !ROLE_ONLY.matcher(tidy(s).toLowerCase(Locale.ROOT)).matches();
    }

    /**
     * "Ann Westby, Director of Children's\nNorthshire Services\n+44...": a title wrapped in a narrow
     * column leaves a few capitalised words on a line of their own, before a blank line or the
     * contact details.
     */
    public static boolean shortTail(String text, String line, int lineEnd) {
        return PostRemits.shortTail(text, line, lineEnd);
    }

    private static int firstWord(List<Tok> toks) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).word()) {
                return i;
            }
        }
        return -1;
    }

    /** True at the start of a sentence: after a full stop, a colon, a bullet, or a line break that is not a wrap. */
    private static boolean sentenceInitial(List<Tok> toks, int i) {
        int k = i - 1;
        while (k >= 0 && toks.get(k).newline()) {
            k--;
        }
        if (k < 0) {
            return true;
        }
        String p = toks.get(k).text();
        boolean broke = k < i - 1;
        return p.equals(".") || p.equals(":") || p.equals("•") || p.equals("-") || p.equals("–") || p.equals("\t")
                || broke && !toks.get(k).word() && !p.equals(",");
    }

    /**
     * A title being read around its head: the modifiers before, the remit after and its kind ("of",
     * "for the", ":", ",", " " for a title filling its line). Prints as the words read so far.
     */
    static final class Title {
        final String text;
        final List<Tok> toks;
        final int i;
        final String head;
        final boolean wholeSegment;
        final boolean plural;
        int headEnd;
        List<Integer> pre = List.of();
        int first;
        boolean lineStart;
        int last;
        String remitKind;

        Title(String text, List<Tok> toks, int i, String head, boolean wholeSegment) {
            this.text = text;
            this.toks = toks;
            this.i = i;
            this.head = head;
            this.wholeSegment = wholeSegment;
            Tok h = toks.get(i);
            this.plural = !h.lower().equals(head) && !h.lower().replace('’', '\'').equals(head);
            // "Head Teacher", "Decision Maker": compound heads
            this.headEnd = head.equals("head") && i + 1 < toks.size() && "teacher".equals(head(toks.get(i + 1).text())) ? i + 1 : i;
            this.first = i;
            this.last = headEnd;
        }

        String headText() {
            return toks.get(i).text();
        }

        /** The modifier right before the head, lower case, or "". */
        String nearest() {
            return pre.isEmpty() ? "" : toks.get(pre.get(pre.size() - 1)).lower();
        }

        boolean hasRemit() {
            return remitKind != null;
        }

        /** The remit's words after its "of", "for", comma or dash, as printed; "" when there is none. */
        String remitText() {
            int from = headEnd + 1;
            while (from <= last && !toks.get(from).capitalised() && !toks.get(from).lower().equals("the")) {
                from++;
            }
            return remitKind == null || from > last ? "" : text.substring(toks.get(from).start(), toks.get(last).end());
        }

        void readModifiers(int floor) {
            List<Integer> p = new java.util.ArrayList<>(PostModifiers.before(text, toks, i, wholeSegment));
            p.removeIf(x -> x <= floor);
            PostModifiers.dropLeadingJoins(toks, p);
            pre = p;
            first = pre.isEmpty() ? i : pre.get(0);
            lineStart = wholeSegment || PostTokens.startsSegment(toks, first);
        }

        /** The remit right after the head: "of ...", "for ...", "to ..." (a clerk's), ": ...", ", ...", or the rest of the line. */
        void readRemit() {
            int k = headEnd + 1;
            // "the Cabinet Member\nfor Education": a paragraph wrapped between the head and its remit
            if (k + 1 < toks.size() && toks.get(k).newline() && (toks.get(k + 1).lower().equals("of") || toks.get(k + 1).lower().equals("for"))) {
                Tok h = toks.get(i);
                int headLineStart = text.lastIndexOf('\n', h.start()) + 1;
                if (h.end() - headLineStart >= WRAPPED_LINE) {
                    k++;
                }
            }
            if (k >= toks.size()) {
                return;
            }
            Tok n = toks.get(k);
            if ((n.lower().equals("of") || n.lower().equals("for")) && (!head.equals("member") || n.lower().equals("for"))) {
                remitFrom(k, k + 1, false, n.lower() + (k + 1 < toks.size() && toks.get(k + 1).lower().equals("the") ? " the" : ""), false);
                membersBody();
                if (remitKind != null && PostLicences.ACT_REMIT.test(this)) {
                    // "Declaration by Deputy Mayor of Acceptance of Office": an act after the "of", no remit
                    remitKind = null;
                    last = headEnd;
                }
            } else if (n.text().equals("to") && head.equals("clerk")) {
                remitFrom(k, k + 1, false, "to", false);
            } else if (n.text().equals(":") && PostRemits.onOneLine(toks, k) || (n.text().equals(",") || PostTokens.dash(n)) && lineStart) {
                remitFrom(k, k + 1, true, n.text().equals(":") ? ":" : ",", true);
                if (PostTokens.dash(n)) {
                    // the dash's remit may run on over the line's end ("... Children" over "and Learning"): the longer reading
                    int read = last;
                    String kind = remitKind;
                    if (!dashRemit(k) || last < read) {
                        last = read;
                        remitKind = kind;
                    }
                }
                if (remitKind == null && !n.text().equals(":")) {
                    runningRemit(k);
                }
            } else if (PostTokens.dash(n) && !dashRemit(k) || n.text().equals(",")) {
                runningRemit(k);
            } else if (lineStart && n.word() && n.capitalised()) {
                // a title filling its line or cell needs no "of": "Interim Corporate Director Finance"
                int end = PostRemits.remit(text, toks, k, true);
                if (end >= k && PostRemits.endsSegment(toks, end) && (wholeSegment || PostRemits.wholeLine(toks, first, end))) {
                    last = end;
                    remitKind = " ";
                }
            } else if (n.word() && n.capitalised() && !pre.isEmpty() && PostHeads.STRONG.contains(head)) {
                int area = PostRemits.spacedRemit(text, toks, first, k);
                if (area >= k) {
                    last = area;
                    remitKind = " ";
                }
            }
        }

        /**
         * A remit after a comma or dash in running text, where the title does not end its line: one that
         * names the unit the post heads ends there ("the Senior Service Manager,\nHousing Options Service,
         * ..."); a short one of plain words after "the" ends where the sentence goes on in small letters
         * or a bracket ("the Director, Neighbourhoods in conjunction with").
         */
        private void runningRemit(int k) {
            int end = PostRemits.remit(text, toks, k + 1, true);
            if (end <= k) {
                return;
            }
            for (int x = k + 1; x <= end; x++) {
                if (toks.get(x).newline() && PostRemits.addressLine(text, toks, x)) {
                    break; // "Virtual School Head,\nWestby Virtual School,\n...": the lines of a signature's address
                }
                // the unit's head closes the remit, whatever list or address the comma after it begins
                if (UNIT_END.contains(toks.get(x).lower()) && toks.get(x).capitalised() && (x == end || toks.get(x + 1).text().equals(","))) {
                    last = x;
                    remitKind = ",";
                    return;
                }
            }
            if (PostRemits.plainRemit(text, toks, first, k + 1, end)) {
                last = end;
                remitKind = ",";
            } else if (toks.get(k).text().equals(",") && !pre.isEmpty() && PostHeads.STRONG.contains(head)) {
                int area = PostRemits.appositiveRemit(text, toks, first, k + 1, end);
                if (area > k) {
                    last = area;
                    remitKind = ",";
                }
            }
        }

        /**
         * "Strategic Lead - Housing (copy herewith)", "the Service Lead – Private Sector Housing presented ...": a spaced
         * dash after a title in running text, then capitalised words that hold no head of their own, is the post's remit,
         * as councils print a title's area. It ends at the line's end, and before "and" that starts another title
         * ("Strategic Lead - Housing and Service Manager - Community Safety"); a person's name after the dash is the
         * holder, no remit.
         */
        private boolean dashRemit(int k) {
            if (k == 0 || toks.get(k - 1).end() == toks.get(k).start() || k + 1 >= toks.size() || toks.get(k + 1).start() == toks.get(k).end()) {
                return false; // a hyphen inside a word is no dash before a remit
            }
            // capitalised words, joined by "and", "&", "of", "the" or a comma, on the dash's line
            int end = k;
            for (int x = k + 1; x < toks.size() && x - k <= 10; x++) {
                Tok t = toks.get(x);
                if (t.word() && t.capitalised()) {
                    end = x;
                } else if (t.newline()) {
                    int y = PostTokens.pastIndent(text, toks, x + 1);
                    // "Executive Director – Community Wellbeing, Children" over "and Learning": the last of the remit's list
                    boolean listEndsBelow = y + 1 < toks.size() && isJoin(toks.get(y)) && toks.get(y + 1).capitalised() && toks.get(x - 1).capitalised();
                    // "Corporate Director - Adults and" over "Health Service, ...": a remit the paragraph wraps
                    boolean wraps = y < toks.size() && toks.get(y).capitalised() && (isJoin(toks.get(x - 1)) || wrapped(t));
                    if (!listEndsBelow && !wraps) {
                        break;
                    }
                    x = y - 1;
                } else {
                    int y = x + 1 < toks.size() && toks.get(x + 1).newline() && isJoin(t) ? x + 2 : x + 1;
                    if (!(isJoin(t) || t.text().equals(",")) || t.newline() || y >= toks.size() || !toks.get(y).word()
                            || !toks.get(y).capitalised()
                            // ", Councillor Ann Westby, responded": the holder after the title, no part of its area
                            || t.text().equals(",") && PersonName.HONORIFICS.stream().anyMatch(h -> h.equalsIgnoreCase(toks.get(y).text()))) {
                        break;
                    }
                }
            }
            for (int x = k + 1; x <= end; x++) {
                Tok t = toks.get(x);
                if ((t.lower().equals("and") || t.text().equals("&")) && anyHead(x + 1, end)) {
                    end = x - 1;
                    break;
                }
                // the unit's head closes the remit, whatever list or address the comma after it begins
                if (UNIT_END.contains(t.lower()) && t.capitalised() && x < end && toks.get(x + 1).text().equals(",")) {
                    end = x;
                    break;
                }
            }
            if (end <= k || anyHead(k + 1, end) || !toks.get(end).word() || !toks.get(end).capitalised()) {
                return false;
            }
            // words shaped like a name ("Community Safety", "Ann Westby") are the remit only where the sentence goes on
            // after them, in a bracket or small letters; "Head of Planning - Ann Westby" ending its line names the holder
            Tok after = end + 1 < toks.size() ? toks.get(end + 1) : null;
            boolean goesOn = after != null && !after.newline() && (after.text().equals("(")
                    || after.word() && Character.isLowerCase(after.text().charAt(0)));
            if (!goesOn && PersonName.parse(text.substring(toks.get(k + 1).start(), toks.get(end).end())).isPresent()) {
                return false;
            }
            last = end;
            remitKind = ",";
            return true;
        }

        /** The line break {@code nl} ends a line long enough to be a paragraph's, wrapped. */
        private boolean wrapped(Tok nl) {
            int lineStart = text.lastIndexOf('\n', Math.max(0, nl.start() - 1)) + 1;
            return text.substring(lineStart, nl.start()).strip().length() >= WRAPPED_LINE;
        }

        private boolean anyHead(int from, int to) {
            for (int x = from; x <= to && x < toks.size(); x++) {
                if (toks.get(x).word() && toks.get(x).capitalised() && PostHeads.head(toks.get(x).text()) != null) {
                    return true;
                }
            }
            return false;
        }

        /** "Chair of Governors, Westby Federation and ...": a chair's remit naming a body of members ends with that body. */
        private void membersBody() {
            if (remitKind == null || !head.startsWith("chair")) {
                return;
            }
            String remit = remitText();
            java.util.regex.Matcher body = PostLicences.CHAIR_REMIT.matcher(remit);
            if (body.lookingAt() && body.end() < remit.length()) {
                int endsAt = text.indexOf(remit, toks.get(headEnd).end()) + body.end();
                while (last > headEnd + 1 && toks.get(last).end() > endsAt) {
                    last--;
                }
            }
        }

        private void remitFrom(int k, int from, boolean tight, String kind, boolean mustEndSegment) {
            int end = PostRemits.remit(text, toks, from, tight);
            if (end > k && (!mustEndSegment || PostRemits.endsSegment(toks, end))) {
                last = end;
                remitKind = kind;
            }
        }

        /** "Head of Service: Business Services", "Head of Service, Education Quality": a remit carried on. */
        void carryRemit() {
            if (remitKind != null && !remitKind.equals(",") && !remitKind.equals(":") && last + 1 < toks.size()
                    && (toks.get(last + 1).text().equals(",") && lineStart || toks.get(last + 1).text().equals(":"))) {
                int end = PostRemits.remit(text, toks, last + 2, true);
                if (end > last + 1 && PostRemits.endsSegment(toks, end)) {
                    last = end;
                }
            } else if (remitKind != null && !remitKind.equals(",") && !remitKind.equals(":") && last + 1 < toks.size()
                    && PostTokens.dash(toks.get(last + 1))) {
                // "Lead Member for Place – Environment and Transport": the portfolio's part after a dash
                String kind = remitKind;
                if (dashRemit(last + 1)) {
                    remitKind = kind;
                }
            }
        }

        /**
         * A short bracket after the title belongs to it ("Programme Manager (Business Change)"), an
         * acronym does not; in running text only services joined by "and" ("Assistant Chief
         * Executive (Legal and Democratic Services)"), which may wrap onto a second line, or the remit of a
         * title that has none of its own ("Executive Director (Finance and Corporate Resources)").
         */
        void takeBracket() {
            if (last + 3 >= toks.size() || !toks.get(last + 1).text().equals("(")) {
                return;
            }
            int close = -1;
            int breaks = 0;
            for (int m = last + 2; m < Math.min(toks.size(), last + 10); m++) {
                if (toks.get(m).text().equals(")")) {
                    close = m;
                    break;
                }
                if (toks.get(m).newline() && (wholeSegment || ++breaks > 1)) {
                    break;
                }
            }
            if (close > 0) {
                String inside = text.substring(toks.get(last + 2).start(), toks.get(close - 1).end());
                boolean remitless = toks.subList(first, last + 1).stream().noneMatch(t -> t.lower().equals("of") || t.lower().equals("for"));
                boolean fits = wholeSegment ? PostRemits.endsSegment(toks, close) && !inside.contains("\n")
                        : SERVICES_BRACKET.matcher(inside).matches()
                        || remitless && REMIT_BRACKET.matcher(inside).matches() && !BRACKET_STANDING.matcher(inside).matches()
                        && PersonName.parse(inside).isEmpty() && !(remitKind != null && titled(inside));
                if (!ACRONYM.matcher(inside).matches() && !BRACKET_NOTE.matcher(inside).matches() && fits) {
                    last = close;
                }
            }
        }

        /**
         * "Senior Manager Legal and Governance (Monitoring Officer)": after a remit, a bracket ending in a head is a second
         * post; with none, it is the title's own ("Chief Executive (National Park Officer)").
         */
        private static boolean titled(String inside) {
            String[] words = inside.strip().split("\\s+");
            return PostHeads.head(words[words.length - 1]) != null;
        }

        @Override
        public String toString() {
            return text.substring(toks.get(first).start(), toks.get(Math.max(last, first)).end()).replaceAll("\\s+", " ");
        }
    }
}
