package org.councilgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations.BodyKind;
import org.councilgraph.rule.Cascade;
import org.councilgraph.rule.Rule;
import org.councilgraph.text.Lexicon;

/**
 * The rules that accept or reject a trimmed candidate name ({@link BodyCandidate}) as a body's:
 * first by its shape ({@link #NAME}), then, once classified, by its kind ({@link #KIND}). Each rule
 * is named for what it finds; {@code explain PAPER --line N} prints which one decided.
 */
final class BodyRules {
    private static final Pattern LIST_TAIL = Pattern.compile("and|&|,");
    private static final Pattern PAST_PARTICIPLE = Pattern.compile("[a-z]{3,}ed");
    private static final Pattern PLURAL = Pattern.compile(".*s");
    private static final Pattern LEADING_THE = Pattern.compile("^the ");
    private static final Pattern COURT_OF = Pattern.compile("(?i)^court\\s+of\\b.*");

    private BodyRules() {
    }

    private static Rule<BodyCandidate> rule(String name, java.util.function.Predicate<BodyCandidate> test) {
        return Rule.named(name, test);
    }

    /** "Director of Children's Services": a name ending inside a post title is the post's remit. */
    static final Rule<BodyCandidate> POST_REMIT = rule("postRemit", BodyCandidate::remit);
    /** "Survey, Options Appraisal and Scheme": the head alone ends a list of things. */
    static final Rule<BodyCandidate> HEAD_ENDS_LIST = rule("headAloneEndsList", c -> c.name().size() >= 3
            && c.last() == c.headWord() && LIST_TAIL.matcher(c.name().get(c.name().size() - 2).text()).matches()
            && c.name().stream().anyMatch(t -> t.text().equals(",")));
    static final Rule<BodyCandidate> NOTHING_LEFT = rule("nothingLeft", c -> c.kept().isEmpty());
    /** "Children's Services", "the Local Authority"; but one unit ("the Place Directorate", "Youth Service") is the council's. */
    static final Rule<BodyCandidate> CLASS_NAME = rule("className",
            c -> BodyWords.GENERIC.matcher(c.text()).matches() && !oneUnit(c) && !namedUnit(c));
    static final Rule<BodyCandidate> TOO_LONG = rule("tooLong", c -> c.kept().size() > 14);
    static final Rule<BodyCandidate> TOO_SHORT = rule("tooShort", c -> c.text().length() < 3);
    /** "Health and Education Services": every member of the list with the head is a class name. */
    static final Rule<BodyCandidate> LIST_OF_CLASS_NAMES = rule("listOfClassNames", c -> genericList(c.kept()));
    /** "Northby Children's Services" in Northby's own paper: the council's place before a class name. */
    static final Rule<BodyCandidate> PLACE_AND_CLASS_NAME = rule("placeAndClassName", BodyRules::genericOfPlace);
    /** "Contracted Services", "Enhanced Support Services": a unit of a kind. */
    static final Rule<BodyCandidate> UNIT_OF_A_KIND = rule("unitOfAKind", c -> {
        List<BodyToken> k = c.kept();
        return k.size() >= 2 && BodyWords.SERVICE_HEADS.contains(k.get(k.size() - 1).lower()) && PAST_PARTICIPLE.matcher(k.get(0).lower()).matches()
                && (k.size() == 2 || BodyWords.GENERIC.matcher(BodyToken.joined(k.subList(1, k.size()))).matches());
    });
    /** "four Children in Care teams": a count of units of a kind. */
    static final Rule<BodyCandidate> COUNTED = rule("counted", c -> PLURAL.matcher(c.last().lower()).matches()
            && BodyWords.NUMBER_BEFORE.matcher(c.cx().flat.substring(Math.max(0, c.first().start() - 12), c.first().start())).find());
    /** "Statutory Functions of the Local Authority": a common noun of a class of bodies. */
    static final Rule<BodyCandidate> OF_A_CLASS = rule("ofAClassName", BodyRules::ofClassName);
    /** "F Group": a letter caught before a name; but "J & B Westby & Sons" is a firm named by its founders' initials. */
    static final Rule<BodyCandidate> SINGLE_LETTER = rule("singleLetter", c -> c.first().text().length() == 1 && !firmInitials(c.kept()));
    static final Rule<BodyCandidate> ONE_WORD = rule("oneWord", c -> c.words() < 2 && !(c.first().isCaps() && c.words() >= 1));
    /** "the HTS team", "Family Support service": a lowercase head needs an acronym or two capitalised words before it. */
    static final Rule<BodyCandidate> LOWER_HEAD_FEW_CAPITALS = rule("lowerHeadFewCapitals", c -> c.head().text().length() > 0
            && Character.isLowerCase(c.head().text().charAt(0))
            && c.kept().stream().filter(t -> t.isWord() && !t.isLink() && t.isCapitalised()).count() < 2 && !c.first().isCaps()
            && !definiteUnit(c));
    /** "a Year 6 Reading group", "a SEND school": an outside body in lower case needs two proper words. */
    static final Rule<BodyCandidate> LOWER_HEAD_FEW_PROPER = rule("lowerOutsideHeadFewProperWords", c -> Character.isLowerCase(c.head().text().charAt(0))
            && !BodyWords.SERVICE_HEADS.contains(c.head().lower())
            && c.kept().stream().filter(t -> t.isWord() && !t.isLink() && !t.isCaps() && t.isCapitalised()).count() < 2);

    /** "via Microsoft Teams": the platform a meeting was held on, no body. */
    private static final Pattern PLATFORM = Pattern.compile("(?i)(?:" + Lexicon.of("remote-venues.tsv").alternationWhere(1, "platform") + ")");
    static final Rule<BodyCandidate> MEETING_PLATFORM = rule("meetingPlatform", c -> PLATFORM.matcher(BodyToken.joined(c.kept())).matches());

    /** The shape of a name: what is left after trimming is a body's name unless one of these holds. */
    static final Cascade<BodyCandidate> NAME = Cascade.<BodyCandidate>named("body")
            .reject(POST_REMIT)
            .reject(HEAD_ENDS_LIST)
            .reject(NOTHING_LEFT)
            .reject(CLASS_NAME)
            .reject(TOO_LONG)
            .reject(TOO_SHORT)
            .reject(MEETING_PLATFORM)
            .reject(LIST_OF_CLASS_NAMES)
            .reject(PLACE_AND_CLASS_NAME)
            .reject(UNIT_OF_A_KIND)
            .reject(COUNTED)
            .reject(OF_A_CLASS)
            .reject(SINGLE_LETTER)
            .reject(ONE_WORD)
            .reject(LOWER_HEAD_FEW_CAPITALS)
            .reject(LOWER_HEAD_FEW_PROPER)
            .describedBy(BodyCandidate::toString)
            .locatedBy(BodyCandidate::at)
            .otherwise(true);

    /** The paper's own council read as a run of words: councils are read whole elsewhere. */
    static final Rule<BodyCandidate> HOME_COUNCIL = rule("homeCouncil",
            c -> c.kind() == null && BodyContext.sameCouncil(c.text(), c.cx().home));
    /** No kind: a council's name read whole elsewhere, a place such as "Registered Office". */
    static final Rule<BodyCandidate> NO_KIND = rule("noKind", c -> c.kind() == null);
    /** "Westby Court", "Westby City Centre": places, not courts or centres of a service. */
    static final Rule<BodyCandidate> PLACE = rule("place", c -> c.head().lower().equals("court")
            && !BodyWords.COURT.matcher(c.text()).matches() && !COURT_OF.matcher(c.text()).matches()
            || BodyWords.PLACE_CENTRE.matcher(c.text()).matches());
    /** "Secondary Schools": schools in the plural are a kind of school (a council's own school aside). */
    static final Rule<BodyCandidate> SCHOOLS = rule("pluralSchools", c -> schoolHead(c) && BodyWords.SCHOOLS.contains(c.head().lower()));
    /** "Finding School": a school is named by a proper word, not a common one or an acronym ("a SEND school"). */
    static final Rule<BodyCandidate> SCHOOL_OF_COMMON_WORD = rule("schoolOfCommonWord", c -> schoolHead(c)
            && (c.cx().lowerWords.contains(c.first().lower()) && !BodyWords.SCHOOL_TYPES.contains(c.first().text())
                || BodyWords.INNER_CAPS.contains(c.first().text())));
    /** "a Regional Adoption Agency", "responsible for a Local Authority Fostering Service": a kind of body, not one. */
    static final Rule<BodyCandidate> INDEFINITE = rule("indefiniteOnly", c -> (c.kind() == BodyKind.ORGANISATION
            || c.kind() == BodyKind.SERVICE) && indefiniteOnly(c.text().toLowerCase(java.util.Locale.ROOT), c.kind(), c.cx()));

    /** The kind of a name: a classified name is a body unless one of these holds. */
    static final Cascade<BodyCandidate> KIND = Cascade.<BodyCandidate>named("body")
            .reject(HOME_COUNCIL)
            .reject(NO_KIND)
            .reject(PLACE)
            .reject(SCHOOLS)
            .reject(SCHOOL_OF_COMMON_WORD)
            .reject(INDEFINITE)
            .describedBy(c -> c + " as " + c.kind())
            .locatedBy(BodyCandidate::at)
            .otherwise(true);

    /** "the", or an owner's "'s", just before a name: "the Highways team", "the Council's Finance team". */
    private static final Pattern DEFINITE_BEFORE = Pattern.compile("(?:\\b[Tt]he|\\w['’]s)[ \\t]+$");

    /**
     * "the Highways team", "the Council's Protection team": one capitalised word and a lower-case head
     * of one unit, printed after "the" or an owner, is the name of a unit, not a description; a
     * description would not capitalise its word ("the finance team") or would be a kind ("a Project team").
     */
    private static boolean definiteUnit(BodyCandidate c) {
        return c.kept().size() == 2 && unitAfterThe(c);
    }

    /**
     * "the Development Management service", "the Adult Social Care team": two capitalised words or more
     * before a lower-case head of one unit, after "the" or an owner, name that unit even where each word
     * alone is a kind's; a description would not capitalise them.
     */
    private static boolean namedUnit(BodyCandidate c) {
        return c.kept().size() >= 3 && c.kept().subList(0, c.kept().size() - 1).stream().noneMatch(BodyToken::isCaps) && unitAfterThe(c);
    }

    /**
     * Capitalised words, none marking an outside body ("the Police service" names that body's kind), before a
     * lower-case head of one unit, printed after "the" or an owner.
     */
    private static boolean unitAfterThe(BodyCandidate c) {
        List<BodyToken> k = c.kept();
        String last = k.get(k.size() - 1).text();
        if (!BodyWords.LOWER_HEADS.contains(last) || !BodyWords.ONE_UNIT.contains(Character.toUpperCase(last.charAt(0)) + last.substring(1))
                || k.subList(0, k.size() - 1).stream().anyMatch(t -> !t.isCapitalised() || BodyWords.OUTSIDE_MARK.matcher(t.text()).matches())) {
            return false;
        }
        int at = k.get(0).start();
        return DEFINITE_BEFORE.matcher(c.cx().flat.substring(Math.max(0, at - 20), at)).find();
    }

    private static boolean oneUnit(BodyCandidate c) {
        List<BodyToken> k = c.kept();
        return k.size() >= 2 && BodyWords.ONE_UNIT.contains(k.get(k.size() - 1).text()) && !BodyWords.WEAK_GENERIC.matcher(c.text()).matches();
    }

    private static boolean schoolHead(BodyCandidate c) {
        return BodyWords.SCHOOL.contains(c.head().lower()) && !BodyWords.COUNCIL_SCHOOL.matcher(c.text()).matches();
    }

    /** "Health and Education Services": every member of the list with the head is a class name. */
    static boolean genericList(List<BodyToken> name) {
        if (name.stream().noneMatch(BodyToken::isAnd) || !name.get(name.size() - 1).lower().endsWith("s")) {
            return false;
        }
        String head = name.get(name.size() - 1).text();
        List<BodyToken> member = new ArrayList<>();
        for (BodyToken t : name.subList(0, name.size() - 1)) {
            if (t.isAnd() || t.text().equals(",")) {
                if (member.isEmpty() || !BodyWords.GENERIC.matcher(BodyToken.joined(member) + " " + head).matches()) {
                    return false;
                }
                member.clear();
            } else {
                member.add(t);
            }
        }
        return !member.isEmpty() && BodyWords.GENERIC.matcher(BodyToken.joined(member) + " " + head).matches();
    }

    private static boolean genericOfPlace(BodyCandidate c) {
        List<BodyToken> name = c.kept();
        String homePlace = c.cx().homePlace;
        if (homePlace == null || name.size() < 2 || !name.get(0).text().equals(homePlace)
                || !BodyWords.SERVICE_HEADS.contains(name.get(name.size() - 1).lower())) {
            return false;
        }
        List<BodyToken> rest = name.subList(1, name.size());
        return BodyWords.GENERIC.matcher(BodyToken.joined(rest)).matches() && !BodyWords.OWN_UNIT.contains(rest.get(rest.size() - 1).text());
    }

    private static boolean ofClassName(BodyCandidate c) {
        List<BodyToken> kept = c.kept();
        int of = -1;
        for (int i = 1; i < kept.size() - 1; i++) {
            if (kept.get(i).text().equals("of")) {
                of = i;
                break;
            }
        }
        return of > 0 && kept.subList(0, of).stream().noneMatch(BodyToken::isHead)
                && BodyWords.GENERIC.matcher(LEADING_THE.matcher(BodyToken.joined(kept.subList(of + 1, kept.size()))).replaceFirst("")).matches();
    }

    /**
     * A name printed after "a", "each" or "every": a kind of body. An outside body is never named so; a
     * council's service may be ("a Fostering Service") and is still one when the paper also says "the".
     */
    private static boolean indefiniteOnly(String low, BodyKind kind, BodyContext cx) {
        if (!cx.printedAfter("\\b(?:a|an|each|every|any)\\s+", low)) {
            return false;
        }
        return kind == BodyKind.ORGANISATION || !cx.printedAfter("\\b(?:the|our|its|their)\\s+", low);
    }

    /** "J & B Westby": two initials joined by an ampersand, then a name. */
    private static boolean firmInitials(List<BodyToken> k) {
        return k.size() >= 4 && k.get(1).text().equals("&") && k.get(2).text().length() == 1 && Character.isUpperCase(k.get(2).text().charAt(0));
    }
}
