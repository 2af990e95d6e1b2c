package org.councilgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.councilgraph.annotate.Annotations.Origin;
import org.councilgraph.annotate.Annotations.PersonMention;
import org.councilgraph.segment.StaffLayouts;
import org.junit.jupiter.api.Test;

/** Names one to a line, where the model reads some lines and not others; names of places. */
class NameListsTest {
    private static final String FORUM = "Public Forum Statements:\n\nStatements were received as follows:\n\n"
            + "01 Orla Penhallow\n"
            + "02 Ivo Marchbank, Westby Walking Group\n"
            + "03 Councillor Dilys Trevanion\n"
            + "04 Ruth Calloway\n"
            + "05 Dr Imelda R Fairweather\n"
            + "06 E J Quennell\n"
            + "07 Barnaby and Tamsin Olerenshaw\n"
            + "08 Hester Gowland\n\n"
            + "The Committee considered the report.\n";

    private static Map<String, Origin> people(String text, List<Nlp.Entity> model) {
        return People.find(text, model, Posts.find(text), StaffLayouts.read(text)).stream()
                .collect(Collectors.toMap(p -> p.name().fullName(), PersonMention::origin, (a, b) -> a));
    }

    @Test
    void aListMostlyReadIsReadWhole() {
        // the model, reading names without context, finds four of the eight lines
        List<Nlp.Entity> model = ModelReading.entities(FORUM, "PERSON", "Orla Penhallow", "Ivo Marchbank", "Tamsin Olerenshaw", "Hester Gowland");
        Map<String, Origin> p = people(FORUM, model);
        assertEquals(Origin.ROLL, p.get("Ruth Calloway"), p.toString());
        assertEquals(Origin.ROLL, p.get("E J Quennell"), p.toString());
        assertEquals(Origin.ROLL, p.get("Barnaby Olerenshaw"), p.toString());
        assertEquals(Origin.NER, p.get("Tamsin Olerenshaw"), p.toString());
        // a middle initial after the given name belongs to the name
        assertEquals(Origin.HONORIFIC, p.get("Imelda R Fairweather"), p.toString());
        assertEquals(Origin.HONORIFIC, p.get("Dilys Trevanion"), p.toString());
        assertEquals(9, p.size(), p.toString());
        // the affiliation after a comma is no part of the name
        assertTrue(p.containsKey("Ivo Marchbank"), p.toString());
    }

    @Test
    void aListTheModelMostlyMissedIsNoEvidence() {
        List<Nlp.Entity> model = ModelReading.entities(FORUM, "PERSON", "Orla Penhallow");
        Map<String, Origin> p = people(FORUM, model);
        assertFalse(p.containsKey("Ruth Calloway"), p.toString());
        assertFalse(p.containsKey("Hester Gowland"), p.toString());
    }

    @Test
    void linesOfTitlesOrPlacesAreNoNames() {
        String text = "Items:\n\n1 Ruth Calloway\n2 Orla Penhallow\n3 Cycling Hub\n4 Road Safety Team\n5 Ivo Marchbank\n";
        List<Nlp.Entity> model = ModelReading.entities(text, "PERSON", "Ruth Calloway", "Orla Penhallow", "Ivo Marchbank");
        Map<String, Origin> p = people(text, model);
        assertEquals(3, p.size(), p.toString());
    }

    @Test
    void aNameThePaperPutsAfterAPrepositionOfPlaceIsAPlaceEverywhere() {
        String text = "9 Westby Cycling Hub, Riverford Cotterell\n\n"
                + "The Committee considered the proposed hub in Riverford Cotterell. In Ruth Calloway's absence "
                + "Ivo Marchbank presented it.\n";
        List<Nlp.Entity> model = ModelReading.entities(text, "PERSON", "Riverford Cotterell", "Ruth Calloway", "Ivo Marchbank");
        Map<String, Origin> p = people(text, model);
        assertFalse(p.containsKey("Riverford Cotterell"), p.toString());
        assertTrue(p.containsKey("Ruth Calloway"), p.toString());
        assertTrue(p.containsKey("Ivo Marchbank"), p.toString());
    }

    /** A list set out in columns, the post in a column of its own: the name ends at the gap. */
    @Test
    void aNameEndsAtTheGapBeforeItsPostsColumn() {
        String text = "ATTENDEES\n\nMembers\nMayor Ann Westby (Chair)          Westby Mayor\n"
                + "Councillor Bob Northby          Leader, Northby Borough Council\n"
                + "Councillor Carl Riverford       Leader, Riverford Council\n"
                + "Councillor Dora Eastby          Leader, Eastby Borough Council\n";
        List<Nlp.Entity> model = ModelReading.entities(text, "PERSON", "Ann Westby", "Carl Riverford");
        Map<String, Origin> p = people(text, model);
        assertTrue(p.containsKey("Bob Northby") && p.containsKey("Dora Eastby"), p.toString());
        assertTrue(p.keySet().stream().noneMatch(n -> n.endsWith("Leader")), p.toString());
    }
}
