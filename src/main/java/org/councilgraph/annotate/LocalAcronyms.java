package org.councilgraph.annotate;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations.BodyKind;
import org.councilgraph.annotate.Annotations.BodyMention;
import org.councilgraph.annotate.Annotations.PersonMention;
import org.councilgraph.rule.Cascade;
import org.councilgraph.rule.Rule;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.Span;

/**
 * Outside bodies a parish, town or community council's papers call by their initials alone, never
 * spelt out: the district or county council ("the DC", "SBC"), the county association of local
 * councils, a housing association, a trust, a forum. Such papers are short and written for people who
 * know the bodies, so a word in capitals in their prose is mostly a body or a person; the people are
 * told apart by their initials, and what is neither (a meeting's part, a tax, a plan, a post's letters,
 * an ordinary word set in capitals, a heading, a Roman numeral, a reference code) by the rules below.
 * Principal councils' papers spell their bodies out, so this reading is for local councils' papers only.
 */
final class LocalAcronyms {
    private static final Pattern CAPITALS = Pattern.compile("(?<![\\p{L}\\p{N}&.\\-])([A-Z][A-Z&]{2,6})(s?)(?![\\p{L}\\p{N}&\\-]|\\.[A-Z])");
    private static final Set<String> NOT_BODIES = Lexicon.of("not-body-acronyms.tsv").words();
    private static final Set<String> POST_LETTERS = Lexicon.of("post-nominals.tsv").words();
    /** Month and weekday names and the words of headings, set in capitals: "MAY", "PRESENT", "AGENDA". */
    private static final Set<String> HEADING_WORDS = headingWords();
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern CAPITALS_BEFORE = Pattern.compile("(?<![\\p{L}])[A-Z]{2,}[ \\t]*[&,]?[ \\t]*$");
    private static final Pattern CAPITALS_AFTER = Pattern.compile("[ \\t]*[&,]?[ \\t]*[A-Z]{2,}(?![\\p{Ll}])");
    private static final Pattern ROMAN = Pattern.compile("[IVXL]+");
    private static final Pattern DIGIT_SLASH = Pattern.compile("\\p{N}/$");
    private static final Pattern SLASH_DIGIT = Pattern.compile("/\\p{N}");
    private static final Pattern DIGIT_NEAR = Pattern.compile("\\p{N}");

    private LocalAcronyms() {
    }

    /** A word in capitals with its place in the paper. */
    record Candidate(String acronym, Span span, BodyContext cx, Set<String> initials) {
        @Override
        public String toString() {
            return "capitals \"" + acronym + "\"";
        }
    }

    static final Cascade<Candidate> RULES = Cascade.<Candidate>named("body")
            .reject(Rule.named("notABody", c -> NOT_BODIES.contains(c.acronym()) || POST_LETTERS.contains(c.acronym())))
            .reject(Rule.named("romanNumeral", c -> ROMAN.matcher(c.acronym()).matches()))
            .reject(Rule.named("twoLetters", c -> LETTER.matcher(c.acronym()).results().count() < 3)) // "Q&A", "A&B"
            .reject(Rule.named("monthOrHeading", c -> HEADING_WORDS.contains(c.acronym().toLowerCase(Locale.ROOT))))
            .reject(Rule.named("definedAsTerm", LocalAcronyms::definedAsTerm))
            .reject(Rule.named("homeCouncil", c -> c.cx().isHome(c.acronym())))
            .reject(Rule.named("personsInitials", c -> c.initials().contains(c.acronym())))
            .reject(Rule.named("wordInCapitals", c -> c.cx().lowerWords.contains(c.acronym().toLowerCase(Locale.ROOT))))
            .reject(Rule.named("heading", LocalAcronyms::inCapitalsLine))
            .reject(Rule.named("capitalsPhrase", LocalAcronyms::inCapitalsPhrase))
            .reject(Rule.named("referenceCode", LocalAcronyms::nextToNumber))
            .reject(Rule.named("person", c -> c.cx().overlapsPerson(c.span())))
            .reject(Rule.named("post", c -> c.cx().overlapsPost(c.span())))
            .describedBy(Candidate::toString)
            .locatedBy(c -> c.span().start())
            .otherwise(true);

    /** The bodies a local council's paper names by initials alone, beside those {@code found} already. */
    static List<BodyMention> find(BodyContext cx, List<PersonMention> people, List<BodyMention> found) {
        List<BodyMention> out = new ArrayList<>();
        if (!cx.localHome) {
            return out;
        }
        Set<String> initials = initials(people);
        Matcher m = CAPITALS.matcher(cx.flat);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            if (found.stream().anyMatch(b -> b.span().overlaps(span)) || cx.acronyms.containsKey(m.group(1))) {
                continue;
            }
            BodyMention spelt = speltOut(m.group(1), found);
            if (spelt != null) {
                out.add(new BodyMention(spelt.name(), spelt.kind(), span, m.group()));
            } else if (RULES.decide(new Candidate(m.group(1), span, cx, initials)).accepted()) {
                out.add(new BodyMention(m.group(1), BodyKind.ORGANISATION, span, m.group()));
            }
        }
        return out;
    }

    /**
     * The body the paper names in full whose initials the capitals are ("EDC" of "Eastby District
     * Council"), or whose initials after its place are ("YFC" of "Westby Young Farmers Club"); else null.
     */
    private static BodyMention speltOut(String acronym, List<BodyMention> found) {
        for (BodyMention b : found) {
            if (b.kind() == BodyKind.COMMITTEE) {
                continue;
            }
            String initials = BodyContext.initials(b.name());
            String[] words = b.name().split(" ");
            String afterPlace = words.length >= 3 ? BodyContext.initials(b.name().substring(words[0].length() + 1)) : "";
            if (acronym.equals(initials) || acronym.equals(afterPlace)) {
                return b;
            }
        }
        return null;
    }

    /** The initials of the people the paper names, with and without their middle names: "RW", "JAS", "JS". */
    private static Set<String> initials(List<PersonMention> people) {
        Set<String> out = new HashSet<>();
        for (PersonMention p : people) {
            List<String> words = new ArrayList<>();
            String name = Objects.requireNonNullElse(p.name().given(), "") + " " + Objects.requireNonNullElse(p.name().surname(), "");
            for (String w : name.strip().split("[\\s\\-]+")) {
                if (!w.isBlank() && Character.isLetter(w.charAt(0))) {
                    words.add(w.substring(0, 1).toUpperCase(Locale.ROOT));
                }
            }
            if (words.size() >= 2) {
                out.add(String.join("", words));
                out.add(words.get(0) + words.get(words.size() - 1));
            }
        }
        return out;
    }

    private static Set<String> headingWords() {
        Set<String> out = new HashSet<>();
        for (String table : List.of("month-forms.tsv", "heading-words.tsv", "attendance-headings.tsv")) {
            Lexicon.of(table).rows().forEach(r -> out.add(r.get(0).toLowerCase(Locale.ROOT)));
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            out.add(d.name().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * "a certificate of lawful existing use (CLUED)", "Westby Green Way (WGW)": capitals the paper
     * spells out as a term, or as a name the body grammar did not read as a body's, are no body.
     */
    private static boolean definedAsTerm(Candidate c) {
        Matcher d = Pattern.compile("([\\p{L}'’\\-]+(?:\\s+[\\p{L}'’\\-]+){0,7})\\s*\\(\\s*" + Pattern.quote(c.acronym()) + "\\s*\\)").matcher(c.cx().flat);
        while (d.find()) {
            String[] words = d.group(1).split("\\s+");
            String last = words[words.length - 1];
            if (Character.isLowerCase(last.charAt(0)) || Acronyms.fits(c.acronym(), List.of(words).subList(Math.max(0, words.length - c.acronym().length()), words.length))) {
                return true;
            }
        }
        return false;
    }

    /** A line set mostly in capitals is a heading: "MATTERS ARISING", "CYNGOR CYMUNED". */
    private static boolean inCapitalsLine(Candidate c) {
        String flat = c.cx().flat;
        int from = flat.lastIndexOf('\n', c.span().start()) + 1;
        int to = flat.indexOf('\n', c.span().end());
        String line = flat.substring(from, to < 0 ? flat.length() : to);
        int letters = 0;
        int upper = 0;
        for (char ch : line.toCharArray()) {
            if (Character.isLetter(ch)) {
                letters++;
                upper += Character.isUpperCase(ch) ? 1 : 0;
            }
        }
        return letters > c.acronym().length() + 3 && upper * 10 >= letters * 6;
    }

    /** "BENDARROCH PARK.", "WALL BETWEEN SURGERY CAR PARK": a word beside another in capitals is a heading's, no initials. */
    private static boolean inCapitalsPhrase(Candidate c) {
        String flat = c.cx().flat;
        String before = flat.substring(Math.max(0, c.span().start() - 30), c.span().start());
        String after = flat.substring(c.span().end(), Math.min(flat.length(), c.span().end() + 30));
        return CAPITALS_BEFORE.matcher(before).find() || CAPITALS_AFTER.matcher(after).lookingAt();
    }

    /** "17/02145/PPP", "SR/147/001": capitals in a reference; "MDP/PSOS" is two bodies. */
    private static boolean nextToNumber(Candidate c) {
        String flat = c.cx().flat;
        String before = flat.substring(Math.max(0, c.span().start() - 2), c.span().start());
        String after = flat.substring(c.span().end(), Math.min(flat.length(), c.span().end() + 2));
        return DIGIT_SLASH.matcher(before).find() || SLASH_DIGIT.matcher(after).lookingAt()
                || after.startsWith(".") && after.length() > 1 && DIGIT_NEAR.matcher(after).find();
    }
}
