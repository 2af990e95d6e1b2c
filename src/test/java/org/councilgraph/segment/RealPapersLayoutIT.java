package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.councilgraph.Corpus;
import org.councilgraph.load.Loader;
import org.councilgraph.segment.Layout.MeetingSection;
import org.councilgraph.segment.Layout.ReportCover;
import org.junit.jupiter.api.Test;

/**
 * The papers of real/ as published: each yields what it holds. Skipped when the corpus is absent.
 */
class RealPapersLayoutIT {
    private static Layout layout(String name) throws Exception {
        Path p = Corpus.corpus("real/" + name);
        return Segmenter.segment(Loader.load(p));
    }

    private static List<String> numbers(MeetingSection m) {
        return m.items().stream().map(i -> i.number().orElse("-")).toList();
    }

    @Test
    void countyCouncilMinutesKeepTheirItemsAndNotTheirNumberedParagraphs() throws Exception {
        Layout l = layout("kent/county_council_2025-01-09_printed_minutes.pdf");
        MeetingSection m = Fixtures.only(l);
        assertEquals(List.of("283", "284", "285"), numbers(m));
        assertEquals(Optional.of(new CouncilRef.Named("Kent County Council")), l.council());
        assertTrue(m.items().get(2).resolutions().size() >= 4);
    }

    @Test
    void cabinetMinutesHaveTheirReportsAndEveryResolvedPoint() throws Exception {
        Layout l = layout("kent/cabinet_2025-01-30_printed_minutes.pdf");
        MeetingSection m = Fixtures.only(l);
        assertEquals(List.of("84", "85", "86", "87", "88", "89", "90", "91", "92"), numbers(m));
        assertEquals(3, m.items().get(7).resolutions().size());
        assertEquals(5, l.reports().size());
        assertTrue(l.references().stream().anyMatch(r -> r.date().equals(LocalDate.of(2025, 3, 4))));
    }

    @Test
    void aDecisionNoticeHasItsSubjectsAndDecisions() throws Exception {
        MeetingSection m = Fixtures.only(layout("bristol/src-bcc-0004_decision-notice-transport-connectivity-policy-committee-2024-09-12.pdf"));
        assertEquals(List.of("7", "8", "9", "10", "11", "12"), numbers(m));
        assertTrue(m.items().stream().allMatch(i -> !i.resolutions().isEmpty()));
    }

    @Test
    void minutesWithANumberedListOfSpeakersKeepTheirItems() throws Exception {
        MeetingSection m = Fixtures.only(layout(
                "bristol/src-bcc-0022_src-bcc-0022-printed-minutes-transport-and-connectivity-policy-committee-12-september-2024.pdf"));
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"), numbers(m));
        assertEquals(Optional.of(LocalTime.of(20, 10)), m.end());
    }

    @Test
    void aJointMeetingsPageIsOneMeetingOfBothBodies() throws Exception {
        MeetingSection m = Fixtures.only(layout("weca/src-weca-0018_joint-mca-joint-committee-2026-03-27-meeting-page.html"));
        assertEquals("West of England Combined Authority Committee and West of England Joint Committee", m.committee());
        assertEquals(Optional.of("70 Redcliff Street (BS1 6AL)"), m.venue());
        assertEquals(15, m.items().size());
    }

    @Test
    void aCancelledMeetingAndAMeetingListHoldMeetings() throws Exception {
        MeetingSection cancelled = Fixtures.only(layout("kingston/Agenda_412.html"));
        assertEquals(LocalDate.of(2025, 12, 4), cancelled.date());
        assertEquals(Optional.of("Guildhall, Kingston upon Thames"), cancelled.venue());
        Layout list = layout("kingston/BrowseMeetings.html");
        assertEquals(15, list.references().size());
        assertTrue(list.references().stream().allMatch(r -> r.committee().equals(Optional.of("Kingston and North Kingston Neighbourhood Committee"))));
    }

    @Test
    void pagesWithoutMeetingsYieldNone() throws Exception {
        for (String name : List.of("kingston/CommitteeDetails.html", "kingston/CommitteeStructure.html",
                "weca/src-weca-0015_combined-authority-committee-details.html")) {
            Layout l = layout(name);
            assertTrue(l.meetings().isEmpty() && l.references().isEmpty() && l.reports().isEmpty(), name);
        }
    }

    @Test
    void reportCoversOfEachStyle() throws Exception {
        ReportCover kent = layout("kent/cabinet_2025-01-30_report_24-00109_strengthening_independence.pdf").reports().get(0);
        assertEquals(Optional.of("Cabinet"), kent.committee());
        assertEquals(4, kent.reportOf().orElseThrow().split(" / ").length, kent.reportOf().toString());
        ReportCover weca = layout("weca/src-weca-0029_joint-meeting-2026-06-05-delivery-assurance.pdf").reports().get(0);
        assertEquals("DELIVERY ASSURANCE", weca.title());
        assertEquals(Optional.of("Director of Finance, Investments and Commercial"), weca.reportOf());
        ReportCover kingston = layout("kingston/ZebraCrossing.pdf").reports().get(0);
        assertEquals("Coombe Lane West Zebra Crossing - Local Consultation Results", kingston.title());
        assertEquals(Optional.of(LocalDate.of(2026, 1, 15)), kingston.meetingDate());
        ReportCover bristol = layout("bristol/src-bcc-0003_committee-report-workplace-parking-levy-2024-09-12.pdf").reports().get(0);
        assertEquals("Workplace Parking Levy", bristol.title());
        assertEquals(Optional.of("Adam Crowther, Head of City Transport"), bristol.reportOf());
    }
}
