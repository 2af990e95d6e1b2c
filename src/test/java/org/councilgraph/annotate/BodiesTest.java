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
    void theBodyARepresentativeSitsForIsNamedButARemitIsNot() {
        String text = "Standing Invitees (Non-Voting)\n\nWestby Youth Council Representatives\n\n"
                + "The Director of Westby Children's Trust attended.\n";
        List<BodyMention> found = Bodies.find(text, COUNCIL, List.of(), Posts.find(text), List.of());
        Set<String> orgs = names(found, BodyKind.ORGANISATION);
        assertTrue(orgs.contains("Westby Youth Council"), found.toString());
        assertFalse(orgs.contains("Westby Children's Trust"), found.toString());
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
        String text = "The report was presented by the Director of Adult and Community Services at the meeting.";
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

    private static List<BodyMention> read(String text) {
        return Bodies.find(text, COUNCIL, List.of(), Posts.find(text), List.of());
    }

    private static Set<String> all(List<BodyMention> found) {
        return found.stream().filter(b -> b.kind() == BodyKind.SERVICE || b.kind() == BodyKind.ORGANISATION).map(BodyMention::name)
                .collect(Collectors.toSet());
    }

    @Test
    void aCommaWithNoAndToComeEndsAName() {
        List<BodyMention> found = read("Prior to the making of a Care Order, Intake Team social workers visit the family. "
                + "The Audit, Quality and Standards Service supports them.");
        Set<String> services = names(found, BodyKind.SERVICE);
        assertTrue(services.contains("Intake Team"), services.toString());
        assertTrue(services.contains("Audit, Quality and Standards Service"), services.toString());
        assertFalse(services.stream().anyMatch(s -> s.startsWith("Care Order")), services.toString());
    }

    @Test
    void wordsAfterAHeadCanMakeItAModifier() {
        List<BodyMention> found = read("Providers meet the Early Years Foundation Stage. The Westby Families Partnership (WFP) Programme "
                + "is a national initiative. The WFP aims to keep children at home. The Eastby Pupil Unit funding was claimed.");
        assertTrue(all(found).isEmpty(), found.toString());
    }

    @Test
    void aQuotedTermAndAPluralPossessiveAreReadAsPrinted() {
        Set<String> orgs = names(read("They are ‘Relevant Partners’ of Road Safety Partnerships in the county. "
                + "The adviser is a member of the Fenland Panel Reviewers’ Forum, which shares practice."), BodyKind.ORGANISATION);
        assertTrue(orgs.contains("Road Safety Partnerships"), orgs.toString());
        assertTrue(orgs.contains("Fenland Panel Reviewers’ Forum"), orgs.toString());
    }

    @Test
    void oneUnitOfClassWordsIsTheCouncilsButAKindIsNot() {
        List<BodyMention> found = read("Mr Grey highlighted the challenges within the Place Directorate. Appeals go to the Sensory "
                + "Support Service.\nElectoral Division: All\nThe county is responsible for a Local Authority Lettings Service and "
                + "there are three Youth Offending teams. The work is done with the Police, Probation Service, Health and Education Services.");
        Set<String> services = names(found, BodyKind.SERVICE);
        assertEquals(Set.of("Place Directorate", "Sensory Support Service"), services, found.toString());
        assertTrue(all(read("• Enhanced Support Services: plans for new groups. The guidance encourages Foster Services to act.")).isEmpty());
    }

    @Test
    void bodiesNamedHeadFirstAreOutsideBodies() {
        List<BodyMention> found = read("Northbury and the Department of Westmarch hosted a workshop. Guidance was published by the "
                + "Department of Education (DfE) in May 2016. She studied at the University of Eastby.");
        Set<String> orgs = names(found, BodyKind.ORGANISATION);
        assertTrue(orgs.containsAll(Set.of("Department of Westmarch", "Department for Education", "University of Eastby")), orgs.toString());
    }

    @Test
    void unitsListedBeforeTheirSharedHeadAreUnitsOfTheirOwn() {
        List<BodyMention> found = read("Members called in the Future of Services at Seashore and Millbrook Family Hubs. Mr Lane praised "
                + "NCC’s Building Control and Registration teams. Families could make a referral through the Council’s Access Point. "
                + "The Council’s Constitution sets out the rules.");
        Set<String> services = names(found, BodyKind.SERVICE);
        assertTrue(services.containsAll(Set.of("Seashore Family Hub", "Millbrook Family Hub", "Building Control", "Registration",
                "Access Point")), services.toString());
        assertFalse(services.contains("Constitution"), services.toString());
    }

    @Test
    void theSentenceSaysWhichNamesWithoutAHeadAreBodies() {
        Set<String> orgs = names(read("The council signed a contract with Westby Recycling, a company based in Eastby. The guide was "
                + "written through the collaboration of Northbury Grandparents, the charity Dads Together, and local schools. We work with a "
                + "local charity called ‘Knit Club’. Additionally, the Tree Planting Day was a success."), BodyKind.ORGANISATION);
        assertTrue(orgs.containsAll(Set.of("Westby Recycling", "Northbury Grandparents", "Dads Together", "Knit Club")), orgs.toString());
        // a list that calls one member a charity is a list of bodies, common words or not
        assertTrue(names(read("It was written through the collaboration of Northbury Grandparents, the charity Dads Together, and "
                + "Young Carers. The work went on."), BodyKind.ORGANISATION).contains("Young Carers"));
        // a partner called by the initials of one of the council's own units is that unit
        List<BodyMention> own = read("The move from the Place Directorate to the Adult Care and Health Directorate was agreed. Children will "
                + "continue to receive services in collaboration with ACH. It ended.");
        assertTrue(names(own, BodyKind.ORGANISATION).isEmpty(), own.toString());
        // a bracket naming the council's own unit says which unit a name is
        List<BodyMention> alias = read("The report notes the work of the Fostering Agency (Northbury County Council Fostering Service). It ended.");
        assertEquals(Set.of("Fostering Service"), names(alias, BodyKind.SERVICE), alias.toString());
        assertFalse(orgs.contains("Additionally"), orgs.toString());
    }

    @Test
    void aUnitNamedAfterAPostOrAfterATitlesCommaIsAUnit() {
        String text = "The Independent Reviewing Officer Service has grown. Appeals were handled by Heads of Service, "
                + "Sensory Support Service, and the Transport Manager.";
        Set<String> services = names(Bodies.find(text, COUNCIL, List.of(), Posts.find(text), List.of()), BodyKind.SERVICE);
        assertTrue(services.contains("Independent Reviewing Officer Service"), services.toString());
        assertTrue(services.contains("Sensory Support Service"), services.toString());
    }

    @Test
    void theHomeCouncilIsReadWholeWhateverComesBefore() {
        List<BodyMention> found = read("Should Northbury County Council be accepted into the programme, it could act. "
                + "Watch Council meetings here. The work near Westby Court Farm went on; the High Court heard the case.");
        assertEquals(Set.of("High Court"), all(found), found.toString());
        assertTrue(found.stream().anyMatch(b -> b.kind() == BodyKind.COUNCIL && b.name().equals(COUNCIL)), found.toString());
    }

    @Test
    void theCellsUnderARowOfPostsAreUnits() throws Exception {
        String text;
        try (var in = BodiesTest.class.getResourceAsStream("/fixtures/structure-chart.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> services = names(Bodies.find(text, COUNCIL, List.of(), Posts.find(text), List.of()), BodyKind.SERVICE);
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
    void partnersCentresAndPartnershipsOfTheCouncilsServices() {
        List<BodyMention> found = read("Theatre partnership with Lantern and Westby City Virtual School began. Westby City Council agreed. "
                + "The day was supported by the Planet Centre and the Family Support Centre. The Quality Standards Partnership, "
                + "the Quality Standards Service and the Youth sport trust met. The WAL Management Board will meet.");
        Set<String> orgs = names(found, BodyKind.ORGANISATION);
        Set<String> services = names(found, BodyKind.SERVICE);
        assertTrue(orgs.containsAll(Set.of("Lantern", "Planet Centre", "WAL Management Board")), orgs.toString());
        assertTrue(services.containsAll(Set.of("Family Support Centre", "Quality Standards Partnership", "Quality Standards Service")),
                services.toString());
        assertTrue(found.stream().anyMatch(b -> b.name().equals("Youth Sport Trust") && b.printed().equals("Youth sport trust")), found.toString());
    }

    @Test
    void theHeadingUnderAHeadOfServiceNamesTheService() {
        String text = "The service went on as before.\n\nHead of Service: Family Support and Youth Justice\n\n\nFamily Support\n\n"
                + "47. Family Support aims to help families early.\n\nHead of Service Housing Options\n\nHousing Options\n\n"
                + "48. This service area has oversight of lettings.\n";
        Set<String> services = names(read(text), BodyKind.SERVICE);
        assertEquals(Set.of("Family Support", "Housing Options"), services);
    }

    @Test
    void partnersNamedInCommonWordsAndBodiesLedByPeople() {
        List<BodyMention> found = read("The fair was organised by Grow Together, and Grow Together ran the tent where families grow in confidence together. "
                + "Kite Street Arts, headed up by Nia and Joe, led two workshops. The Project, led by Sam, ended. "
                + "The day was organised by Play Street, where children play in the street.");
        Set<String> orgs = names(found, BodyKind.ORGANISATION);
        // printed twice and never as a phrase in lower case: a name, though every word is common
        assertTrue(orgs.containsAll(Set.of("Grow Together", "Kite Street Arts")), orgs.toString());
        // printed once: common words after a partner cue are not enough
        assertFalse(orgs.contains("Play Street"), orgs.toString());
        assertFalse(orgs.contains("Project"), orgs.toString());
    }

    @Test
    void aPluralAcronymOrALegalFormAloneIsNoBody() {
        Set<String> orgs = names(read("The guidance developed in partnership with MATs has gone out. Working relationships with CIC "
                + "and Permanence teams are stronger. Westby Makers CIC joined."), BodyKind.ORGANISATION);
        assertFalse(orgs.contains("MATs"), orgs.toString());
        assertFalse(orgs.contains("CIC"), orgs.toString());
        assertTrue(orgs.contains("Westby Makers CIC"), orgs.toString());
    }

    @Test
    void aFirmNamedForWhatItDoesAndConsultancy() {
        Set<String> orgs = names(read("The project will be led by Westby Design and Consultancy in the spring. "
                + "The Survey, Options Appraisal and Scheme were agreed."), BodyKind.ORGANISATION);
        assertEquals(Set.of("Westby Design and Consultancy"), orgs);
    }

    @Test
    void aModelsAcronymDefinedAsSomethingAndPartiesToAnAgreement() {
        String text = "The young people love WYPAC. WYPAC (Westby Young People After Care) is a monthly social meet up. "
                + "PPB (Pupil Premium Bonus) allocations have been made; PPB is paid termly. "
                + "Service level agreements are in place with HMRC, health services, and Harbour Controls to support checks.";
        List<Nlp.Entity> model = ModelReading.entities(text, "ORGANIZATION", "WYPAC", "PPB", "Harbour Controls");
        Set<String> orgs = names(Bodies.find(text, COUNCIL, List.of(), Posts.find(text), model), BodyKind.ORGANISATION);
        assertTrue(orgs.containsAll(Set.of("WYPAC", "Harbour Controls")), orgs.toString());
        assertFalse(orgs.contains("PPB"), orgs.toString()); // defined, but never said to be anything
    }

    @Test
    void aDescriptionBeforeABodysNameIsNoName() {
        Set<String> orgs = names(read("We met the Peer Adoption Support group LAFS. The Westby Carers group meets monthly."), BodyKind.ORGANISATION);
        assertFalse(orgs.contains("Peer Adoption Support group"), orgs.toString());
        assertTrue(orgs.contains("Westby Carers group"), orgs.toString());
    }

    @Test
    void hubsNamedInLowerCaseAreOutsideBodies() {
        Set<String> orgs = names(read("Events enhanced the Westby and Eastby growth hub's core functions. Carers use the STAR training hub. "
                + "The Fostering Service training team met."), BodyKind.ORGANISATION);
        assertEquals(Set.of("Westby and Eastby growth hub", "STAR training hub"), orgs);
    }

    @Test
    void theModelsOrganisationStandsWhereTheSentenceSaysWhatItIs() {
        String text = "The council appointed Fenwick Marlow Studio to design the scheme. Fenwick Marlow Studio met officers. "
                + "Later, Oakridge Marlow Hill met residents.";
        List<Nlp.Entity> model = ModelReading.entities(text, "ORGANIZATION", "Fenwick Marlow Studio", "Oakridge Marlow Hill");
        Set<String> orgs = names(Bodies.find(text, COUNCIL, List.of(), Posts.find(text), model), BodyKind.ORGANISATION);
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

    @Test
    void noBeginsANameAfterAnOwnerOrTheAndASentenceOtherwise() {
        Set<String> services = names(read("Northbury County Council’s No Use Empty scheme grew. No Fostering Service staff left. "
                + "The No Wrong Door service helps."), BodyKind.SERVICE);
        assertTrue(services.containsAll(Set.of("No Use Empty scheme", "Fostering Service", "No Wrong Door service")), services.toString());
        assertFalse(services.contains("No Fostering Service"), services.toString());
    }
}
