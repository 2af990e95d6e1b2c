package org.councilgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.councilgraph.load.Loader;
import org.councilgraph.segment.Segmenter;
import org.junit.jupiter.api.Test;

/** The annotate stage as one: rules and the model's reading together, the model's reading given. */
class AnnotatorTest {
    @Test
    void aNameThePaperPrintsAsAPartnerIsABodyWhereverTheModelCallsItAPerson() throws Exception {
        String text = "Westby Borough Council\n\nMinutes of the Cabinet held on 3 March 2025.\n\n"
                + "The arts team ran a pilot project with Hollis Ashdown last year.\n\n"
                + "We are working in partnership with Hollis Ashdown to launch a drama project. Jo Pennick led it.\n";
        List<Nlp.Entity> model = ModelReading.entities(text, "PERSON", "Hollis Ashdown", "Jo Pennick");
        Annotations a = annotate("minutes.txt", text, model, 40);
        assertEquals(List.of("Jo Pennick"), a.people().stream().map(p -> p.name().fullName()).toList());
        assertTrue(a.bodies().stream().anyMatch(b -> b.kind() == Annotations.BodyKind.ORGANISATION && b.name().equals("Hollis Ashdown")),
                a.bodies().toString());
    }

    @Test
    void anExternalAuditorIsAFirmThoughItsNameReadsAsAPersons() throws Exception {
        String text = "Westby Borough Council\n\nMinutes of the Audit Committee held on 3 March 2025.\n\n"
                + "7. External Audit Update\n\nAn update from Grant Thornton. Jo Pennick presented it.\n";
        List<Nlp.Entity> model = ModelReading.entities(text, "PERSON", "Grant Thornton", "Jo Pennick");
        Annotations a = annotate("minutes.txt", text, model, 40);
        assertEquals(List.of("Jo Pennick"), a.people().stream().map(p -> p.name().fullName()).toList());
        assertTrue(a.bodies().stream().anyMatch(b -> b.kind() == Annotations.BodyKind.ORGANISATION && b.name().startsWith("Grant Thornton")),
                a.bodies().toString());
    }

    @Test
    void aReportsFieldNamingThePartSomeonePlaysIsNoPost() throws Exception {
        String text = "Westby Borough Council\n\nReport to the Cabinet, 3 March 2025\n\nLead Director: Tomas Quayle\n\n"
                + "The Lead Member stated that the plan was sound.\n\n"
                + "11. Contact details\n\nReport Author:\nRuth Calloway\nAssistant Director Libraries\n\n"
                + "Relevant Director:\nIvo Marchbank\nDirector of Culture\n";
        Annotations a = annotate("report.txt", text, List.of(), 60);
        List<String> posts = a.posts().stream().map(Annotations.PostMention::label).toList();
        assertTrue(posts.contains("Director of Culture"), posts.toString());
        assertTrue(posts.contains("Lead Member"), "the same words in prose are a post: " + posts);
        assertTrue(posts.stream().noneMatch(p -> p.startsWith("Relevant") || p.startsWith("Lead Director") || p.startsWith("Report")), posts.toString());
        assertTrue(a.people().stream().anyMatch(p -> p.name().fullName().equals("Tomas Quayle")), a.people().toString());
    }

    @Test
    void anItemsNumberIsNoPartOfABodyNamedInItsTitle() throws Exception {
        String text = "Westby Borough Council\n\nMinutes of the Cabinet held on 3 March 2025.\n\n"
                + "B4 Northby Rivers Partnership Report\n\nThe Cabinet considered the report.\n\n"
                + "B5 School Transport Policy\n\nThe Cabinet considered the policy.\n\n"
                + "The A1 Action Group wrote to the Leader.\n";
        Annotations a = annotate("minutes.txt", text, List.of(), 60);
        List<String> bodies = a.bodies().stream().map(Annotations.BodyMention::name).toList();
        assertTrue(bodies.contains("Northby Rivers Partnership"), bodies.toString());
        assertTrue(bodies.stream().noneMatch(b -> b.startsWith("B4") || b.startsWith("B5") || b.equals("School")), bodies.toString());
        assertTrue(bodies.contains("A1 Action Group"), "a road's name in prose stays whole: " + bodies);
    }

    @Test
    void anOfficersListPrintsTheirDepartmentsInBrackets() throws Exception {
        String text = "Westby Borough Council\n\nMinutes of the Planning Committee held on 3 March 2025.\n\n"
                + "Present: Councillor Ann Ashby (Chairman), Councillor Bob Brook (Northby Ward)\n\n"
                + "Officers in attendance: Carl Riverford (Development & Environment), Dora Eastby (Corporate Services), "
                + "Ed Southby (Planning Officer)\n\n1. Apologies\n\nNone.\n";
        Annotations a = annotate("minutes.txt", text, List.of(), 60);
        List<String> services = a.bodies().stream().filter(b -> b.kind() == Annotations.BodyKind.SERVICE).map(Annotations.BodyMention::name).toList();
        assertTrue(services.contains("Development & Environment") && services.contains("Corporate Services"), services.toString());
        assertTrue(services.stream().noneMatch(s -> s.contains("Northby") || s.contains("Planning Officer")), services.toString());
    }

    /** The paper's text segmented and annotated with the model's reading given: its entities and its count of tokens. */
    private static Annotations annotate(String name, String text, List<Nlp.Entity> model, int tokens) throws Exception {
        return Annotator.annotate(Segmenter.segment(Loader.load(name, text.getBytes(StandardCharsets.UTF_8))), new Nlp.Result(List.of(), model, tokens));
    }
}
