package org.councilgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.councilgraph.Corpus;
import org.councilgraph.CouncilGraph;
import org.councilgraph.load.Loader;
import org.councilgraph.resolve.Resolved.Kind;
import org.councilgraph.resolve.Resolved.Person;
import org.councilgraph.resolve.Resolved.Presence;
import org.junit.jupiter.api.Test;

/** People, posts and attendance on real papers of the shared corpus; skipped when it is absent. */
class PeopleCorpusIT {
    @Test
    void agendaPackWithMembersListAndAppendedMinutes() throws Exception {
        Resolved r = new CouncilGraph("http://test/").analyse(Loader.load(Corpus.corpus("003_d9b3b29813789449.txt")), "003");
        Person chair = PeopleResolverTest.person(r, "Misbah Batool");
        assertTrue(chair.altLabels().contains("Councillor Batool"), chair.altLabels().toString());
        assertEquals(Kind.COUNCILLOR, chair.kind());
        assertEquals(Kind.CO_OPTED, PeopleResolverTest.person(r, "Joycelin Eze-Okubuiro").kind());
        assertEquals(Kind.OTHER, PeopleResolverTest.person(r, "Janet McKenna").kind());
        assertEquals(Set.of(chair.iri()), PeopleResolverTest.post(r, "Chair").holders());
        assertTrue(r.memberships().stream().anyMatch(m -> m.person().equals(PeopleResolverTest.person(r, "Janet McKenna").iri())
                && m.role().equals("Standing Invitee")));
        assertEquals(Set.of(PeopleResolverTest.person(r, "Surinder Singh").iri()), PeopleResolverTest.post(r, "Equalities Officer").holders());
        assertEquals("Laurence.jones@leicester.gov.uk", PeopleResolverTest.person(r, "Laurence Jones").email().orElseThrow());
    }

    @Test
    void printedMinutesWithRunningTextLists() throws Exception {
        Resolved r = new CouncilGraph("http://test/").analyse(
                Loader.load(Corpus.corpus("real/kent/cabinet_2025-01-30_printed_minutes.pdf")), "kent");
        assertEquals(9, PeopleResolverTest.presence(r, Presence.PRESENT).size());
        assertEquals(14, PeopleResolverTest.presence(r, Presence.IN_ATTENDANCE).size());
        Person ghosh = PeopleResolverTest.person(r, "Anjan Ghosh");
        assertTrue(ghosh.altLabels().contains("Dr Gosh"), ghosh.altLabels().toString());
        assertEquals(Kind.OFFICER, ghosh.kind());
        assertEquals(Set.of(PeopleResolverTest.person(r, "Joe McKay").iri()), PeopleResolverTest.post(r, "Acting Chief Accountant").holders());
        assertEquals(Kind.OTHER, PeopleResolverTest.person(r, "Stephen Kinnock").kind());
    }
}
