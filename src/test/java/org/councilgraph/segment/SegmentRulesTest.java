package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.Stream;
import org.councilgraph.rule.Explain;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.councilgraph.Manifests;

/**
 * The segment grammars' named rules, tested as manifests the way Jena's test suites are: each TSV row
 * under {@code src/test/resources/org/councilgraph/segment/} is an input, the expected reading and the
 * rule expected to decide it.
 */
class SegmentRulesTest {
    private static Stream<Arguments> manifest(String name) {
        return Manifests.cases("/org/councilgraph/segment/" + name, 3);
    }

    static Stream<Arguments> committeeNames() {
        return manifest("committee-names.tsv");
    }

    static Stream<Arguments> itemLines() {
        return manifest("item-lines.tsv");
    }

    static Stream<Arguments> capitalsHeadings() {
        return manifest("capitals-headings.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("capitalsHeadings")
    void capitalsHeadingRules(String line, String decision, String rule) {
        String text = "APOLOGIES FOR ABSENCE\nApologies were received from Ann Westby.\n\n" + line
                + "\nThe Committee heard from residents of Northby.\n\nANY OTHER BUSINESS\nThere was none.\n";
        Explain.Traced<List<Layout.ItemSection>> t = Explain.during(() -> AgendaItems.find(new Lines(text), 0, text.length()));
        List<Explain.Decision> decisions = t.decisions().stream()
                .filter(d -> d.grammar().equals("capitalsHeading") && d.candidate().equals(line)).toList();
        assertEquals(1, decisions.size(), "decisions on the line: " + decisions);
        assertEquals(decision, decisions.get(0).verdict().accepted() ? "accept" : "reject");
        assertEquals(rule, decisions.get(0).verdict().rule());
        boolean listed = t.result().stream().anyMatch(i -> i.title().equalsIgnoreCase(line));
        assertEquals(decision.equals("accept"), listed, "items read: " + t.result().stream().map(Layout.ItemSection::title).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("committeeNames")
    void committeeNameRules(String line, String expected, String rule) {
        Explain.Traced<String> t = Explain.during(() -> Committees.clean(line));
        assertEquals(expected.equals("-") ? null : expected, t.result());
        // a name whose first word is a Welsh head is read by the welshCommitteeName cascade
        List<Explain.Decision> decisions = t.decisions().stream()
                .filter(d -> d.grammar().equals("committeeName") || d.grammar().equals("welshCommitteeName")).toList();
        assertFalse(decisions.isEmpty(), "the committeeName cascade decided nothing");
        assertEquals(rule, decisions.get(decisions.size() - 1).verdict().rule());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("itemLines")
    void itemNumberRules(String line, String decision, String rule) {
        String text = "1. Apologies for Absence\n\n" + line + "\n\n3. Any Other Business\n";
        Explain.Traced<List<Layout.ItemSection>> t = Explain.during(() -> AgendaItems.find(new Lines(text), 0, text.length()));
        List<Explain.Decision> decisions = t.decisions().stream()
                .filter(d -> d.grammar().equals("itemNumber") && d.candidate().startsWith(line)).toList();
        // a number of several parts ("5.1") is read two ways: every reading must come to the same verdict
        assertFalse(decisions.isEmpty(), "no decision on the line");
        for (Explain.Decision d : decisions) {
            assertEquals(decision, d.verdict().accepted() ? "accept" : "reject", "decisions on the line: " + decisions);
            assertEquals(rule, d.verdict().rule(), "decisions on the line: " + decisions);
        }
        boolean listed = t.result().stream().anyMatch(i -> line.contains(i.title()));
        assertEquals(decision.equals("accept"), listed, "items read: " + t.result().stream().map(Layout.ItemSection::title).toList());
    }

    static Stream<Arguments> itemNumbering() {
        return Manifests.cases("/org/councilgraph/segment/item-numbering.tsv", 3);
    }

    /** Each numbering scheme: a meeting's business (lines joined by " / ") to the item numbers read, as printed. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("itemNumbering")
    void itemNumberingSchemes(String scheme, String business, String numbers) {
        String text = business.replace(" / ", "\n") + "\n";
        List<String> read = AgendaItems.find(new Lines(text), 0, text.length()).stream()
                .map(i -> i.number().orElse("-")).toList();
        // numbers printed with a space in them are listed apart by " ; "
        assertEquals(List.of(numbers.contains(" ; ") ? numbers.split(" ; ") : numbers.split(" ")), read, scheme);
    }

    static Stream<Arguments> resolutionSentences() {
        return manifest("resolution-sentences.tsv");
    }

    /** Whether a sentence of minutes that print no "RESOLVED" records a decision. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("resolutionSentences")
    void resolutionSentenceRules(String sentence, String decides, String why) {
        assertEquals(decides.equals("yes"), ProseResolutions.decides(sentence), why);
    }
}
