package org.councilgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilgraph.Corpus;
import org.councilgraph.annotate.Annotations.BodyKind;
import org.councilgraph.annotate.Annotations.BodyMention;
import org.councilgraph.load.Loader;
import org.councilgraph.segment.Segmenter;
import org.junit.jupiter.api.Test;

/**
 * Outside bodies in wild papers of Scottish, Welsh and English local councils: bodies called by their
 * initials alone, national bodies of the three nations and national firms, and what is none (people's
 * initials, headings in capitals, the council's own initials). Skipped when the corpus is absent.
 */
class WildOrganisationsIT {
    private static Set<String> organisations(String name) throws Exception {
        Annotations a = Annotator.annotate(Segmenter.segment(Loader.load(Corpus.corpus("wild/" + name))));
        return a.bodies().stream().filter(b -> b.kind() == BodyKind.ORGANISATION).map(BodyMention::printed).collect(Collectors.toSet());
    }

    @Test
    void initialsInAScottishCommunityCouncilsMinutes() throws Exception {
        Set<String> o = organisations("ayton-cc/minutes_2012-03-06.pdf");
        for (String body : List.of("SBC", "AEG", "RAGES", "OFT", "BCCF", "SSDF", "Traffic\nCommissioner")) {
            assertTrue(o.stream().anyMatch(x -> x.replaceAll("\\s+", " ").equals(body.replace('\n', ' '))), body + " in " + o);
        }
        for (String none : List.of("RW", "GD", "CC", "ITEMS", "AOCB", "PRESENT")) {
            assertFalse(o.contains(none), none + " in " + o);
        }
    }

    @Test
    void nationalBodiesAndFirmsOfWalesAndEngland() throws Exception {
        Set<String> welsh = organisations("manordeilo-salem-cc/minutes_2016-05-11_en.pdf");
        for (String body : List.of("Royal Mail", "HSBC Bank", "Zurich Insurance", "One Voice Wales", "WCVA")) {
            assertTrue(welsh.contains(body), body + " in " + welsh);
        }
        Set<String> english = organisations("newbiggin-pc/minutes_2019-09-03.pdf");
        assertTrue(english.contains("NALC"), english.toString());
        assertTrue(english.contains("Information Commissioners Office"), english.toString());
    }

    @Test
    void theDistrictCouncilsInitialsAreTheDistrictCouncil() throws Exception {
        Annotations a = Annotator.annotate(Segmenter.segment(Loader.load(Corpus.corpus("wild/milburn-pc/minutes_agm_2019-05-07.pdf"))));
        assertTrue(a.bodies().stream().anyMatch(b -> b.printed().equals("EDC") && b.name().endsWith("District Council")), a.bodies().toString());
    }
}
