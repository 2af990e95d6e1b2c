package org.councilgraph.segment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.rule.Cascade;
import org.councilgraph.rule.Rule;
import org.councilgraph.text.Casing;
import org.councilgraph.text.Lexicon;

/**
 * What a committee name looks like: a run of capitalised words ending in (or made of) a word for
 * a decision-making body, "Cabinet", "Children and Families Overview and Scrutiny Committee",
 * "Transport and Connectivity Policy Committee", "Westby Task Group".
 */
public final class Committees {
    private static final Lexicon HEAD_FORMS = Lexicon.of("committee-head-forms.tsv");
    /** Head words of the bodies that hold minuted meetings. */
    public static final String HEAD = "(?:" + HEAD_FORMS.alternation() + ")";
    /**
     * Capitalised words and the small words between them; a lower-case word of any other kind is a sentence. After
     * the head, the area or the panel a council's committee of several is for: "Planning Committee North", "Licensing
     * Sub-Committee A", "Area Planning Committee (Central)".
     */
    private static final Pattern NAME = Pattern.compile(
            "(?:[A-Z0-9][\\w'’&.,/()\\-]*\\s+|(?i:and|of|for|the|on|&|in|with|to|upon|-|–)\\s+){0,16}(?i:" + HEAD + ")"
            + "(?:\\s+(?:" + Lexicon.of("committee-area-suffixes.tsv").alternation() + "))?(?:\\s*\\([^)]{1,40}\\))?");
    /** A Welsh body's name, its head first: "Cyngor Cymuned Westby a Northby", "Pwyllgor Cynllunio". */
    private static final String WELSH_HEAD = "(?i:" + Lexicon.of("welsh-body-heads.tsv").alternation() + ")";
    private static final Pattern WELSH_START = Pattern.compile(WELSH_HEAD + "\\s");
    private static final Pattern WELSH_NAME = Pattern.compile(
            WELSH_HEAD + "(?i:\\s+(?:[A-Z][\\w'’\\-]*|a|ac|y|yr|o|ar|am|i|&)){1,12}");
    private static final Pattern BAD_START = Pattern.compile(
            "(?i)^(?:" + Lexicon.of("not-committee-starts.tsv").alternation() + ")\\b");

    private Committees() {
    }

    /**
     * The committee named alone on one of the {@code lines} non-blank lines above {@code at}, as a
     * page's or a work programme's heading names it ("Planning Committee (PC)" is the Planning
     * Committee); empty when none of them is a committee's name and nothing else.
     */
    static Optional<String> namedAbove(String text, int at, int lines) {
        return linesAbove(text, at, lines).stream()
                .map(line -> line.length() <= 150 ? clean(LETTERS_AT_END.matcher(line).replaceAll("")) : null)
                .filter(java.util.Objects::nonNull).findFirst();
    }

    /**
     * The body a meeting's heading names when it prints a kind alone that is a body's name ("Council",
     * "EXECUTIVE"): "Council", "Executive"; else null. Outside a heading such a word names no committee.
     */
    static String headingAlone(String raw) {
        if (raw == null) {
            return null;
        }
        // "Budget Council, Council", "Special Council", "Extraordinary Cabinet": the kind of meeting before it does not change the body
        String body = KIND_AFTER.matcher(MEETING_OF.matcher(EDGE_PUNCTUATION.matcher(raw.strip()).replaceAll("")).replaceFirst("")).replaceFirst("");
        Matcher m = HEADING_ALONE.matcher(KIND_BEFORE.matcher(body).replaceFirst(""));
        if (!m.matches()) {
            return null;
        }
        String w = m.group(1);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** "EXECUTIVE" alone on the nearest line above {@code at} with words: the body a meeting's heading names. */
    static Optional<String> headingAbove(String text, int at) {
        return linesAbove(text, at, 1).stream().findFirst().map(Committees::headingAlone);
    }

    /** Up to {@code lines} lines with words above {@code at}, nearest first, stripped. */
    private static List<String> linesAbove(String text, int at, int lines) {
        List<String> out = new java.util.ArrayList<>();
        int pos = at;
        while (out.size() < lines && pos > 0) {
            int prev = text.lastIndexOf('\n', pos - 2);
            String line = text.substring(prev + 1, pos).strip();
            pos = prev + 1;
            if (!line.isEmpty()) {
                out.add(line);
            }
        }
        return out;
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s:,;.\\-–]+|[\\s:,;.\\-–]+$");
    private static final Pattern JOINING_WORDS = Pattern.compile("(?i)^(?:(?:and|or|by|to|at|from|with|of|for|on|in|&)\\s+)+(?=the\\s|[A-Z])");
    private static final Pattern PAPERS_OF = Pattern.compile("(?i)^(?:agenda|minutes|papers|reports?|decisions?|the\\s+meeting)\\s+(?:for|of|to)\\s+");
    private static final Pattern MEETING_OF = Pattern.compile(
            "(?i)^(?:" + Tables.alternationOfKind("meeting-kinds.tsv", "bodies") + ")(?:\\s+meeting\\s*(?:[-–—:,]|of\\s+(?:the\\s+)?)"
            // "Reconvened, Westby Committee", "Budget Council, Council": the kind and a comma before the body's name
            + "|(?:\\s+(?:council|session))?\\s*,)\\s*");
    /** "(up to 28th April 2021)", "(formerly the Westby Committee)": a note after a name. */
    private static final Pattern NOTE_AFTER = Pattern.compile(
            "(?i)\\s*\\((?:" + Lexicon.of("name-notes.tsv").alternation() + ")\\b[^)]*\\)\\s*$");
    /** "Moved from 9th October 2025, Cabinet": a note that the meeting was moved, before its committee's name. */
    private static final Pattern MOVED_FROM = Pattern.compile(
            "(?i)^(?:" + Lexicon.of("meeting-moved-words.tsv").alternation() + ")\\s+(?:from|to)\\s+[^,]{3,40},\\s*");
    private static final Pattern ARTICLE = Pattern.compile("(?i)^(?:the|a|an)\\s+");
    private static final Pattern AMPERSAND = Pattern.compile("\\s+&\\s+");
    private static final Pattern MEETING_AFTER = Pattern.compile("(?i)\\s+(?:meeting|meetings)$");
    /** A kind of meeting printed after the body's name: "Council (Budget)", "Council, Special Meeting". */
    private static final Pattern KIND_AFTER = Pattern.compile("(?i)\\s*(?:\\((?:" + Tables.alternationOfKind("meeting-kinds.tsv", "before")
            + ")(?:\\s+meeting)?\\)|,\\s*(?:" + Tables.alternationOfKind("meeting-kinds.tsv", "before") + ")\\s+meeting)\\s*$");
    /** A kind of meeting printed straight before the body's name: "Special Council", "Extraordinary Cabinet". */
    private static final Pattern KIND_BEFORE = Pattern.compile("(?i)^(?:" + Tables.alternationOfKind("meeting-kinds.tsv", "before") + ")\\s+(?=\\S)");
    private static final Pattern LETTERS_AFTER = Pattern.compile("\\s*\\([A-Z&]{2,8}\\)$");
    /** Names a bad start does not spoil: "Cabinet", "Full Council", a fire or combined authority's "Full Authority". */
    private static final Pattern ALONE_OK = Pattern.compile("(?i)^(?:cabinet|full (?:council|authority))$");
    /** "Council", "the Executive": a body's kind that, alone as a meeting's heading, is that body's name. */
    private static final Pattern HEADING_ALONE = Pattern.compile("(?i)(?:the\\s+)?(" + HEAD_FORMS.alternationWhere(3, "heading") + ")");
    /** A kind of body alone, no body's name: "the Committee", "Task Group". */
    private static final Pattern KIND_ALONE = Pattern.compile("(?i)(?:the\\s+)?(?:" + HEAD_FORMS.alternationWhere(1, "alone") + ")");
    private static final Pattern LETTERS_AT_END = Pattern.compile("\\s*\\([A-Z&]{2,8}\\)\\s*$");

    /** A candidate committee name, tidied of a sentence's joining words, articles and letters after it. */
    private static final class Candidate {
        final String tidied;
        final String[] words;
        private String readable;

        Candidate(String tidied) {
            this.tidied = tidied;
            this.words = tidied.split(" ");
        }

        /** The name as it will be shown: "CABINET" to "Cabinet". */
        String readable() {
            if (readable == null) {
                readable = Casing.readable(tidied);
            }
            return readable;
        }

        @Override
        public String toString() {
            return tidied;
        }
    }

    private static final Rule<Candidate> LENGTH = Rule.named("tooShortOrLong",
            c -> c.tidied.length() < 3 || c.tidied.length() > 160 || c.words.length > 18);
    private static final Rule<Candidate> NOT_NAME_SHAPED = Rule.named("notCapitalisedRunEndingInHead", c -> !NAME.matcher(c.tidied).matches());
    private static final Rule<Candidate> SENTENCE_START = Rule.named("sentenceStart",
            c -> BAD_START.matcher(c.tidied).find() && !ALONE_OK.matcher(c.tidied).matches());
    private static final Rule<Candidate> MOSTLY_LOWER_CASE = Rule.named("mostlyLowerCase",
            c -> Arrays.stream(c.words).filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0))).count() * 2 < c.words.length);
    private static final Rule<Candidate> KIND_OF_BODY_ALONE = Rule.named("kindOfBodyAlone", c -> KIND_ALONE.matcher(c.readable()).matches());

    private static final Rule<Candidate> NOT_WELSH_NAME_SHAPED = Rule.named("notWelshHeadThenCapitals",
            c -> !WELSH_NAME.matcher(c.tidied).matches());

    /** Whether a tidied line reads as a Welsh body's name, its head first. */
    private static final Cascade<Candidate> WELSH_COMMITTEE_NAME = Cascade.<Candidate>named("welshCommitteeName")
            .reject(LENGTH)
            .reject(NOT_WELSH_NAME_SHAPED)
            .reject(MOSTLY_LOWER_CASE)
            .otherwise(true);

    /** Whether a tidied line reads as a committee's name. */
    private static final Cascade<Candidate> COMMITTEE_NAME = Cascade.<Candidate>named("committeeName")
            .reject(LENGTH)
            .reject(NOT_NAME_SHAPED)
            .reject(SENTENCE_START)
            .reject(MOSTLY_LOWER_CASE)
            .reject(KIND_OF_BODY_ALONE)
            .otherwise(true);

    /**
     * The committee name in {@code raw} tidied for display ("CABINET" to "Cabinet", "the Cabinet"
     * to "Cabinet"), or null when it does not read as a committee name.
     */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String s = SPACES.matcher(raw).replaceAll(" ").strip();
        s = EDGE_PUNCTUATION.matcher(s).replaceAll("");
        s = CouncilNames.inUse(s);
        // "and the Children, Young People and Education Cabinet Committee", "At the Scrutiny Committee":
        // a sentence's joining words; "Agenda for County Council": the papers of a meeting
        s = MOVED_FROM.matcher(s).replaceFirst("");
        s = JOINING_WORDS.matcher(s).replaceFirst("");
        s = PAPERS_OF.matcher(s).replaceFirst("");
        // "Joint meeting - X and Y": the meeting of the bodies named
        s = MEETING_OF.matcher(s).replaceFirst("");
        s = NOTE_AFTER.matcher(s).replaceFirst("");
        s = KIND_AFTER.matcher(s).replaceFirst(""); // "Council (Budget)", "Council, Special Meeting"
        s = ARTICLE.matcher(s).replaceFirst("");
        s = AMPERSAND.matcher(s).replaceAll(s.equals(s.toUpperCase(java.util.Locale.ROOT)) ? " AND " : " and "); // one label for "Northby & North Riverside" and "Northby and North Riverside"
        s = MEETING_AFTER.matcher(s).replaceFirst("");
        s = LETTERS_AFTER.matcher(s).replaceFirst(""); // "... Scrutiny Commission (CYPE)": the name without its letters
        String read = read(s);
        Matcher kind = KIND_BEFORE.matcher(s);
        if (kind.lookingAt() && (read == null || headingAlone(s.substring(kind.end())) != null)) {
            // "Special Westby Council", "Extraordinary Planning Committee", "Reconvened Council": the kind of meeting before
            // the body's name ("Budget Scrutiny Committee" is a name)
            String rest = s.substring(kind.end());
            String body = read(rest) != null ? read(rest) : headingAlone(rest);
            read = body != null ? body : read;
        }
        if (read != null || !s.contains(" / ")) {
            return read;
        }
        // a bilingual heading, "Pwyllgor Cynllunio / Planning Committee": the English name, else the Welsh
        String welsh = null;
        for (String side : s.split(" / ")) {
            String r = read(side.strip());
            if (r != null && !WELSH_START.matcher(side.strip()).lookingAt()) {
                return r;
            }
            welsh = welsh == null ? r : welsh;
        }
        return welsh;
    }

    private static String read(String s) {
        Candidate c = new Candidate(s);
        // a Welsh name puts its head first ("Cyngor Cymuned ..."): read by its own cascade
        Cascade<Candidate> grammar = WELSH_START.matcher(s).lookingAt() ? WELSH_COMMITTEE_NAME : COMMITTEE_NAME;
        return grammar.accepts(c) ? c.readable() : null;
    }
}
