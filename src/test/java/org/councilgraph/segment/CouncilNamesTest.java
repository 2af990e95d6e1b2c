package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.councilgraph.load.Paper;
import org.junit.jupiter.api.Test;

class CouncilNamesTest {
    private static Optional<CouncilRef> council(String text) {
        return CouncilNames.find(new Paper("test.txt", "text/plain", text, List.of(), "0", Optional.empty()));
    }

    private static List<String> names(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = CouncilNames.COUNCIL.matcher(text);
        while (m.find()) {
            String n = CouncilNames.normalise(m.group());
            if (CouncilNames.isCouncil(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** The names the grammar reads scanning all of {@code text}, with where each begins. */
    private static List<String> scanned(String text, int to) {
        List<String> out = new ArrayList<>();
        Matcher m = CouncilNames.COUNCIL.matcher(text).region(0, to);
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    @Test
    void theScanAroundCouncilWordsFindsWhatAScanOfTheWholeTextFinds() {
        String filler = "The Committee noted the report of the Director and the City Hall works; the Authority's budget. ".repeat(12);
        String text = filler + "Northby County Council and the West of Westby Combined Authority wrote to the Royal Borough of "
                + "Fernby-upon-Marsh.\n" + filler + "CITY OF EASTBY COUNCIL\nNORTH WESTBY DISTRICT COUNCIL\n" + filler
                + "Northby Council Chamber, Westby Borough Council, the City of Fernby, Isle of Eastby Council" + filler
                + "London Borough of Northby";
        for (int to : new int[] {text.length(), 1500, text.indexOf("Westby Borough") + 9}) {
            List<String> windowed = CouncilNames.councilMatches(text, to).stream().map(m -> m.start() + ":" + m.group()).toList();
            assertEquals(scanned(text, to), windowed, "up to " + to);
        }
        assertTrue(scanned(text, text.length()).size() >= 6, "the text names councils enough to test the scan");
    }

    @Test
    void readsWholeNamesOfUnitaryAndJoinedCouncils() {
        assertEquals(List.of("Eastby & North West Marsh Council", "South Northby Council", "Westby City Council"),
                names("The Leaders of Eastby & North West Marsh Council, South Northby Council and Westby City Council met."));
        assertEquals(List.of("Isle of Fernby Council", "West of Northby Combined Authority"),
                names("Isle of Fernby Council joined the West of Northby Combined Authority."));
        assertEquals(List.of("Northby County Council"), names("The Leader of Northby County Council said so."));
    }

    @Test
    void wordsBeforeCouncilThatAreNoPlaceMakeNoCouncil() {
        assertTrue(names("Watch Council meetings here").isEmpty());
        assertTrue(names("Committees\nCouncil\nStrategic Committees").isEmpty());
        assertTrue(names("Ask for: Jo Little\nCouncil Chamber, Sessions House").isEmpty());
        assertTrue(names("the Youth Council and the Northby Youth County Council").isEmpty());
        assertFalse(CouncilNames.isCouncil("Full Council"));
    }

    @Test
    void aMastheadOutweighsMentionsOfAnotherCouncil() {
        String text = "NORTHBY COUNTY COUNCIL\n\nCOUNTY COUNCIL\n\nMINUTES of a meeting held on 9 January 2025.\n"
                + "Fernby Council and Northby agreed. Fernby Council asked. Fernby Council said. Fernby Council replied.\n".repeat(3);
        assertEquals(Optional.of(new CouncilRef.Named("Northby County Council")), council(text));
    }

    @Test
    void aPaperNamingNoCouncilIsTheCouncilOfItsDomainAndKind() {
        String text = "From: A Person, Cabinet Member\nTo: Cabinet\n\nAt NCC any two members may call in a decision. "
                + "The report was agreed by the County Council. Engagement with Fernby Borough Council was noted.\n"
                + "Contact: a.person@northby.gov.uk\n";
        assertEquals(Optional.of(new CouncilRef.Named("Northby County Council")), council(text));
        // without its kind or initials the paper is known only by the domain of its addresses
        assertEquals(Optional.of(new CouncilRef.ByMailDomain("northby.gov.uk")), council("Contact: a.person@northby.gov.uk\nThe Council agreed.\n"));
    }

    @Test
    void initialsAndKindNameTheCouncilOfAPaperWithoutAddresses() {
        String text = "To: County Council\n\nThe County Council is asked to endorse joint work between NCC and Fernby Council. "
                + "NCC and Fernby Council will write to Ministers. NCC will lead for Northby. Northby and Fernby. In Northby.\n"
                + "Fernby Council agreed. Fernby Council noted.\n";
        assertEquals(Optional.of(new CouncilRef.Named("Northby County Council")), council(text));
    }

    // kept from the layout engineer's tests of the same class
    @Test
    void theLetterheadOutweighsAPartnerNamedOftenInTheBody() {
        String body = "Our partners at Eastmere Council agreed. ".repeat(20);
        assertEquals(Optional.of(new CouncilRef.Named("Westbrook County Council")),
                CouncilNames.find(Fixtures.text("WESTBROOK COUNTY COUNCIL\n\nCABINET\n\n" + body)));
    }

    @Test
    void aNameDoesNotRunAcrossALineBreak() {
        Optional<CouncilRef> c = CouncilNames.find(Fixtures.text("Ask for: Jo Little\nCouncil Chamber, Civic Centre\nEmail: jo.little@northvale.gov.uk"));
        assertEquals(Optional.of(new CouncilRef.ByMailDomain("northvale.gov.uk")), c);
    }

    @Test
    void aCouncilNamedInPassingYieldsToTheDomainOfThePapersOfficers() {
        String text = "By: Jo Reed, Research Officer\n\nDiffering accounts of engagement with Eastmere Borough Council were heard.\n\n"
                + "Contact: jo.reed@westbrook.gov.uk\n";
        assertEquals(Optional.of(new CouncilRef.ByMailDomain("westbrook.gov.uk")), CouncilNames.find(Fixtures.text(text)));
    }
}
