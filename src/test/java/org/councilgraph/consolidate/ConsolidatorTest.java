package org.councilgraph.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.councilgraph.resolve.Iris;
import org.junit.jupiter.api.Test;

/** Merging across papers on a small hand-made dataset of three papers of two councils. */
class ConsolidatorTest {
    static final String B = "http://example.org/";
    static final String TRIG = """
            PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX cg: <https://w3id.org/councilgraph/def#>
            PREFIX org: <http://www.w3.org/ns/org#> PREFIX schema: <http://schema.org/>
            PREFIX : <http://example.org/id/>
            <http://example.org/graph/a> {
              :council/northby-city-council a cg:Council ; rdfs:label "Northby City Council" .
              :person/northby-city-council/ann-westgate a foaf:Person, cg:Councillor ; foaf:name "Ann Westgate" ; cg:council :council/northby-city-council .
              :person/northby-city-council/jo-riverton a foaf:Person, cg:Officer ; foaf:name "Jo Riverton" ;
                  foaf:mbox <mailto:jane.riverton@northby.gov.uk> ; cg:council :council/northby-city-council .
              :committee/northby-city-council/westby-children-and-schools-scrutiny-commission a cg:Committee ;
                  rdfs:label "Westby Children and Schools Scrutiny Commission" ; org:subOrganizationOf :council/northby-city-council .
            }
            <http://example.org/graph/b> {
              :council/northby-gov-uk a cg:Council ; rdfs:label "northby.gov.uk" .
              :person/northby-gov-uk/westgate a foaf:Person, cg:Councillor ; foaf:name "Westgate" ; skos:altLabel "Councillor Westgate" ;
                  cg:council :council/northby-gov-uk .
              :person/northby-gov-uk/riverton a foaf:Person, cg:Councillor ; foaf:name "Riverton" ; skos:altLabel "Councillor Riverton" ;
                  cg:council :council/northby-gov-uk .
              :committee/northby-gov-uk/wcs-scrutiny-commission a cg:Committee ; rdfs:label "WCS Scrutiny Commission" ;
                  org:subOrganizationOf :council/northby-gov-uk .
              :meeting/northby-gov-uk/wcs-scrutiny-commission/2025-06-18 a cg:Meeting ; schema:startDate "2025-06-18" ;
                  cg:committee :committee/northby-gov-uk/wcs-scrutiny-commission ; schema:attendee :person/northby-gov-uk/westgate .
            }
            <http://example.org/graph/c> {
              :council/southby-county-council a cg:Council ; rdfs:label "Southby County Council" .
              :person/southby-county-council/westgate a foaf:Person, cg:Councillor ; foaf:name "Westgate" ;
                  cg:council :council/southby-county-council .
            }
            """;

    static DatasetGraph dataset() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        // ":council/x" is not a legal prefixed name (a slash in the local part): spell the IRIs out
        String trig = TRIG.replaceAll("(?<![\\w<]):([a-z][a-z0-9/\\-]+)", "<http://example.org/id/$1>");
        RDFDataMgr.read(dsg, new StringReader(trig), null, Lang.TRIG);
        return dsg;
    }

    static List<String> select(DatasetGraph dsg, String q) {
        List<String> out = new ArrayList<>();
        Dataset ds = DatasetFactory.wrap(dsg);
        org.apache.jena.system.Txn.executeRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query("PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
                    + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX cg: <https://w3id.org/councilgraph/def#> "
                    // ask the union of the papers' graphs, as the served store's default graph is
                    + q.replaceFirst("WHERE \\{", "WHERE { GRAPH <urn:x-arq:UnionGraph> {") + " }").build()) {
                qe.execSelect().forEachRemaining(s -> out.add(s.get("x").toString()));
            }
        });
        return out;
    }

    @Test
    void mergesAcrossPapersOnlyWhatTheStoreSaysIsOneThing() {
        DatasetGraph dsg = dataset();
        Consolidator.Report r = new Consolidator(new Iris(B)).consolidate(dsg);
        assertEquals(1, r.councils(), "the e-mail domain names its council");
        assertEquals(1, r.graphsRewritten(), "only paper b names things by other names: " + r);
        // paper b now speaks of the named council's people, meeting and committee
        List<String> inB = new ArrayList<>();
        dsg.find(org.apache.jena.graph.NodeFactory.createURI(B + "graph/b"), null, null, null)
                .forEachRemaining((Quad q) -> inB.add(q.getSubject().getURI()));
        assertTrue(inB.stream().noneMatch(s -> s.contains("/northby-gov-uk")), inB.toString());
        assertTrue(inB.contains(B + "id/meeting/northby-city-council/westby-children-and-schools-scrutiny-commission/2025-06-18"),
                "the abbreviated committee is the committee its initials spell: " + inB);
        // "Councillor Westgate" of paper b is Ann Westgate of paper a; the councillor Riverton is not the officer Jo Riverton
        assertEquals(List.of(B + "id/person/northby-city-council/ann-westgate"),
                select(dsg, "SELECT DISTINCT ?x WHERE { ?x skos:altLabel \"Councillor Westgate\" }"));
        assertEquals(List.of("Ann Westgate"), select(dsg, "SELECT ?x WHERE { <" + B + "id/person/northby-city-council/ann-westgate> foaf:name ?x }")
                .stream().map(s -> s.replace("\"", "")).toList());
        assertEquals(2, select(dsg, "SELECT DISTINCT ?x WHERE { ?x foaf:name ?n FILTER(CONTAINS(?n, \"Riverton\")) }").size());
        // another council's Westgate stays another person
        assertFalse(select(dsg, "SELECT DISTINCT ?x WHERE { ?x cg:council <" + B + "id/council/southby-county-council> }").isEmpty());
        assertTrue(select(dsg, "SELECT ?x WHERE { BIND(<" + B + "id/person/southby-county-council/westgate> AS ?x) ?x a foaf:Person }").size() == 1);
    }

    @Test
    void runningTwiceChangesNothingMore() {
        DatasetGraph dsg = dataset();
        new Consolidator(new Iris(B)).consolidate(dsg);
        long before = org.apache.jena.system.Txn.calculateRead(dsg, () -> dsg.stream().count());
        Consolidator.Report again = new Consolidator(new Iris(B)).consolidate(dsg);
        assertFalse(again.changed(), again.toString());
        assertEquals(before, (long) org.apache.jena.system.Txn.calculateRead(dsg, () -> dsg.stream().count()));
    }

    /**
     * Papers d and e name no council. d's commission met on the day Northby's did (paper b); e names only
     * a committee any council may have, and a commission of Northby's name on a day it is not known to have met.
     */
    static final String ORPHANS = """
            <http://example.org/graph/d> {
              :document/d cg:council :council/unknown-council .
              :council/unknown-council a cg:Council ; rdfs:label "Unknown council" .
              :committee/unknown-council/westby-children-and-schools-scrutiny-commission a cg:Committee ;
                  rdfs:label "Westby Children & Schools Scrutiny Commission" ; org:subOrganizationOf :council/unknown-council .
              :meeting/unknown-council/westby-children-and-schools-scrutiny-commission/2025-06-18 a cg:Meeting ;
                  schema:startDate "2025-06-18" ; cg:committee :committee/unknown-council/westby-children-and-schools-scrutiny-commission ;
                  schema:attendee :person/unknown-council/ann-westgate .
              :person/unknown-council/ann-westgate a foaf:Person, cg:Councillor ; foaf:name "Ann Westgate" ;
                  skos:altLabel "Cllr Ann Westgate" ; cg:council :council/unknown-council .
              :committee/unknown-council/health-and-wellbeing-board a cg:Committee ; rdfs:label "Health and Wellbeing Board" ;
                  org:subOrganizationOf :council/unknown-council .
            }
            <http://example.org/graph/e> {
              :document/e cg:council :council/unknown-council .
              :council/unknown-council a cg:Council ; rdfs:label "Unknown council" .
              :committee/unknown-council/policy-committee a cg:Committee ; rdfs:label "Policy Committee" ;
                  org:subOrganizationOf :council/unknown-council .
              :meeting/unknown-council/policy-committee/2025-06-18 a cg:Meeting ; schema:startDate "2025-06-18" ;
                  cg:committee :committee/unknown-council/policy-committee .
              :committee/unknown-council/westby-children-and-schools-scrutiny-commission a cg:Committee ;
                  rdfs:label "Westby Children and Schools Scrutiny Commission" ; org:subOrganizationOf :council/unknown-council .
              :meeting/unknown-council/westby-children-and-schools-scrutiny-commission/2025-07-01 a cg:Meeting ;
                  schema:startDate "2025-07-01" ;
                  cg:committee :committee/unknown-council/westby-children-and-schools-scrutiny-commission .
              :person/unknown-council/ann-westgate a foaf:Person, cg:Councillor ; foaf:name "Ann Westgate" ;
                  cg:council :council/unknown-council .
            }
            """;

    @Test
    void aPaperWithoutACouncilJoinsTheCouncilWhoseCommitteeItNames() {
        DatasetGraph dsg = dataset();
        String trig = TRIG.substring(0, TRIG.indexOf("<http://example.org/graph/a>")) + ORPHANS;
        RDFDataMgr.read(dsg, new StringReader(trig.replaceAll("(?<![\\w<]):([a-z][a-z0-9/\\-]+)", "<http://example.org/id/$1>")),
                null, Lang.TRIG);
        Consolidator.Report r = new Consolidator(new Iris(B)).consolidate(dsg);
        assertEquals(1, r.papersPlaced(), r.toString());
        String meeting = B + "id/meeting/northby-city-council/westby-children-and-schools-scrutiny-commission/2025-06-18";
        // one meeting node, the committee of paper a, and the councillor of paper a at it
        assertEquals(List.of(B + "id/person/northby-city-council/ann-westgate"),
                select(dsg, "SELECT DISTINCT ?x WHERE { <" + meeting + "> <http://schema.org/attendee> ?x }"));
        assertEquals(List.of(B + "id/council/northby-city-council"),
                select(dsg, "SELECT DISTINCT ?x WHERE { <" + B + "id/document/d> cg:council ?x }"));
        assertTrue(select(dsg, "SELECT ?x WHERE { ?c skos:altLabel ?x FILTER(CONTAINS(?x, \"Unknown\")) }").isEmpty(),
                "the placeholder's name is no name of the council");
        // paper e could be any council's: it stays unplaced, and its Ann Westgate is not merged with anyone
        assertEquals(List.of(B + "id/council/unknown-council"),
                select(dsg, "SELECT DISTINCT ?x WHERE { <" + B + "id/document/e> cg:council ?x }"));
        assertEquals(2, select(dsg, "SELECT DISTINCT ?x WHERE { ?x foaf:name \"Ann Westgate\" }").size());
        assertFalse(new Consolidator(new Iris(B)).consolidate(dsg).changed(), "a second run changes nothing");
    }

    @Test
    void aMeetingKeepsTheStartWithItsTimeWhenAnotherPaperGivesIt() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dsg, new StringReader("""
                PREFIX cg: <https://w3id.org/councilgraph/def#> PREFIX schema: <http://schema.org/>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                <http://example.org/graph/report> { <http://example.org/id/meeting/m> a cg:Meeting ;
                    schema:startDate "2024-09-12"^^xsd:date . }
                <http://example.org/graph/minutes> { <http://example.org/id/meeting/m> a cg:Meeting ;
                    schema:startDate "2024-09-12T17:00:00"^^xsd:dateTime . }
                <http://example.org/graph/other> { <http://example.org/id/meeting/n> a cg:Meeting ;
                    schema:startDate "2024-09-13"^^xsd:date . }
                """), null, Lang.TRIG);
        Consolidator.Report r = new Consolidator(new Iris(B)).consolidate(dsg);
        assertEquals(1, r.graphsRewritten(), r.toString());
        assertEquals(List.of("\"2024-09-12T17:00:00\"^^xsd:dateTime"),
                select(dsg, "SELECT ?x WHERE { <http://example.org/id/meeting/m> <http://schema.org/startDate> ?x }"));
        assertEquals(1, select(dsg, "SELECT ?x WHERE { <http://example.org/id/meeting/n> <http://schema.org/startDate> ?x }").size(),
                "a day no paper gives a time for stays");
        assertFalse(new Consolidator(new Iris(B)).consolidate(dsg).changed());
    }
}
