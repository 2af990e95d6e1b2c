package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaffLayoutsTest {
    static String fixture(String name) throws IOException {
        try (InputStream in = StaffLayoutsTest.class.getResourceAsStream("/people/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> posts(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Layout.StaffEntry e : StaffLayouts.read(text)) {
            out.put(e.name().fullName(), e.post().orElse("-"));
            String read = e.span().of(text).replaceAll("[\\s-]+", "");
            assertTrue(read.contains(e.name().surname().replaceAll("[\\s-]+", "")), "the span " + read + " holds " + e.name());
        }
        return out;
    }

    @Test
    void namesWithTheirPostsInAStaffList() throws IOException {
        Map<String, String> p = posts(fixture("staff-structure.txt"));
        assertEquals("Director, Children and Families Service", p.get("Ruth Ambler"));
        assertEquals("Head of Service", p.get("Kelvin Bright"));
        assertEquals("Agency Decision Maker", p.get("Molly Carden"));
        assertEquals("Manager, Post-Order Support Team", p.get("Nadia Dorsey"));
        // names over the post they share, a name wrapped over two lines
        assertEquals("Managers, Permanence Team", p.get("Olive Eastwood"));
        assertEquals("Managers, Permanence Team", p.get("Peter Fairbanks"));
        assertEquals("Permanence Team Social Workers", p.get("Tara Ibbotson-Jewell"));
        assertEquals("Permanence Team Social Workers", p.get("Uma Kershaw"));
        assertEquals("Life Story Worker", p.get("Victor Lamb"));
        // signatures and labels
        assertEquals("Sustainability Officer", p.get("Wendy Marsh"));
        assertEquals("Equalities Officer", p.get("Xavier Nunn"));
        assertEquals("Lead Director", p.get("Yvonne Orme"));
        assertEquals("Lead Director", p.get("Zachary Pike"));
        assertEquals("Director of Education and Inclusion", p.get("Abigail Quill"));
    }

    @Test
    void structureChartTables() throws IOException {
        Map<String, String> p = posts(fixture("staff-table.txt"));
        assertEquals("Programme Manager (Business Change)", p.get("Bella Ross"));
        assertEquals("Head of Inclusion Services (0-25)", p.get("Carl Stone"));
        assertEquals("Virtual Head Teacher", p.get("Dora Tate"), "a note in brackets after the title is dropped");
        assertEquals("Head of Early Help", p.get("Ezra Upton"));
        assertEquals("Head of Early Help", p.get("Fay Vance"));
        assertEquals("Head of Children’s Social Work", p.get("Gina Wells"));
        assertEquals("Principal Social Worker", p.get("Hugo Xu"));
        assertFalse(p.containsKey("Human Resources"), "a glossary row is no name");
        assertFalse(p.containsKey("Children Centres"));
    }

    @Test
    void titlesWrappedInANarrowColumnAndHeadingsUnderAName() {
        String text = "From: Ann Archer, Cabinet Member for Integrated\nChildren’s Services\n\n"
                + "Report Authors:\nBen Baxter\nLead Directors\nCara Cole, Director of Children's\nCountywide Services\n+443000000000\n\n"
                + "Corporate Directors\nDan Dale\nCorporate Director Children, Young People\nand Education\n03000 000000\n";
        Map<String, String> p = posts(text);
        assertEquals("Cabinet Member for Integrated Children’s Services", p.get("Ann Archer"));
        assertEquals("Director of Children's Countywide Services", p.get("Cara Cole"));
        assertEquals("Corporate Director Children, Young People and Education", p.get("Dan Dale"));
        assertEquals(null, p.get("Ben Baxter"), "one name over a plural title: the title is a heading");
    }

    @Test
    void aTitleWrappedByAParagraphEndsAtTheNextLinesFirstStop() {
        String text = "Appendix 1: Letter to all two-tier councils and neighbouring unitary authorities from\n"
                + "Rhys Pengelly OBE MP, Minister of State for Rural Affairs and Coastal\n"
                + "Communities, 16 December 2024\n\n"
                + "Tamsin Ode, Head of Libraries\nThe service has grown.\n";
        Map<String, String> p = posts(text);
        assertEquals("Minister of State for Rural Affairs and Coastal Communities", p.get("Rhys Pengelly"));
        assertEquals("Head of Libraries", p.get("Tamsin Ode"), "a short line is not wrapped");
    }

    @Test
    void aPairOfOrdinaryWordsOfThePaperIsNoName() {
        String text = "Our early help offer.\n\nEarly Help\n\nWe help families early.\n";
        assertTrue(StaffLayouts.read(text).isEmpty());
        assertFalse(PlausibleNames.plausible(org.councilgraph.text.PersonName.parse("Early Help").orElseThrow(),
                PlausibleNames.lowerCaseWords(text)));
        // an address spells a name in lower case; that does not make the name ordinary words
        String contact = "Jane Example\nDirector of Finance\njane.example@council.gov.uk\n";
        assertEquals("Director of Finance", posts(contact).get("Jane Example"));
    }
}
