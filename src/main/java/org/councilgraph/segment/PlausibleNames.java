package org.councilgraph.segment;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.rule.Cascade;
import org.councilgraph.rule.Rule;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.PostHeads;
import org.councilgraph.text.PostTitles;

/**
 * Whether a pair of capitalised words read as a name is a person's name or a phrase of the paper: the
 * test the staff layouts apply here and the people grammar applies in annotate.
 */
public final class PlausibleNames {
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}'’-])[a-z][a-z'’-]+");
    private static final Pattern ADDRESS = Pattern.compile("[\\w.+'-]+@[\\w.-]+|(?:https?://|www\\.)\\S+");
    /** Abstract nouns are not surnames: "Westby Volunteer Coordination". */
    private static final Pattern ABSTRACT_NOUN = Pattern.compile(".*(?:" + Lexicon.of("abstract-noun-endings.tsv").alternation() + ")$");

    private PlausibleNames() {
    }

    /**
     * The words a paper uses in lower case. A candidate name whose given name and surname are both
     * ordinary words of the paper ("Family Support", "Early Help") is a phrase, not a person.
     */
    public static Set<String> lowerCaseWords(String text) {
        // read once a paper: its segmenter (staff layouts) and annotator (people, the model's sentences) ask in
        // turn, on one worker thread, about the very same text
        Map.Entry<String, Set<String>> last = LAST.get();
        if (last != null && last.getKey() == text) {
            return last.getValue();
        }
        Set<String> words = Collections.unmodifiableSet(read(text));
        LAST.set(new java.util.AbstractMap.SimpleImmutableEntry<>(text, words));
        return words;
    }

    private static final ThreadLocal<Map.Entry<String, Set<String>>> LAST = new ThreadLocal<>();

    private static Set<String> read(String text) {
        Set<String> out = new HashSet<>();
        // addresses are lower case whatever they spell: "ann.westby@..." names Ann Westby
        String words = ADDRESS.matcher(text).replaceAll(" ");
        Matcher m = LOWER_WORD.matcher(words);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** A candidate name with the paper's lower-case words, for the rules that judge it. */
    record Named(PersonName name, Set<String> lower) {
        @Override
        public String toString() {
            return name.toString();
        }
    }

    /** An honorific, or no given name, or initials: the shape itself says "name". */
    static final Rule<Named> SHAPED = Rule.named("honorificOrInitials",
            n -> !n.name().honorific().isEmpty() || !n.name().hasGiven() || n.name().givenIsInitials());
    /** "Licensing Officers": a word of it is a strong head of a post title. */
    static final Rule<Named> POST_HEAD = Rule.named("strongPostHead", PlausibleNames::hasStrongHead);
    /** "Westby Volunteer Coordination": abstract nouns are not surnames. */
    static final Rule<Named> ABSTRACT_SURNAME = Rule.named("abstractNounSurname",
            n -> ABSTRACT_NOUN.matcher(n.name().surname().toLowerCase(Locale.ROOT)).matches());
    /** "Family Support", "Early Help": given name and surname both words the paper prints in lower case. */
    static final Rule<Named> ORDINARY_WORDS = Rule.named("ordinaryWords", n -> n.lower().contains(n.name().given().split(" ")[0]
            .toLowerCase(Locale.ROOT)) && n.lower().contains(n.name().surname().toLowerCase(Locale.ROOT)));
    static final Cascade<Named> PLAUSIBLE = Cascade.<Named>named("person-plausible")
            .accept(SHAPED)
            .reject(POST_HEAD)
            .reject(ABSTRACT_SURNAME)
            .reject(ORDINARY_WORDS)
            .otherwise(true);

    /** False for a name that reads as a phrase of ordinary words (see {@link #lowerCaseWords}). */
    public static boolean plausible(PersonName n, Set<String> lower) {
        return PLAUSIBLE.accepts(new Named(n, lower));
    }

    private static boolean hasStrongHead(Named n) {
        for (String w : (n.name().given() + " " + n.name().surname()).split("[\\s]+")) {
            String h = PostTitles.head(w);
            if (h != null && PostHeads.STRONG.contains(h)) {
                return true;
            }
        }
        return false;
    }
}
