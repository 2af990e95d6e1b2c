package org.councilgraph.annotate;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations.Origin;
import org.councilgraph.annotate.Annotations.PersonMention;
import org.councilgraph.annotate.Annotations.PostMention;
import org.councilgraph.rule.Cascade;
import org.councilgraph.rule.Rule;
import org.councilgraph.segment.PlausibleNames;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.Span;

/**
 * The persons CoreNLP's model finds, kept only where the rules agree: a name of a given name (or
 * initials) and a surname, not read already, not a place the paper names as one, not the start of a
 * body's name ("Westby Short Stay School"), not a partner or contractor, not ending in a thing's word.
 */
final class ModelPersons {
    private static final Lexicon CONTEXT = Lexicon.of("name-context.tsv");
    /** Prepositions of place: a name after them is a place's. */
    private static final Pattern PLACE_BEFORE = Pattern.compile("\\b(?:" + Phrases.alternation(CONTEXT.wordsWhere(1, "place")) + ")\\s+$");
    /** Words after which a name is a body's, not a person's. */
    private static final Pattern PARTNER_BEFORE = Pattern.compile(
            "(?i)\\b(?:" + Phrases.alternation(CONTEXT.wordsWhere(1, "partner")) + ")\\s+(?:the\\s+)?$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** A name's first word printed twice, then more of the name. */
    private static final Pattern REPEATED_FIRST_WORD = Pattern.compile("(\\p{Lu}\\p{L}+)\\s+(?=\\1\\s+\\p{Lu})");
    private static final Pattern APOSTROPHE_FIRST = Pattern.compile("['’].*");

    /** One person the model read, with what the rules look at around it. */
    record Candidate(Nlp.Entity entity, String name, String text, List<PersonMention> found, List<PostMention> posts,
                     Set<String> places, Set<String> lower) {
        String after() {
            return text.substring(entity.span().end(), Math.min(text.length(), entity.span().end() + 30));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** "a river reserve in Riverford Wyke": the paper puts the name after a preposition of place somewhere. */
    static final Rule<Candidate> A_PLACE = Rule.named("placeInThisPaper", c -> c.places().contains(c.name()));
    static final Rule<Candidate> READ_ALREADY = Rule.named("overlapsAPersonFound",
            c -> c.found().stream().anyMatch(x -> x.span().overlaps(c.entity().span())));
    static final Rule<Candidate> INSIDE_A_POST = Rule.named("insideAPostTitle",
            c -> c.posts().stream().anyMatch(x -> x.span().contains(c.entity().span())));
    static final Rule<Candidate> NOT_NAME_SHAPED = Rule.named("notNameShaped",
            c -> c.name().contains("\n") || DIGIT.matcher(c.name()).find() || c.name().length() < 5);
    /** "Westby Arts Schools Foundation", "Levy Ward(s)", "Oakby Short Stay School". */
    static final Rule<Candidate> BEGINS_A_BODY = Rule.named("beginsABodysName", ModelPersons::beginsABody);
    /** "in partnership with Westby Arts": partners, sponsors and contractors are bodies, whatever the model says. */
    static final Rule<Candidate> PARTNER = Rule.named("partnerOrContractor",
            c -> PARTNER_BEFORE.matcher(c.text().substring(Math.max(0, c.entity().span().start() - 40), c.entity().span().start())).find());
    /** "Westby Arts Journey": the model's person ends in a word no surname is. */
    static final Rule<Candidate> THING_WORD_LAST = Rule.named("endsInAThingsWord", c -> People.NOT_SURNAME.matcher(c.name()).find());
    static final Rule<Candidate> NO_NAME = Rule.named("noPlausibleName", c -> parse(c).isEmpty());
    static final Cascade<Candidate> MODEL_PERSON = Cascade.<Candidate>named("person-model")
            .reject(A_PLACE)
            .reject(READ_ALREADY)
            .reject(INSIDE_A_POST)
            .reject(NOT_NAME_SHAPED)
            .reject(BEGINS_A_BODY)
            .reject(PARTNER)
            .reject(THING_WORD_LAST)
            .reject(NO_NAME)
            .otherwise(true);

    private ModelPersons() {
    }

    /** Adds to {@code out} the model's persons the rules keep. */
    static void read(String text, List<Nlp.Entity> entities, List<PostMention> posts, Set<String> lower, List<PersonMention> out) {
        Set<String> places = places(text, entities);
        for (Nlp.Entity e : entities) {
            if (!e.type().equals("PERSON")) {
                continue;
            }
            Nlp.Entity read = withoutRepeatedWord(e);
            Candidate c = new Candidate(read, SPACES.matcher(read.text()).replaceAll(" ").strip(), text, out, posts, places, lower);
            if (MODEL_PERSON.decide(c).accepted()) {
                out.add(new PersonMention(parse(c).get(), read.span(), Optional.empty(), Origin.NER));
            }
        }
    }

    /**
     * "Martin Martin Westby": a word of the cell before (an action column's "Martin") run into a name that
     * begins with the same word. The name is the one after it.
     */
    static Nlp.Entity withoutRepeatedWord(Nlp.Entity e) {
        Matcher m = REPEATED_FIRST_WORD.matcher(e.text());
        if (!m.lookingAt()) {
            return e;
        }
        return new Nlp.Entity(e.type(), e.text().substring(m.end()), new Span(e.span().start() + m.end(), e.span().end()));
    }

    private static Optional<PersonName> parse(Candidate c) {
        return PersonName.parse(c.name()).filter(n -> PlausibleNames.plausible(n, c.lower()));
    }

    private static boolean beginsABody(Candidate c) {
        String after = c.after();
        Matcher body = People.BODY_AFTER.matcher(after);
        String lastWord = c.name().substring(c.name().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        // words between the name and the body's word make one name only when the "surname" is a common word: "Oakby Short Stay School"
        return body.find() && (body.group("between").isEmpty() || c.lower().contains(lastWord)) || after.startsWith("(s)");
    }

    /**
     * The model's persons that the paper, somewhere, puts after a preposition of place ("in Riverford
     * Wyke", not "in Jo Westby's absence"): a paper means one thing by one name, so they are places
     * wherever they are printed.
     */
    private static Set<String> places(String text, List<Nlp.Entity> entities) {
        Set<String> out = new HashSet<>();
        for (Nlp.Entity e : entities) {
            if (!e.type().equals("PERSON")) {
                continue;
            }
            String before = text.substring(Math.max(0, e.span().start() - 40), e.span().start());
            String after = text.substring(e.span().end(), Math.min(text.length(), e.span().end() + 2));
            if (PLACE_BEFORE.matcher(before).find() && !APOSTROPHE_FIRST.matcher(after).matches()) {
                out.add(SPACES.matcher(e.text()).replaceAll(" ").strip());
            }
        }
        return out;
    }
}
