package org.councilgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.councilgraph.annotate.Annotations.Citation;
import org.councilgraph.annotate.Annotations.InstrumentKind;
import org.councilgraph.text.Span;
import org.junit.jupiter.api.Test;

class LegislationTest {
    private final Legislation table = Legislation.table();

    @Test
    void theTableLinksActsOfBothCenturies() {
        assertEquals("http://www.legislation.gov.uk/id/ukpga/2004/31", table.find("Children Act 2004").orElseThrow().iri());
        assertEquals("http://www.legislation.gov.uk/id/ukpga/Geo6/7-8/31", table.find("Education Act 1944").orElseThrow().iri());
        assertEquals("http://www.legislation.gov.uk/id/ukpga/Geo5and1Edw8/26/49", table.find("Public Health Act 1936").orElseThrow().iri());
        assertEquals("http://www.legislation.gov.uk/id/ukpga/1989/41/section/17", table.find("the Children Act 1989").orElseThrow().sectionIri("17"));
        assertTrue(table.find("Made Up Act 2001").isEmpty());
        assertTrue(table.size() > 3200);
    }

    @Test
    void titlesAreCutToTheActTheTableKnowsAndYearsFound() {
        Span s = new Span(0, 1);
        List<Citation> in = List.of(
                new Citation("Protected Characteristics under the Equality Act 2010", Optional.of(2010), List.of(), InstrumentKind.ACT, s),
                new Citation("Human Rights Act", Optional.empty(), List.of(), InstrumentKind.ACT, s),
                new Citation("Children Act", Optional.empty(), List.of(), InstrumentKind.ACT, s));
        List<String> out = LegislationResolver.tidy(in, table).stream().map(Citation::title).toList();
        // "the Children Act" alone is two Acts in the table and none in the paper: left out
        assertEquals(List.of("Equality Act 2010", "Human Rights Act 1998"), out);
    }

    @Test
    void anActCitedWithoutItsYearTakesTheYearThePaperGivesIt() {
        Span s = new Span(0, 1);
        List<Citation> in = List.of(
                new Citation("Children Act 1989", Optional.of(1989), List.of("17"), InstrumentKind.ACT, s),
                new Citation("Children Act", Optional.empty(), List.of(), InstrumentKind.ACT, s));
        assertEquals(List.of("Children Act 1989", "Children Act 1989"),
                LegislationResolver.tidy(in, table).stream().map(Citation::title).toList());
    }
}
