package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilgraph.Corpus;
import org.councilgraph.load.Loader;
import org.junit.jupiter.api.Test;

/**
 * Decisions, declarations and reports of community and parish council minutes of ../shared/corpus/wild.
 * Skipped when the corpus is absent.
 */
class WildDecisionsIT {
    private static Layout layout(String paper) throws Exception {
        return Segmenter.segment(Loader.load(Corpus.corpus("wild/" + paper)));
    }

    @Test
    void theCandidateSitesTableGivesADecisionARowAndTheListedDeclarationsTheirMembers() throws Exception {
        Layout l = layout("manordeilo-salem-cc/minutes_2019-02-06_extraordinary_en.pdf");
        Layout.MeetingSection m = l.meetings().get(0);
        List<String> declared = m.declarations().stream().map(Layout.DeclarationText::person).toList();
        assertEquals(List.of("Cllr. O. Williams", "Cllr. W. Loynton", "Cllr. H. Gwynne", "Cllr. J. Davies", "Cllr A. Thomas"), declared);
        List<String> decided = m.items().stream().flatMap(i -> i.resolutions().stream()).map(Layout.ResolutionText::text).toList();
        assertEquals(17, decided.size(), decided.toString());
        assertTrue(decided.contains("SR/147/003 Salem (1.3km NW) Objection, some distance outside the village development."), decided.toString());
    }

    @Test
    void theOfficersSubmittedReportAndTheNamedReportsAreReports() throws Exception {
        assertEquals(List.of("Police Report"),
                layout("ayton-cc/minutes_2012-03-06.pdf").reports().stream().map(Layout.ReportCover::title).toList());
        assertEquals(List.of("Des Kennedy Report", "Secretary Report"),
                layout("garelochhead-cc/minutes_2017-10-24.pdf").reports().stream().map(Layout.ReportCover::title).toList());
    }

    @Test
    void aVoteJoinsTheDecisionItFollows() throws Exception {
        List<String> decided = layout("ayton-cc/minutes_2012-03-06.pdf").meetings().get(0).items().stream()
                .flatMap(i -> i.resolutions().stream()).map(Layout.ResolutionText::text).toList();
        assertTrue(decided.contains("The minutes of the previous meeting on 7th February were approved. Proposed by RB, seconded by JS."),
                decided.toString());
    }
}
