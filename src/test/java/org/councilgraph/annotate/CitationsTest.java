package org.councilgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.councilgraph.Corpus;
import org.councilgraph.annotate.Annotations.Citation;
import org.councilgraph.annotate.Annotations.InstrumentKind;
import org.councilgraph.text.Span;
import org.junit.jupiter.api.Test;

class CitationsTest {
    private static Map<String, Set<String>> sectionsByTitle(List<Citation> cs) {
        return cs.stream().collect(Collectors.groupingBy(Citation::title,
                Collectors.flatMapping(c -> c.sections().stream(), Collectors.toCollection(TreeSet::new))));
    }

    private static List<Citation> find(String text) {
        return Citations.find(text, List.of(new Span(0, text.length())));
    }

    @Test
    void readsTheCitationFormsOfCouncilPapers() {
        String text = "Under section 18(2) of the Children Act 2004 the council must appoint a Director. "
                + "The Children Acts of 1989 and 2004 set the duties; Sections 17 and 47 of the Children Act 1989 apply, "
                + "and section 22G of the same Act. The Equality Act 2010 (PSED) applies.";
        Map<String, Set<String>> got = sectionsByTitle(find(text));
        assertEquals(Set.of("18(2)"), got.get("Children Act 2004"));
        assertEquals(Set.of("17", "47", "22G"), got.get("Children Act 1989"));
        assertTrue(got.containsKey("Equality Act 2010"), got.toString());
    }

    @Test
    void readsShortSectionFormsAgainstTheActOfTheSentence() {
        String text = "The Highways Act 1980 gives powers under s.41 and ss. 9 and 10 to the authority.";
        assertEquals(Set.of("41", "9", "10"), sectionsByTitle(find(text)).get("Highways Act 1980"));
    }

    @Test
    void readsStatutoryGuidanceAndCodes() {
        String text = "Practice follows Working Together to Safeguard Children 2023 and the statutory School Admissions and "
                + "School Admissions Appeal Codes. Under the 2011 National Minimum Standards 25.6, agencies report.";
        List<Citation> cs = find(text);
        Set<String> titles = cs.stream().map(Citation::title).collect(Collectors.toSet());
        assertTrue(titles.contains("Working Together to Safeguard Children 2023"), titles.toString());
        assertTrue(titles.contains("School Admissions Code"), titles.toString());
        assertTrue(titles.contains("School Admissions Appeal Code"), titles.toString());
        assertTrue(cs.stream().anyMatch(c -> c.title().equals("National Minimum Standards") && c.sections().contains("25.6")
                && c.year().orElse(0) == 2011 && c.kind() == InstrumentKind.GUIDANCE), cs.toString());
    }

    @Test
    void wordsThatMerelyBeginWithActAreNotActs() {
        String text = "Status: Red Action required. Section 13A of the Education Act 1996 gives the duty.";
        List<Citation> cs = find(text);
        assertEquals(Set.of("Education Act 1996"), cs.stream().map(Citation::title).collect(Collectors.toSet()));
        assertEquals(Set.of("13A"), sectionsByTitle(cs).get("Education Act 1996"));
    }

    @Test
    void theLeicestershireReportsPackCitesTheChildrenActsWithTheirSections() throws Exception {
        String text = Files.readString(Corpus.corpus("001_a71e74bfbea0b0ca.txt"));
        Map<String, Set<String>> got = sectionsByTitle(find(text));
        assertTrue(got.getOrDefault("Children Act 1989", Set.of()).containsAll(Set.of("17", "22G", "47")), got.toString());
        assertTrue(got.getOrDefault("Education Act 1996", Set.of()).containsAll(Set.of("7", "13A", "436A")), got.toString());
    }

    @Test
    void anActByItsInitialsAndYearIsTheRegistersAct() {
        String text = "A legal agreement under s.106 of the TCPA 1990 will be needed; the LGA 1972 and DPA 2018 apply. "
                + "The WCC 2023 plan and the LGA 2023 conference are no Acts.";
        Map<String, Set<String>> got = sectionsByTitle(find(text));
        assertEquals(Set.of("106"), got.get("Town and Country Planning Act 1990"));
        assertTrue(got.containsKey("Local Government Act 1972"), got.toString());
        assertTrue(got.containsKey("Data Protection Act 2018"), got.toString());
        assertEquals(3, got.size(), got.toString());
    }
}
