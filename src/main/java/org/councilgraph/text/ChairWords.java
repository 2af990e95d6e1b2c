package org.councilgraph.text;

/**
 * The words for a committee's chair ({@code committee-role-words.tsv}): "Chair", "Chairman", Scottish "Convener",
 * and "Vice", "Deputy", "Depute" before them. One reading for the stages that meet chairs: the bodies a chair sits
 * in, and the chair posts of the resolve stage.
 */
public final class ChairWords {
    private static final Lexicon ROLE_WORDS = Lexicon.of("committee-role-words.tsv");
    /** "Chair", "Chairman", "Convener": a regex fragment, lower case. */
    public static final String FORMS = "chair(?:" + ROLE_WORDS.alternationWhere(1, "chair-suffix") + ")?|"
            + ROLE_WORDS.alternationWhere(1, "chair-other");
    /** The same, perhaps the second chair: "Vice-Chairman", "Depute Convener". */
    public static final String WITH_PREFIX = "(?:(?:" + ROLE_WORDS.alternationWhere(1, "chair-prefix") + ")[\\s-]?)?(?:" + FORMS + ")";

    private ChairWords() {
    }
}
