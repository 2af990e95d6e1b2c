package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.councilgraph.segment.Layout.Attendee;
import org.councilgraph.segment.Layout.CommitteeSection;
import org.junit.jupiter.api.Test;

class CommitteePagesTest {
    @Test
    void aCommitteeDetailsPageGivesTheCommitteeAndItsMembersWithRoles() {
        Layout l = Fixtures.layout("committee-details.html");
        assertTrue(l.meetings().isEmpty());
        assertEquals(1, l.committees().size());
        CommitteeSection c = l.committees().get(0);
        assertEquals("Licensing and Regulatory Committee", c.name());
        assertEquals(List.of("Councillor Ruth Ellery", "Councillor Dev Sandhu", "Councillor Paula Greaves", "Cllr Omar Haddad", "Cllr Bea Lund"),
                c.membership().stream().map(Attendee::name).toList());
        assertEquals(Optional.of("Chair"), c.membership().get(0).role());
        assertEquals(Optional.of("Reserve members"), c.membership().get(4).group());
    }

    @Test
    void aPageListingCommitteesGivesEachOne() {
        Layout l = Segmenter.segment(Fixtures.text("Committee structure\n\nStrategic Committees\nPlace Committee\nPeople Committee\n"
                + "Regulatory\nLicensing Committee\nLicensing Sub-Committee\nPlanning Committee\nOther meetings\nSchools Forum\n"));
        // "Strategic Committees" heads a group and is no committee
        assertEquals(List.of("Place Committee", "People Committee", "Licensing Committee", "Licensing Sub-Committee",
                "Planning Committee", "Schools Forum"), l.committees().stream().map(CommitteeSection::name).toList());
    }
}
