package org.councilgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilgraph.annotate.Annotations.BodyKind;
import org.councilgraph.annotate.Annotations.BodyMention;
import org.councilgraph.segment.CouncilRef;
import org.councilgraph.text.Span;
import org.junit.jupiter.api.Test;

class BodyResolverTest {
    private static BodyMention m(String name, BodyKind kind, int at) {
        return new BodyMention(name, kind, new Span(at, at + name.length()));
    }

    @Test
    void printedFormsOfOneServiceAreOneBodyLabelledWithoutTheCouncil() {
        List<BodyResolver.Group> groups = BodyResolver.group(List.of(
                m("Northbury Fostering Service", BodyKind.SERVICE, 0),
                m("Fostering Service", BodyKind.SERVICE, 100),
                m("Fostering Services", BodyKind.SERVICE, 200),
                m("Adult and Community Services Department", BodyKind.SERVICE, 300),
                m("Adult and Community Services", BodyKind.SERVICE, 400)), "Northbury County Council");
        assertEquals(2, groups.size(), groups.toString());
        BodyResolver.Group fostering = groups.get(0);
        assertEquals("Fostering Service", fostering.label());
        assertTrue(fostering.altLabels().contains("Northbury Fostering Service"));
        assertEquals(2, groups.get(1).mentions().size());
    }

    @Test
    void anOutsideBodyKeepsThePlaceInItsNameAndItsFullNameAsLabel() {
        List<BodyResolver.Group> groups = BodyResolver.group(List.of(
                new BodyMention("Northbury Youth Council", BodyKind.ORGANISATION, new Span(0, 10), "Northbury Youth Council"),
                new BodyMention("Northbury Youth Council", BodyKind.ORGANISATION, new Span(50, 54), "NYC"),
                new BodyMention("Northbury Youth Council", BodyKind.ORGANISATION, new Span(80, 84), "NYC")), "Northbury County Council");
        assertEquals(1, groups.size());
        assertEquals("Northbury Youth Council", groups.get(0).label());
        assertEquals(BodyKind.ORGANISATION, groups.get(0).kind());
        assertTrue(groups.get(0).altLabels().contains("NYC"));
    }

    @Test
    void anAcronymDefinedInsideAServicesNameIsNoPartOfItsLabel() {
        List<BodyResolver.Group> groups = BodyResolver.group(List.of(m("Special Educational Needs (SEN) Service", BodyKind.SERVICE, 0)),
                "Northbury County Council");
        assertEquals("Special Educational Needs Service", groups.get(0).label());
        assertTrue(groups.get(0).altLabels().contains("Special Educational Needs (SEN) Service"), groups.get(0).altLabels().toString());
    }

    @Test
    void anOutsideBodyIsLabelledWithTheNameThePaperUsesMost() {
        List<BodyMention> ms = new java.util.ArrayList<>(List.of(
                new BodyMention("Westby Links (WL) Board", BodyKind.ORGANISATION, new Span(0, 20), "Westby Links (WL) Board")));
        for (int at = 100; at <= 300; at += 100) {
            ms.add(new BodyMention("WL Board", BodyKind.ORGANISATION, new Span(at, at + 8), "WL Board"));
        }
        List<BodyResolver.Group> groups = BodyResolver.group(ms, "Northbury County Council");
        assertEquals(1, groups.size(), groups.toString());
        // printed three times to the full name's once: the paper's own name for it
        assertEquals("WL Board", groups.get(0).label());
        assertTrue(groups.get(0).altLabels().contains("Westby Links Board"), groups.get(0).altLabels().toString());
        // printed once each: the full name
        assertEquals("Westby Links Board", BodyResolver.group(ms.subList(0, 2), "Northbury County Council").get(0).label());
    }

    private static java.util.Set<String> labels(List<BodyResolver.Group> groups) {
        return groups.stream().map(BodyResolver.Group::label).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aShortFormIsTheOneLongerNameItShortens() {
        List<BodyResolver.Group> orgs = BodyResolver.group(List.of(
                m("Westby and Eastby Safeguarding Children Partnership", BodyKind.ORGANISATION, 0),
                m("Safeguarding Children Partnership", BodyKind.ORGANISATION, 100),
                m("Safeguarding Partnership", BodyKind.ORGANISATION, 200),
                m("Knife Crime Group", BodyKind.ORGANISATION, 300),
                m("Tackling Exploitation and Knife Crime Delivery Group", BodyKind.ORGANISATION, 400)), "Northbury County Council");
        assertEquals(java.util.Set.of("Westby and Eastby Safeguarding Children Partnership", "Knife Crime Group",
                "Tackling Exploitation and Knife Crime Delivery Group"), labels(orgs));
        // the short forms the paper prints are the body's other names
        BodyResolver.Group partnership = orgs.stream().filter(g -> g.label().startsWith("Westby")).findFirst().orElseThrow();
        assertEquals(java.util.Set.of("Safeguarding Children Partnership", "Safeguarding Partnership"), partnership.altLabels());
        List<BodyResolver.Group> services = BodyResolver.group(List.of(
                m("Audit, Quality and Standards Service", BodyKind.SERVICE, 0),
                m("Quality and Standards Service", BodyKind.SERVICE, 100),
                m("Lettings and Allocations Service", BodyKind.SERVICE, 200),
                m("Allocations Service", BodyKind.SERVICE, 300)), "Northbury County Council");
        assertEquals(java.util.Set.of("Audit, Quality and Standards Service", "Lettings and Allocations Service",
                "Allocations Service"), labels(services));
    }

    @Test
    void initialsDepartmentsAndTeamsOfOneServiceAreOneBody() {
        List<BodyResolver.Group> groups = BodyResolver.group(List.of(
                m("Home Energy Scheme", BodyKind.SERVICE, 0),
                m("HE Scheme", BodyKind.SERVICE, 100),
                m("HE Scheme", BodyKind.SERVICE, 150),
                m("Adult and Community Department", BodyKind.SERVICE, 200),
                m("Adult and Community Services", BodyKind.SERVICE, 300),
                m("ACS Department", BodyKind.SERVICE, 350),
                m("School Inclusion Service", BodyKind.SERVICE, 400),
                m("School Inclusion team", BodyKind.SERVICE, 500),
                m("Missing Persons Service", BodyKind.SERVICE, 600),
                m("Missing Persons Team", BodyKind.SERVICE, 700),
                m("Missing Persons team", BodyKind.SERVICE, 800),
                m("Virtual School", BodyKind.SERVICE, 900),
                m("VS Service", BodyKind.SERVICE, 950)), "Northbury County Council");
        assertEquals(6, groups.size(), groups.toString());
        assertTrue(labels(groups).containsAll(java.util.Set.of("Home Energy Scheme", "School Inclusion Service", "Virtual School",
                "Missing Persons Service", "Missing Persons Team")), groups.toString());
        BodyResolver.Group department = groups.stream().filter(g -> g.mentions().size() == 3 && g.label().startsWith("Adult")).findFirst()
                .orElseThrow();
        assertTrue(department.altLabels().contains("ACS Department"), department.toString());
    }

    @Test
    void aCouncilKnownByItsDomainHasThePlaceItsLabelAbbreviates() {
        List<BodyResolver.Group> groups = BodyResolver.group(List.of(
                m("Northbyshire Music Service", BodyKind.SERVICE, 0),
                m("Music Service", BodyKind.SERVICE, 100),
                m("Northbs Fostering Service", BodyKind.SERVICE, 200),
                m("Fostering Service", BodyKind.SERVICE, 300)), new CouncilRef.ByMailDomain("northbys.gov.uk"));
        assertEquals(java.util.Set.of("Music Service", "Fostering Service"), labels(groups), groups.toString());
    }

    @Test
    void twoMembersInEitherOrderAreOneService() {
        List<BodyResolver.Group> groups = BodyResolver.group(List.of(
                m("Lettings and Allocations Service", BodyKind.SERVICE, 0),
                m("Allocations and Lettings Service", BodyKind.SERVICE, 100),
                m("Audit, Quality and Standards Service", BodyKind.SERVICE, 200),
                m("Standards and Quality Service", BodyKind.SERVICE, 300)), "Northbury County Council");
        assertEquals(2, groups.size(), groups.toString());
    }

    @Test
    void aSectionsHeadingAndItsTeamsAreTheUnit() {
        List<BodyResolver.Group> groups = BodyResolver.group(List.of(
                m("Family Support", BodyKind.SERVICE, 0),
                m("Family Support Teams", BodyKind.SERVICE, 100),
                m("Family Support teams", BodyKind.SERVICE, 200),
                m("Housing Options", BodyKind.SERVICE, 300),
                m("Housing Options Service", BodyKind.SERVICE, 400)), "Northbury County Council");
        assertEquals(java.util.Set.of("Family Support", "Housing Options Service"), labels(groups), groups.toString());
    }
}
