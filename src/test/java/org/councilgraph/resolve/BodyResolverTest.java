package org.councilgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilgraph.annotate.Annotations.BodyKind;
import org.councilgraph.annotate.Annotations.BodyMention;
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
                m("Children and Family Services Department", BodyKind.SERVICE, 300),
                m("Children and Family Services", BodyKind.SERVICE, 400)), "Northbury County Council");
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
}
