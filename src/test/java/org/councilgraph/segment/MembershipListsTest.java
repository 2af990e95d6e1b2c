package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.councilgraph.load.Loader;
import org.councilgraph.segment.Layout.Attendee;
import org.junit.jupiter.api.Test;

class MembershipListsTest {
    @Test
    void committeeMembershipTableOutsideAnyMeeting() throws Exception {
        String text = AttendanceListsTest.fixture("committee-details.txt");
        Layout layout = Segmenter.segment(Loader.load("committee-details.txt", text.getBytes(StandardCharsets.UTF_8)));
        List<MembershipLists.Listing> lists = layout.membershipListings();
        assertEquals(1, lists.size(), lists.toString());
        MembershipLists.Listing l = lists.get(0);
        assertEquals("Westbay Joint Transport Committee", l.committee());
        List<Attendee> m = l.members();
        assertEquals(5, m.size(), m.toString());
        assertEquals("Chair", m.get(0).role().orElseThrow(), "the role in its own cell");
        assertEquals("Mayor Helen Ashdown", m.get(0).name());
        assertEquals("Cllr Kieran Boyd", m.get(1).name(), "the council in the next cell is not part of the name");
        assertEquals("Non-Voting Member", m.get(3).role().orElseThrow());
        assertEquals("Reserve members", m.get(4).group().orElseThrow());
    }

    @Test
    void theLayoutCarriesWhatLaterStagesReadOfIt() throws Exception {
        Layout layout = Segmenter.segment(Loader.load("committee-details.txt",
                AttendanceListsTest.fixture("committee-details.txt").getBytes(StandardCharsets.UTF_8)));
        assertEquals(MembershipLists.find(layout), layout.membershipListings(), "read once, by the segmenter");
        Layout minutes = Fixtures.layout("westbrook-cabinet-minutes.txt");
        assertEquals(java.util.Optional.of(minutes.meetings().get(0).date()), minutes.mainDate());
    }
}
