package org.councilgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostsTest {
    private static List<String> labels(String text) {
        return Posts.find(text).stream().map(Annotations.PostMention::label).toList();
    }

    @Test
    void headWithRemit() {
        assertEquals(List.of("Director of Children and Family Services"),
                labels("The Committee considered a report of the Director of Children and Family Services which set out the plan."));
        assertEquals(List.of("Cabinet Member for Finance, Corporate and Traded Services"),
                labels("Mr Oakes, Cabinet Member for Finance, Corporate and Traded Services, gave an update."));
        assertEquals(List.of("Leader of the Council"), labels("The Leader of the Council said that."));
    }

    @Test
    void headWithModifiers() {
        assertEquals(List.of("Senior Governance Officer"), labels("Contact the Senior Governance Officer for details."));
        assertEquals(List.of("Church of England Representative"), labels("Mr X attended as Church of England Representative today."));
        assertEquals(List.of("Post Adoption and SGO Support Social Workers"), labels("Four Post Adoption and SGO Support Social Workers."));
        assertEquals(List.of("Wellbeing officer"), labels("our new Wellbeing officer joined in May."));
    }

    @Test
    void aHeadWordAloneOrAGenericGroupIsNoPost() {
        assertEquals(List.of(), labels("The Director stated that the service would improve."));
        assertEquals(List.of(), labels("Elected Members and Members of the Committee were asked to declare."));
        assertEquals(List.of(), labels("Social workers visited the families."));
        assertEquals(List.of(), labels("Co-opted Members (Voting)"));
    }

    @Test
    void twoTitlesJoinedByAndAreTwoPosts() {
        assertEquals(List.of("Service Manager", "Permanence Team Managers"),
                labels("It is managed by the Service Manager and Permanence Team Managers."));
        assertEquals(List.of("Lead Member for Children and Families"),
                labels("an annual report for the Lead Member for Children and Families and Director, and another."));
    }

    @Test
    void titleEndingItsLineTakesACommaOrColonRemit() {
        assertEquals(List.of("Assistant Director, Education and SEND"), labels("Tim Example\nAssistant Director, Education and SEND\nTel: 0116 000 0000"));
        assertEquals(List.of("Head of Service: Business Services"), labels("\nHead of Service: Business Services\n"));
    }

    @Test
    void theNameOfABodyOrAPossessiveBeforeATitleIsNotPartOfIt() {
        assertEquals(List.of("Chief Executive Officer"), labels("the Combined Authority’s Chief Executive Officer reported."));
        assertEquals(List.of("Director of Operations"), labels("the West of Northshire Combined Authority Director of Operations said."));
    }

    @Test
    void aTitleWrappedInAParagraphIsReadWhole() {
        // text from a PDF set double-spaced: a blank line after every line, so one may wrap a title
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            b.append("The service worked with families across the county throughout the year.\n\n");
        }
        b.append("meet this standard the service submits an annual report for the Cabinet Lead\n\n");
        b.append("Member for Children and Families, and an annual report to the Panel.\n\n");
        assertTrue(labels(b.toString()).contains("Cabinet Lead Member for Children and Families"), labels(b.toString()).toString());
        // in ordinary text a blank line ends a title
        assertEquals(List.of("Leader of the Green Group"),
                labels("Councillor Jo Bloggs, Leader of the Green Group\n\nApologies:\nCouncillor Ann Other\n"));
    }

    @Test
    void aWholeSegmentNeedsNoJoiningWord() {
        assertEquals(Optional.of("Corporate Director Children, Young People and Education"),
                Posts.whole("Corporate Director Children, Young People and Education"));
        assertEquals(Optional.of("data analyst"), Posts.whole("data analyst"));
        assertEquals(Optional.of("Programme Manager (Business Change)"), Posts.whole("Programme Manager (Business Change)"));
        assertEquals(Optional.empty(), Posts.whole("Members of the Commission are invited to attend"));
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
}
