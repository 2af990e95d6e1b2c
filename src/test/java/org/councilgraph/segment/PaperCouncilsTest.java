package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.councilgraph.load.Paper;
import org.councilgraph.text.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A paper's council from its heading, the register's printed forms and its e-mail domains (paper-councils.tsv). */
class PaperCouncilsTest {
    static Stream<List<String>> rows() {
        return Lexicon.resource("/org/councilgraph/segment/paper-councils.tsv").rows().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theCouncilOfThePaper(List<String> row) {
        String text = row.get(0).replace("\\n", "\n");
        Optional<CouncilRef> found = CouncilNames.find(new Paper("test.txt", "text/plain", text, List.of(), "0", Optional.empty()));
        String got = found.map(c -> c instanceof CouncilRef.ByMailDomain d ? "domain " + d.domain() : c.label()).orElse("-");
        assertEquals(row.get(1), got, text);
    }

    @Test
    void aWebPageThatPrintsNoCouncilIsTheCouncilWhoseSiteItLinksTo() throws Exception {
        String page = "<html><head><title>Committee structure - Modern Council</title></head><body>"
                + "<a href=\"https://www.legislation.gov.uk/ukpga/1972/70\">Local Government Act 1972</a>"
                + "<a href=\"https://council.wealden.gov.uk/ieDocSearch.aspx\">Search documents</a>"
                + "<a href=\"http://council.wealden.gov.uk/mgCalendarMonthView.aspx\">Calendar</a>"
                + "<h1>Committee structure</h1><p>Westby Area Committee</p><p>Northby Licensing Panel</p></body></html>";
        Paper paper = org.councilgraph.load.Loader.load("structure.html", page.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of("council.wealden.gov.uk", "legislation.gov.uk"), paper.site().linkedCouncilHosts());
        assertEquals("Wealden District Council", CouncilNames.find(paper).map(CouncilRef::label).orElse("-"));
        Paper unlinked = org.councilgraph.load.Loader.load("structure.html", page.replaceAll("<a href=\"[^\"]*wealden[^\"]*\">", "<a>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("-", CouncilNames.find(unlinked).map(CouncilRef::label).orElse("-"), "a page linking to no council's site has none");
    }

    @Test
    void aPapersSiteHostedForACouncilIsThatCouncilsSite() throws Exception {
        // the register lists the papers site "easthants.moderngov.co.uk" for East Hampshire District Council
        String page = "<html><head><title>Agenda and minutes - Modern Council</title></head><body>"
                + "<link rel=\"stylesheet\" href=\"https://easthants.moderngov.co.uk/SiteSpecific/site.css\">"
                + "<a href=\"https://easthants.moderngov.co.uk/mgCalendarMonthView.aspx\">Calendar</a>"
                + "<h1>Agenda and minutes</h1><p>Westby Area Committee</p></body></html>";
        Paper paper = org.councilgraph.load.Loader.load("agenda.html", page.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of("easthants.moderngov.co.uk"), paper.site().linkedCouncilHosts());
        assertEquals("East Hampshire District Council", CouncilNames.find(paper).map(CouncilRef::label).orElse("-"));
        assertEquals("Carmarthenshire County Council", CouncilRegister.bySite("democracy.carmarthenshire.gov.wales").orElseThrow().name());
        // one site for two councils names neither
        assertTrue(CouncilRegister.bySite("baberghmidsuffolk.moderngov.co.uk").isEmpty());
    }

    @Test
    void theRegisterKnowsPrintedFormsAndGssCodes() {
        CouncilRegister.Entry e = CouncilRegister.byForm("LEICESTERSHIRE COUNTY COUNCIL").orElseThrow();
        assertEquals("Leicestershire County Council", e.name());
        assertEquals("E10000018", e.gss());
        assertEquals(e, CouncilRegister.within("Report of Jane Moore Leicestershire County Council").orElseThrow());
        assertTrue(CouncilRegister.byForm("Westby Parish Council").isEmpty());
        assertTrue(CouncilRegister.within("Leicestershire County Council Chamber").isEmpty());
    }

    @Test
    void aFormTwoCouncilsShareIsTheOneThatStillExists() {
        // the county council ended when the unitary council took its place: the bare place is the unitary's
        CouncilRegister.Entry place = CouncilRegister.byForm("North Yorkshire").orElseThrow();
        assertTrue(place.current(), place.toString());
        assertEquals("North Yorkshire County Council", CouncilRegister.byForm("North Yorkshire County Council").orElseThrow().name());
    }

    @Test
    void aHeadingLineAloneNamesAPrincipalCouncil() {
        assertEquals(Optional.of("Wigan Metropolitan Borough Council"), CouncilNames.mastheadLine("Borough of Wigan"));
        assertEquals(Optional.of("Northby County Council"), CouncilNames.mastheadLine("NORTHBY COUNTY COUNCIL"));
        assertFalse(CouncilNames.mastheadLine("Wigan").isPresent());
        assertFalse(CouncilNames.mastheadLine("The Council will meet on 2 May").isPresent());
    }
}
