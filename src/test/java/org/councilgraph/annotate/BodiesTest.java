package org.councilgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.councilgraph.annotate.Annotations.BodyKind;
import org.councilgraph.annotate.Annotations.BodyMention;
import org.councilgraph.segment.TableBlocks;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The body grammar. Its sentence cases are a table, {@code bodies.tsv} (a sentence and the bodies to
 * read in it), run one test per row like a Jena manifest; the cases that need a fixture file, the
 * model's entities or a built text are written out below.
 */
class BodiesTest {
    private static final String COUNCIL = "Northbury County Council";

    /** One row of bodies.tsv. */
    record Case(String name, String text, List<String> expectations) {
    }

    static List<Case> cases() throws Exception {
        return cases("bodies.tsv");
    }

    /** The rows of a table of body cases beside this class: name, text, expectations split by " ; ". */
    static List<Case> cases(String table) throws Exception {
        List<Case> out = new ArrayList<>();
        try (var in = BodiesTest.class.getResourceAsStream(table);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                assertEquals(3, cells.length, "a case has three cells: " + line);
                out.add(new Case(cells[0], cells[1].replace("\\n", "\n"),
                        Arrays.stream(cells[2].split(" ; ")).map(String::strip).toList()));
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> theCasesOfTheTable() throws Exception {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 20, "cases read: " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            List<BodyMention> found = read(c.text());
            for (String e : c.expectations()) {
                check(e, found);
            }
        }));
    }

    /** Checks one expectation of a case (see the header of bodies.tsv). */
    static void check(String expectation, List<BodyMention> found) {
        if (expectation.equals("none")) {
            assertTrue(all(found).isEmpty(), "no service or organisation expected: " + found);
            return;
        }
        boolean only = expectation.startsWith("only ");
        boolean not = expectation.startsWith("!");
        String e = only ? expectation.substring(5) : not ? expectation.substring(1) : expectation;
        int colon = e.indexOf(':');
        Predicate<BodyMention> kind = ofKind(e.substring(0, colon).strip());
        String value = e.substring(colon + 1).strip();
        Set<String> names = found.stream().filter(kind).map(BodyMention::name).collect(Collectors.toSet());
        if (only) {
            Set<String> expected = value.isEmpty() ? Set.of()
                    : Arrays.stream(value.split("\\|")).map(String::strip).collect(Collectors.toSet());
            assertEquals(expected, names, expectation + " in " + found);
        } else if (not) {
            boolean prefix = value.endsWith("*");
            String v = prefix ? value.substring(0, value.length() - 1) : value;
            assertFalse(names.stream().anyMatch(n -> prefix ? n.startsWith(v) : n.equals(v)), expectation + " in " + found);
        } else if (value.contains(" @ ")) {
            String name = value.substring(0, value.indexOf(" @ "));
            String printed = value.substring(value.indexOf(" @ ") + 3);
            assertTrue(found.stream().filter(kind).anyMatch(b -> b.name().equals(name) && b.printed().equals(printed)),
                    expectation + " in " + found);
        } else {
            assertTrue(names.contains(value), expectation + " in " + found);
        }
    }

    private static Predicate<BodyMention> ofKind(String kind) {
        if (kind.equals("body")) {
            return b -> b.kind() == BodyKind.SERVICE || b.kind() == BodyKind.ORGANISATION;
        }
        BodyKind k = BodyKind.valueOf(kind.toUpperCase(Locale.ROOT));
        return b -> b.kind() == k;
    }

    private static String fixture() throws Exception {
        try (var in = BodiesTest.class.getResourceAsStream("/fixtures/bodies-paper.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Set<String> names(List<BodyMention> found, BodyKind kind) {
        return found.stream().filter(b -> b.kind() == kind).map(BodyMention::name).collect(Collectors.toSet());
    }

    private static List<BodyMention> read(String text) {
        return Bodies.find(text, COUNCIL, false, List.of(), Posts.find(text), List.of(), TableBlocks.read(text));
    }

    private static Set<String> all(List<BodyMention> found) {
        return found.stream().filter(b -> b.kind() == BodyKind.SERVICE || b.kind() == BodyKind.ORGANISATION).map(BodyMention::name)
                .collect(Collectors.toSet());
    }

    @Test
    void readsServicesByTheirHeadNounsAndSplitsLists() throws Exception {
        String text = fixture();
        List<BodyMention> found = Bodies.find(text, COUNCIL, false, List.of(), Posts.find(text), List.of(), TableBlocks.read(text));
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
        List<BodyMention> found = Bodies.find(text, COUNCIL, false, List.of(), Posts.find(text), List.of(), TableBlocks.read(text));
        Set<String> orgs = names(found, BodyKind.ORGANISATION);
        assertTrue(orgs.contains("Ofsted"), orgs.toString());
        assertTrue(orgs.contains("Department for Education"), orgs.toString());
        assertTrue(orgs.contains("Family Futures Partnership"), orgs.toString());
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
        List<BodyMention> found = Bodies.find(text, COUNCIL, false, List.of(), Posts.find(text), List.of(), TableBlocks.read(text));
        List<BodyMention> cst = found.stream().filter(b -> b.printed().equals("CST")).toList();
        assertEquals(1, cst.size(), found.toString());
        assertEquals("Community Safety Team", cst.get(0).name());
        assertEquals(BodyKind.SERVICE, cst.get(0).kind());
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

    @Test
    void aNameWrappedOntoAnIndentedLineIsOneName() {
        // a page's text keeps the indent of its body: the wrap and the indent after it are one space of the sentence
        String text = "3.2    The consultation ran for twelve weeks from the start of the year and drew many responses.\n"
                + "       Formal responses were received from the Westby Residential Landlords\n"
                + "       Association and from many of the tenants of the district by the end of March.\n";
        String flat = Layouts.flatten(text);
        assertTrue(flat.contains("Landlords        Association"), flat);
        assertEquals(Set.of("Westby Residential Landlords Association"), names(read(text), BodyKind.ORGANISATION));
    }

    @Test
    void theCellsUnderARowOfPostsAreUnits() throws Exception {
        String text;
        try (var in = BodiesTest.class.getResourceAsStream("/fixtures/structure-chart.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> services = names(Bodies.find(text, COUNCIL, false, List.of(), Posts.find(text), List.of(), TableBlocks.read(text)), BodyKind.SERVICE);
        assertTrue(services.containsAll(Set.of("Family Centres", "Intake Teams", "Rapid Response Team", "Carer Support teams",
                "School Travel Planning", "Locality Teams", "Centre for Social Work Practice", "Participation Team", "Oakdene Nursery")),
                services.toString());
        // staff titles, activities and the glossary below the chart are not units
        for (String no : List.of("Panel Chairs", "Research and Development", "Attendance Officers",
                "Healthy Homes Programme", "Children and Young People")) {
            assertFalse(services.contains(no), no + " in " + services);
        }
    }

    @Test
    void flattenCrossesTheBlankLinesOfDoubleSpacedTextButNotTheLinesOfAWebPage() {
        String text = "Nationally, fewer carers come forward each year, and the figures are lower than before the pandemic. The Fostering\n\n"
                + "Network estimates a shortage of carers across the whole country in the coming year and beyond.\n";
        String flat = Layouts.flatten(text);
        assertTrue(flat.contains("The Fostering  Network"), flat);
        assertEquals(Set.of("The Fostering Network"), names(read(text), BodyKind.ORGANISATION)); // the gazetteer's name
        String heading = "Intro\nROAD SAFETY TEAM AROUND\nTHE SCHOOL TEAM\nWe met.";
        assertEquals(' ', Layouts.flatten(heading).charAt(heading.indexOf("AROUND") + 6), Layouts.flatten(heading));
        String page = "Joint Committee for Westby and Eastby Children\nSouth Marsh Waste Partnership Joint Committee\n";
        assertEquals('|', Layouts.flatten(page, true).charAt(page.indexOf('\n')));
    }

    @Test
    void aModelsAcronymDefinedAsSomethingAndPartiesToAnAgreement() {
        String text = "The young people love WYPAC. WYPAC (Westby Young People After Care) is a monthly social meet up. "
                + "PPB (Pupil Premium Bonus) allocations have been made; PPB is paid termly. "
                + "Service level agreements are in place with HMRC, health services, and Harbour Controls to support checks.";
        List<Nlp.Entity> model = ModelReading.entities(text, "ORGANIZATION", "WYPAC", "PPB", "Harbour Controls");
        Set<String> orgs = names(Bodies.find(text, COUNCIL, false, List.of(), Posts.find(text), model, TableBlocks.read(text)), BodyKind.ORGANISATION);
        assertTrue(orgs.containsAll(Set.of("WYPAC", "Harbour Controls")), orgs.toString());
        assertFalse(orgs.contains("PPB"), orgs.toString()); // defined, but never said to be anything
    }

    @Test
    void theModelsOrganisationStandsWhereTheSentenceSaysWhatItIs() {
        String text = "The council appointed Fenwick Marlow Studio to design the scheme. Fenwick Marlow Studio met officers. "
                + "Later, Oakridge Marlow Hill met residents.";
        List<Nlp.Entity> model = ModelReading.entities(text, "ORGANIZATION", "Fenwick Marlow Studio", "Oakridge Marlow Hill");
        Set<String> orgs = names(Bodies.find(text, COUNCIL, false, List.of(), Posts.find(text), model, TableBlocks.read(text)), BodyKind.ORGANISATION);
        assertTrue(orgs.contains("Fenwick Marlow Studio"), orgs.toString());
        assertFalse(orgs.contains("Oakridge Marlow Hill"), orgs.toString()); // no word before it says it is a body
    }

    @Test
    void theSpacesEndingAWrappedLineAreNoGapBetweenColumns() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            sb.append(i == 15 ? "The service is accountable to the Westby Adoption Links  \n\nManagement Board which meets each month\n\n"
                    : "A paragraph of prose wrapped at a narrow width by the printer of it\n\n");
        }
        String text = sb.toString();
        String flat = Layouts.flatten(text);
        assertEquals(text.length(), flat.length()); // offsets are kept
        assertTrue(flat.contains("Westby Adoption Links    Management Board which"), flat.substring(flat.indexOf("Westby"), flat.indexOf("Westby") + 60));
        assertTrue(names(read(text), BodyKind.ORGANISATION).contains("Westby Adoption Links Management Board"));
    }
}
