package org.councilgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A title printed with the outside body it is held in ("Chief Executive, Northby Hospice Trust", "Director of Nursing of
 * the Westby Hospitals NHS Trust") is that body's post: its label the title alone, {@code org:postIn} the body.
 */
class OutsidePostsTest {
    private static final String MINUTES = """
            WESTBY BOROUGH COUNCIL

            Minutes of a meeting of the Health Scrutiny Committee held on 3 March 2025 at 6.30 pm

            Present: Councillors Ann Westby (Chair), Bob Northby and Cara Riverford

            Also in attendance: Dan Eastby (Director of Housing), Eve Upton (Chief Executive, Northby Hospice Trust)

            1.   Hospital Discharge

                 Fay Southby, Director of Nursing of the Westby Hospitals NHS Trust, presented the report on discharge
                 from hospital. The Northby Hospice Trust and the Westby Hospitals NHS Trust had agreed a joint plan.
                 The Chief Executive answered questions on the plan.

                 RESOLVED that the report be noted.
            """;

    @Test
    void aTitleEndingInAnOutsideBodyIsThatBodysPost() throws Exception {
        Resolved r = Analysed.text("minutes.txt", MINUTES);
        Map<String, String> in = new TreeMap<>();
        for (Resolved.Post p : r.posts()) {
            String body = p.postIn().equals(r.council().iri()) ? "council"
                    : r.bodies().stream().filter(b -> b.iri().equals(p.postIn())).map(Resolved.Body::label).findFirst().orElse(p.postIn());
            in.put(p.label(), body);
        }
        assertEquals("council", in.get("Director of Housing"), in.toString());
        assertEquals("Northby Hospice Trust", in.get("Chief Executive"), in.toString());
        assertEquals("Westby Hospitals NHS Trust", in.get("Director of Nursing"), in.toString());
        // "the Chief Executive" after it is that post, not one of the council's
        assertEquals(1, r.posts().stream().filter(p -> p.label().equals("Chief Executive")).count(), r.posts().toString());
    }
}
