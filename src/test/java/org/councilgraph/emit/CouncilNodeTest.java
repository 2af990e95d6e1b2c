package org.councilgraph.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.vocabulary.OWL;
import org.councilgraph.CouncilGraph;
import org.councilgraph.load.Loader;
import org.councilgraph.resolve.Resolved;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The paper's council node: a council of the register is the ONS statistical geography of its GSS code. */
class CouncilNodeTest {
    private static CouncilGraph cg;

    @BeforeAll
    static void pipeline() {
        cg = new CouncilGraph("http://test/");
    }

    private static Resolved analyse(String text) throws Exception {
        return cg.analyse(Loader.load("paper.txt", text.getBytes(StandardCharsets.UTF_8)), "paper.txt");
    }

    @Test
    void aCouncilOfTheRegisterIsSameAsItsStatisticalGeography() throws Exception {
        // a real row of the shipped register: Wealden District Council, GSS E07000065
        Resolved r = analyse("WEALDEN DISTRICT COUNCIL\n\nMinutes of the Planning Committee held on 2 May 2024.\n");
        assertEquals("Wealden District Council", r.council().label());
        String ons = "http://statistics.data.gov.uk/id/statistical-geography/E07000065";
        assertEquals(Optional.of(ons), r.council().sameAs());
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        Emitter.emit(r, cg.iris(), StreamRDFLib.dataset(ds));
        Node council = NodeFactory.createURI(r.council().iri());
        assertTrue(ds.contains(Node.ANY, council, OWL.sameAs.asNode(), NodeFactory.createURI(ons)), "owl:sameAs emitted");
    }

    @Test
    void aParishCouncilIsItsPrintedNameAndItsDistrictAnotherBody() throws Exception {
        Resolved r = analyse("WESTBY PARISH COUNCIL\n\nMinutes of the meeting held on 7 October 2025.\n\n"
                + "1. Highways\nNorthby District Council has resurfaced the lane. Northby District Council will write to residents.\n");
        assertEquals("Westby Parish Council", r.council().label());
        assertEquals(Optional.empty(), r.council().sameAs());
        assertTrue(r.bodies().stream().anyMatch(b -> b.label().equals("Northby District Council") && b.kind() == Resolved.BodyKind.ORGANISATION),
                r.bodies().toString());
    }
}
