package org.councilgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations.PostMention;
import org.councilgraph.text.PostHeads;
import org.councilgraph.text.Span;

/**
 * The grammar of post titles in English local government. A post title is a head noun for a job
 * ("Director", "Manager", "Officer", "Worker", "Member", "Secretary") with modifiers before it
 * ("Senior Governance Officer", "Permanence Team Social Workers", "Church of England
 * Representative") and perhaps a remit after it: "of Children and Family Services", "for Finance,
 * Corporate and Traded Services", ": Business Services", or, where the title ends its line, ", Education
 * and SEND" and "– West Area".
 *
 * <p>Head nouns differ in how much they need around them. A strong head ("Officer", "Manager") is a
 * post with any modifier or remit; a weak head ("Member", "Lead", "Leader", "Head", "Chair",
 * "Governor") is a post only with the modifiers or remits that make it one ("Cabinet Member for
 * ...", "Deputy Leader", "Head of Service", "Panel Chair"). A head word on its own ("the Director
 * stated") is a reference to a post, not a post title, and is left for the resolve stage. Modifiers
 * never cross a line break, never include sentence words ("The", "Our", "Contact") and stop at
 * another head noun, so "Service Manager and Permanence Team Managers" is two posts.
 */
public final class Posts {
    /** Strong heads: a post with any modifier or remit ({@link PostHeads#STRONG}). Plurals are accepted by the scanner. */
    static final Set<String> STRONG_HEADS = PostHeads.STRONG;
    /** Weak heads: a post only with the modifiers or remit their rule asks for ({@link PostHeads#WEAK}). */
    static final Set<String> WEAK_HEADS = PostHeads.WEAK;
    /**
     * Modifiers that make "Member" a post: "Cabinet Member", "Lead Member". "Co-opted", "Non-Voting"
     * or "Reserve" Member are kinds of membership, read as committee roles instead.
     */
    private static final Set<String> MEMBER_MODIFIERS = Set.of("cabinet", "lead", "executive", "portfolio", "board",
            "opposition", "deputy");
    private static final Set<String> LEAD_MODIFIERS = Set.of("strategic", "service", "team", "clinical", "practice",
            "programme", "project", "senior", "principal", "member", "policy", "operational", "technical",
            "commissioning", "safeguarding", "designated");
    private static final Set<String> LEADER_MODIFIERS = Set.of("deputy", "group", "opposition", "council", "team",
            "party", "assistant", "majority", "minority", "independent", "county", "city", "borough", "district");
    private static final Set<String> HEAD_MODIFIERS = Set.of("executive", "deputy", "assistant", "school", "virtual",
            "acting", "interim", "associate");
    private static final Set<String> CHAIR_MODIFIERS = Set.of("panel", "independent", "vice", "deputy", "board", "joint",
            "forum", "group", "co", "committee");
    private static final Set<String> EXECUTIVE_MODIFIERS = Set.of("chief", "deputy", "corporate");
    private static final Set<String> GOVERNOR_MODIFIERS = Set.of("parent", "school", "staff", "foundation", "community",
            "authority", "co-opted", "local");
    private static final Set<String> MAYOR_MODIFIERS = Set.of("city", "deputy", "lord", "assistant", "elected", "metro",
            "regional", "town");
    private static final Set<String> COUNSEL_MODIFIERS = Set.of("general", "legal", "senior", "deputy", "chief");
    /**
     * Words that begin sentences, clauses, headings or documents, never a post title: they end the
     * modifiers before a head.
     */
    static final Set<String> SENTENCE_WORDS = Set.of("the", "a", "an", "this", "that", "these", "those", "our", "their",
            "its", "his", "her", "my", "your", "each", "every", "any", "all", "some", "no", "new", "former", "previous",
            "as", "at", "in", "on", "by", "to", "for", "from", "with", "or", "but", "if", "when", "where", "while",
            "although", "whilst", "dear", "thanks", "thank", "it", "there", "he", "she", "they", "we", "i", "you", "contact",
            "contacts", "signed", "name", "names", "designation", "presented", "report", "reports", "minutes", "item",
            "items", "agenda", "appendix", "annex", "page", "date", "tel", "email", "e-mail", "ext", "phone", "mobile",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mr", "mrs", "ms", "miss", "dr", "cllr", "cllrs", "councillor", "councillors", "members", "both",
            "also", "including", "includes", "include", "via", "following", "after", "before", "during", "under",
            "between", "within", "across", "about", "against", "upon", "into", "is", "are", "was", "were", "be",
            "has", "have", "had", "will", "would", "should", "can", "could", "must",
            "glossary", "acronym", "acronyms", "key", "role", "roles", "responsible", "officers", "cc", "author",
            "authors", "wards", "ward", "affected", "yes", "not", "who", "which", "what", "one", "two", "three", "four",
            "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several", "many", "most", "other", "others");
    /** Words after a head that end its remit: a new clause or a person. */
    private static final Set<String> REMIT_STOP = Set.of("the", "it", "this", "that", "he", "she", "they", "we", "mr",
            "mrs", "ms", "miss", "dr", "cllr", "councillor", "tel", "telephone", "email", "e-mail", "ext", "phone", "mobile",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "who", "which", "has", "had", "was", "were", "is", "are", "will", "would");
    /** Words that join the words of a remit. */
    private static final Set<String> REMIT_JOIN = Set.of("and", "&", "of", "the", "in", "for", "with", "on", "to", ",");
    private static final Pattern TOKEN = Pattern.compile(
            "\\n|\\t| {2,}|[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’]*(?:-[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’]*)*|[,:;()&–—/]|-|[^\\s]");

    private Posts() {
    }

    /** One token of the text: a word, a punctuation mark, or a line break. */
    record Tok(String text, int start, int end) {
        boolean newline() {
            return text.equals("\n");
        }

        boolean word() {
            return Character.isLetterOrDigit(text.charAt(0));
        }

        boolean capitalised() {
            return word() && Character.isUpperCase(text.charAt(0));
        }

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    static List<Tok> tokens(String text) {
        List<Tok> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            // a tab or a run of spaces parts table cells: a separator like a tab
            String t = m.group().startsWith(" ") ? "\t" : m.group();
            out.add(new Tok(t, m.start(), m.end()));
        }
        return out;
    }

    /** The head a word is, singular and lower case, or null: "Workers" is "worker". */
    public static String head(String word) {
        return PostHeads.head(word);
    }

    static List<PostMention> find(String text) {
        List<PostMention> out = new ArrayList<>();
        List<Tok> toks = tokens(text);
        int lastEnd = -1;
        int lastFloor = -1;
        int floorAfter = -1;
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (!t.word() || t.start() < lastEnd) {
                continue;
            }
            // modifiers never reach back into a title already read on an earlier line; on the same
            // line a longer title may take in a shorter ("Development Consultant Officers")
            lastFloor = floorAfter >= 0 && text.indexOf('\n', toks.get(floorAfter).end()) < t.start()
                    && text.indexOf('\n', toks.get(floorAfter).end()) >= 0 ? floorAfter : -1;
            Optional<Found> f = at(text, toks, i, false, lastFloor);
            if (f.isPresent()) {
                // "Cabinet Lead" then "Cabinet Lead Member for ...": the longer title wins
                Span sp = f.get().span;
                out.removeIf(x -> sp.contains(x.span()));
                if (out.stream().anyMatch(x -> x.span().overlaps(sp))) {
                    continue;
                }
                out.add(new PostMention(f.get().label, sp, Optional.empty()));
                lastEnd = sp.end();
                floorAfter = f.get().lastToken();
            }
        }
        return out;
    }

    /** Nouns a title is put in front of to name something else: "IV coordinator meetings", "Social Worker vacancy rate". */
    /** A line at least this long (in characters) ends where a paragraph wrapped, not where a title ended. */
    static final int WRAPPED_LINE = 55;

    private static final Pattern MODIFIED = Pattern.compile(
            "^[ \\t]*(?:meetings?|conferences?|vacancy|vacancies|rates?|forums?|networks?|events?|sessions?)\\b");

    /**
     * A report template's field naming the part someone plays in the report, not a post: "Relevant
     * Director:", "Lead Director: Jo Hale", "Report Author:". A qualifier of that kind and a bare head,
     * with no remit; the person's own title is printed elsewhere.
     */
    private static final Pattern REPORT_ROLE = Pattern.compile(
            "(?i)(?:relevant|responsible|lead|accountable|sponsoring|presenting|contact|report)\\s+"
            + "(?:director|officer|member|manager|author|head)s?(?:\\s*/\\s*(?:director|officer|member|manager))?");

    /** True for a label that names a part played in a report ("Relevant Director"); see {@link #reportRoleField}. */
    static boolean reportRole(String label) {
        return REPORT_ROLE.matcher(label.replaceAll("\\s+", " ").strip()).matches();
    }

    /** True when {@code label} is printed at {@code span} as a report's field ("Lead Director:" starting its line). */
    static boolean reportRoleField(String text, Span span) {
        if (!reportRole(span.of(text))) {
            return false;
        }
        int ls = text.lastIndexOf('\n', span.start() - 1) + 1;
        String before = text.substring(ls, span.start());
        String after = text.substring(span.end(), Math.min(text.length(), span.end() + 20));
        return before.matches("[\\s\\d.)*•|#]*") && after.matches("(?s)[ \\t]*(?:/[ \\t]*\\p{L}+[ \\t]*)?:.*|[ \\t]*\\n.*");
    }

    /**
     * The titles that name a post of the paper, less those a glossary line only defines ("IRO
     * Independent Reviewing Officer") and those put before a noun to name something else ("the
     * Designated Teacher conference"), unless a holder is printed with them.
     */
    static List<PostMention> spoken(String text, List<PostMention> posts) {
        List<PostMention> out = new ArrayList<>();
        for (PostMention p : posts) {
            if (reportRoleField(text, p.span())) {
                continue;
            }
            if (p.holder().isPresent()) {
                out.add(p);
                continue;
            }
            int ls = text.lastIndexOf('\n', p.span().start() - 1) + 1;
            int le = text.indexOf('\n', p.span().end());
            String line = text.substring(ls, le < 0 ? text.length() : le);
            Matcher g = Acronyms.GLOSSARY_LINE.matcher(line);
            boolean defined = g.matches() && ls + g.start(2) <= p.span().start() && Acronyms.fits(g.group(1), g.group(2));
            boolean modifier = MODIFIED.matcher(text.substring(p.span().end(), Math.min(text.length(), p.span().end() + 20))).find()
                    || ownedByTitle(text.substring(p.span().start(), p.span().end()));
            if (!defined && !modifier) {
                out.add(p);
            }
        }
        return out;
    }

    private static final Pattern POSSESSIVE = Pattern.compile("([\\p{L}]+)['’]s\\s+\\S");

    /** "Officer's Comment", "Chief Executive's Office": a thing of a post's, not a post. */
    private static boolean ownedByTitle(String printed) {
        Matcher m = POSSESSIVE.matcher(printed);
        while (m.find()) {
            if (head(m.group(1)) != null) {
                return true;
            }
        }
        return false;
    }

    /** A post title read at head token {@code i}. */
    record Found(String label, Span span, int firstToken, int lastToken) {
    }

    /**
     * The post title whose head is token {@code i}, if the grammar accepts one there. With
     * {@code wholeSegment} the caller knows the title runs to the end of its segment (a bracket, a
     * list entry, a table cell) and the remit after the head needs no "of" or "for".
     */
    static Optional<Found> at(String text, List<Tok> toks, int i, boolean wholeSegment) {
        return at(text, toks, i, wholeSegment, -1);
    }

    /** As {@link #at(String, List, int, boolean)}, with no modifier at or before token {@code floor}. */
    static Optional<Found> at(String text, List<Tok> toks, int i, boolean wholeSegment, int floor) {
        Tok h = toks.get(i);
        String head = head(h.text());
        if (head == null || headingCaps(h.text())) {
            return Optional.empty();
        }
        // "Head Teacher", "Decision Maker": compound heads
        int headEnd = i;
        if (head.equals("head") && i + 1 < toks.size() && "teacher".equals(head(toks.get(i + 1).text()))) {
            headEnd = i + 1;
        }
        if (head.equals("maker") && !(i > 0 && toks.get(i - 1).lower().equals("decision"))) {
            return Optional.empty();
        }
        boolean lowerHead = Character.isLowerCase(h.text().charAt(0));
        boolean plural = !h.lower().equals(head) && !h.lower().replace('’', '\'').equals(head);
        List<Integer> pre = modifiers(text, toks, i, wholeSegment);
        pre.removeIf(p -> p <= floor);
        while (!pre.isEmpty() && (isJoin(toks.get(pre.get(0))) || toks.get(pre.get(0)).lower().equals("the"))) {
            pre.remove(0);
        }
        if (lowerHead && !wholeSegment) {
            // "Wellbeing officer": a head in lower case needs a capitalised modifier that does not merely
            // begin a sentence ("Social workers visited ..."); a plural in lower case names staff, not a post
            if (pre.isEmpty() || plural || !toks.get(pre.get(pre.size() - 1)).capitalised()
                    || pre.size() == 1 && sentenceInitial(toks, pre.get(0))
                    || pre.stream().anyMatch(p -> isJoin(toks.get(p)))) {
                return Optional.empty();
            }
        }
        int first = pre.isEmpty() ? i : pre.get(0);
        boolean lineStart = wholeSegment || startsSegment(toks, first);
        // the remit after the head
        int last = headEnd;
        int k = headEnd + 1;
        String remitKind = null;
        // "the Cabinet Member\nfor Education": a paragraph wrapped between the head and its remit
        if (k + 1 < toks.size() && toks.get(k).newline() && (toks.get(k + 1).lower().equals("of") || toks.get(k + 1).lower().equals("for"))) {
            int headLineStart = text.lastIndexOf('\n', h.start()) + 1;
            if (h.end() - headLineStart >= WRAPPED_LINE) {
                k++;
            }
        }
        if (k < toks.size()) {
            Tok n = toks.get(k);
            if ((n.lower().equals("of") || n.lower().equals("for")) && (!head.equals("member") || n.lower().equals("for"))) {
                int end = remit(text, toks, k + 1, false);
                if (end > k) {
                    last = end;
                    remitKind = n.lower() + (k + 1 < toks.size() && toks.get(k + 1).lower().equals("the") ? " the" : "");
                }
            } else if (n.text().equals("to") && head.equals("clerk")) {
                int end = remit(text, toks, k + 1, false);
                if (end > k) {
                    last = end;
                    remitKind = "to";
                }
            } else if (n.text().equals(":") && onOneLine(toks, k) || (n.text().equals(",") || dash(n)) && lineStart) {
                int end = remit(text, toks, k + 1, true);
                if (end > k && endsSegment(toks, end)) {
                    last = end;
                    remitKind = n.text().equals(":") ? ":" : ",";
                }
            } else if (lineStart && n.word() && n.capitalised()) {
                // a title filling its line or cell needs no "of": "Interim Corporate Director Finance"
                int end = remit(text, toks, k, true);
                if (end >= k && endsSegment(toks, end) && (wholeSegment || wholeLine(toks, first, end))) {
                    last = end;
                    remitKind = " ";
                }
            }
        }
        // "Head of Service: Business Services", "Head of Service, Education Quality": a remit carried on
        if (remitKind != null && !remitKind.equals(",") && !remitKind.equals(":") && last + 1 < toks.size()
                && (toks.get(last + 1).text().equals(",") && lineStart || toks.get(last + 1).text().equals(":"))) {
            int end = remit(text, toks, last + 2, true);
            if (end > last + 1 && endsSegment(toks, end)) {
                last = end;
            }
        }
        // a short bracket after the title belongs to it ("Programme Manager (Business Change)"), an acronym does not
        if (wholeSegment && last + 3 < toks.size() && toks.get(last + 1).text().equals("(")) {
            int close = -1;
            for (int m = last + 2; m < Math.min(toks.size(), last + 8); m++) {
                if (toks.get(m).text().equals(")")) {
                    close = m;
                    break;
                }
                if (toks.get(m).newline()) {
                    break;
                }
            }
            if (close > 0) {
                String inside = text.substring(toks.get(last + 2).start(), toks.get(close - 1).end());
                if (!inside.matches("[A-Z]{2,8}s?") && !inside.matches("(?i).*\\b(?:reports?|item|online|virtual|remote|chair|vacan\\w*)\\b.*")
                        && endsSegment(toks, close)) {
                    last = close;
                }
            }
        }
        if (!licensed(head, h.text(), plural, pre, toks, remitKind != null, remitKind)) {
            return Optional.empty();
        }
        int start = toks.get(first).start();
        int end = toks.get(last).end();
        String label = tidy(text.substring(start, end).replace("-\n", "-").replaceAll("\\s+", " "));
        if (label.split(" ").length > 16 || label.length() < 4) {
            return Optional.empty();
        }
        return Optional.of(new Found(label, new Span(start, end), first, last));
    }

    private static boolean dash(Tok t) {
        return t.text().equals("–") || t.text().equals("-") || t.text().equals("—");
    }

    /** True when tokens {@code first..last} are the whole of their line. */
    private static boolean wholeLine(List<Tok> toks, int first, int last) {
        return startsSegment(toks, first) && (last + 1 >= toks.size() || toks.get(last + 1).newline() || toks.get(last + 1).text().equals("\t"));
    }

    /**
     * The modifiers before the head at {@code i}, first to last: capitalised words (and acronyms in
     * brackets) on the head's line, joined perhaps by "and", "&amp;" or "of", not crossing another
     * head noun; across a line break only where a paragraph or a narrow cell wrapped the title.
     */
    private static List<Integer> modifiers(String text, List<Tok> toks, int i, boolean wholeSegment) {
        List<Integer> pre = new ArrayList<>();
        int j = i - 1;
        while (j >= 0 && pre.size() < 9) {
            Tok p = toks.get(j);
            if (p.newline()) {
                int w = wrappedBefore(text, toks, j, pre.isEmpty() ? i : pre.get(0));
                if (w >= 0 && (modifier(toks.get(w)) || isJoin(toks.get(w)) && !pre.isEmpty())) {
                    j = w;
                    continue;
                }
                break;
            }
            // "Team Around the Child (TAC) Team Manager": an acronym in brackets inside the title
            if (p.text().equals(")") && j >= 2 && toks.get(j - 2).text().equals("(") && allCaps(toks.get(j - 1).text()) && !pre.isEmpty()) {
                pre.add(0, j);
                pre.add(0, j - 1);
                pre.add(0, j - 2);
                j -= 3;
                continue;
            }
            if (!p.word()) {
                break;
            }
            String lw = p.lower();
            if (lw.equals("and") || lw.equals("&") || lw.equals("of") || lw.equals("the") && containsBracket(toks, pre)) {
                // a connector inside the modifiers: "Church of England", "Post Adoption and SGO Support";
                // not between two titles: "Chair and Vice Chair", "Service and Assistant Service Manager"
                if (lw.equals("of") && pre.size() > 1) {
                    // "the West of England Combined Authority Director of Operations": the words before the
                    // head are the end of a body's name; only the title's own modifiers stay
                    if (j > 0 && toks.get(j - 1).capitalised()) {
                        while (!pre.isEmpty() && !BINDING.contains(toks.get(pre.get(0)).lower())) {
                            pre.remove(0);
                        }
                    }
                    break;
                }
                if (j == 0 || !modifier(toks.get(j - 1)) || pre.isEmpty()
                        || head(toks.get(j - 1).text()) != null || BINDING.contains(toks.get(pre.get(0)).lower())
                        || UNIT_WORDS.contains(toks.get(j - 1).lower())) {
                    break;
                }
                pre.add(0, j);
                j--;
                continue;
            }
            // a possessive is a determiner, not a modifier: "the Authority's Chief Executive Officer"
            // ("Young People's Council Representative" keeps its own possessive)
            if (p.text().matches(".*(?:['’]s|s['’])")) {
                String owner = p.lower().replaceAll("['’]s$|['’]$", "");
                if (UNIT_WORDS.contains(owner) || UNIT_WORDS.contains(owner + "s") || head(owner) != null
                        || owner.matches("authorit(?:y|ies)|partnerships?|trusts?|governments?|councils?")) {
                    break;
                }
            }
            // in a segment known to hold a title, lower-case modifiers count too ("data analyst")
            if (!modifier(p) && !(p.lower().equals("vice") || wholeSegment && !SENTENCE_WORDS.contains(p.lower())
                    && Character.isLetter(p.text().charAt(0)))) {
                break;
            }
            // past an "and", at most two more modifiers and no head: "Gareth Pollard and Culture Secretary"
            // is a name joined to a title, "Foreign Secretary ... and Culture Secretary" two titles
            int joinAt = -1;
            for (int x = 0; x < pre.size(); x++) {
                String w = toks.get(pre.get(x)).lower();
                if (w.equals("and") || w.equals("&")) {
                    joinAt = x;
                }
            }
            if (joinAt >= 0 && (joinAt >= 2 || head(p.text()) != null)) {
                pre = new ArrayList<>(pre.subList(joinAt + 1, pre.size()));
                break;
            }

            pre.add(0, j);
            j--;
        }
        while (!pre.isEmpty() && (isJoin(toks.get(pre.get(0))) || toks.get(pre.get(0)).lower().equals("the"))) {
            pre.remove(0);
        }
        // a heading in capitals run into a sentence: "ADVENTURE PLAYGROUNDS UPDATE The Strategic Director"
        for (int k = pre.size() - 1; k >= 0; k--) {
            Tok p = toks.get(pre.get(k));
            if (p.text().length() > 6 && allCaps(p.text()) && !allCaps(toks.get(i).text())) {
                pre = new ArrayList<>(pre.subList(k + 1, pre.size()));
                break;
            }
        }
        return pre;
    }

    private static boolean containsBracket(List<Tok> toks, List<Integer> pre) {
        return pre.stream().anyMatch(p -> toks.get(p).text().equals("("));
    }

    private static boolean headingCaps(String headWord) {
        // a head set in capitals is a heading ("DIRECTOR OF ..."), read by the layout rules instead
        return headWord.length() > 3 && allCaps(headWord);
    }

    static boolean allCaps(String w) {
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** A word that can stand before a head as part of a post title. */
    private static boolean modifier(Tok p) {
        if (!p.word()) {
            return false;
        }
        String lw = p.lower().replace('’', '\'');
        if (SENTENCE_WORDS.contains(lw) || Character.isDigit(p.text().charAt(0))) {
            return false;
        }
        return p.capitalised() || lw.matches("post-\\d+");
    }

    /**
     * Modifiers that begin a title and bind to the head after them even across a line break of a
     * wrapped paragraph: "the Cabinet Lead\nMember for ...".
     */
    /** Nouns for a body of staff: "Placement Support Team and Social Workers" is a team and a post. */
    private static final Set<String> UNIT_WORDS = Set.of("team", "teams", "service", "services", "unit", "units", "department",
            "panel", "board", "group", "hub", "hubs", "directorate", "division", "council", "councils", "authority",
            "authorities", "committee", "committees");
    private static final Set<String> BINDING = Set.of("cabinet", "lead", "deputy", "assistant", "senior", "chief",
            "executive", "interim", "acting", "strategic", "principal", "corporate", "vice");

    /**
     * When the line break at token {@code nl} wraps a title, the last token of the line before; else
     * -1. A paragraph wraps after a long line (at most one blank line between); a narrow table cell
     * wraps a short line of capitalised words onto another short line ("Agency\nDecision Maker").
     */
    private static int wrappedBefore(String text, List<Tok> toks, int nl, int firstOfTitle) {
        int k = nl;
        int breaks = 0;
        while (k >= 0 && toks.get(k).newline()) {
            k--;
            breaks++;
        }
        if (k < 0 || breaks > 2 || breaks == 2 && !doubleSpaced(text) || !toks.get(k).word()) {
            return -1;
        }
        int lineStart = text.lastIndexOf('\n', toks.get(k).start()) + 1;
        String prevLine = text.substring(lineStart, toks.get(k).end()).strip();
        if (toks.get(k).end() - lineStart >= WRAPPED_LINE) {
            return k;
        }
        int titleLineEnd = text.indexOf('\n', toks.get(firstOfTitle).start());
        titleLineEnd = titleLineEnd < 0 ? text.length() : titleLineEnd;
        String titleLine = text.substring(toks.get(nl).end(), titleLineEnd).strip();
        // a name on the line before is the holder, not part of the title ("Alice Trent\nDirector of ...")
        boolean nameBefore = org.councilgraph.text.PersonName.parse(prevLine).filter(n -> n.hasGiven()).isPresent();
        if (breaks == 1 && !nameBefore && prevLine.length() <= 30 && titleLine.length() <= 40
                && prevLine.matches("(?:\\p{Lu}[\\p{L}'’-]*|and|&|of)(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|and|&|of))*")) {
            return k;
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


    private static boolean isJoin(Tok t) {
        String l = t.lower();
        return l.equals("and") || l.equals("&") || l.equals("of");
    }

    /** True when nothing but blanks stands between the start of the line and token {@code i}. */
    private static boolean startsSegment(List<Tok> toks, int i) {
        if (i == 0) {
            return true;
        }
        Tok p = toks.get(i - 1);
        return p.newline() || p.text().equals("(") || p.text().equals("–") || p.text().equals(":")
                || p.text().equals("|") || p.text().equals("-");
    }

    /** True when the remit ending at token {@code end} ends its line, bracket or entry. */
    private static boolean endsSegment(List<Tok> toks, int end) {
        if (end + 1 >= toks.size()) {
            return true;
        }
        Tok n = toks.get(end + 1);
        if (n.newline() && end + 2 < toks.size()) {
            // a title wrapped onto a line that carries on with more of it has not ended
            Tok after = toks.get(end + 2);
            if (after.word() && (head(after.text()) != null || Character.isLowerCase(after.text().charAt(0)))) {
                return false;
            }
        }
        if (n.newline() || n.text().equals("\t") || n.text().equals(")") || n.text().equals(";") || n.text().equals("|")
                || n.text().equals("/")) {
            return true;
        }
        String l = n.lower();
        return l.equals("tel") || l.equals("telephone") || l.equals("email") || l.equals("e-mail") || l.equals("ext")
                || l.equals("phone") || l.equals("mobile") || n.text().equals(",") && end + 2 < toks.size()
                && (toks.get(end + 2).lower().matches("tel|telephone|email|e-mail|ext|phone|mobile") || toks.get(end + 2).newline());
    }

    private static boolean onOneLine(List<Tok> toks, int k) {
        return k + 1 < toks.size() && !toks.get(k + 1).newline();
    }

    /**
     * The last token of a remit starting at {@code k}: capitalised words joined by "and", "of",
     * "the", commas; or -1 when there is none. A line break is crossed only where the line ends
     * with a joining word or the next line begins with one ("Director of Children and\nFamily
     * Services"). {@code tight} remits (after a comma or colon) take no lower-case joiners but "and".
     */
    private static final ThreadLocal<Object[]> SPACING = new ThreadLocal<>();

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
     * "Kevin Kasaven, Director of Children's\nCountywide Services\n+44...": a title wrapped in a narrow
     * column leaves a few capitalised words on a line of their own, before a blank line or the
     * contact details.
     */
    static boolean shortTail(String text, String line, int lineEnd) {
        if (!line.matches("(?:\\p{Lu}[\\p{L}'’-]*|and|&|of|the)(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|and|&|of|the)){0,3}")) {
            return false;
        }
        if (lineEnd < 0 || lineEnd + 1 >= text.length()) {
            return true;
        }
        int after = text.indexOf('\n', lineEnd + 1);
        String following = text.substring(lineEnd + 1, after < 0 ? text.length() : after).strip();
        return following.isEmpty() || following.matches("(?i)^(?:\\+|\\d|tel|telephone|email|e-mail|ext|phone|mobile)\\b?.*")
                || following.contains("@");
    }

    /** "Committee Chair: Councillor Tess Alder": a line that opens with a label is a new field. */
    private static final Pattern FIELD_LINE = Pattern.compile("^\\s*\\p{Lu}[\\p{L} ()/'’-]{0,40}:(?!\\S)");

    private static int remit(String text, List<Tok> toks, int k, boolean tight) {
        int last = -1;
        int words = 0;
        int m = k;
        if (m < toks.size() && toks.get(m).lower().equals("the")) {
            m++;
        }
        while (m < toks.size() && words < 12) {
            Tok t = toks.get(m);
            if (t.newline()) {
                Tok prev = toks.get(m - 1);
                int nx = m + 1;
                while (nx < toks.size() && toks.get(nx).newline()) {
                    nx++;
                }
                boolean continues = nx < toks.size() && (REMIT_JOIN.contains(toks.get(nx).lower()) && !toks.get(nx).text().equals(","));
                if (nx - m > 2 || nx >= toks.size() || nx - m == 2 && !doubleSpaced(text) && !continues) {
                    break; // a blank line ends the title
                }
                int nextLineEnd = text.indexOf('\n', toks.get(nx).start());
                if (FIELD_LINE.matcher(text.substring(toks.get(nx).start(), nextLineEnd < 0 ? text.length() : nextLineEnd)).find()) {
                    break;
                }
                Tok next = toks.get(nx);
                boolean joinBefore = REMIT_JOIN.contains(prev.lower()) || prev.text().equals(",");
                boolean joinAfter = next.lower().equals("and") || next.text().equals("&");
                int lineStart = text.lastIndexOf('\n', prev.start()) + 1;
                int nextEnd = text.indexOf('\n', next.start());
                String rest = text.substring(next.start(), nextEnd < 0 ? text.length() : nextEnd).strip();
                // a tight remit (after a comma or colon) wraps only to finish on the next line: "... and Families\nTogether"
                boolean wrapped = prev.end() - lineStart >= WRAPPED_LINE && (next.capitalised() || joinAfter || REMIT_JOIN.contains(next.lower()))
                        && !REMIT_STOP.contains(next.lower())
                        // (up to its first stop: "...English\nDevolution, 16 December 2024")
                        && (!tight || rest.split("[,.;:(]", 2)[0].strip().split("\\s+").length <= 3)
                        || nx - m == 1 && shortTail(text, rest, nextEnd);
                if (!(joinBefore && (next.capitalised() || joinAfter) || joinAfter && last >= 0 || wrapped)) {
                    break;
                }
                m = nx;
                continue;
            }
            String l = t.lower().replace('’', '\'');
            if (t.word() && t.capitalised() || t.word() && allCaps(t.text())) {
                if (REMIT_STOP.contains(l)) {
                    break;
                }
                // "Lead Member for Children and Families and Director", "Heads of Service, Transport
                // Manager": a second title, not the remit; it ends the remit at the join before it
                String hw = head(t.text());
                if (hw != null && m > k && !hw.equals("head") && !hw.equals("partner")) {
                    int b = m - 1;
                    while (b > k && toks.get(b).newline()) {
                        b--;
                    }
                    if (toks.get(b).lower().equals("the")) {
                        b--;
                    }
                    boolean joined = b >= k && (toks.get(b).lower().equals("and") || toks.get(b).text().equals("&")
                            || toks.get(b).text().equals(","));
                    if (joined || STRONG_HEADS.contains(hw)) {
                        int back = m - 1;
                        while (back >= k && !(toks.get(back).lower().equals("and") || toks.get(back).text().equals("&")
                                || toks.get(back).text().equals(","))) {
                            back--;
                        }
                        last = -1;
                        for (int x = k; x < back; x++) {
                            if (toks.get(x).word() && (toks.get(x).capitalised() || allCaps(toks.get(x).text()))) {
                                last = x;
                            }
                        }
                        break;
                    }
                }
                last = m;
                words++;
                m++;
                continue;
            }
            if (t.text().equals("(") && m + 2 < toks.size() && toks.get(m + 2).text().equals(")")
                    && toks.get(m + 1).text().matches("[A-Z][A-Za-z]{1,7}|\\d+-\\d+")) {
                // an acronym or an age band inside the title: "Team Around the Child (TAC) Team Manager"
                if (m + 3 < toks.size() && toks.get(m + 3).capitalised() && !toks.get(m + 3).text().equals("(")) {
                    m += 3;
                    continue;
                }
                break;
            }
            if (REMIT_JOIN.contains(l)) {
                if (!l.equals(",") && m > 0 && toks.get(m - 1).text().equals(",") && !l.equals("and")) {
                    break; // "Governor of West Flanders, to KCC": a comma then a small word starts a clause
                }
                m++;
                continue;
            }
            if (t.text().equals("’") || t.text().equals("'")) {
                m++;
                continue;
            }
            break;
        }
        return last;
    }

    /** Whether a head with these modifiers and remit is a post title. */
    private static boolean licensed(String head, String headWord, boolean plural, List<Integer> pre, List<Tok> toks,
                                    boolean hasRemit, String remitKind) {
        Set<String> mods = new java.util.HashSet<>();
        for (int p : pre) {
            mods.add(toks.get(p).lower());
        }
        String nearest = pre.isEmpty() ? "" : toks.get(pre.get(pre.size() - 1)).lower();
        boolean forRemit = remitKind != null && remitKind.startsWith("for");
        boolean ofRemit = remitKind != null && remitKind.startsWith("of");
        return switch (head) {
            case "member" -> !plural && (MEMBER_MODIFIERS.contains(nearest) || forRemit);
            case "lead" -> LEAD_MODIFIERS.contains(nearest) || forRemit || " ".equals(remitKind) || ",".equals(remitKind)
                    && !pre.isEmpty();
            // "Leader of the Council": a leader's remit names a body, not a field ("Leaders of Education")
            case "leader" -> LEADER_MODIFIERS.contains(nearest) || "of the".equals(remitKind);
            case "head" -> HEAD_MODIFIERS.contains(nearest) || ofRemit;
            case "teacher", "headteacher" -> !pre.isEmpty() && !(pre.size() == 1 && nearest.equals("head"));
            case "chair", "chairman", "chairwoman", "chairperson" -> CHAIR_MODIFIERS.contains(nearest) || ofRemit && !pre.isEmpty();
            case "vice-chair", "vice-chairman" -> !pre.isEmpty();
            case "executive" -> EXECUTIVE_MODIFIERS.contains(nearest);
            case "governor" -> GOVERNOR_MODIFIERS.contains(nearest) || ofRemit;
            case "mayor" -> MAYOR_MODIFIERS.contains(nearest) || ofRemit;
            case "counsel" -> COUNSEL_MODIFIERS.contains(nearest);
            case "mp" -> forRemit;
            case "representative" -> !pre.isEmpty() || ofRemit;
            case "partner" -> pre.size() >= 2 || ofRemit && !pre.isEmpty();
            case "clerk" -> !pre.isEmpty() || "to".equals(remitKind);
            case "invitee", "observer" -> false;
            case "assistant" -> !pre.isEmpty() && !hasRemit; // "Community Support Assistant"; "Assistant Director" has its own head
            default -> !pre.isEmpty() || hasRemit;
        };
    }

    /** A post label as the graph shows it: spaces folded, trailing punctuation and brackets gone. */
    public static String tidy(String label) {
        String s = label.replaceAll("\\s+", " ").strip();
        s = s.replaceAll("^[\\s,;:.\\-–(]+", "");
        s = s.replaceAll("[\\s,;:.\\-–(]+$", "");
        if (s.chars().filter(c -> c == '(').count() > s.chars().filter(c -> c == ')').count()) {
            s = s.substring(0, s.lastIndexOf('(')).strip();
        }
        s = s.replaceAll("\\s*\\(\\s*[A-Z]{2,8}s?\\s*\\)$", "").replaceAll("['’]s$", "");
        return s.replaceAll("[\\s,;:.\\-–]+$", "");
    }

    /**
     * The post title that a whole segment is ("Corporate Director Children, Young People and
     * Education" in a bracket after a name; "Managers, Permanence Team" under names in a staff
     * list), or empty when the segment does not read as one.
     */
    public static Optional<String> whole(String segment) {
        String s = segment.replaceAll("\\s+", " ").strip().replaceAll("^[,:;–\\-]+\\s*", "");
        if (s.isEmpty() || s.length() > 140) {
            return Optional.empty();
        }
        List<Tok> toks = tokens(s);
        for (int i = 0; i < toks.size() && i < 8; i++) {
            if (!toks.get(i).word() || head(toks.get(i).text()) == null) {
                continue;
            }
            Optional<Found> f = at(s, toks, i, true);
            if (f.isPresent() && f.get().firstToken() == firstWord(toks)) {
                Found x = f.get();
                // the title must fill the segment, but for trailing contact details
                String rest = s.substring(x.span().end()).strip();
                if (rest.isEmpty() || rest.matches("(?i)^[,;(]*\\s*(?:tel|telephone|email|e-mail|ext|phone|mobile)\\b.*")) {
                    return Optional.of(x.label());
                }
            }
        }
        return Optional.empty();
    }

    private static int firstWord(List<Tok> toks) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).word()) {
                return i;
            }
        }
        return -1;
    }

    /** True when {@code s} reads as a post title by this grammar (used for roles in lists). */
    public static boolean isPost(String s) {
        return whole(s).isPresent() && !tidy(s).toLowerCase(Locale.ROOT).matches("(?:chair|vice-chair|member)");
    }
}
