package org.councilgraph.annotate;

import java.util.List;
import java.util.Locale;

/** A token of a run of name words: a word, a comma or a bracketed acronym, with its offsets in the text. */
record BodyToken(String text, int start, int end) {
    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    /** An acronym or a word in capitals: "CST", "NHS". */
    boolean isCaps() {
        return text.length() >= 2 && text.equals(text.toUpperCase(Locale.ROOT)) && text.chars().anyMatch(Character::isLetter)
                && Character.isUpperCase(text.charAt(0));
    }

    boolean isCapitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** "and" or "&". */
    boolean isAnd() {
        return text.equals("and") || text.equals("&");
    }

    /** A head noun of a body's name (in lower case only the heads {@link BodyWords#LOWER_HEADS} allows). */
    boolean isHead() {
        String l = lower();
        if (Character.isLowerCase(text.charAt(0))) {
            return BodyWords.LOWER_HEADS.contains(l);
        }
        return BodyWords.SERVICE_HEADS.contains(l) || BodyWords.ORG_HEADS.contains(l);
    }

    /** A linking word of a name or a list comma. */
    boolean isLink() {
        return Acronyms.isLinker(text) || text.equals(",");
    }

    /** The tokens as a name: words spaced, commas kept close. */
    static String joined(List<BodyToken> toks) {
        StringBuilder sb = new StringBuilder();
        for (BodyToken t : toks) {
            if (sb.length() > 0 && !t.text().equals(",")) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.toString();
    }

    /** The tokens as printed, from the first's start to the last's end. */
    static String joinedRaw(String flat, List<BodyToken> toks) {
        return flat.substring(toks.get(0).start(), toks.get(toks.size() - 1).end());
    }
}
