package org.councilgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.councilgraph.annotate.Annotations.BodyKind;
import org.councilgraph.annotate.Annotations.BodyMention;
import org.councilgraph.segment.TableBlocks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A fire and rescue service is the council's own where the council is the fire and rescue authority for its
 * area: a fire authority's papers, or a county that runs the service itself (fire-and-rescue-councils.tsv, whose
 * real names the cases name); to any other council it is an outside body.
 */
class FireServicesTest {
    @ParameterizedTest(name = "{0}: {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        "Westby Fire and Rescue Authority | Westby Fire and Rescue Service | SERVICE",
        "Westby Fire Authority            | Westby Fire & Rescue Service   | SERVICE",
        "Westby Fire and Rescue Authority | Northby Fire and Rescue Service | ORGANISATION",
        "Cornwall Council                 | Cornwall Fire and Rescue Service | SERVICE",
        "West Sussex County Council       | West Sussex Fire and Rescue Service | SERVICE",
        "Northbury County Council         | Northbury Fire and Rescue Service | ORGANISATION",
        "Cornwall Council                 | Westby Fire and Rescue Service | ORGANISATION",
    })
    void isTheCouncilsOwnOnlyWhereTheCouncilRunsIt(String council, String service, BodyKind kind) {
        String text = "The inspectors graded " + service + " good in seven of the eleven areas.";
        List<BodyMention> found = Bodies.find(text, council, false, List.of(), Posts.find(text), List.of(), TableBlocks.read(text));
        assertEquals(List.of(service + " " + kind), found.stream()
                .filter(b -> b.kind() == BodyKind.SERVICE || b.kind() == BodyKind.ORGANISATION)
                .map(b -> b.name() + " " + b.kind()).toList());
    }
}
