package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.councilgraph.Corpus;
import org.councilgraph.load.Loader;
import org.councilgraph.segment.Layout.Attendee;
import org.councilgraph.segment.Layout.Status;
import org.junit.jupiter.api.Test;

/**
 * Attendance as the wild papers print it (../shared/corpus/wild, skipped when absent), read the way a
 * meeting section reads it but over the whole paper, so that these tests hold whatever the meeting
 * headings find: a grid of names and initials in a box the page's text reads last, a members' table
 * with roles and a public list, a clerk named after the title, Welsh and English lists.
 */
class WildAttendanceIT {
    private static List<Attendee> read(String paper) throws Exception {
        String text = Loader.load(Corpus.corpus("wild/" + paper)).text();
        Lines lines = new Lines(text);
        List<Attendee> out = new java.util.ArrayList<>(AttendanceLists.lists(lines, 0, text.length()));
        List<Attendee> more = new java.util.ArrayList<>(AttendanceLists.late(lines, 0, text.length()));
        more.addAll(AttendanceLists.sentences(text, 0, text.length()));
        for (Attendee a : more) {
            if (AttendanceLists.notListed(out, a)) {
                out.add(a); // as a meeting section reads them: each name once
            }
        }
        return out;
    }

    private static Map<String, Status> byName(List<Attendee> a) {
        return a.stream().collect(Collectors.toMap(Attendee::name, Attendee::status, (x, y) -> x));
    }

    @Test
    void aGridOfNamesAndInitialsInALateBox() throws Exception {
        Map<String, Status> a = byName(read("ayton-cc/minutes_2012-03-06.pdf"));
        for (String n : List.of("Rob Weatherston", "Norman Robertson", "Dick Noble", "Rob Boyd", "Graham Dolan", "Ian Logan",
                "John Slater", "Paul Priestman", "Michael Cook")) {
            assertEquals(Status.PRESENT, a.get(n), n + " in " + a);
        }
        assertEquals(Status.APOLOGIES, a.get("Raymond Allan"), a.toString());
        assertEquals(Status.IN_ATTENDANCE, a.get("Ken Webb"), "attended the meeting: " + a);
    }

    @Test
    void aMembersTableWithRolesAndAPublicList() throws Exception {
        List<Attendee> list = read("garelochhead-cc/minutes_2017-10-24.pdf");
        Map<String, Status> a = byName(list);
        assertEquals(Status.PRESENT, a.get("Laura Jane Alexander"), a.toString());
        assertEquals(Status.IN_ATTENDANCE, a.get("Constable Gary Davidson"), a.toString());
        assertEquals(Status.APOLOGIES, a.get("Jackie Baillie"), a.toString());
        assertEquals(Status.IN_ATTENDANCE, a.get("Kathy Blakley"), "under Public: " + a);
        assertEquals(27, list.stream().filter(x -> x.status() != Status.MEMBER).count(), list.toString());
    }

    @Test
    void aClerkAfterTheTitleIsNoCouncillor() throws Exception {
        List<Attendee> list = read("milburn-pc/minutes_2016-03-01.pdf");
        Attendee clerk = list.stream().filter(x -> x.name().contains("Connelly")).findFirst().orElseThrow();
        assertEquals("J Connelly", clerk.name());
        assertEquals("Clerk", clerk.role().orElseThrow());
        assertEquals(Status.APOLOGIES, byName(list).get("Councillor M Armstrong"), list.toString());
    }

    @Test
    void welshAndEnglishVersionsGiveTheSameLists() throws Exception {
        List<Attendee> en = read("manordeilo-salem-cc/minutes_2016-05-11_en.pdf");
        List<Attendee> cy = read("manordeilo-salem-cc/minutes_2016-05-11_cy.pdf");
        for (List<Attendee> a : List.of(en, cy)) {
            Map<String, Status> m = byName(a);
            assertEquals(Status.PRESENT, m.get("Councillor Gwenfil Evans"), a.toString());
            assertEquals(Status.APOLOGIES, m.get("Councillor Doris Jones"), a.toString());
            assertTrue(a.stream().noneMatch(x -> x.role().orElse("").contains("Councillor Joseph")), a.toString());
        }
    }
}
