package org.councilgraph.annotate;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.councilgraph.text.Lexicon;

/**
 * The words of the body grammar, read once from the tables under {@code lexicon/} (each table's
 * header says what it holds), and the patterns built from them. Nothing here decides; the rules in
 * {@link BodyRules}, {@link BodyRuns} and {@link BodyKinds} read these.
 */
final class BodyWords {
    private static final Lexicon HEADS = Lexicon.of("body-heads.tsv");

    /** Heads of the council's own units: "Team", "Service", "Hub". */
    static final Set<String> SERVICE_HEADS = HEADS.wordsWhere(1, "service");
    /** Heads of outside bodies, committees, councils and courts: "Trust", "Partnership", "Committee". */
    static final Set<String> ORG_HEADS = HEADS.wordsWhere(1, "organisation");
    /** Heads that a lowercase spelling still makes a head ("the HTS team", "Westby Grammar school"). */
    static final Set<String> LOWER_HEADS = tagged("lower");
    /** Heads that come first in a name: "University of Westby", "Department of Eastshire". */
    static final Set<String> HEAD_FIRST = tagged("first");
    /** A singular head naming one unit whatever its words ("the Place Directorate"), as printed. */
    static final Set<String> ONE_UNIT = capitalised(tagged("one"));
    /** After the home council's place, a head that makes a class name a unit's, as printed. */
    static final Set<String> OWN_UNIT = capitalised(tagged("own"));
    static final Set<String> OWNED = capitalised(tagged("owned"));
    static final Set<String> OWNABLE = tagged("ownable");
    static final Set<String> DESCRIBED = tagged("described");
    static final Set<String> STAFFED = tagged("staffed");
    static final Set<String> SCHOOL = tagged("school");
    static final Set<String> SCHOOLS = tagged("schools");
    static final Set<String> COMMITTEE_HEADS = tagged("committee");
    static final Set<String> MEETING_HEADS = tagged("meeting");

    /** Capitals that belong inside names rather than starting a new one ("Head of SEND Services"). */
    static final Set<String> INNER_CAPS = Lexicon.of("inner-capitals.tsv").words();
    /** The months' full English names ("May" ends no body's name). */
    static final Set<String> MONTHS = Lexicon.of("month-forms.tsv").wordsWhere(2, "full");
    static final Set<String> SCHOOL_TYPES = Lexicon.of("school-types.tsv").words();

    /** Words that begin a sentence or a clause, not a name. */
    static final Pattern BAD_START = whole("sentence-starts.tsv");
    /** Words of documents and activities: "Annual Report of the Fostering Service" names the service after them. */
    static final Pattern DOC_WORD = whole("document-words.tsv");
    /** Document words that head a line or a paragraph before a name ("Summary", "Appendix"). */
    static final Pattern FRONT_DOC_WORD = whole("front-words.tsv");
    /** Words inside a run that end a document's title before a name: "Task Group Report Northby Fostering Service". */
    static final Pattern TITLE_END = whole("title-ends.tsv");
    /** Words after a head that make the whole a place: "Police Station", "Council Chamber". */
    static final Pattern PLACE_AFTER = Lexicon.of("place-words.tsv").pattern("(?:%s)");
    /** Words after a head that make the head a modifier: "Foundation Stage", "Partnership (NFP) Programme", "Unit funding". */
    static final Pattern ACTIVITY_AFTER = Lexicon.of("activity-words.tsv").pattern("(?:%s)");
    /** Words after an outside body's head that name its plan or its scheme, not the body: "Northby Partnership Plan". */
    static final Pattern ORG_ACTIVITY_AFTER = Lexicon.of("plan-words.tsv").pattern("(?:%s)");
    static final Pattern NUMBER_BEFORE = Lexicon.of("number-words.tsv").pattern("(?i)\\b(?:%s)\\s+$");
    /** Possessives that are parts of common names, not owners ("Children's Services"). */
    static final Pattern COMMON_POSSESSOR = whole("common-possessors.tsv");
    /** Class names, not names of bodies: "Children's Services", "Local Authority", "Secondary Schools". */
    static final Pattern GENERIC = className("generic");
    /** Class names among the names of one unit: a "Local Service" or "Support Team" is not a name. */
    static final Pattern WEAK_GENERIC = className("weak");
    /** Names that carry an outside body's mark whatever their head ("Police Missing Persons Unit"). */
    static final Pattern OUTSIDE_MARK = Lexicon.of("outside-marks.tsv").pattern("(?i).*\\b(?:%s)\\b.*");
    /** Council services whatever their head: the statutory virtual school, short-stay schools, pupil referral units. */
    static final Pattern COUNCIL_SCHOOL = Lexicon.of("council-schools.tsv").pattern("(?i).*\\b(?:%s)$");
    /** Committees of a council, by the words councils name them with. */
    static final Pattern COUNCIL_COMMITTEE = Lexicon.of("committee-words.tsv").pattern("(?i).*\\b(?:%s)\\b.*");
    static final Pattern NOT_COUNCIL_COMMITTEE = Lexicon.of("parliament-words.tsv").pattern("(?i).*\\b(?:%s)\\b.*");
    /** "Council Tax Reduction Scheme", "Petition Scheme": a scheme that is a rule, a payment or works, no service. */
    static final Pattern RULE_SCHEME = Lexicon.of("scheme-rule-words.tsv").pattern("(?i).*\\b(?:%s)['’]?\\s+schemes?$");
    /** Words that end the names of the council's documents, rules and money, not of its units. */
    static final Pattern NOT_A_UNIT = Lexicon.of("not-unit-words.tsv").pattern("(?i)(?:%s)");
    /** Words that end the title of a post held by several people: "Attendance Officers", "Panel Chairs". */
    static final Pattern STAFF_WORD = Lexicon.of("staff-title-ends.tsv").pattern("(?i)(?:%s)");
    /** Words of activities rather than units, ending a chart's cell: "Research and Development", "Prevention Programme". */
    static final Pattern ACTIVITY_CELL = Lexicon.of("activity-cell-words.tsv").pattern("(?i)(?:%s)");
    /** Nouns that say what kind of outside body a name is. */
    static final String BODY_NOUN = "(?:" + Lexicon.of("body-nouns.tsv").alternation() + ")";
    /** Nouns before a name that say it is an outside body's: "the charity Westby Friends". */
    static final String NAMING_NOUN = Lexicon.of("naming-nouns.tsv").alternation();
    /** Words that say the names listed after them are of partners: "in partnership with A and B". */
    static final String PARTNER_CUE = Lexicon.of("partner-cues.tsv").alternation();
    /** Words before a model's organisation that say what it is. */
    static final String MODEL_CUE = Lexicon.of("model-cues.tsv").alternation();
    /** "Work with the Careers Team": verbs that begin a clause before a name. */
    static final Pattern CLAUSE_VERB = Lexicon.of("verbs-before-names.tsv").pattern("%s");
    /** What a paper calls its own council ("the Council's", "the Authority's"), in lower case. */
    static final Set<String> HOME_COUNCIL_WORDS = Lexicon.of("home-council-words.tsv").lowerWords();

    private static final Lexicon QUALIFIERS = Lexicon.of("head-qualifiers.tsv");
    /** Courts of law: "Westby Crown Court", "Court of Appeal"; another "Court" is a place. */
    static final Pattern COURT = Pattern.compile("(?i).*\\b(?:" + QUALIFIERS.alternationWhere(1, "court") + ")\\s+court$");
    /** Centres that are places: "Westby City Centre". */
    static final Pattern PLACE_CENTRE = Pattern.compile("(?i).*\\b(?:" + QUALIFIERS.alternationWhere(1, "place-centre") + ")\\s+centre$");
    /** Offices that are units, in lower case: "programme office"; "Head Office" is a place. */
    static final Pattern UNIT_OFFICE = Pattern.compile(".*\\b(?:" + QUALIFIERS.alternationWhere(1, "office") + ")\\s+office$");
    /** Centres of a council service, in lower case: "family centre"; "Westby Science Centre" is an outside body's. */
    static final Pattern SERVICE_CENTRE = Pattern.compile(".*\\b(?:" + QUALIFIERS.alternationWhere(1, "service-centre") + ")\\b.*");

    /** "Police" and "Crime": a head, and the word after "and" that carries it on to a head further on (joined-body-heads.tsv). */
    private static final Set<String> JOINED_HEADS = Lexicon.of("joined-body-heads.tsv").rows().stream()
            .map(r -> r.get(0) + " and " + Lexicon.cell(r, 1)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private BodyWords() {
    }

    /** Whether head {@code head}, "and" and {@code next} are the start of one name's head ("Police and Crime Panel"). */
    static boolean joinedHead(String head, String next) {
        return JOINED_HEADS.contains(head + " and " + next);
    }

    /** The heads carrying {@code tag} in column 3 of body-heads.tsv. */
    private static Set<String> tagged(String tag) {
        return rows(HEADS, row -> Arrays.asList(Lexicon.cell(row, 2).split(" ")).contains(tag));
    }

    private static Set<String> rows(Lexicon table, Predicate<List<String>> where) {
        Set<String> out = new LinkedHashSet<>();
        table.rows().stream().filter(where).forEach(r -> out.add(r.get(0)));
        return Collections.unmodifiableSet(out);
    }

    /** The heads carrying {@code tag}, capitalised as a name prints them ("Team"). */
    static Set<String> capitalisedTagged(String tag) {
        return capitalised(tagged(tag));
    }

    private static Set<String> capitalised(Set<String> words) {
        Set<String> out = new LinkedHashSet<>();
        words.forEach(w -> out.add(w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1)));
        return Collections.unmodifiableSet(out);
    }

    /** A table of word fragments matched whole and case-blind against one word. */
    private static Pattern whole(String table) {
        return Lexicon.of(table).pattern("(?i)^(?:%s)$");
    }

    /** Any number of the list's modifiers, optionally after "the", then one of its heads. */
    private static Pattern className(String list) {
        Lexicon g = Lexicon.of("generic-words.tsv");
        String modifiers = String.join("|", rows(g, r -> r.get(1).equals("modifier") && Lexicon.cell(r, 2).contains(list)));
        String heads = String.join("|", rows(g, r -> r.get(1).equals("head") && Lexicon.cell(r, 2).contains(list)));
        return Pattern.compile("(?i)^(?:(?:the\\s+)?(?:" + modifiers + ")\\s+)*(?:" + heads + ")$");
    }
}
