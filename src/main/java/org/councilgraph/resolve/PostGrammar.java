package org.councilgraph.resolve;

import java.util.Optional;
import org.councilgraph.annotate.Posts;

/**
 * The post-title grammar resolve asks about titles printed in lists, roles and report bylines: the
 * one place this package calls it, so that where the grammar lives can change in one place.
 */
final class PostGrammar {
    private PostGrammar() {
    }

    /** The title a whole string is, tidied; empty when it is not one. */
    static Optional<String> whole(String s) {
        return Posts.whole(s);
    }

    static boolean isPost(String s) {
        return Posts.isPost(s);
    }

    /** The head noun a word is ("Director", "Managers"), in the singular; null when it is none. */
    static String head(String word) {
        return Posts.head(word);
    }

    static String tidy(String label) {
        return Posts.tidy(label);
    }
}
