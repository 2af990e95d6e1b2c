package org.councilgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilgraph.annotate.Annotations.BodyKind;
import org.councilgraph.annotate.Annotations.BodyMention;
import org.junit.jupiter.api.Test;

class BodiesTest {
    private static final String COUNCIL = "Northbury County Council";

    private static String fixture() throws Exception {
        try (var in = BodiesTest.class.getResourceAsStream("/fixtures/bodies-paper.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Set<String> names(List<BodyMention> found, BodyKind kind) {
        return found.stream().filter(b -> b.kind() == kind).map(BodyMention::name).collect(Collectors.toSet());
    }

    @Test
    void readsServicesByTheirHeadNounsAndSplitsLists() throws Exception {
        String text = fixture();
        List<BodyMention> found = Bodies.find(text, COUNCIL, List.of(), Posts.find(text), List.of());
        Set<String> services = names(found, BodyKind.SERVICE);
        assertTrue(services.contains("Community Safety Team"), services.toString());
        assertTrue(services.contains("Fostering Service"), services.toString());
        assertTrue(services.contains("Northbury Fostering Service"), services.toString());
        assertTrue(services.contains("Quality Assurance Team"), services.toString());
        assertTrue(services.contains("Corporate Parenting Team"), services.toString());
        // the owner goes, the service stays: "Northbury County Council's Business Intelligence Service"
        assertTrue(services.contains("Business Intelligence Service"), services.toString());
        // a heading line is not part of the name that follows it
        assertFalse(services.stream().anyMatch(s -> s.startsWith("Achievements")), services.toString());
    }

    @Test
    void outsideBodiesComeFromTheGazetteerHeadsAndOwners() throws Exception {
        String text = fixture();
        List<BodyMention> found = Bodies.find(text, COUNCIL, List.of(), Posts.find(text), List.of());
        Set<String> orgs = names(found, BodyKind.ORGANISATION);
        assertTrue(orgs.contains("Ofsted"), orgs.toString());
        assertTrue(orgs.contains("Department for Education"), orgs.toString());
        assertTrue(orgs.contains("Change Programme Partnership"), orgs.toString());
        assertTrue(orgs.contains("Safer Northbury Partnership"), orgs.toString());
        assertTrue(orgs.contains("Westshire County Council"), orgs.toString());
        // "a Regional Adoption Agency" is a kind of body, not one
        assertFalse(orgs.contains("Regional Adoption Agency"), orgs.toString());
        // a glossary line defines an acronym; it does not mention the body
        assertFalse(orgs.contains("Lowfield Primary Partnership"), orgs.toString());
        assertEquals(Set.of(BodyKind.COUNCIL), found.stream().filter(b -> b.name().equals(COUNCIL)).map(BodyMention::kind)
                .collect(Collectors.toSet()));
        assertTrue(names(found, BodyKind.COMMITTEE).stream().anyMatch(c -> c.contains("Scrutiny Committee")));
    }

    @Test
    void aDefinedAcronymIsTheBodyWhereverItIsPrinted() throws Exception {
        String text = fixture();
        List<BodyMention> found = Bodies.find(text, COUNCIL, List.of(), Posts.find(text), List.of());
        List<BodyMention> cst = found.stream().filter(b -> b.printed().equals("CST")).toList();
        assertEquals(1, cst.size(), found.toString());
        assertEquals("Community Safety Team", cst.get(0).name());
        assertEquals(BodyKind.SERVICE, cst.get(0).kind());
    }

    @Test
    void aPostTitlesRemitIsNotAServiceMention() {
        String text = "The report was presented by the Director of Children and Family Services at the meeting.";
        List<BodyMention> found = Bodies.find(text, COUNCIL, List.of(), Posts.find(text), List.of());
        assertTrue(names(found, BodyKind.SERVICE).isEmpty(), found.toString());
    }

    @Test
    void flattenKeepsOffsetsAndBreaksAtShortLines() {
        String text = "A heading\nThe Fostering Service continued to recruit carers across the whole of the county and\n"
                + "the Virtual School supported pupils.";
        String flat = Layouts.flatten(text);
        assertEquals(text.length(), flat.length());
        assertEquals('|', flat.charAt(text.indexOf('\n')));
        assertEquals(' ', flat.charAt(text.indexOf("and\n") + 3));
    }
}
