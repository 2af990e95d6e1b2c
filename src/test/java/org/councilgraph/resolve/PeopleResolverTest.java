package org.councilgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilgraph.CouncilGraph;
import org.councilgraph.load.Loader;
import org.councilgraph.resolve.Resolved.Kind;
import org.councilgraph.resolve.Resolved.Person;
import org.councilgraph.resolve.Resolved.Post;
import org.councilgraph.resolve.Resolved.Presence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** People, posts, attendance and roles of whole papers (the fixtures under /people), through the pipeline. */
class PeopleResolverTest {
    static final Map<String, Resolved> PAPERS = new HashMap<>();

    @BeforeAll
    static void analyse() throws Exception {
        CouncilGraph cg = new CouncilGraph("http://test/");
        for (String f : List.of("minutes-one-per-line.txt", "minutes-running-text.txt", "minutes-members-present.txt",
                "minutes-no-list.txt", "committee-details.txt", "staff-structure.txt",
                "scottish-committee-minute.txt", "community-council-agenda.txt")) {
            try (InputStream in = PeopleResolverTest.class.getResourceAsStream("/people/" + f)) {
                PAPERS.put(f, cg.analyse(Loader.load(f, in.readAllBytes()), f));
            }
        }
    }

    static Person person(Resolved r, String name) {
        return r.people().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + r.people().stream().map(Person::name).toList()));
    }

    static Post post(Resolved r, String label) {
        return r.posts().stream().filter(p -> p.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " not among " + r.posts().stream().map(Post::label).toList()));
    }

    static Set<String> presence(Resolved r, Presence p) {
        Map<String, String> names = r.people().stream().collect(Collectors.toMap(Person::iri, Person::name));
        return r.attendance().stream().filter(a -> a.presence() == p).map(a -> names.get(a.person())).collect(Collectors.toSet());
    }

    @Test
    void oneNodePerPersonWhateverTheFormAndTheChairOfTheMeeting() {
        Resolved r = PAPERS.get("minutes-one-per-line.txt");
        Person tallis = person(r, "R. Tallis");
        assertTrue(tallis.altLabels().containsAll(Set.of("Mr. R. Tallis CC", "Councillor Tallis")), tallis.altLabels().toString());
        assertEquals(Kind.COUNCILLOR, tallis.kind());
        assertEquals("Mr.", tallis.honorific().orElseThrow());
        assertEquals(tallis.iri(), r.meetings().get(0).chair().orElseThrow());
        Post chair = post(r, "Chairman");
        assertEquals(Set.of(tallis.iri()), chair.holders(), "the paper calls its chair the Chairman");
        assertTrue(r.memberships().stream().anyMatch(m -> m.person().equals(tallis.iri()) && m.role().equals("Chair")));
    }

    @Test
    void aCouncillorAndAnOfficerWhoShareASurnameAreTwoPeople() {
        Resolved r = PAPERS.get("minutes-one-per-line.txt");
        Person councillor = person(r, "K. Ferris");
        Person officer = person(r, "Alan Ferris");
        assertNotEquals(councillor.iri(), officer.iri());
        assertEquals(Kind.COUNCILLOR, councillor.kind());
        assertEquals(Kind.OFFICER, officer.kind());
        assertTrue(councillor.altLabels().contains("Councillor Ferris"));
        assertEquals(Set.of(officer.iri()), post(r, "Head of Road Safety").holders());
    }

    @Test
    void attendanceAndKindsFromTheLists() {
        Resolved r = PAPERS.get("minutes-one-per-line.txt");
        assertEquals(Set.of("R. Tallis", "P. Oakes", "D. Page", "L. Young", "K. Ferris"), presence(r, Presence.PRESENT));
        // the officer who presented an item was there, though the list leaves him out
        assertEquals(Set.of("J. Halloran", "E. Marlowe", "F. Grey", "Alan Ferris"), presence(r, Presence.IN_ATTENDANCE));
        assertEquals(Kind.OTHER, person(r, "E. Marlowe").kind(), "a representative of another body");
        assertEquals(Set.of(person(r, "J. Halloran").iri()), post(r, "Lead Member for Highways and Transport").holders());
        assertTrue(r.posts().stream().noneMatch(p -> p.label().equals("Director")), "the Director stated: a reference, not a post");
        Post director = post(r, "Director of Environment and Transport");
        assertTrue(director.holders().isEmpty());
        String text = r.paper().text();
        assertTrue(r.evidence().stream().anyMatch(e -> e.subject().equals(director.iri()) && e.span().of(text).equals("Director")
                && text.substring(e.span().end()).startsWith(" stated")), "the Director stated: evidence of the one Director post");
    }

    @Test
    void runningTextMinutesWithOfficersInAttendance() {
        Resolved r = PAPERS.get("minutes-running-text.txt");
        assertEquals(7, presence(r, Presence.PRESENT).size(), presence(r, Presence.PRESENT).toString());
        assertEquals(Set.of("Z Abbott"), presence(r, Presence.APOLOGIES));
        Person quinlan = person(r, "P Quinlan");
        assertEquals(Kind.OFFICER, quinlan.kind());
        assertTrue(quinlan.altLabels().contains("Dr Quinlen"), "a misspelling of the only other holder of the post: " + quinlan.altLabels());
        assertEquals(Set.of(person(r, "Varley").iri()), post(r, "Acting Chief Accountant").holders());
        assertEquals(Set.of(person(r, "C Dunmore").iri()), post(r, "Cabinet Member for Finance and Traded Services").holders());
        Person minister = person(r, "Robin Ellerby");
        assertEquals(Kind.OTHER, minister.kind());
        assertEquals(Set.of(minister.iri()), post(r, "Minister of State for Housing").holders());
        assertEquals(7, r.memberships().size(), "the Cabinet members present; officers in attendance are not members");
    }

    @Test
    void theOwnerPrintedInFrontOfATitleIsNoPartOfIt() {
        Resolved r = PAPERS.get("minutes-running-text.txt");
        // the council's own initials, or another body's acronym with its possessive, before the title
        post(r, "Cabinet Member for Housing");
        post(r, "Director of Transport");
        assertTrue(r.posts().stream().noneMatch(p -> p.label().startsWith("NDC ") || p.label().startsWith("CCA")),
                r.posts().stream().map(Post::label).toList().toString());
    }

    @Test
    void substitutesAttendButAreNotMembers() {
        Resolved r = PAPERS.get("minutes-members-present.txt");
        Person underhill = person(r, "Ellis Underhill");
        assertTrue(presence(r, Presence.PRESENT).contains("Ellis Underhill"));
        assertTrue(r.memberships().stream().noneMatch(m -> m.person().equals(underhill.iri())));
        assertTrue(r.memberships().stream().anyMatch(m -> m.person().equals(person(r, "Tom Pryce").iri()) && m.role().equals("Vice-Chair")));
        assertEquals(Set.of("Vickers"), presence(r, Presence.APOLOGIES));
    }

    @Test
    void withoutAListWhatMembersDidSaysWhoWasThere() {
        Resolved r = PAPERS.get("minutes-no-list.txt");
        assertEquals(Set.of("Dale", "Fenwick"), presence(r, Presence.PRESENT));
        assertEquals(Set.of("Evans"), presence(r, Presence.IN_ATTENDANCE));
        assertEquals(Set.of("Noor Ahmed", "Paul Briggs", "Sean Carr"), presence(r, Presence.APOLOGIES));
        Person lal = person(r, "Priya Lal");
        assertEquals(Kind.OFFICER, lal.kind());
        assertEquals("priya.lal@eastfield.gov.uk", lal.email().orElseThrow());
        assertTrue(r.posts().stream().anyMatch(p -> p.label().equals("Chair") && p.holders().isEmpty()), "the Chair spoke, unnamed");
    }

    @Test
    void committeePageMembership() {
        Resolved r = PAPERS.get("committee-details.txt");
        Map<String, String> roles = new HashMap<>();
        Map<String, String> names = r.people().stream().collect(Collectors.toMap(Person::iri, Person::name));
        r.memberships().forEach(m -> roles.put(names.get(m.person()), m.role()));
        assertEquals("Chair", roles.get("Helen Ashdown"));
        assertEquals("Member", roles.get("Kieran Boyd"));
        assertEquals("Reserve Member", roles.get("Owen Ellery"));
        assertEquals(Kind.COUNCILLOR, person(r, "Tessa Carew").kind());
        assertEquals(Kind.OTHER, person(r, "Jonathan Dyer").kind(), "a non-voting member without a councillor's honorific");
        assertEquals(Set.of(person(r, "Grace Fuller").iri()), post(r, "Support officer").holders());
    }

    @Test
    void staffListPostsAndTheirHolders() {
        Resolved r = PAPERS.get("staff-structure.txt");
        assertEquals(Set.of(person(r, "Olive Eastwood").iri(), person(r, "Peter Fairbanks").iri()),
                post(r, "Managers, Permanence Team").holders());
        assertEquals(4, post(r, "Permanence Team Social Workers").holders().size());
        assertEquals(Kind.OFFICER, person(r, "Victor Lamb").kind());
        assertEquals(Set.of(person(r, "Xavier Nunn").iri()), post(r, "Equalities Officer").holders());
        // reports are signed off, and written, by the council's officers, named with no post
        assertEquals(Kind.OFFICER, person(r, "Basil Ormerod").kind());
        assertEquals(Kind.OFFICER, person(r, "Cora Pettifer").kind());
    }

    @Test
    void bundledSampleMinutes() throws Exception {
        Resolved r = new CouncilGraph("http://test/").analyse(
                Loader.load(org.councilgraph.Corpus.sample("riverford-cabinet-2025-03-12-minutes.txt")), "sample");
        Person marsh = person(r, "Helena Marsh");
        assertEquals(marsh.iri(), r.meetings().get(0).chair().orElseThrow());
        assertEquals(Set.of("Rupert Salt", "Dana Okafor", "Kim Farrow"), presence(r, Presence.IN_ATTENDANCE));
        assertEquals(Set.of("Lewis Brannock"), presence(r, Presence.APOLOGIES));
        assertEquals(Kind.OFFICER, person(r, "Dana Okafor").kind());
        assertEquals(Set.of(person(r, "Dana Okafor").iri()), post(r, "Director of Children and Education Services").holders());
        assertEquals(Set.of(person(r, "Owen Fairley").iri()), post(r, "Cabinet Member for Education").holders());
        assertEquals("Vice-Chair", r.memberships().stream().filter(m -> m.person().equals(person(r, "Tobias Wren").iri()))
                .findFirst().orElseThrow().role());
    }

    @Test
    void postSpellingsResolveWithinAPaper() {
        assertEquals(PostKeys.key("Managers, Fostering Team"), PostKeys.key("Fostering Team Managers"));
        assertEquals(PostKeys.key("Director of Children and Family Services"),
                PostKeys.key("Director Children and Family Services"));
        assertEquals(PostKeys.key("Parent Governor Representative (Primary)"), PostKeys.key("Parent Governor Representative"));
        assertNotEquals(PostKeys.key("Head of Finance"), PostKeys.key("Head of Finance Operations"));
        assertEquals("Manager, Fostering Team", PostKeys.singular("Managers, Fostering Team"));
        assertEquals(1, org.councilgraph.text.Similarity.editDistance("westy", "westby"));
        assertEquals("Chairman", ChairRoles.chairWord("(in the Chair) ... the Chairman said"));
        assertEquals("Chair", ChairRoles.chairWord("Councillor A (Chair) ... the Chair said"));
    }

    /** Scottish minutes call the chair the Convener: one post of the committee's, held by the one in the Chair. */
    @Test
    void theConvenerInTheChairIsTheCommitteesChair() {
        Resolved r = PAPERS.get("scottish-committee-minute.txt");
        Person westby = person(r, "Ann Westby");
        Post convener = post(r, "Convener");
        assertEquals(Set.of(westby.iri()), convener.holders());
        assertNotEquals(r.council().iri(), convener.postIn(), "the committee's post, not the council's");
        assertEquals(westby.iri(), r.meetings().get(0).chair().orElseThrow());
        assertTrue(r.posts().stream().noneMatch(p -> p.label().equals("Chair")), r.posts().stream().map(Post::label).toList().toString());
        assertTrue(r.memberships().stream().anyMatch(m -> m.person().equals(westby.iri()) && m.role().equals("Chair")));
    }

    /** A community council meets as itself: its Convenor, named in the agenda alone, chairs those meetings. */
    @Test
    void aCommunityCouncilsConvenorChairsItsOwnMeetings() {
        Resolved r = PAPERS.get("community-council-agenda.txt");
        Post convenor = post(r, "Convenor");
        assertNotEquals(r.council().iri(), convenor.postIn());
        assertTrue(convenor.iri().endsWith("/chair"), convenor.iri());
    }
}
