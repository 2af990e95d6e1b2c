package org.councilgraph.annotate;

import java.util.List;
import org.councilgraph.annotate.Annotations.BodyKind;

/**
 * A part of a run read as a body's name, after its trimming: {@code part} the tokens as split from
 * the run, {@code name} those up to the head (or the head-first name's end), {@code cut} how many of
 * them stand before the name (sentence words, an owner, a post title, a document's title),
 * {@code owner} the possessive owner cut off, if any. {@code remit} says the name ends inside a post
 * title ("Director of Children's Services"). {@code text} is the name as read and {@code kind} its
 * kind once classified (null before).
 */
record BodyCandidate(List<BodyToken> part, List<BodyToken> name, int cut, BodyToken headWord, String owner, boolean remit,
                     String text, BodyKind kind, BodyContext cx) {

    static BodyCandidate of(List<BodyToken> part, List<BodyToken> name, int cut, BodyToken headWord, String owner,
                            boolean remit, BodyContext cx) {
        String text = remit ? "" : BodyToken.joined(name.subList(cut, name.size()));
        return new BodyCandidate(part, name, cut, headWord, owner, remit, text, null, cx);
    }

    /** The candidate renamed (a national body's own name) and classified. */
    BodyCandidate classified(String newText, BodyKind newKind) {
        return new BodyCandidate(part, name, cut, headWord, owner, remit, newText, newKind, cx);
    }

    /** The tokens of the name as read. */
    List<BodyToken> kept() {
        return name.subList(cut, name.size());
    }

    BodyToken first() {
        return kept().get(0);
    }

    BodyToken last() {
        return name.get(name.size() - 1);
    }

    /** The head of the name: the head word when kept, else the last word. */
    BodyToken head() {
        List<BodyToken> kept = kept();
        return kept.contains(headWord) ? headWord : kept.get(kept.size() - 1);
    }

    /** The words of the name, linkers not counted. */
    long words() {
        return kept().stream().filter(t -> t.isWord() && !t.isLink()).count();
    }

    /** Where the part starts in the text: for picking explanations by line. */
    int at() {
        return part.get(0).start();
    }

    @Override
    public String toString() {
        String printed = BodyToken.joined(part);
        return remit || text.equals(printed) ? "\"" + printed + "\"" : "\"" + printed + "\" -> \"" + text + "\"";
    }
}
