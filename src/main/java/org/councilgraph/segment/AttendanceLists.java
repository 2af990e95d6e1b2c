package org.councilgraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.segment.Layout.Attendee;
import org.councilgraph.segment.AttendanceEntries.Honorific;
import org.councilgraph.segment.Layout.Status;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.PostHeads;
import org.councilgraph.text.Span;

/**
 * Attendance and membership lists: a heading ("PRESENT", "P R E S E N T:", "In attendance",
 * "IN ATTENDANCE VIRTUALLY:", "Apologies:", "Members of the Commission", "Co-opted Members",
 * bilingual "Presennol / Present", Scottish "Sederunt") then names, one a line, in running text or in
 * a grid, each perhaps with a role ({@link AttendanceEntries}). Also the sentences minutes use for
 * apologies and substitutes: "Apologies were received from Councillors X, Y and Z."
 */
final class AttendanceLists {
    private static final String HONORIFICS = AttendanceEntries.HONORIFICS;
    private static final String HEADINGS = Lexicon.of("attendance-headings.tsv").alternation();
    /**
     * The Welsh words a bilingual heading prints before the English ("Aelodau / Members", "Presennol yn y Cyfarfod /
     * Present at Meeting"): read by the English after the stroke, whatever the Welsh.
     */
    private static final String WELSH_FIRST = "(?:\\p{L}[\\p{L}'’ -]{1,40}?\\s*/\\s*)?";
    /** A heading, perhaps lettered ("b. Apologies:") or in two languages ("Presennol / Present", "Aelodau/Members"), and what follows it. */
    private static final Pattern HEADING = Pattern.compile(
            "(?i)^(?:[a-h][.)]\\s*)?(?<h>" + WELSH_FIRST + "(?:" + HEADINGS + ")(?:\\s*/\\s*(?:" + HEADINGS + "))?(?:\\s+at\\s+(?:the\\s+)?meeting)?)"
            + "(?:\\s*:[\\-–]?\\s*|\\s*$|(?<=present|apologies|absence|absent)\\s*[\\-–]+\\s*)(?<rest>.*)$");
    /** "PRESENT Ann Westby (Chair)": a heading in capitals with the first name on its line and no colon. */
    private static final Pattern CAPITALS_HEADING = Pattern.compile(
            "^(?:[a-h][.)]\\s*)?(?<h>(?i:" + HEADINGS + "))\\s+(?<rest>[A-Z(].*)$");
    /**
     * "Present Councillors Ann Westby, Bob Northby and ...": a heading in a column of its own, set on the
     * names' line with no colon (a two-column front of minutes read line by line); a title opens the names.
     */
    private static final Pattern TITLED_NAMES_HEADING = Pattern.compile(
            "^(?:[a-h][.)]\\s*)?(?<h>(?i:" + HEADINGS + "))[ \\t]+(?<rest>(?:" + AttendanceEntries.PLURALS + "|" + HONORIFICS + ")\\.?[ \\t]+\\p{Lu}.*)$");
    private static final Lexicon STATUSES = Lexicon.of("attendance-statuses.tsv");
    private static final List<Pattern> STATUS_CUES = STATUSES.rows().stream()
            .map(r -> Pattern.compile("(?i)" + r.get(0))).toList();
    private static final Lexicon APOLOGY = Lexicon.of("attendance-apology-words.tsv");
    private static final String APOLOGY_NOUN = APOLOGY.alternationWhere(1, "noun");
    private static final String APOLOGY_VERB = APOLOGY.alternationWhere(1, "verb");
    private static final String APOLOGY_FROM = APOLOGY.alternationWhere(1, "from");
    /** "...; and for lateness from Councillors ...": the names after it came late. */
    private static final Pattern APOLOGY_LATE_TURN = Pattern.compile("(?i)" + APOLOGY.alternationWhere(1, "late-turn") + "\\s+");
    /** "..., for whom Carl Westby and Dora Northby substituted respectively": the absent members' substitutes. */
    private static final Pattern SUBSTITUTE_TURN = Pattern.compile("(?i)" + APOLOGY.alternationWhere(1, "substitute-turn"));
    private static final Pattern SUBSTITUTE_VERB = Pattern.compile("(?i)" + APOLOGY.alternationWhere(1, "substitute-verb"));
    /** "Councillor Westby who was representing the council elsewhere": why, not who; bracketed reasons are roles. */
    private static final Pattern APOLOGY_REASON = Pattern.compile("(?i)(?<![(][^)]{0,80})\\s+(?:" + APOLOGY.alternationWhere(1, "reason") + ")\\b.*");
    private static final Pattern LEADING_AND = Pattern.compile("\\s*(?:and\\s+)?");
    /** Where a name's piece of a run ends: after a comma or semicolon, before "and". */
    private static final Pattern PIECE = Pattern.compile("(?<=[,;])|(?=\\band\\b)");
    /** "An apology for lateness": who sends it comes to the meeting, late. */
    private static final Pattern APOLOGY_LATE = Pattern.compile("(?i)\\b(?:" + APOLOGY.alternationWhere(1, "late") + ")\\b");
    /** Words of one sentence, over line ends but not over a blank line. */
    private static final String GAP = "(?:[^.\\n]|\\n(?![ \\t]*\\n)|\\.(?=\\s*[a-z]))";
    /** "Cllrs.": the plural title shortened, before the run of names it leads. */
    private static final String PLURAL_SHORTENED = "Cllrs";
    private static final String SHORTENED = "(?<=\\b(?:[A-Z]|" + PLURAL_SHORTENED + "|" + HONORIFICS + "))";
    /**
     * Before a full stop that cannot end the sentence: an initial, or a title shortened to its consonants
     * ("Cllr.", "Cllrs.", "Mrs."). A whole title ("Mayor.") may end it.
     */
    private static final String NOT_ENDING = "(?<!\\b(?:(?-i:[A-Z])|" + PLURAL_SHORTENED + "|" + AttendanceEntries.HONORIFIC_WORDS.words().stream()
            .filter(w -> w.toLowerCase(Locale.ROOT).matches("[^aeiou]+")).sorted().collect(java.util.stream.Collectors.joining("|")) + "))";
    private static final Pattern APOLOGY_SENTENCE = Pattern.compile(
            "(?i)\\b(?:(?:" + APOLOGY_NOUN + ")\\b(?:" + GAP + "{0,60}?\\b(?:" + APOLOGY_VERB + "))?\\b" + GAP + "{0,40}?"
            + "|(?:" + APOLOGY_VERB + ")\\s+(?:(?:their|his|her)\\s+)?(?:" + APOLOGY_NOUN + ")\\s+)"
            + "\\b(?:" + APOLOGY_FROM + ")\\s+(?<names>(?:[^.]|" + SHORTENED + "\\.)*?)(?:" + NOT_ENDING + "\\.(?=\\s|$)|\\n\\s*\\n|$)");
    private static final Lexicon WORDS = Lexicon.of("attendance-sentence-words.tsv");
    private static final String ACTS = WORDS.alternationWhere(1, "acted");
    /** A member's name after a title: "Councillor Ann Westby", "Cllr. B. Northby". */
    private static final String SHORT_TITLED_NAME = "(?:" + HONORIFICS + ")\\.?\\s+[A-Z][\\w'’\\-]*(?:\\.?\\s[A-Z][\\w'’\\-]*){0,3}";
    private static final Pattern SUBSTITUTE_SENTENCE = Pattern.compile(
            "(?<name>" + SHORT_TITLED_NAME + ")\\s+"
            // "attended as a deputy for Councillor Y", "with Councillor X attending as substitute": a deputy is a substitute
            + "(?:(?:attended|attending|was\\s+present|was\\s+attending|(?:had\\s+been|has\\s+been|was)\\s+appointed|(?:would\\s+be|was)\\s+acting|(?:confirmed|advised|indicated|reported)\\s+(?:that\\s+)?(?:he|she|they)\\s+(?:was|were)\\s+attending)"
            + "\\s+as\\s+(?:a\\s+|the\\s+)?(?:substitute|deputy)|substituting\\b|substituted\\s+for\\b)");
    /**
     * "Councillor Ann Westby gave her apologies", "Councillor Bob Northby sent apologies for lateness": the member
     * first, then the apology; one late was there.
     */
    private static final Pattern NAMED_APOLOGY = Pattern.compile(
            "(?<name>" + SHORT_TITLED_NAME + ")\\s+(?:had\\s+)?"
            + "(?:sent|gave|tendered|offered|submitted|conveyed)\\s+(?:(?:his|her|their)\\s+)?apolog(?:y|ies)"
            + "(?<late>\\s+for\\s+(?:lateness|late\\s+arrival|arriving\\s+late))?\\b");
    /** ", and from" or " and from" between two names of one sentence of apologies. */
    private static final Pattern AND_FROM = Pattern.compile(",?\\s+and\\s+from\\s+");
    /** A substitute's clause inside a sentence of apologies ("..., with Councillor X attending as substitute, and from Y"): no apology. */
    private static final Pattern SUBSTITUTE_CLAUSE = Pattern.compile(",?\\s*(?:with\\s+)?" + SUBSTITUTE_SENTENCE.pattern()
            + "(?:\\s+for\\s+" + SHORT_TITLED_NAME + ")?");
    /** An item's number and title ("4. Minutes", "16.03.2 Register of Interests"), which ends a list. */
    private static final Pattern ITEM_LINE = Pattern.compile("^\\d{1,3}(?:[.)]|(?:\\.\\d{1,3}){1,2}\\.?)?(?:\\s+\\S.*)?$");
    /** What is left of an item's number in its title ("05.2 Apologies"). */
    private static final Pattern TITLE_NUMBER = Pattern.compile("^[\\d.]+\\s*");
    private static final Pattern DIGIT_START = Pattern.compile("^\\d");
    /** Headings that head a list only alone on their line. */
    private static final Pattern FIELD_ONLY_ALONE = Pattern.compile("(?i)clerks?");
    private static final Pattern BULLET_LEAD = Pattern.compile("^[ \\t]*" + Marks.BULLET + "[ \\t]*");
    private static final String HONORIFIC = "(?:County\\s+Councillor|Mayor|" + HONORIFICS + ")\\.?";
    /** The space between a name's words: over a line's end, but not over a blank line ("Councillor Westby" over "Amendment"). */
    private static final String NAME_GAP = "(?:[ \\t]+|[ \\t]*\\n[ \\t]*(?=\\S))";
    /** A name after its title: initials or given name, surname. */
    private static final String NAME_AFTER_TITLE = NAME_GAP + "(?:[A-Z]\\.?\\s?){0,3}[A-Z][\\w'’\\-]+(?:" + NAME_GAP + "[A-Z][\\w'’\\-]+){0,2}";
    private static final String NAME = HONORIFIC + NAME_AFTER_TITLE;
    /** A councillor's name with the title: only a member says or asks in the minutes' own words without a post. */
    private static final String COUNCILLOR_NAME = "(?:County\\s+)?(?:Councillor|Cllr)\\.?" + NAME_AFTER_TITLE;
    /** A full name, a title perhaps before it: "Ann Westby", "Dr Ann B Westby", "Councillor Bob Northby". */
    private static final String FULL_NAME = "(?:" + HONORIFIC + "\\s+)?[A-Z][a-z'’\\-]+(?:\\s+[A-Z]\\.?)?(?:\\s+[A-Z][\\w'’\\-]+){1,2}";
    private static final String SPOKE_VERBS = WORDS.alternationWhere(1, "spoke");
    /** A post's words after its first, over the line ends of a paragraph but not past a sentence's end or a blank line. */
    private static final String POST_RUN = "(?:[^.;:\\n]|\\n(?![ \\t]*\\n)){2,120}?";
    /**
     * A post's title as printed before a name, its words capitalised but for the small ones ("Head of Finance (Adults
     * and Health)", "Cabinet Member for Children, Families and Learning", "Lead Member for Place – Transport"): so "The
     * Chair invited the Director of Housing, Ann Westby," reads the Director's post, not the Chair's.
     */
    private static final String TITLED_RUN = "[A-Z][\\w'’()&\\-]*(?:(?:,?\\s+|\\s+[–-]\\s+)(?:of|for|and|the|to|in|on|with|&|[A-Z(][\\w'’()&\\-]*)){0,14}";
    /**
     * Someone named with their post who spoke to the meeting: "Ann Westby, Executive Director for Adults, confirmed
     * that ...", "The Cabinet Member for Finance, Bob Northby, introduced the report".
     */
    private static final Pattern POSTED_SPOKE = Pattern.compile(
            "(?<name>(?![Tt]he\\s)" + FULL_NAME + "),\\s+(?<post>(?:the\\s+)?[A-Z]" + POST_RUN + "),\\s+(?:" + SPOKE_VERBS + ")\\b"
            + "|\\b[Tt]he\\s+(?<post2>" + TITLED_RUN + "),\\s+(?<name2>" + FULL_NAME + "),\\s+(?:" + SPOKE_VERBS + ")\\b"
            + "|\\b(?:" + WORDS.alternationWhere(1, "spoke-by") + ")\\s+by\\s+(?<name3>" + FULL_NAME + "),\\s+(?<post3>(?:the\\s+)?[A-Z]" + POST_RUN + ")(?=[,.;])");
    /** The second of two named with their posts, inside what was read as the first's post: ", and Bob Northby, Head of Y". */
    private static final Pattern AND_POSTED = Pattern.compile(",\\s+and\\s+(?<name>" + FULL_NAME + "),\\s+(?<post>[A-Z].*)$");
    /**
     * "In reply to Councillor Ann Westby", "in response to a question from Cllr Northby": a member who asked at the
     * meeting was there.
     */
    private static final Pattern ANSWERED = Pattern.compile(
            "(?i:\\b(?:" + WORDS.alternationWhere(1, "answered") + "))\\s+(?<name>" + COUNCILLOR_NAME + ")");
    /** "Councillor Ann Westby suggested that ...": a councillor who spoke in the meeting, named with a title. */
    private static final Pattern MEMBER_SAID = Pattern.compile(
            "(?<name>" + COUNCILLOR_NAME + ")\\s+(?:then\\s+|also\\s+)?(?:" + WORDS.alternationWhere(1, "said") + ")\\b");
    /** A name with its post in brackets: "Ann Westby (Head of Housing)". */
    private static final String BRACKETED = FULL_NAME + "\\s+\\([A-Z][^()\\n]{2,120}\\)";
    /**
     * The web page minute's form: "Councillor Bob Northby (Cabinet Member for Finance) introduced the report", "Ann
     * Westby (Director of Housing) and Jo Hale (Head of Roads) outlined ...": each named with the post in brackets.
     */
    private static final Pattern BRACKETED_SPOKE = Pattern.compile(
            "(?<![\\w(])(?<run>" + BRACKETED + "(?:,\\s+" + BRACKETED + "){0,3}(?:,?\\s+and\\s+" + BRACKETED + ")?)\\s+(?:also\\s+|then\\s+)?(?:" + SPOKE_VERBS + ")\\b");
    /** One "Name (Post)" of such a run. */
    private static final Pattern BRACKETED_ONE = Pattern.compile("(?<name>" + FULL_NAME + ")\\s+\\((?<post>[A-Z][^()\\n]{2,120})\\)");
    /** "Councillors Ann Westby and Bob Northby were also present": people there beside the members. */
    private static final Pattern ALSO_THERE = Pattern.compile(
            "(?<names>(?:" + AttendanceEntries.PLURALS + "|" + HONORIFIC + ")\\s+\\p{Lu}(?:[^.\\n]|\\n(?![ \\t]*\\n)|" + SHORTENED + "\\.){0,240}?)"
            + "\\s+(?:" + WORDS.alternationWhere(1, "also-there") + ")\\b");
    /** The last words of bodies' names ("Partnership", "Alliance", "Service"), none of them a surname. */
    private static final Set<String> BODY_HEADS = Lexicon.of("body-heads.tsv").lowerWords();
    private static final Pattern COUNCILLOR_TITLE = Pattern.compile("(?i)(?:county\\s+)?(?:councillor|cllr)\\b");
    /** "Independent", "External": a post held from outside the council, whatever its head. */
    private static final Pattern OUTSIDE_OFFICE = Pattern.compile("(?i)\\b(?:" + WORDS.alternationWhere(1, "outside-office") + ")\\b");
    /** "Cabinet Member", "Leader", "Chair": a post only a councillor holds. */
    private static final Pattern MEMBER_OFFICE = Pattern.compile("(?i)\\b(?:" + WORDS.alternationWhere(1, "member-office") + ")\\b");
    /** What a person did in a meeting that only someone there could do: moved, seconded, declared. */
    private static final Pattern ACTED = Pattern.compile(
            "(?<name>" + NAME + ")\\s+(?:then\\s+|also\\s+|duly\\s+)?(?:" + ACTS + ")\\b"
            // "Proposed by Councillor Westby", "Moved by ...": the verb may open the line with a capital
            + "|\\b(?i:" + ACTS + ")\\s+by\\s+(?<by>" + NAME + ")");
    /** "The Chair welcomed the following witnesses to the meeting:" over a list of them, one a line, each with a post. */
    private static final Pattern WELCOMED_FOLLOWING = Pattern.compile(
            "(?i)\\b(?:welcomed|introduced)\\s+the\\s+following\\b[^\\n.:]{0,80}:[ \\t]*(?=\\n)");
    /** ", and Dr Bob Northby," in a run of those a sentence names. */
    private static final Pattern AND_NAMED = Pattern.compile(",\\s+and\\s+(?<name>" + FULL_NAME + "),");
    /** A sentence's full stop: before a space, not after an initial or a shortened title (NOT_ENDING). */
    private static final Pattern SENTENCE_STOP_AT = Pattern.compile(NOT_ENDING + "\\.(?=\\s)");
    /** "The Committee heard a deputation from Ann Westby, Westby Tenants": someone not a member addressed the meeting. */
    private static final Pattern DEPUTATION = Pattern.compile(
            "(?i:\\b(?:" + WORDS.alternationWhere(1, "deputation") + "))\\s+(?<name>" + FULL_NAME + ")");
    /** The verb of such a deed, at the start of a line. */
    private static final Pattern ACT_WORD = Pattern.compile("(?i)(?:" + ACTS + ")\\b");
    /** "spoke", "addressed the Committee": what someone did who was at the meeting to speak. */
    private static final Pattern SPEAKING = Pattern.compile("(?i)\\b(?:" + WORDS.alternationWhere(1, "speaking") + ")\\b");
    /** Where the words before a speaking verb start their clause: a full stop, a bracket, a colon, a blank line. */
    private static final Pattern CLAUSE_OPEN = Pattern.compile(NOT_ENDING + "\\.(?=\\s)|[:;](?=\\s)|\\(|\\n[ \\t]*\\n");
    private static final Pattern TITLED_NAME = Pattern.compile("(?<name>" + NAME + ")");
    /**
     * "Registered Speakers – Mr Ann Westby (objector); Councillor Bob Northby (Westby Town Council)", "Against the
     * Application: Cara Riverford": a list of those who spoke on an application, entries parted by semicolons.
     */
    private static final String SPEAKER_LABEL = "(?:" + WORDS.alternationWhere(1, "speaker-label") + ")[ \\t]*[:–—-]";
    private static final Pattern SPEAKER_LIST = Pattern.compile("(?im)^[ \\t]*" + SPEAKER_LABEL
            // over the line ends of its paragraph, to a blank line or the next label's line
            + "[ \\t]*(?<rest>\\S(?:[^\\n]|\\n(?![ \\t]*\\n)(?![ \\t]*" + SPEAKER_LABEL + "))*)");
    /** "Objector – ", "Parish Council – ": the part an entry of such a list spoke in, before the name. */
    private static final Pattern SPEAKER_PART = Pattern.compile("^[A-Z][\\w' ]{0,30}?\\s+[–—-]\\s+");
    /** Where a name in such an entry ends: its bracket, a comma, a line's end. */
    private static final Pattern SPEAKER_NAME_END = Pattern.compile("\\s*[(,]|\\s*$");
    /** Someone who spoke by leave of a rule for non-members: "Councillor Westby spoke under procedural rule 27". */
    private static final Pattern SPOKE = Pattern.compile(
            "(?<name>" + NAME + ")\\s+(?:spoke|addressed\\s+the\\s+(?:" + WORDS.alternationWhere(1, "body") + "))"
            + "[^.]{0,60}?\\b(?:" + WORDS.alternationWhere(1, "leave") + ")\\b");
    private static final String ATTENDED_WHAT = "(?:the\\s+meeting|for\\s+(?:this|the)\\s+item|for\\s+item\\s+\\w+)";
    /**
     * "Ann Westby attended the meeting", "Prospective Councillor, Bob Northby, attended the meeting", "Councillor Ann
     * Westby, Cabinet Member for Housing, attended for this item": whoever is said to have attended was not a member.
     */
    private static final Pattern ATTENDED = Pattern.compile(
            // "Area Manager of Westby Leisure, attended": a name after "of" is a body's
            "(?<!\\b(?:of|the|from|for|to|with|by)\\s{1,9})(?<name>(?:" + HONORIFIC + "\\s+)?(?:[A-Z]\\.?\\s?){0,2}[A-Z][\\w'’\\-]+(?:\\s+[A-Z][\\w'’\\-]+){1,2}),?\\s+(?:also\\s+)?attended\\s+" + ATTENDED_WHAT);
    /** The same with a post between: "Councillor Ann Westby, Cabinet Member for Housing, attended for this item". */
    private static final Pattern POSTED_ATTENDED = Pattern.compile(
            "(?<name>(?![Tt]he\\s)" + FULL_NAME + "),\\s+(?<post>(?:the\\s+)?[A-Z]" + POST_RUN + "),\\s+(?:also\\s+)?attended\\s+" + ATTENDED_WHAT);
    /** "RESOLVED that Mr Northby be elected to Chair the meeting", "Councillor Riverford took the Chair". */
    private static final Pattern CHAIR_SENTENCE = Pattern.compile(
            "(?<name>" + NAME + ")\\s+(?:be|was|were|being)\\s+(?:duly\\s+)?(?:elected|appointed)\\s+(?:to|as)\\s+(?:the\\s+)?[Cc]hair(?:man|person)?"
            + "(?:\\s+(?:of|for)\\s+)?(?:\\s*the\\s+meeting)?|(?<took>" + NAME + ")\\s+(?:took|was\\s+in)\\s+the\\s+[Cc]hair\\b");
    /** "A recorded vote was taken", "On a named vote": the lines after it say how each voted. */
    private static final Pattern RECORDED_VOTE = Pattern.compile("(?i)\\b(?:" + WORDS.alternationWhere(1, "vote") + ")\\b[^\\n]*\\n");
    /** "For: Councillors A, B and C (3)": a line of a recorded vote, one side. */
    private static final Pattern VOTE_SIDE = Pattern.compile(
            "(?im)^[ \\t]*(?:" + WORDS.alternationWhere(1, "vote-side") + ")[ \\t]*(?:\\(\\d+\\))?[ \\t]*[:\\-–][ \\t]*(?<names>[^\\n]*)\\n?");
    /** "(3)": the count after a side's names. */
    private static final Pattern COUNT = Pattern.compile("\\(\\d+\\)");
    /** Marks attendance read from what people did, which a list of those present overrides. */
    static final String INFERRED = "inferred from the minutes";

    /** "the following Members and Officer, for the reasons given:-": a sentence's lead-in to names one a line. */
    private static final Pattern FOLLOWING = Pattern.compile("(?i)the\\s+following\\b[^\\n.:]{0,80}:[\\-–]?[ \\t]*(?=\\n)");
    /** "(substitute was Sue Northby)", "(substituted by Councillor Northby)": who came in a member's place. */
    private static final Pattern SUBSTITUTE_BRACKET = Pattern.compile(
            "\\(" + AttendanceEntries.SUBSTITUTE_WAS + "(?<name>[^()\\n]{3,60})\\)");
    /** "(Cllr Bob Northby substituting)": the same, the name first. */
    private static final Pattern SUBSTITUTE_BRACKET_FIRST = Pattern.compile(
            "\\((?<name>(?:" + HONORIFICS + ")\\.?\\s+[^()\\n]{2,60}?)\\s+" + AttendanceEntries.SUBSTITUTING + "\\)");
    /** "Councillor ", "Councillors ", "Cllrs ": the title a line of names under a minutes' heading begins with. */
    /** A short label over a group of the names of a list: "Representing Westby Council:". */
    private static final Pattern GROUP_LABEL = Pattern.compile("^\\p{Lu}[^:.;]{2,70}:$");
    /** "Cllrs:" before the names on a heading's line. */
    private static final Pattern PLURAL_LABEL = Pattern.compile("(" + AttendanceEntries.PLURALS + ")\\s*:\\s*");
    private static final Pattern COUNCILLORS_LEAD = Pattern.compile("(?:Councillors?|Cllrs?)\\.?\\s+\\p{Lu}");
    /** ", and" at a line's end: the list goes on on the next line. */
    private static final Pattern TRAILING_JOIN = Pattern.compile("[,\\s]*\\band\\s*$");
    private static final Pattern LINE = Pattern.compile("\\n([^\\n]*)");
    /** "Councillor Ann Westby - Family commitments": the reason after a name in a list of apologies. */
    private static final Pattern REASON_AFTER_DASH = Pattern.compile("\\s+[-–]\\s+.*$");
    private static final Pattern FINISHED_LINE = Pattern.compile("[.:;]$");
    /** Words a reason on a line of its own has at most ("Work commitments"). */
    private static final int REASON_WORDS = 6;
    private static final Pattern HEADING_END = Pattern.compile("[:\\-–]\\s*$");
    /**
     * A heading that ends the meeting's heading sentence, with the names on the lines under it: "Minutes of a
     * meeting of the Westby Committee held in the Council Chamber at 9.30 am when there were present:".
     */
    private static final Pattern HEADING_AT_END = Pattern.compile(
            "(?i)^.*?\\b(?:when|at\\s+which|where)\\s+(?<tail>(?:there\\s+were\\s+present|the\\s+following\\s+(?:members\\s+)?were\\s+present)\\s*:[\\-–]?)\\s*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private AttendanceLists() {
    }

    /**
     * Lists under headings between {@code from} and {@code to}; stops at the first agenda item so that
     * item text is not read as a list.
     */
    static List<Attendee> lists(Lines lines, int from, int to) {
        List<Attendee> out = scan(lines, from, to, false);
        // a table with a column saying how each attended ("Attendee | Role | Attendance")
        for (Attendee a : AttendanceTables.read(lines, from, to)) {
            if (out.stream().noneMatch(x -> x.span().overlaps(a.span()))) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * Lists printed after the business began, where a page's layout put them ("PRESENT Ann Westby
     * AW ..." in a box the text of the page reads last): only headings with a name on their own line
     * that say who was there.
     */
    static List<Attendee> late(Lines lines, int from, int to) {
        return scan(lines, from, to, true);
    }

    /**
     * Minutes that print those present under the heading with no label of their own: "Councillor Westby
     * (Chairman), and / Councillors Ashby, Mrs Brook and Carr", lines of names that begin with the
     * councillors' title and say nothing else, between the meeting's heading and its first item.
     */
    static List<Attendee> unlabelled(Lines lines, int from, int to) {
        List<Attendee> out = new ArrayList<>();
        boolean started = false;
        for (int i = lines.indexAt(from); i < lines.size() && lines.get(i).start() < to; i++) {
            Lines.Line line = lines.get(i);
            if (line.blank()) {
                continue;
            }
            String t = line.text().strip();
            if (!COUNCILLORS_LEAD.matcher(t).lookingAt() || AttendanceEntries.sentence(t) || headingOf(t) != null) {
                if (started) {
                    break;
                }
                continue;
            }
            List<Attendee> names = AttendanceEntries.parseRun(TRAILING_JOIN.matcher(t).replaceAll(""), Status.PRESENT, null,
                    line.span(lines.text()).start(), new Honorific());
            if (names.isEmpty() || names.stream().anyMatch(a -> a.status() != Status.PRESENT)) {
                break;
            }
            out.addAll(names);
            started = true;
        }
        return out;
    }

    /**
     * The names under items whose title is an attendance heading ("3 Apologies for Absence" then "Ann
     * Westby (AW), Bob Northby (BN)").
     */
    static List<Attendee> inItems(Lines lines, List<Layout.ItemSection> items) {
        List<Attendee> out = new ArrayList<>();
        for (Layout.ItemSection item : items) {
            Matcher h = HEADING.matcher(TITLE_NUMBER.matcher(item.title()).replaceFirst(""));
            Status status = h.matches() && h.group("rest").isBlank() ? statusOf(h.group("h")) : null;
            if (status == null || status == Status.MEMBER) {
                continue;
            }
            ListState list = new ListState();
            list.status = status;
            list.group = item.title();
            int i = lines.indexAt(item.titleSpan().end()) + 1;
            while (i < lines.size() && lines.get(i).start() < item.body().end() && list.status != null) {
                Lines.Line line = lines.get(i);
                if (AttendanceEntries.sentence(line.text())) {
                    break; // "Apologies were received from ...": read as a sentence
                }
                if (!line.blank()) {
                    int before = out.size();
                    listLine(lines, i, list, out);
                    if (out.size() == before) {
                        break; // the item's text, not a list
                    }
                }
                i++;
            }
        }
        return out;
    }

    private static List<Attendee> scan(Lines lines, int from, int to, boolean late) {
        List<Attendee> out = new ArrayList<>();
        ListState list = new ListState();
        int i = lines.indexAt(from);
        while (i < lines.size() && lines.get(i).start() < to) {
            Lines.Line line = lines.get(i);
            Matcher h = headingOf(line.text());
            if (h != null && !line.text().isEmpty() && (!late || lateHeading(lines, i, h))) {
                i = heading(lines, i, h, list, out);
                continue;
            }
            if (list.status != null && !line.blank() && ITEM_LINE.matcher(line.text()).matches()) {
                if (!late) {
                    break;
                }
                list.status = null;
            }
            if (list.status != null && AttendanceTables.header(line.text())) {
                list.status = null; // "Attendees" over "Attendee | Role | Attendance": the table says how each attended
            }
            if (list.status != null && line.blank()) {
                // a list goes on over blank lines while what follows is still names
                if (!looksLikeNames(lines, i + 1)) {
                    list.status = null;
                }
            } else if (list.status != null) {
                int last = wrappedRun(lines, i, to);
                if (last > i) {
                    // "Councillor Ann Westby, Councillor Bob" over "Northby (Vice-Chair), ...": a run of names the page wraps
                    String run = lines.text().substring(line.start(), lines.get(last).end()).replace('\n', ' ');
                    out.addAll(AttendanceEntries.parseRun(run, list.status, list.group, line.start(), list.plural));
                    i = last + 1;
                    continue;
                }
                listLine(lines, i, list, out);
            }
            i++;
        }
        return out;
    }

    /** A line this long, of a run of names, was wrapped by the page rather than ended by its writer. */
    private static final int WRAPPED_RUN = 70;
    /** A line that ends an entry, or ends with the "and" before the last ("... Owen Westby a'r" over "Cynghorydd ..."). */
    private static final Pattern RUN_ENDS = Pattern.compile("(?i).*(?:[,;.:]|\\s(?:"
            + Lexicon.of("attendance-sentence-words.tsv").alternationWhere(1, "joining") + "|"
            + Lexicon.of("attendance-sentence-words.tsv").alternationWhere(1, "welsh-joining") + ")(?:['’]r)?)\\s*$");

    /**
     * The last line of a run of names that starts at line {@code i} and the page wraps: each line but the last long,
     * holding entries set apart by commas or semicolons, and ending inside an entry (no comma, semicolon or full
     * stop); {@code i} when the line is no such run.
     */
    private static int wrappedRun(Lines lines, int i, int to) {
        int j = i;
        int open = 0;
        while (j + 1 < lines.size() && lines.get(j + 1).start() < to) {
            String t = lines.get(j).text();
            Lines.Line next = lines.get(j + 1);
            open += (int) t.chars().filter(c -> c == '(').count() - (int) t.chars().filter(c -> c == ')').count();
            // "Councillors Mrs A Westby (Deputy Leader and Executive Councillor for" over "Finance), B Northby (...)": a role
            // the line's end cuts goes on below
            if (open <= 0 && (t.strip().length() < WRAPPED_RUN || t.chars().filter(c -> c == ',' || c == ';').count() < 2 || RUN_ENDS.matcher(t).matches())
                    || next.blank() || headingOf(next.text()) != null || ITEM_LINE.matcher(next.text()).matches()
                    // cells set apart by gaps are a grid's, read a row at a time
                    || Lines.CELL_GAP.matcher(t.strip()).find() || Lines.CELL_GAP.matcher(next.text().strip()).find()) {
                break;
            }
            j++;
        }
        return j;
    }

    private static Matcher headingOf(String t) {
        Matcher h = HEADING.matcher(t);
        if (h.matches()) {
            // "Clerk" alone heads the clerk's entry; "Clerk : Jo Westby  Telephone: ..." is a letterhead's field
            return FIELD_ONLY_ALONE.matcher(h.group("h")).matches() && !h.group("rest").isBlank() ? null : h;
        }
        Matcher end = HEADING_AT_END.matcher(t);
        if (end.matches() && (h = HEADING.matcher(end.group("tail"))).matches()) {
            return h; // "... at 9.30 am when there were present:", the names under it
        }
        Matcher c = CAPITALS_HEADING.matcher(t);
        if (c.matches() && c.group("h").equals(c.group("h").toUpperCase(Locale.ROOT))) {
            return c;
        }
        Matcher titled = TITLED_NAMES_HEADING.matcher(t);
        return titled.matches() ? titled : null;
    }

    /** A heading after the business began: one that says who was there, with names on its line or under it. */
    private static boolean lateHeading(Lines lines, int i, Matcher h) {
        Status s = statusOf(h.group("h"));
        return s != null && s != Status.MEMBER && (!h.group("rest").isBlank() || looksLikeNames(lines, i + 1));
    }

    /** The list being read: its status (null outside a list), its heading, the honorific a plural heading gives. */
    private static final class ListState {
        Status status;
        String group;
        Honorific plural = new Honorific();
        /** How many entries had been read when the heading came. */
        int readBefore;
    }

    /** A list heading at line {@code i}, with any names after it on its line; returns the line to read next. */
    private static int heading(Lines lines, int i, Matcher h, ListState list, List<Attendee> out) {
        String text = lines.text();
        Lines.Line line = lines.get(i);
        String t = line.text();
        Status status = statusOf(h.group("h"));
        // "PRESENT" then "Members of the Council" over the names, straight under the heading or after the chair's line:
        // the members' group of those present, not a membership list
        // "Present:" over "Chair: Ann Westby", "Deputy Chair: Bob Northby", "Members: Cllrs A, B and C": the names run on
        boolean groupOfPresent = status == Status.MEMBER && list.status == Status.PRESENT
                && (h.group("rest").isBlank() ? out.size() <= list.readBefore + 1 : out.size() <= list.readBefore + 3);
        list.readBefore = out.size();
        if (groupOfPresent && h.group("rest").isBlank()) {
            list.group = HEADING_END.matcher(t).replaceAll("").strip();
            return i + 1;
        }
        if (groupOfPresent) {
            list.group = h.group("h");
        } else {
            list.status = status;
            // a heading run onto its names' line is the heading word alone, not the names
            list.group = h.pattern() == TITLED_NAMES_HEADING ? h.group("h") : HEADING_END.matcher(t).replaceAll("").strip();
        }
        if (list.status == Status.APOLOGIES && h.group("rest").isBlank() && !looksLikeNames(lines, i + 1)) {
            list.status = null; // an "Apologies for absence" agenda heading, not a list
        }
        list.plural = new Honorific();
        String rest = h.group("rest");
        Matcher label = PLURAL_LABEL.matcher(rest);
        if (label.lookingAt()) {
            // "Members: Cyng/Cllrs: A Bevan, C Daniel": the title the names share, as a label before them
            AttendanceEntries.pluralLabel(label.group(1), list.plural);
            rest = rest.substring(label.end());
        }
        if (list.status == null || rest.isBlank()) {
            return i + 1;
        }
        int restStart = line.span(text).start() + t.indexOf(rest);
        // running text may wrap onto the next lines
        StringBuilder run = new StringBuilder(rest);
        int j = i + 1;
        while (j < lines.size() && !lines.get(j).blank() && headingOf(lines.get(j).text()) == null
                && !ITEM_LINE.matcher(lines.get(j).text()).matches() && run.toString().contains(",")) {
            run.append(' ').append(lines.get(j).text());
            j++;
        }
        if (j == i + 1) {
            // one line: it may be a row of a grid ("PRESENT Ann Westby  AW   Bob Northby  BN")
            out.addAll(AttendanceEntries.parseLine(rest, list.status, list.group, new Span(restStart, restStart + rest.length()), list.plural));
        } else {
            out.addAll(AttendanceEntries.parseRun(run.toString(), list.status, list.group, restStart, list.plural));
        }
        return j;
    }

    /** A line inside a list: names, or a role under the name it belongs to; a long line of prose ends the list. */
    private static void listLine(Lines lines, int i, ListState list, List<Attendee> out) {
        Lines.Line line = lines.get(i);
        Span span = line.span(lines.text());
        String t = line.text();
        // "• John Westby, Interim Chief Executive.": a bulleted entry, read without its bullet
        Matcher bullet = BULLET_LEAD.matcher(t);
        if (bullet.lookingAt()) {
            span = new Span(span.start() + bullet.end(), span.end());
            t = t.substring(bullet.end());
        }
        if (AttendanceEntries.pluralLabel(t, list.plural)) {
            return;
        }
        List<Attendee> entries = AttendanceEntries.parseLine(t, list.status, list.group, span, list.plural);
        if (!entries.isEmpty()) {
            out.addAll(entries);
            return;
        }
        // a role on its own line under the name it belongs to ("Parent Governor Representative")
        if (!out.isEmpty() && looksLikeRole(t) && !DIGIT_START.matcher(t).find() && out.get(out.size() - 1).role().isEmpty()
                && lines.indexAt(out.get(out.size() - 1).span().start()) >= i - 3) {
            Attendee last = out.remove(out.size() - 1);
            out.add(new Attendee(last.name(), last.status(), Optional.of(t), last.span(), last.group()));
        } else if (!looksLikeRole(t) && t.length() > 60) {
            list.status = null;
        }
    }

    /**
     * Whether {@code a}, read from a sentence, stands where no list entry does. A substitute named in a
     * bracket of a member's entry ("Cllr Ann Westby (Cllr Bob Northby substituting)") stands inside that
     * entry, and was there all the same.
     */
    static boolean notListed(List<Attendee> listed, Attendee a) {
        return listed.stream().noneMatch(x -> x.span().overlaps(a.span())
                && !(a.status() == Status.SUBSTITUTE && x.status() != Status.SUBSTITUTE && !x.name().equals(a.name())))
                && !(a.group().filter(INFERRED::equals).isPresent() && namedInList(listed, a));
    }

    /** "Councillor", "Cllr", "County Councillor" before a declarer's name: a member of the council. */
    private static final Pattern COUNCILLOR_TITLED = Pattern.compile("(?i)^(?:county\\s+)?(?:councillors?|cllrs?\\.?)\\s+\\S.*");

    /**
     * The councillors who declared an interest at the meeting and whom nothing else places there: one who declares
     * is present ("Councillor Ann Westby – Personal – a governor of Westby School" under the declarations item).
     */
    static List<Attendee> declarers(List<Layout.DeclarationText> declarations, List<Attendee> attendance) {
        List<Attendee> out = new ArrayList<>();
        for (Layout.DeclarationText d : declarations) {
            Optional<PersonName> n = PersonName.parse(d.person());
            if (!COUNCILLOR_TITLED.matcher(d.person().strip()).matches() || n.isEmpty()) {
                continue;
            }
            boolean named = java.util.stream.Stream.concat(attendance.stream(), out.stream())
                    .anyMatch(x -> PersonName.parse(x.name()).filter(m -> m.compatible(n.get())).isPresent());
            if (!named) {
                out.add(new Attendee(n.get().surface(), Status.PRESENT, Optional.empty(), d.span(), Optional.of(INFERRED)));
            }
        }
        return out;
    }

    /** Whether a list names the one a minute's sentence does ("Cllr Ann Westby" listed, "Cllr Ann Westby said"): it adds nothing. */
    private static boolean namedInList(List<Attendee> listed, Attendee a) {
        Optional<PersonName> n = PersonName.parse(a.name());
        return n.isPresent() && listed.stream().anyMatch(x -> x.status() != Status.MEMBER && !x.group().filter(INFERRED::equals).isPresent()
                && PersonName.parse(x.name()).filter(m -> m.compatible(n.get())).isPresent());
    }

    /** Apologies and substitutes stated in sentences, anywhere in {@code [from, to)}. */
    static List<Attendee> sentences(String text, int from, int to) {
        List<Attendee> out = new ArrayList<>();
        Matcher m = APOLOGY_SENTENCE.matcher(text).region(from, to);
        while (m.find()) {
            String names = m.group("names");
            Matcher following = FOLLOWING.matcher(names);
            if (following.lookingAt()) {
                // "... from the following Members, for the reasons given:-" and the names one a line under it
                out.addAll(listUnder(text, m.start("names") + following.end(), to, Status.APOLOGIES));
                continue;
            }
            if (names.length() > 600) {
                continue;
            }
            Matcher forWhom = SUBSTITUTE_TURN.matcher(names);
            if (forWhom.find()) {
                Matcher verb = SUBSTITUTE_VERB.matcher(names).region(forWhom.end(), names.length());
                if (verb.find()) {
                    out.addAll(apologyRun(names.substring(forWhom.end(), verb.start()), Status.SUBSTITUTE, m.start("names") + forWhom.end()));
                    names = names.substring(0, forWhom.start());
                }
            }
            // the substitute is read from the whole text below; the clause is blanked so the apologies around it still read,
            // and "and from" before the next name is the list's "and"
            names = SUBSTITUTE_CLAUSE.matcher(names).replaceAll(c -> " ".repeat(c.group().length()));
            names = AND_FROM.matcher(names).replaceAll(c -> " and" + " ".repeat(c.group().length() - 4));
            Status status = APOLOGY_LATE.matcher(text).region(m.start(), m.start("names")).find() ? Status.PRESENT : Status.APOLOGIES;
            Matcher turn = APOLOGY_LATE_TURN.matcher(names);
            if (turn.find()) {
                out.addAll(apologyRun(names.substring(0, turn.start()), status, m.start("names")));
                out.addAll(apologyRun(names.substring(turn.end()), Status.PRESENT, m.start("names") + turn.end()));
            } else {
                out.addAll(apologyRun(names, status, m.start("names")));
            }
        }
        for (Pattern bracketed : List.of(SUBSTITUTE_BRACKET, SUBSTITUTE_BRACKET_FIRST)) {
            Matcher named = bracketed.matcher(text).region(from, to);
            while (named.find()) {
                // "Aaron Westby (substitute was Sue Northby)": the substitute was there; the member's entry ends before the bracket
                int bracket = named.start();
                out.replaceAll(a -> a.span().start() < bracket && a.span().end() > bracket
                        ? new Attendee(a.name(), a.status(), a.role(), new Span(a.span().start(), bracket), a.group()) : a);
                PersonName.parse(named.group("name")).filter(n -> PlausibleNames.plausible(n, PlausibleNames.lowerCaseWords(text)))
                        .ifPresent(n -> out.add(new Attendee(n.surface(), Status.SUBSTITUTE, Optional.empty(),
                                new Span(named.start("name"), named.end("name")), Optional.empty())));
            }
        }
        Matcher own = NAMED_APOLOGY.matcher(text).region(from, to);
        while (own.find()) {
            Status status = own.group("late") != null ? Status.PRESENT : Status.APOLOGIES;
            Span at = new Span(own.start("name"), own.end("name"));
            PersonName.parse(own.group("name")).filter(n -> out.stream().noneMatch(x -> x.span().overlaps(at)))
                    .ifPresent(n -> out.add(new Attendee(n.surface(), status, Optional.empty(), at, Optional.empty())));
        }
        Matcher s = SUBSTITUTE_SENTENCE.matcher(text).region(from, to);
        while (s.find()) {
            PersonName.parse(s.group("name")).ifPresent(n -> out.add(new Attendee(n.surface(), Status.SUBSTITUTE,
                    Optional.empty(), new Span(s.start("name"), s.end("name")), Optional.empty())));
        }
        Matcher also = ALSO_THERE.matcher(text).region(from, to);
        while (also.find()) {
            for (Attendee a : apologyRun(also.group("names"), Status.IN_ATTENDANCE, also.start("names"))) {
                if (out.stream().noneMatch(x -> x.span().overlaps(a.span()))) {
                    out.add(a);
                }
            }
        }
        attendedOrAddressed(text, from, to, out);
        Matcher vote = RECORDED_VOTE.matcher(text).region(from, to);
        while (vote.find()) {
            // "A recorded vote was taken: / For: Councillors A, B (2) / Against: ...": who voted was there
            Matcher side = VOTE_SIDE.matcher(text).region(vote.end(), Math.min(to, vote.end() + 2000));
            int sideFrom = vote.end();
            while (side.find() && text.substring(sideFrom, side.start()).strip().isEmpty()) {
                String names = COUNT.matcher(side.group("names")).replaceAll(m2 -> " ".repeat(m2.group().length()));
                for (Attendee a : AttendanceEntries.parseRun(names, Status.PRESENT, null, side.start("names"), new Honorific())) {
                    if (out.stream().noneMatch(x -> x.span().overlaps(a.span()))) {
                        out.add(new Attendee(a.name(), a.status(), a.role(), a.span(), Optional.of(INFERRED)));
                    }
                }
                sideFrom = side.end();
            }
        }
        Matcher ch = CHAIR_SENTENCE.matcher(text).region(from, to);
        while (ch.find()) {
            String g = ch.group("name") != null ? "name" : "took";
            Attendee chair = acted(out, ch.group(g), ch.start(g), Status.PRESENT);
            if (chair != null) {
                out.set(out.indexOf(chair), new Attendee(chair.name(), chair.status(), Optional.of("Chair"), chair.span(), chair.group()));
            }
        }
        spokeAndActed(text, from, to, out);
        return out;
    }

    /**
     * Those a minute says attended ("Ann Westby attended for this item"), addressed the meeting (a deputation, evidence,
     * a welcome to witnesses) or asked at it ("In reply to Councillor Westby", "Councillor Westby suggested").
     */
    private static void attendedOrAddressed(String text, int from, int to, List<Attendee> out) {
        Matcher at = ATTENDED.matcher(text).region(from, to);
        while (at.find()) {
            acted(out, at.group("name"), at.start("name"), Status.IN_ATTENDANCE);
        }
        Matcher posted = POSTED_ATTENDED.matcher(text).region(from, to);
        while (posted.find()) {
            if (PostHeads.namesPost(posted.group("post")) || MEMBER_OFFICE.matcher(posted.group("post")).find()) {
                acted(out, posted.group("name"), posted.start("name"), Status.IN_ATTENDANCE, false);
            }
        }
        Matcher deputation = DEPUTATION.matcher(text).region(from, to);
        while (deputation.find()) {
            acted(out, deputation.group("name"), deputation.start("name"), Status.IN_ATTENDANCE, false);
            // "heard evidence from Ann Westby, Chief Executive of X, and Dr Bob Northby, Director of Y": each of them
            int stop = sentenceEnd(text, deputation.end("name"), to);
            Matcher more = AND_NAMED.matcher(text).region(deputation.end("name"), stop);
            while (more.find()) {
                acted(out, more.group("name"), more.start("name"), Status.IN_ATTENDANCE, false);
            }
        }
        Matcher welcomed = WELCOMED_FOLLOWING.matcher(text).region(from, to);
        while (welcomed.find()) {
            out.addAll(guestsUnder(text, welcomed.end(), to));
        }
        for (Pattern asked : List.of(ANSWERED, MEMBER_SAID)) {
            Matcher a = asked.matcher(text).region(from, to);
            while (a.find()) {
                acted(out, a.group("name"), a.start("name"), Status.PRESENT);
            }
        }
        Matcher sp = SPOKE.matcher(text).region(from, to);
        while (sp.find()) {
            acted(out, sp.group("name"), sp.start("name"), Status.IN_ATTENDANCE);
        }
        speakers(text, from, to, out);
    }

    /**
     * Those who spoke at the meeting, the public on a planning application above all: "Mrs Ann Westby spoke in
     * objection", "(Councillor Bob Northby, Westby Parish Council, and Mr Dan Eastby, agent, addressed the Committee
     * on the application.)", each named with a title in the clause before the verb; and the entries of a list of
     * speakers.
     */
    private static void speakers(String text, int from, int to, List<Attendee> out) {
        Matcher v = SPEAKING.matcher(text).region(from, to);
        int last = from;
        while (v.find()) {
            int open = last;
            Matcher c = CLAUSE_OPEN.matcher(text).region(last, v.start());
            while (c.find()) {
                open = c.end();
            }
            Matcher n = TITLED_NAME.matcher(text).region(open, v.start());
            while (n.find()) {
                acted(out, n.group("name"), n.start("name"), Status.IN_ATTENDANCE);
            }
            last = v.end();
        }
        Matcher list = SPEAKER_LIST.matcher(text).region(from, to);
        while (list.find()) {
            int at = list.start("rest");
            for (String entry : list.group("rest").split(";")) {
                String e = entry.stripLeading();
                int start = at + entry.indexOf(e.isEmpty() ? "" : e.substring(0, 1));
                at += entry.length() + 1;
                Matcher part = SPEAKER_PART.matcher(e);
                if (part.lookingAt()) {
                    start += part.end();
                    e = e.substring(part.end());
                }
                Matcher end = SPEAKER_NAME_END.matcher(e);
                String name = end.find() ? e.substring(0, end.start()) : e;
                if (!name.isBlank() && name.length() < 60) {
                    acted(out, name, start, Status.IN_ATTENDANCE, false);
                }
            }
        }
    }

    /** Those named with their post who spoke to the meeting, and members who moved, seconded or declared. */
    private static void spokeAndActed(String text, int from, int to, List<Attendee> out) {
        Matcher spoke = POSTED_SPOKE.matcher(text).region(from, to);
        while (spoke.find()) {
            String g = spoke.group("name") != null ? "name" : spoke.group("name2") != null ? "name2" : "name3";
            String post = spoke.group(g.replace("name", "post"));
            // "Ann Westby, Director of X, and Bob Northby, Head of Y, gave a presentation": two named with their posts
            Matcher second = AND_POSTED.matcher(post);
            if (second.find()) {
                posted(out, second.group("name"), spoke.start(g.replace("name", "post")) + second.start("name"), second.group("post"));
                post = post.substring(0, second.start());
            }
            posted(out, spoke.group(g), spoke.start(g), post);
        }
        Matcher bracketed = BRACKETED_SPOKE.matcher(text).region(from, to);
        while (bracketed.find()) {
            Matcher one = BRACKETED_ONE.matcher(bracketed.group("run"));
            while (one.find()) {
                posted(out, one.group("name"), bracketed.start("run") + one.start("name"), one.group("post"));
            }
        }
        Matcher act = ACTED.matcher(text).region(from, to);
        while (act.find()) {
            String g = act.group("name") != null ? "name" : "by";
            String printed = act.group(g);
            int nl = printed.indexOf('\n');
            if (nl > 0 && ACT_WORD.matcher(printed.substring(nl + 1).strip()).lookingAt()) {
                // "Proposed by Councillor Ann Westby" over "Seconded by ...": the line ends the name, the next deed is read next
                printed = printed.substring(0, nl);
                acted(out, printed, act.start(g), Status.PRESENT);
                act.region(act.start(g) + nl, to);
                continue;
            }
            acted(out, printed, act.start(g), Status.PRESENT);
        }
    }

    /** "• Councillor Ann Westby, Cabinet Member for Housing;" a line each under a welcome: guests, in attendance. */
    private static List<Attendee> guestsUnder(String text, int at, int to) {
        List<Attendee> out = new ArrayList<>();
        Matcher line = LINE.matcher(text).region(at, to);
        while (line.find()) {
            String t = line.group(1).strip();
            if (t.isEmpty()) {
                if (out.isEmpty()) {
                    continue;
                }
                break;
            }
            Matcher bullet = BULLET_LEAD.matcher(t);
            String entry = bullet.lookingAt() ? t.substring(bullet.end()) : t;
            int comma = entry.indexOf(',');
            String name = Marks.dropLast((comma > 0 ? entry.substring(0, comma) : entry).strip(), ";.");
            Optional<PersonName> n = PersonName.parse(name);
            if (n.isEmpty() || !n.get().hasGiven() && n.get().honorific().isEmpty()) {
                break;
            }
            int start = line.start(1) + line.group(1).indexOf(name);
            out.add(new Attendee(n.get().surface(), Status.IN_ATTENDANCE, Optional.empty(), new Span(start, start + name.length()), Optional.of(INFERRED)));
        }
        return out;
    }

    /**
     * The names one a line from {@code at} (the end of a sentence's lead-in line) while lines are names, each
     * perhaps with its reason after a dash or on a short line of its own under it.
     */
    private static List<Attendee> listUnder(String text, int at, int to, Status status) {
        List<Attendee> out = new ArrayList<>();
        Matcher line = LINE.matcher(text).region(at, to);
        boolean afterName = false;
        while (line.find()) {
            String t = line.group(1).strip();
            if (t.isEmpty()) {
                continue;
            }
            int start = line.start(1) + line.group(1).indexOf(t);
            String name = REASON_AFTER_DASH.matcher(t).replaceFirst("");
            Optional<PersonName> n = PersonName.parse(name);
            if (n.isPresent() && PlausibleNames.plausible(n.get(), PlausibleNames.lowerCaseWords(text))) {
                out.add(new Attendee(n.get().surface(), status, Optional.empty(), new Span(start, start + name.length()), Optional.empty()));
                afterName = true;
            } else if (afterName && SPACES.split(t).length <= REASON_WORDS && !FINISHED_LINE.matcher(t).find()) {
                afterName = false; // the reason, on its own line under the name
            } else {
                break;
            }
        }
        return out;
    }

    /**
     * The names of an apology sentence, each up to a reason given for it: the run is read in stretches, from
     * one reason's end (its piece's comma, semicolon or "and") to the next reason's start.
     */
    private static List<Attendee> apologyRun(String names, Status status, int base) {
        List<Attendee> out = new ArrayList<>();
        Honorific plural = new Honorific();
        int from = 0;
        int at = 0;
        for (String piece : PIECE.split(names)) {
            Matcher why = APOLOGY_REASON.matcher(piece);
            if (why.find()) {
                out.addAll(stretch(names, from, at + why.start(), status, base, plural));
                from = at + piece.length();
            }
            at += piece.length();
        }
        out.addAll(stretch(names, from, names.length(), status, base, plural));
        return out;
    }

    private static List<Attendee> stretch(String names, int from, int to, Status status, int base, Honorific plural) {
        Matcher and = LEADING_AND.matcher(names).region(from, to);
        int start = and.lookingAt() ? and.end() : from;
        return start >= to ? List.of() : AttendanceEntries.parseRun(names.substring(start, to).replace('\n', ' '), status, null, base + start, plural);
    }

    /** Someone named with their post who spoke: a member's office makes them present, any other post in attendance. */
    private static void posted(List<Attendee> out, String name, int at, String post) {
        // "The Chair, Councillor Ann Westby, welcomed": a member's office alone names a post too
        if (!PostHeads.namesPost(post) && !MEMBER_OFFICE.matcher(post).matches() || BODY_HEADS.contains(lastWord(name))) {
            return; // "The Head of Roads, Westby Roads Alliance, answered": a body named with a post
        }
        boolean member = MEMBER_OFFICE.matcher(post).find() && !OUTSIDE_OFFICE.matcher(post).find() || COUNCILLOR_TITLE.matcher(name).lookingAt();
        acted(out, name, at, member ? Status.PRESENT : Status.IN_ATTENDANCE, false);
    }

    private static Attendee acted(List<Attendee> out, String printed, int at, Status status) {
        return acted(out, printed, at, status, true);
    }

    /** {@code titled}: a member is read only with a title ("Councillor"); one named with a post needs none. */
    private static Attendee acted(List<Attendee> out, String printed, int at, Status status, boolean titled) {
        String p = SPACES.matcher(printed).replaceAll(" ").strip();
        // "Councillor Westby Declared" / "Councillor Northby declared": the name stops at a clause word
        Optional<PersonName> n = PersonName.parse(p);
        while (n.isEmpty() && p.contains(" ")) {
            p = p.substring(0, p.lastIndexOf(' '));
            n = PersonName.parse(p);
        }
        if (n.isEmpty() || titled && n.get().honorific().isEmpty() && status != Status.IN_ATTENDANCE || !titled && !n.get().hasGiven()) {
            return null; // only "Ann Westby attended the meeting" names someone without a title
        }
        Span span = new Span(at, at + p.length());
        if (out.stream().noneMatch(x -> x.span().overlaps(span))) {
            Attendee a = new Attendee(n.get().surface(), status, Optional.empty(), span, Optional.of(INFERRED));
            out.add(a);
            return a;
        }
        return null;
    }

    /** Where the sentence that goes on from {@code at} ends: its full stop before a space, or {@code to}. */
    private static int sentenceEnd(String text, int at, int to) {
        Matcher m = SENTENCE_STOP_AT.matcher(text).region(at, to);
        return m.find() ? m.start() : to;
    }

    private static String lastWord(String name) {
        String[] w = SPACES.split(name.strip());
        return w[w.length - 1].toLowerCase(Locale.ROOT);
    }

    /** What a list heading says of the people under it (attendance-statuses.tsv); null ends a list. */
    static Status statusOf(String heading) {
        String h = SPACES.matcher(heading.toLowerCase(Locale.ROOT)).replaceAll(" ");
        for (int k = 0; k < STATUS_CUES.size(); k++) {
            if (STATUS_CUES.get(k).matcher(h).find()) {
                String s = Lexicon.cell(STATUSES.rows().get(k), 1);
                return s.equals("none") ? null : Status.valueOf(s.toUpperCase(Locale.ROOT).replace(' ', '_'));
            }
        }
        return Status.MEMBER;
    }

    private static boolean looksLikeNames(Lines lines, int i) {
        int j = lines.nextNonBlank(i);
        if (j < 0 || j > i + 3) {
            return false;
        }
        String t = BULLET_LEAD.matcher(lines.get(j).text()).replaceFirst("");
        if (headingOf(t) != null || looksLikeRole(t)) {
            return true;
        }
        if (GROUP_LABEL.matcher(t).matches() && j + 1 < lines.size() && !lines.get(j + 1).blank()) {
            // "Representing Westby Council:" over its members' names: a group of the list, the names under it
            return looksLikeNames(lines, j + 1);
        }
        return !AttendanceEntries.parseLine(t, Status.PRESENT, null, new Span(0, 0), new Honorific()).isEmpty();
    }

    static boolean looksLikeRole(String t) {
        return AttendanceEntries.looksLikeRole(t);
    }

    /** Normalises "in the Chair" and "Chairman" to Chair-type roles, keeps posts as printed. */
    static String roleText(String r) {
        return AttendanceEntries.roleText(r);
    }
}
