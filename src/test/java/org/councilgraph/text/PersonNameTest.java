package org.councilgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PersonNameTest {
    @Test
    void honorificInitialsAndPostNominalsMakeANameWhateverWordTheSurnameIs() {
        PersonName n = PersonName.parse("Mr. D. Pages CC").orElseThrow();
        assertEquals("Mr.", n.honorific());
        assertEquals("D.", n.given());
        assertEquals("Pages", n.surname());
        assertEquals("CC", n.suffix());
        assertTrue(n.councillor());
        assertEquals("D. Pages", n.fullName());
        assertTrue(PersonName.parse("Mrs C Head").isPresent());
    }

    @Test
    void ordinaryWordsWithoutSuchAShapeAreNoName() {
        assertTrue(PersonName.parse("Page Report").isEmpty());
        assertTrue(PersonName.parse("Children Services").isEmpty());
        assertTrue(PersonName.parse("UNRESTRICTED ITEMS").isEmpty());
        assertTrue(PersonName.parse("Activity RAG").isEmpty());
        assertTrue(PersonName.parse("Page").isEmpty(), "a lone word without an honorific");
    }

    @Test
    void aNameWhollyInCapitalsReadsInSmallLettersInitialsKept() {
        assertEquals("Ann Westby", PersonName.parse("Councillor ANN WESTBY").orElseThrow().fullName());
        assertEquals("J. R. Northby", PersonName.parse("Councillor J. R. NORTHBY").orElseThrow().fullName());
        // an Irish surname in capitals keeps the capital after its apostrophe
        assertEquals("Ann O'Westby", PersonName.parse("Ann O'WESTBY").orElseThrow().fullName());
        assertEquals("Bob D’Northby", PersonName.parse("COUNCILLOR BOB D’NORTHBY").orElseThrow().fullName());
    }

    @Test
    void aDoubleBarrelledSurnameMayJoinAnIrishOne() {
        assertEquals("Ann Westby-O’Northby", PersonName.parse("Mrs Ann Westby-O’Northby").orElseThrow().fullName());
        assertEquals("Ann Westby-McNorthby", PersonName.parse("Ann Westby-McNorthby").orElseThrow().fullName());
    }

    @Test
    void aSurnameAloneInCapitalsIsAName() {
        assertEquals("Joe Westby", PersonName.parse("Joe WESTBY").orElseThrow().fullName());
        assertEquals("Iain M Northby", PersonName.parse("Iain M NORTHBY").orElseThrow().fullName());
        assertEquals("George", PersonName.parse("George de RIVERFORD").orElseThrow().given());
        // a word and an acronym, or a word and a body's head in capitals, are no name
        assertTrue(PersonName.parse("Westby NHS").isEmpty());
        assertTrue(PersonName.parse("Planning COMMITTEE").isEmpty());
        assertTrue(PersonName.parse("Westby SEND").isEmpty());
    }

    @Test
    void mayorAndCouncillorHonorifics() {
        PersonName m = PersonName.parse("Mayor Helen Westby").orElseThrow();
        assertEquals("Mayor", m.honorific());
        assertEquals("Helen Westby", m.fullName());
        assertFalse(m.councillor());
        PersonName c = PersonName.parse("Councillor Dr Northby").orElseThrow();
        assertTrue(c.councillor());
        assertEquals("Northby", c.fullName());
        // a Scottish council's Provost chairs it and is one of its councillors
        PersonName p = PersonName.parse("Provost Elsie Westby").orElseThrow();
        assertEquals("Provost", p.honorific());
        assertEquals("Elsie Westby", p.fullName());
        assertTrue(p.councillor());
        assertEquals("Lord Provost", PersonName.parse("Lord Provost Bob Northby").orElseThrow().honorific());
        // a police or fire officer's rank stands where a title would
        PersonName pc = PersonName.parse("PC L Westby").orElseThrow();
        assertEquals("PC", pc.honorific());
        assertEquals("L Westby", pc.fullName());
        assertEquals("Station Commander", PersonName.parse("Station Commander C Riverford").orElseThrow().honorific());
    }

    @Test
    void compatibleNamesShareASurnameAndAgreeingGivenNames() {
        PersonName full = PersonName.parse("Councillor Mina Eastby").orElseThrow();
        assertTrue(full.compatible(PersonName.parse("Councillor Eastby").orElseThrow()));
        assertTrue(PersonName.parse("Mr R W Riverford").orElseThrow().compatible(PersonName.parse("Mr R Riverford").orElseThrow()));
        assertTrue(PersonName.parse("Dr A Northcott").orElseThrow().compatible(PersonName.parse("Anil Northcott").orElseThrow()));
        assertFalse(PersonName.parse("Amy Smith").orElseThrow().compatible(PersonName.parse("Helen Smith").orElseThrow()));
        assertFalse(PersonName.parse("Amy Smith").orElseThrow().compatible(PersonName.parse("Amy Jones").orElseThrow()));
    }

    @Test
    void aLoneSurnameInAListMayCarryAPrefix() {
        assertTrue("McKay".matches(PersonName.LONE_SURNAME));
        assertTrue("O'Neill".matches(PersonName.LONE_SURNAME));
        assertTrue("Sadr-Hashemi".matches(PersonName.LONE_SURNAME));
        assertFalse("UNRESTRICTED".matches(PersonName.LONE_SURNAME));
    }

    @Test
    void aParticlePrintedSmallBeginsTheSurname() {
        PersonName d = PersonName.parse("Councillor Douglas de Westby").orElseThrow();
        assertEquals("Douglas", d.given());
        assertEquals("de Westby", d.surname());
        assertEquals("Jan", PersonName.parse("Jan van der Northby").orElseThrow().given());
        assertEquals("van der Northby", PersonName.parse("Jan van der Northby").orElseThrow().surname());
        assertEquals("ap Riverford", PersonName.parse("Cllr Rhodri ap Riverford").orElseThrow().surname());
        assertEquals("de Westby", PersonName.parse("Cllr de Westby").orElseThrow().surname());
        assertTrue(PersonName.parse("de Westby").isEmpty(), "a particle is no given name");
        assertTrue(PersonName.parse("Ann de").isEmpty(), "a particle ends no name");
        assertTrue(PersonName.parse("Ann de the Westby").isEmpty(), "only particles between it and the last word");
    }

    @Test
    void initialsPrintedTogetherBeforeOneSurname() {
        PersonName r = PersonName.parse("Councillor R.A. Westby").orElseThrow();
        assertEquals("R.A.", r.given());
        assertEquals("Westby", r.surname());
        assertTrue(r.givenIsInitials());
        assertTrue(PersonName.parse("Mr S.T. Northby").isPresent());
        assertTrue(PersonName.parse("S.T. Northby").isEmpty(), "without a title, initials together are a body's as often");
        assertTrue(PersonName.parse("U.K. Shared Prosperity").isEmpty(), "initials together stand before one surname");
        assertTrue(PersonName.parse("A.B.C.D. Westby").isEmpty());
    }
}
