package org.councilgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.councilgraph.text.Lexicon;
import org.junit.jupiter.api.Test;

/** The body grammar's tables: headed, well formed, and read into the grammar. */
class BodyWordsTest {
    private static final List<String> TABLES = List.of("body-heads.tsv", "sentence-starts.tsv", "document-words.tsv", "front-words.tsv",
            "title-ends.tsv", "place-words.tsv", "activity-words.tsv", "plan-words.tsv", "number-words.tsv", "common-possessors.tsv",
            "generic-words.tsv", "outside-marks.tsv", "council-schools.tsv", "committee-words.tsv", "parliament-words.tsv",
            "school-types.tsv", "not-unit-words.tsv", "staff-title-ends.tsv", "activity-cell-words.tsv", "body-nouns.tsv", "month-forms.tsv",
            "model-cues.tsv", "naming-nouns.tsv", "partner-cues.tsv", "head-qualifiers.tsv", "name-linkers.tsv", "inner-capitals.tsv",
            "verbs-before-names.tsv", "home-council-words.tsv");
    private static final Set<String> TAGS = Set.of("lower", "first", "one", "own", "cell", "owned", "ownable", "described", "staffed",
            "school", "schools", "committee", "meeting");

    @Test
    void everyTableSaysWhatItHoldsAndWhereItsEntriesComeFrom() {
        for (String t : TABLES) {
            Lexicon l = Lexicon.of(t);
            assertFalse(l.rows().isEmpty(), t);
            assertTrue(l.header().size() >= 2, t + " has no header");
            assertTrue(String.join(" ", l.header()).contains("general knowledge of English council papers"), t + " names no source");
        }
    }

    @Test
    void everyHeadHasAKindAndKnownTags() {
        for (List<String> row : Lexicon.of("body-heads.tsv").rows()) {
            assertTrue(Set.of("service", "organisation", "-").contains(Lexicon.cell(row, 1)), row.toString());
            for (String tag : Lexicon.cell(row, 2).split(" ")) {
                assertTrue(tag.isEmpty() || TAGS.contains(tag), "unknown tag " + tag + " in " + row);
            }
        }
        assertTrue(BodyWords.SERVICE_HEADS.contains("team") && BodyWords.ORG_HEADS.contains("trust"));
        assertFalse(BodyWords.SERVICE_HEADS.contains("nurseries") || BodyWords.ORG_HEADS.contains("nurseries"));
        assertEquals(Set.of("Directorate", "Division", "Department", "Service", "Team", "Unit", "Hub", "Centre"), BodyWords.ONE_UNIT);
    }

    @Test
    void theClassNamesAreReadWholeAndCaseBlind() {
        assertTrue(BodyWords.GENERIC.matcher("the Local Authority").matches());
        assertTrue(BodyWords.GENERIC.matcher("Children's Services").matches());
        assertFalse(BodyWords.GENERIC.matcher("Westby Fostering Service").matches());
        assertTrue(BodyWords.WEAK_GENERIC.matcher("Polling Ward Team").matches());
        assertFalse(BodyWords.WEAK_GENERIC.matcher("Youth Service").matches());
    }

    @Test
    void aRunOfNameWordsOnOneVeryLongLineIsReadWithoutRecursion() {
        // a run's repetition matched by recursion overflowed the stack on a line of some hundred thousand words
        String line = "Westby Team and the Eastby ".repeat(40_000);
        var m = BodyRuns.RUN.matcher(line);
        assertTrue(m.find());
        assertEquals(line.stripTrailing().length(), m.end());
    }
}
