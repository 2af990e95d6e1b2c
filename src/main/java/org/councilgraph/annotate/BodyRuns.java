package org.councilgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.councilgraph.annotate.Annotations.BodyMention;
import org.councilgraph.rule.Explain;
import org.councilgraph.rule.Verdict;
import org.councilgraph.text.Lexicon;

/**
 * Runs of name words and their tokens, and the splitting of a run into the parts that may each be
 * a name: at list separators after a head, before stray capitals, after heads not continued to
 * another head. Each part is then read by {@link BodyNames}.
 */
final class BodyRuns {
    private static final String WORD = "[A-Z][\\p{L}\\p{N}'’\\-]*[\\p{L}\\p{N}’']|[A-Z]";
    private static final String LOWER_HEAD = "(?:" + String.join("|", BodyWords.LOWER_HEADS) + ")";
    /**
     * A qualifier in brackets inside a name, of two or more capitalised words: "Westby Church of England
     * (Voluntary Controlled) Primary School", "WEF (Westby, Eastby and Fordby) Schools Federation".
     */
    private static final String INNER_BRACKET = "\\([A-Z][\\p{L}'’\\-]*(?:,? +(?:(?:and|&) +)?[A-Z][\\p{L}'’\\-]*){1,5}\\)";
    /**
     * A run of name words: capitalised words joined by spaces, linkers and list commas. The repetition
     * is possessive: nothing follows it, so it never gives back, and a possessive loop is matched
     * without recursion, whatever the length of a line.
     */
    static final Pattern RUN = Pattern.compile(
            "(?<![\\p{L}\\p{N}'’\\-])(?:" + WORD + ")(?:(?: +(?:" + Acronyms.LINKERS + " +){0,2}(?:" + WORD + ")|, +(?:" + WORD + ")|"
            + " +\\((?:[A-Z][A-Za-z&]{1,9})\\)| +" + INNER_BRACKET + "(?= +[A-Z])| +(?:" + Lexicon.of("body-cue-words.tsv").alternationWhere(1, "lower-unit") + "|" + LOWER_HEAD + ")(?![\\p{L}\\-])))*+");
    /** A token of a run: a bracketed acronym, a comma, a word. */
    private static final Pattern TOKEN = Pattern.compile(INNER_BRACKET + "|\\([A-Z][A-Za-z&]{1,9}\\)|,|[\\p{L}\\p{N}&][\\p{L}\\p{N}'’\\-&]*");
    private static final Pattern NEXT_WORD = Pattern.compile("[ \\t]*(\\([A-Z][A-Za-z&]{1,9}\\)[ \\t]*)?(\\p{L}+)");
    private static final Pattern PLURAL_POSSESSIVE = Pattern.compile(".*[sS]['’]");
    private static final Pattern PLURAL_POSSESSIVE_LOWER = Pattern.compile(".*s['’]");
    private static final java.util.Set<String> DENOMINATIONS = Lexicon.of("denominations.tsv").words();
    /** Words after a head that end a name and start the next of a list. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("and|&|or|the|with|to|at|in|on");

    private BodyRuns() {
    }

    /** The tokens of the run at {@code [from, to)} of the flattened text. */
    static List<BodyToken> tokens(String flat, int from, int to) {
        List<BodyToken> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(flat).region(from, to);
        while (m.find()) {
            String t = m.group();
            int end = m.end();
            // a closing quote is no part of a word ("‘Enhanced’ Family Support"); a plural possessive is ("Carers’ Forum")
            while (t.length() > 1 && (t.endsWith("-") || (t.endsWith("'") || t.endsWith("’"))
                    && (!PLURAL_POSSESSIVE.matcher(t).matches() || quoted(flat, m.start())))) {
                t = t.substring(0, t.length() - 1);
                end--;
            }
            out.add(new BodyToken(t, m.start(), end));
        }
        return out;
    }

    /** Inside quotation marks opened before {@code at} on the same line: "‘Responsible Authorities’". */
    static boolean quoted(String flat, int at) {
        for (int i = at - 1; i >= 0 && at - i < 80; i--) {
            char ch = flat.charAt(i);
            if (ch == '‘' || ch == '“') {
                return true;
            }
            if (ch == '’' && !(i + 1 < flat.length() && Character.isLetter(flat.charAt(i + 1))) || ch == '”' || ch == '|' || ch == '\n') {
                return false;
            }
        }
        return false;
    }

    /** The names a run holds: its parts, each read as a name or a list of units sharing a head. */
    static List<BodyMention> fromRun(List<BodyToken> run, BodyContext cx) {
        Splitter s = new Splitter(run, cx);
        s.split();
        List<BodyMention> out = new ArrayList<>();
        for (int k = 0; k < s.parts.size(); k++) {
            List<BodyToken> part = s.parts.get(k);
            boolean keep = s.keep.get(k);
            List<BodyMention> shared = SharedHeads.distribute(part, cx);
            if (shared != null) {
                if (keep) {
                    out.addAll(shared);
                }
                continue;
            }
            List<BodyToken> p = splitAnds(part);
            if (p.isEmpty()) {
                continue;
            }
            BodyMention b = BodyNames.fromPart(p, cx, keep);
            BodyToken before = k > 0 && !part.isEmpty() ? previousCaps(run, part.get(0)) : null;
            if (b != null && before != null && BodyNames.acronymFits(before.text(), p)) {
                // a glossary line, "YPF Young People and Families": the acronym is defined, the body is not mentioned
                cx.acronyms.putIfAbsent(before.text(), b);
                explainDropped(p, "glossaryLine");
                continue;
            }
            if (b != null && keep) {
                out.add(b);
            } else if (b != null) {
                explainDropped(p, "headOnlyQualifies"); // "Foundation Stage", "Police Station", a quoted term
            }
        }
        return out;
    }

    /** Tells {@link Explain} that a name the rules accepted is dropped by the way its run was split. */
    private static void explainDropped(List<BodyToken> p, String why) {
        if (Explain.on()) {
            Explain.record("body", "\"" + BodyToken.joined(p) + "\"", p.get(0).start(), new Verdict(false, why));
        }
    }

    /** Cuts a run into parts, each marked kept or not (a head that only qualifies an activity, a building, a quoted term). */
    private static final class Splitter {
        final List<BodyToken> run;
        final BodyContext cx;
        final List<List<BodyToken>> parts = new ArrayList<>();
        final List<Boolean> keep = new ArrayList<>();
        List<BodyToken> cur = new ArrayList<>();
        boolean curKeep = true;
        String glossaryAcronym;

        Splitter(List<BodyToken> run, BodyContext cx) {
            this.run = run;
            this.cx = cx;
        }

        void split() {
            for (int i = 0; i < run.size(); i++) {
                step(i);
            }
            cut(curKeep);
        }

        private void step(int i) {
            BodyToken t = run.get(i);
            if (strayCapitals(t)) {
                // "CQC Care Quality Commission NYPF Northby Young ...": a glossary, or a heading run into a name
                cut(curKeep && glossaryAcronym == null);
                glossaryAcronym = t.text();
                return;
            }
            if (andTheNext(i) || t.text().equals(",") && !cur.isEmpty() && !listComma(run, i)) {
                // "the CME and the Attendance team": two names; "the making of a Care Order, Intake Team social workers":
                // a comma with no "and" to come ends a clause
                cut(curKeep);
                return;
            }
            if (t.text().equals("to") && !cur.isEmpty() && headAhead(run, i + 1) && !throughTo(run, i)) {
                // "the Growth Fund to the Westby Development Trust", "Recommend to County Council": "to" joins no name's
                // words but a set phrase's ("Home to School Transport Service"); what is given or sent to is a name of its own
                cut(curKeep);
                return;
            }
            cur.add(t);
            if (quotedTerm(i)) {
                // "‘Responsible Authorities’ of Northby Partnerships": a quoted term is a name of its own
                cut(false);
                return;
            }
            if (t.isHead() && (activityAfter(run, i, cx) || BodyWords.ORG_HEADS.contains(t.lower()) && i + 1 < run.size()
                    && BodyWords.ORG_ACTIVITY_AFTER.matcher(run.get(i + 1).text()).matches())) {
                curKeep = false; // "Early Years Foundation Stage", "Pupil Unit funding": the head is a modifier
            }
            if (t.isHead() && i + 1 < run.size()) {
                afterHead(i);
            }
            if (glossaryAcronym != null && cur.size() == 1) {
                curKeep = true;
            }
        }

        private void afterHead(int i) {
            BodyToken next = run.get(i + 1);
            if (next.isAnd() && i + 2 < run.size() && BodyWords.joinedHead(run.get(i).lower(), run.get(i + 2).lower())) {
                // "Northby Police and Crime Panel": the head and the words after "and" lead to the name's true head;
                // with none ahead ("Northby Police and Crime Commissioner") the words name a post, not a body
                curKeep = curKeep && headAhead(run, i + 3);
                return;
            }
            if (BodyWords.PLACE_AFTER.matcher(next.text()).matches()) {
                curKeep = false; // "Eastby Police Station" is a building
            }
            boolean listSep = next.text().equals(",") || LIST_SEPARATOR.matcher(next.text()).matches();
            boolean continues = !listSep && !next.text().startsWith("(") && headAhead(run, i + 1) && wordsBefore(cur) <= 1
                    || headFirst(run, i)
                    // "Westby Church of England (Aided) Primary School": a church's name designating a school
                    || denomination(run, i) && headAhead(run, i + 3)
                    // "Westby Panel Advisers’ Forum": a plural possessive between two heads joins them
                    || PLURAL_POSSESSIVE_LOWER.matcher(next.text()).matches() && i + 2 < run.size() && run.get(i + 2).isHead()
                    // "Westby Ambulance Service NHS Trust": an acronym that belongs inside names carries the name on to its head
                    || BodyWords.INNER_CAPS.contains(next.text()) && !listSep && headAhead(run, i + 1);
            if (listSep || (!continues && !next.text().startsWith("(") && !next.isHead())) {
                cut(curKeep);
            }
        }

        private boolean strayCapitals(BodyToken t) {
            int i = run.indexOf(t);
            boolean expanded = i + 1 < run.size() && run.get(i + 1).text().startsWith("(") && run.get(i + 1).text().contains(" ");
            return t.isCaps() && !t.text().startsWith("(") && !cur.isEmpty() && !BodyWords.INNER_CAPS.contains(t.text()) && !expanded
                    && cur.stream().anyMatch(x -> x.isWord() && !x.isLink() && !x.text().equals("The"));
        }

        private boolean andTheNext(int i) {
            boolean afterDefined = i >= 2 && run.get(i - 1).text().startsWith("(") && run.get(i - 2).isHead();
            return run.get(i).isAnd() && i + 1 < run.size() && (run.get(i + 1).text().equals("the") || afterDefined) && !cur.isEmpty();
        }

        private boolean quotedTerm(int i) {
            BodyToken t = run.get(i);
            return t.end() < cx.flat.length() && "’'”\"".indexOf(cx.flat.charAt(t.end())) >= 0 && quoted(cx.flat, t.start())
                    && i + 1 < run.size() && run.get(i + 1).isLink() && !t.isHead();
        }

        private void cut(boolean kept) {
            parts.add(cur);
            keep.add(kept);
            cur = new ArrayList<>();
            curKeep = true;
        }
    }

    /**
     * "Lettings and Repairs and Estate Services": with two "and"s and no list commas, the
     * last one parts two names. "Safeguarding, Attendance and Governor Support and Development
     * Service": with two after the list's last comma, the first ends the list and the name is what
     * follows it.
     */
    static List<BodyToken> splitAnds(List<BodyToken> p) {
        List<Integer> ands = new ArrayList<>();
        int lastComma = -1;
        int first = 0;
        while (first < p.size() && p.get(first).isLink()) {
            first++; // "and the Northby Information and Advice Service": the linkers in front join it to what went before
        }
        for (int i = first; i < p.size(); i++) {
            // "Fire and Rescue", "Police and Crime": an "and" inside one body's head parts nothing
            if (p.get(i).isAnd() && !(i > 0 && i + 1 < p.size() && BodyWords.joinedHead(p.get(i - 1).lower(), p.get(i + 1).lower()))) {
                ands.add(i);
            }
            if (p.get(i).text().equals(",")) {
                lastComma = i;
                ands.clear();
            }
        }
        if (ands.size() == 1 && ands.get(0) > 1 && p.get(ands.get(0) - 1).text().startsWith("(") && !p.get(ands.get(0) - 2).isHead()
                && p.size() - ands.get(0) > 2) {
            return new ArrayList<>(p.subList(ands.get(0) + 1, p.size())); // "Westby Fund (WF) and Westby Advice Service"
        }
        if (ands.size() < 2) {
            return p;
        }
        int at = lastComma >= 0 ? ands.get(0) : ands.get(ands.size() - 1);
        for (int a : ands) {
            if (a > 0 && p.get(a - 1).text().startsWith("(")) {
                at = a; // "Westby Fund (WF) and Westby Advice Service": a defined acronym closes the first name
                break;
            }
        }
        List<BodyToken> right = p.subList(at + 1, p.size());
        return right.size() >= 2 ? new ArrayList<>(right) : p;
    }

    /** True when a head follows from {@code i} before the run ends. */
    static boolean headAhead(List<BodyToken> run, int i) {
        for (int k = i; k < run.size(); k++) {
            if (run.get(k).isHead()) {
                return true;
            }
            if (run.get(k).text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> THROUGH_TO = Lexicon.of("names-through-to.tsv").rows().stream()
            .map(r -> r.get(0) + " " + r.get(1)).collect(Collectors.toUnmodifiableSet());

    /**
     * The "to" at {@code i} is inside a set phrase a name runs on through to a head of its own ("Home to School Transport
     * Service"); the phrase alone ("the Home to School Transport Policy") names no body.
     */
    private static boolean throughTo(List<BodyToken> run, int i) {
        return i > 0 && i + 1 < run.size() && THROUGH_TO.contains(run.get(i - 1).lower() + " " + run.get(i + 1).lower())
                && headAhead(run, i + 2);
    }

    private static int wordsBefore(List<BodyToken> cur) {
        return (int) cur.stream().filter(t -> t.isWord() && !t.isLink()).count() - 1;
    }

    /** The head at {@code i} begins a church's name that designates a school: "Church of England". */
    private static boolean denomination(List<BodyToken> run, int i) {
        return i + 2 < run.size() && DENOMINATIONS.contains(BodyToken.joined(run.subList(i, i + 3)));
    }

    /** "University of Westby": a head that comes first, before "of" and a proper word. */
    private static boolean headFirst(List<BodyToken> run, int i) {
        BodyToken t = run.get(i);
        return BodyWords.HEAD_FIRST.contains(t.lower()) && t.isCapitalised() && i + 2 < run.size()
                && BodyNames.OF_FOR.matcher(run.get(i + 1).text()).matches() && run.get(i + 2).isCapitalised()
                && !headAhead(run, i + 1) && (i == 0 || run.get(i - 1).isLink());
    }

    /** A comma of a list of names sharing a head: an "and" follows before the head ("Audit, Quality and Standards Team"). */
    private static boolean listComma(List<BodyToken> run, int comma) {
        for (int k = comma + 1; k < run.size(); k++) {
            BodyToken t = run.get(k);
            if (t.isAnd()) {
                return true;
            }
            if (t.isHead()) {
                return false;
            }
        }
        return false;
    }

    /** The word after the head at {@code i} (past a defined acronym) names an activity or a measure the head only qualifies. */
    private static boolean activityAfter(List<BodyToken> run, int i, BodyContext cx) {
        int k = i + 1;
        if (k < run.size() && run.get(k).text().startsWith("(")) {
            k++;
        }
        if (k < run.size()) {
            return BodyWords.ACTIVITY_AFTER.matcher(run.get(k).text()).matches();
        }
        Matcher m = NEXT_WORD.matcher(cx.flat).region(run.get(k - 1).end(), cx.flat.length());
        return m.lookingAt() && BodyWords.ACTIVITY_AFTER.matcher(m.group(2)).matches();
    }

    /** The capitals token right before {@code first} in the run, if any. */
    private static BodyToken previousCaps(List<BodyToken> run, BodyToken first) {
        int i = run.indexOf(first);
        if (i > 0 && run.get(i - 1).isCaps() && !run.get(i - 1).text().startsWith("(") && !BodyWords.INNER_CAPS.contains(run.get(i - 1).text())) {
            return run.get(i - 1);
        }
        return null;
    }
}
