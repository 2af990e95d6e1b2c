package org.councilgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilgraph.Corpus;
import org.councilgraph.annotate.Annotations.BodyKind;
import org.councilgraph.annotate.Annotations.BodyMention;
import org.councilgraph.annotate.Annotations.PostMention;
import org.councilgraph.load.Loader;
import org.councilgraph.segment.Layout;
import org.councilgraph.segment.Segmenter;
import org.junit.jupiter.api.Test;

/**
 * Papers of kinds other than minutes, of councils the rules were not written against: a statutory
 * notice (posts with remits after a dash, a chair of governors, schools with bracketed designations),
 * a CMIS report cover and briefing (O&amp;S chairs in a role field, the committee of a "Report to:"
 * line, an officer's units under their post) and a planning letter (the service a signature's title
 * names). Skipped when the corpus is absent.
 */
class WildNoticesAndCoversIT {
    private static Annotations read(String name) throws Exception {
        return Annotator.annotate(Segmenter.segment(Loader.load(Corpus.corpus("wild/" + name))));
    }

    private static Set<String> posts(Annotations a) {
        return a.posts().stream().map(PostMention::label).collect(Collectors.toSet());
    }

    private static Set<String> bodies(Annotations a, BodyKind kind) {
        return a.bodies().stream().filter(b -> b.kind() == kind).map(BodyMention::name).collect(Collectors.toSet());
    }

    @Test
    void aStatutoryNoticesPostsAndSchools() throws Exception {
        Annotations a = read("north-yorkshire/statutory_notice_school_reorganisation_bawb_federation_2026-01-12.pdf");
        Set<String> posts = posts(a);
        assertTrue(posts.contains("Corporate Director - Children and Young People's Service"), posts.toString());
        assertTrue(posts.contains("Chair of Governors"), posts.toString());
        assertTrue(bodies(a, BodyKind.SERVICE).contains("Children and Young People's Service"), a.bodies().toString());
        assertFalse(bodies(a, BodyKind.SERVICE).contains("Legal Service"), a.bodies().toString());
        Set<String> orgs = bodies(a, BodyKind.ORGANISATION);
        assertTrue(orgs.contains("West Burton Church of England (Voluntary Controlled) Primary School"), orgs.toString());
        assertFalse(orgs.contains("West Burton Church"), orgs.toString());
    }

    @Test
    void aCmisCoversChairsAndABriefingsCommitteeAndUnits() throws Exception {
        Annotations cabinet = read("birmingham/cmis_cabinet_report_private_sector_temporary_accommodation_2020-11-10.pdf");
        assertTrue(cabinet.posts().stream().anyMatch(p -> p.label().equals("O &S Chair, Resources") && p.holder().isPresent()),
                cabinet.posts().toString());
        assertTrue(posts(cabinet).contains("Assistant Director, Development and Commercial"), posts(cabinet).toString());
        assertFalse(bodies(cabinet, BodyKind.ORGANISATION).contains("Crown Prosecution Service"), cabinet.bodies().toString());
        assertTrue(bodies(cabinet, BodyKind.ORGANISATION).containsAll(Set.of("St Basils", "Trident")), cabinet.bodies().toString());
        Annotations briefing = read("birmingham/cmis_information_briefing_homeless_single_system_2016-09-06.pdf");
        Layout.ReportCover cover = briefing.layout().reports().get(0);
        assertEquals(Optional.of("Housing and Homes O&S Committee"), cover.committee());
        assertTrue(bodies(briefing, BodyKind.SERVICE).containsAll(Set.of("Commissioning Centre of Excellence", "Directorate for People")),
                briefing.bodies().toString());
    }

    @Test
    void aPlanningLettersSignatureNamesItsService() throws Exception {
        Annotations a = read("ashfield/planning_letter_V-2014-0664_application_withdrawn_2019-10-31.pdf");
        assertTrue(bodies(a, BodyKind.SERVICE).contains("Planning and Regulatory Services"), a.bodies().toString());
    }
}
