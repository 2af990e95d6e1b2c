package org.councilgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilgraph.Corpus;
import org.councilgraph.annotate.Annotations.BodyKind;
import org.councilgraph.load.Loader;
import org.councilgraph.segment.CouncilRef;
import org.councilgraph.segment.Layout;
import org.councilgraph.segment.Segmenter;
import org.junit.jupiter.api.Test;

/**
 * The London Assembly's pages of about 2009 (a committee's meetings, a member's details): the authority from
 * the feed the pages offer, the partner bodies of the footer's image map, the menu row that is no list of
 * people, and the member's posts. Skipped when the corpus is absent.
 */
class WildWebPagesIT {
    private static final String DIR = "wild/greater-london-authority/";

    private static Annotations read(String name) throws Exception {
        return Annotator.annotate(Segmenter.segment(Loader.load(Corpus.corpus(DIR + name))));
    }

    private static Set<String> organisations(Annotations a) {
        return a.bodies().stream().filter(b -> b.kind() == BodyKind.ORGANISATION).map(b -> b.name()).collect(Collectors.toSet());
    }

    @Test
    void theCommitteePageIsTheAuthoritysWithItsPartnersFromTheImageMap() throws Exception {
        Annotations a = read("london_assembly_budget_performance_committee_meetings.html");
        assertEquals(Optional.of("Greater London Authority"), a.layout().council().map(CouncilRef::label));
        Set<String> o = organisations(a);
        for (String body : List.of("Visit London", "Metropolitan Police Authority", "Transport for London", "London Development Agency",
                "London Fire and Emergency Planning Authority")) {
            assertTrue(o.contains(body), body + " in " + o);
        }
        assertFalse(o.contains("Media Centre"), o.toString());
        assertTrue(a.people().isEmpty(), a.people().toString());
        assertEquals(12, a.layout().references().size());
    }

    @Test
    void theMembersPageNamesTheirPartyAndPosts() throws Exception {
        Annotations a = read("london_assembly_member_details.html");
        assertEquals(Optional.of("Greater London Authority"), a.layout().council().map(CouncilRef::label));
        assertTrue(organisations(a).contains("Conservative Party"), organisations(a).toString());
        assertEquals(Set.of("Kit Malthouse"), a.people().stream().map(p -> p.name().fullName()).collect(Collectors.toSet()));
        assertTrue(a.posts().stream().anyMatch(p -> p.label().equals("London Assembly Member")
                && p.holder().map(h -> h.fullName().equals("Kit Malthouse")).orElse(false)), a.posts().toString());
        assertTrue(a.posts().stream().anyMatch(p -> p.label().equals("Member of the Metropolitan Police Authority")), a.posts().toString());
        assertTrue(a.layout().staff().stream().map(Layout.StaffEntry::name).noneMatch(n -> n.fullName().startsWith("London")));
    }
}
