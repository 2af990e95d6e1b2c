package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommitteeAliasesTest {
    private static final String FULL = "Children, Young People and Education Scrutiny Commission";

    @Test
    void anAbbreviationSpellingTheInitialsResolvesToTheFullName() {
        CommitteeAliases a = new CommitteeAliases(List.of(FULL), "");
        assertEquals(FULL, a.resolve("CYPE Scrutiny Commission"));
        assertEquals(FULL, a.resolve("CYPE Commission"));
    }

    @Test
    void aNearVariantUnderTheSameHeadWordResolves() {
        CommitteeAliases a = new CommitteeAliases(List.of(FULL), "");
        assertEquals(FULL, a.resolve("Children and Young People's Scrutiny Commission"));
        assertEquals(FULL, a.resolve("CHILDREN, YOUNG PEOPLE AND EDUCATION SCRUTINY COMMISSION"));
    }

    @Test
    void distinctCommitteesStayDistinct() {
        CommitteeAliases a = new CommitteeAliases(List.of("Children and Families Overview and Scrutiny Committee",
                "Planning Committee", "West of England Combined Authority Committee and West of England Joint Committee"), "");
        assertEquals("Scrutiny Committee", a.resolve("Scrutiny Committee"));
        assertEquals("Planning Sub-Committee", a.resolve("Planning Sub-Committee"));
        assertEquals("Scrutiny Commission", a.resolve("Scrutiny Commission"));
        assertEquals("West of England Combined Authority Committee", a.resolve("West of England Combined Authority Committee"));
    }

    @Test
    void aDefinitionInTheTextExpandsAnAbbreviatedName() {
        CommitteeAliases a = new CommitteeAliases(List.of("Cabinet"),
                "1.2 The Children and Young People (CYP) Cabinet Committee also considered the transition arrangements.");
        assertEquals("Children and Young People Cabinet Committee", a.resolve("CYP Cabinet Committee"));
    }

    @Test
    void theDefinedLettersMayNameTheWholeBody() {
        CommitteeAliases a = new CommitteeAliases(List.of(),
                "Housing, Homes and Neighbourhoods Scrutiny Commission (HHN)\nWork Programme");
        assertEquals("Housing, Homes and Neighbourhoods Scrutiny Commission", a.resolve("HHN Commission"));
    }
}
