package org.councilgraph.text;

import java.util.Set;

/** The word tables the post-title grammar reads, loaded once. */
final class PostWords {
    private static final Lexicon GRAMMAR = Lexicon.of("post-grammar-words.tsv");
    private static final Lexicon MODIFIERS = Lexicon.of("post-modifiers.tsv");
    private static final Lexicon CONTACT = Lexicon.of("contact-words.tsv");

    /** Words that begin sentences, clauses, headings or documents, never a post title: they end the modifiers before a head. */
    static final Set<String> SENTENCE = GRAMMAR.wordsWhere(1, "sentence");
    /** Words after a head that end its remit: a new clause or a person. */
    static final Set<String> REMIT_STOP = GRAMMAR.wordsWhere(1, "remit-stop");
    /** Words that join the words of a remit. */
    static final Set<String> REMIT_JOIN = GRAMMAR.wordsWhere(1, "remit-join");
    /** Nouns for a body of staff: "Placement Support Team and Social Workers" is a team and a post. */
    static final Set<String> UNIT = GRAMMAR.wordsWhere(1, "unit");
    /** Modifiers that begin a title and bind to the head after them: "the Cabinet Lead\nMember for ...". */
    static final Set<String> BINDING = GRAMMAR.wordsWhere(1, "binding");
    /** Words labelling contact details: a title followed by one has ended. */
    static final Set<String> CONTACT_WORDS = CONTACT.wordsWhere(1, "label");
    /** {@link #CONTACT_WORDS} as a regex alternation, in table order. */
    static final String CONTACT_ALTERNATION = CONTACT.alternationWhere(1, "label");

    /** The labels of a paper's fields ("Date", "Venue"): one followed by a colon after a title has begun a field. */
    static final Set<String> FIELD_LABELS = Lexicon.of("field-labels.tsv").words();

    private PostWords() {
    }

    /** The modifiers that make weak head {@code head} a post when they stand right before it ("Cabinet" Member). */
    static Set<String> licensing(String head) {
        return MODIFIERS.wordsWhere(1, head);
    }
}
