package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.councilgraph.segment.Layout.Attendee;
import org.councilgraph.segment.Layout.Status;
import org.junit.jupiter.api.Test;

class AttendanceListsTest {
    static String fixture(String name) throws IOException {
        try (InputStream in = AttendanceListsTest.class.getResourceAsStream("/people/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Attendee> lists(String text) {
        return AttendanceLists.lists(new Lines(text), 0, text.length());
    }

    private static Attendee find(List<Attendee> list, String name) {
        return list.stream().filter(a -> a.name().contains(name)).findFirst().orElseThrow(() -> new AssertionError(name + " not in " + list));
    }

    @Test
    void oneNameALineWithRolesAfterDashes() throws IOException {
        List<Attendee> a = lists(fixture("minutes-one-per-line.txt"));
        assertEquals(Status.PRESENT, find(a, "Tallis").status());
        assertEquals("in the Chair", find(a, "Tallis").role().orElseThrow());
        assertEquals(Status.PRESENT, find(a, "Page").status(), "Mr. D. Page CC, an ordinary word for a surname");
        assertEquals(Status.PRESENT, find(a, "Ferris").status(), "the list goes on over blank lines");
        assertEquals(Status.IN_ATTENDANCE, find(a, "Halloran").status());
        assertEquals("Lead Member for Highways and Transport", find(a, "Halloran").role().orElseThrow());
        assertEquals("Diocese of Ashby Representative", find(a, "Marlowe").role().orElseThrow(), "(online) is no role");
        assertEquals(8, a.size(), a.toString());
    }

    @Test
    void runningTextListsWithRolesInBrackets() throws IOException {
        List<Attendee> a = lists(fixture("minutes-running-text.txt"));
        assertEquals("Chairman", find(a, "Whitlock").role().orElseThrow());
        assertEquals(Status.PRESENT, find(a, "Kettle").status(), "a post-nominal after a comma is not a name");
        assertEquals(Status.PRESENT, find(a, "Oldroyd").status());
        assertEquals("Corporate Director Adults, Health and Housing", find(a, "Sanderson").role().orElseThrow());
        assertEquals("Acting Chief Accountant", find(a, "Varley").role().orElseThrow(), "a surname alone in a list");
        assertEquals(Status.IN_ATTENDANCE, find(a, "Yarrow").status(), "IN ATTENDANCE VIRTUALLY");
        assertTrue(a.stream().noneMatch(x -> x.name().toUpperCase().contains("ITEMS")), a.toString());
    }

    @Test
    void pluralHonorificBeforeAListAndCommasInsideBrackets() throws IOException {
        List<Attendee> a = lists(fixture("minutes-members-present.txt"));
        assertEquals(7, a.size(), a.toString());
        assertEquals("Councillor Hana Osei", find(a, "Osei").name());
        assertEquals("Chair", find(a, "Osei").role().orElseThrow());
        assertEquals("Vice-Chair", find(a, "Pryce").role().orElseThrow());
        assertEquals("Councillor Ellis Underhill", find(a, "Underhill").name());
    }

    @Test
    void sentencesOfApologiesSubstitutesAndWhatMembersDid() throws IOException {
        String text = fixture("minutes-members-present.txt") + fixture("minutes-no-list.txt");
        List<Attendee> s = AttendanceLists.sentences(text, 0, text.length());
        assertEquals(Status.APOLOGIES, find(s, "Vickers").status());
        assertEquals(Status.SUBSTITUTE, find(s, "Underhill").status());
        assertEquals(Status.APOLOGIES, find(s, "Noor Ahmed").status());
        assertEquals(Status.APOLOGIES, find(s, "Sean Carr").status(), "the last of a plural list");
        assertEquals(Status.PRESENT, find(s, "Fenwick").status(), "seconded");
        assertEquals(AttendanceLists.INFERRED, find(s, "Fenwick").group().orElseThrow());
        assertEquals(Status.IN_ATTENDANCE, find(s, "Evans").status(), "spoke under a procedural rule");
    }

    @Test
    void reportedApologiesAndAChairElected() {
        String text = "The Democratic Services Manager reported apologies from Mr Ashe, Mr\nBurton and Miss Cole.\n\n"
                + "RESOLVED that Mr Dancey be elected to Chair the meeting.\n";
        List<Attendee> s = AttendanceLists.sentences(text, 0, text.length());
        assertEquals(Status.APOLOGIES, find(s, "Burton").status());
        assertEquals(Status.APOLOGIES, find(s, "Cole").status());
        assertEquals("Chair", find(s, "Dancey").role().orElseThrow());
    }
}
