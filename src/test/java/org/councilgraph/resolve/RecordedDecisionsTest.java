package org.councilgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.councilgraph.resolve.Resolved.Resolution;
import org.junit.jupiter.api.Test;

/** A record of decisions gives resolutions under no item, of the meeting that took them when it names one. */
class RecordedDecisionsTest {
    private static final String CABINET_RECORD = """
                                                            WESTBY
                                                            COUNCIL

                                  Record of Decision

                 Westby Parks Strategy 2025-2035

            Decision Taker

            Cabinet on 11 March 2025.

            Decision

            (i)     that the Westby Parks Strategy 2025-2035 be adopted;

            (ii)    that the Director of Place be given delegated authority to bid for funding
                    for the priority parks; and

            (iii)   that progress be reported to the Overview and Scrutiny Board in March 2026.

            Reason for the Decision

            To give the parks a long term plan.
            """;

    @Test
    void eachPointIsAResolutionOfTheDecisionTakersMeetingWithNoItem() throws Exception {
        Resolved r = Analysed.text("record.txt", CABINET_RECORD);
        List<Resolution> res = r.resolutions();
        assertEquals(List.of("that the Westby Parks Strategy 2025-2035 be adopted",
                "that the Director of Place be given delegated authority to bid for funding for the priority parks",
                "that progress be reported to the Overview and Scrutiny Board in March 2026."),
                res.stream().map(Resolution::text).toList());
        String cabinet = r.meetings().stream().filter(m -> m.date().equals(LocalDate.of(2025, 3, 11))).findFirst().orElseThrow().iri();
        for (Resolution x : res) {
            assertNull(x.item(), x.toString());
            assertEquals(cabinet, x.meeting());
        }
        assertEquals(3, res.stream().map(Resolution::iri).distinct().count());
        assertTrue(res.get(0).iri().contains("/record/record-txt/"), res.get(0).iri());
    }
}
