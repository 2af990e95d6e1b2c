package org.councilgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilgraph.rule.Explain;
import org.junit.jupiter.api.Test;

/**
 * The post grammar where a case needs more than a sentence: a page set double-spaced, a glossary,
 * the explanation of its decisions. Sentence-by-sentence cases are the table {@code posts.tsv}
 * ({@link GrammarTablesTest}).
 */
class PostsTest {
    private static List<String> labels(String text) {
        return Posts.find(text).stream().map(Annotations.PostMention::label).toList();
    }

    @Test
    void aTitleWrappedInAParagraphOfDoubleSpacedTextIsReadWhole() {
        // text from a PDF set double-spaced: a blank line after every line, so one may wrap a title
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            b.append("The service worked with families across the county throughout the year.\n\n");
        }
        b.append("meet this standard the service submits an annual report for the Cabinet Lead\n\n");
        b.append("Member for Children and Families, and an annual report to the Panel.\n\n");
        assertTrue(labels(b.toString()).contains("Cabinet Lead Member for Children and Families"), labels(b.toString()).toString());
    }

    @Test
    void aGlossaryDefinesATitleAndATitleBeforeANounNamesSomethingElse() {
        String text = "Acronym\tMeaning\nIRO\tIndependent Reviewing Officer\nCQC\tCare Quality Commission\n\n"
                + "The Independent Reviewing Officer chaired the review. Staff went to the Designated Teacher conference.\n"
                + "Chair: Head of Finance\nArgument Officer's Comment\nThe Director of Children's Services spoke.\n";
        List<Annotations.PostMention> found = Posts.find(text);
        List<String> spoken = Posts.spoken(text, found).stream().map(p -> text.substring(p.span().start(), p.span().end())).toList();
        // the glossary's title is read, and dropped; the one in the sentence stays; a "Chair:" line is no glossary
        assertEquals(2, found.stream().filter(p -> p.label().equals("Independent Reviewing Officer")).count(), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.label().equals("Designated Teacher")), found.toString());
        assertEquals(List.of("Independent Reviewing Officer", "Head of Finance", "Director of Children's Services"), spoken);
    }

    @Test
    void aContactFieldsNameIsNoPostsRemit() {
        String text = "Contact Officer: Ann Westby        Tel No: 01234 567890\nThe Senior Planning Officer reported.\n";
        List<String> spoken = Posts.spoken(text, Posts.find(text)).stream().map(p -> text.substring(p.span().start(), p.span().end())).toList();
        assertEquals(List.of("Senior Planning Officer"), spoken);
    }

    @Test
    void everyDecisionOfThePostGrammarIsExplained() {
        String text = "The Director stated that the Cabinet Member for Finance would reply.";
        Explain.Traced<List<Annotations.PostMention>> traced = Explain.during(() -> Posts.find(text));
        assertEquals(List.of("Cabinet Member for Finance"), traced.result().stream().map(Annotations.PostMention::label).toList());
        // "Director" alone fails its licence; "Cabinet Member for Finance" passes, each with the rule that decided
        assertTrue(traced.decisions().stream().anyMatch(d -> d.grammar().equals("post-licence") && d.verdict().rejected()
                && d.candidate().equals("Director") && d.verdict().rule().equals("otherwise")), traced.decisions().toString());
        assertTrue(traced.decisions().stream().anyMatch(d -> d.grammar().equals("post-licence") && d.verdict().accepted()
                && d.candidate().equals("Cabinet Member for Finance")), traced.decisions().toString());
    }
}
