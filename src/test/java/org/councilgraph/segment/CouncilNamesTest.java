package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CouncilNamesTest {
    @Test
    void theLetterheadOutweighsAPartnerNamedOftenInTheBody() {
        String body = "Our partners at Eastmere Council agreed. ".repeat(20);
        assertEquals(Optional.of("Westbrook County Council"),
                CouncilNames.find(Fixtures.text("WESTBROOK COUNTY COUNCIL\n\nCABINET\n\n" + body)));
    }

    @Test
    void aNameDoesNotRunAcrossALineBreak() {
        Optional<String> c = CouncilNames.find(Fixtures.text("Ask for: Jo Little\nCouncil Chamber, Civic Centre\nEmail: jo.little@northvale.gov.uk"));
        assertEquals(Optional.of("domain:northvale.gov.uk"), c);
    }

    @Test
    void aCouncilNamedInPassingYieldsToTheDomainOfThePapersOfficers() {
        String text = "By: Jo Reed, Research Officer\n\nDiffering accounts of engagement with Eastmere Borough Council were heard.\n\n"
                + "Contact: jo.reed@westbrook.gov.uk\n";
        assertEquals(Optional.of("domain:westbrook.gov.uk"), CouncilNames.find(Fixtures.text(text)));
    }

    @Test
    void theDomainConfirmsTheCouncilItNames() {
        assertEquals(true, CouncilNames.domainMatches("westbrook.gov.uk", "Westbrook District Council"));
        assertEquals(false, CouncilNames.domainMatches("westbrook.gov.uk", "Eastmere Borough Council"));
    }
}
