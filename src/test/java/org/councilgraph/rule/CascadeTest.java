package org.councilgraph.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CascadeTest {
    static final Rule<String> DOCUMENT_WORD = Rule.named("documentWord", s -> s.endsWith("Report"));
    static final Rule<String> ENDS_IN_HEAD = Rule.named("endsInHead", s -> s.endsWith("Board") || s.endsWith("Trust"));
    static final Rule<String> CAPITALISED = Rule.named("capitalised", s -> Character.isUpperCase(s.charAt(0)));
    static final Cascade<String> BODY = Cascade.<String>named("body")
            .reject(DOCUMENT_WORD)
            .accept(CAPITALISED.and(ENDS_IN_HEAD))
            .otherwise(false);

    @Test
    void theFirstRuleThatHoldsDecides() {
        assertEquals(new Verdict(true, "(capitalised & endsInHead)"), BODY.decide("Westby Health Board"));
        assertEquals(new Verdict(false, "documentWord"), BODY.decide("Westby Health Board Report"));
        assertEquals(new Verdict(false, "otherwise"), BODY.decide("health board"));
        assertTrue(BODY.accepts("Northby Leisure Trust"));
    }

    @Test
    void combinationsNameTheirParts() {
        assertEquals("!(documentWord | endsInHead)", DOCUMENT_WORD.or(ENDS_IN_HEAD).not().name());
        assertFalse(DOCUMENT_WORD.or(ENDS_IN_HEAD).not().test("Westby Trust"));
        assertEquals(List.of("reject documentWord", "accept (capitalised & endsInHead)", "reject otherwise"),
                BODY.describeRules());
    }

    @Test
    void explainCollectsDecisionsOnlyWhileOn() {
        BODY.decide("Westby Health Board");
        assertFalse(Explain.on());
        Explain.Traced<Boolean> t = Explain.during(() -> BODY.accepts("Westby Health Board")
                & BODY.accepts("Westby Health Board Report"));
        assertFalse(t.result());
        assertEquals(2, t.decisions().size());
        assertEquals("documentWord", t.decisions().get(1).verdict().rule());
        assertEquals("Westby Health Board Report", t.decisions().get(1).candidate());
        assertFalse(Explain.on());
    }

    @Test
    void aDecisionSaysWhereItsCandidateStartsWhenTheCascadeIsLocated() {
        String text = "Minutes.\nThe Westby Health Board met.";
        Cascade<String> located = Cascade.<String>named("body")
                .accept(CAPITALISED.and(ENDS_IN_HEAD))
                .locatedBy(text::indexOf)
                .otherwise(false);
        Explain.Traced<Boolean> t = Explain.during(() -> located.accepts("Westby Health Board") & BODY.accepts("Westby Health Board"));
        assertTrue(t.result());
        Explain.Decision d = t.decisions().get(0);
        assertEquals(text.indexOf("Westby"), d.at());
        assertTrue(d.within(text.indexOf('\n') + 1, text.length()));
        assertFalse(d.within(0, text.indexOf('\n')));
        assertEquals(-1, t.decisions().get(1).at()); // a cascade that does not say where
        Explain.Traced<Boolean> c = Explain.during(() -> Explain.check("body", DOCUMENT_WORD, "Westby Report", 42, false));
        assertEquals(42, c.decisions().get(0).at());
    }
}
