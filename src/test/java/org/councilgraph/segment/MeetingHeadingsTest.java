package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.councilgraph.rule.Explain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.councilgraph.Manifests;

/** Meeting headings of every form, as a manifest: heading, committee, date, time, venue. */
class MeetingHeadingsTest {
    private static final String BODY = "\n\nPresent: Councillors Ann Westby and Bob Northby\n\n1. Apologies\nNone were received.\n\n"
            + "2. Minutes\nThe minutes of the last meeting held on 4 March 2020 were approved.\n";

    static Stream<Arguments> headings() {
        return Manifests.cases("/org/councilgraph/segment/meeting-headings.tsv", 5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headings")
    void readsTheMeetingTheHeadingNames(String heading, String committee, String date, String time, String venue) {
        List<MeetingHeaders.Header> found = MeetingHeaders.find(heading.replace("\\n", "\n") + BODY);
        if (committee.equals("-")) {
            assertTrue(found.isEmpty(), "no meeting expected: " + found);
            return;
        }
        assertTrue(!found.isEmpty(), "no meeting read");
        MeetingHeaders.Header h = found.get(0);
        assertEquals(committee, h.committee());
        assertEquals(date, h.date().toString());
        assertEquals(time, h.time().map(Object::toString).orElse("-"));
        assertEquals(venue, h.venue().orElse("-"));
    }

    @Test
    void aLineOfThePapersWordsBetweenNameAndDateSaysWhatThePaperIs() {
        MeetingHeaders.Header h = MeetingHeaders.find("WESTBY SERVICES COMMITTEE\n\nMINUTES AND DECISION RECORD\n\n2 October 2025\n\n" + BODY).get(0);
        assertEquals(Layout.Role.MINUTES, h.role());
        assertEquals(Layout.Role.AGENDA, MeetingHeaders.find("WESTBY SERVICES COMMITTEE\n\nAGENDA\n\n2 October 2025\n\n" + BODY).get(0).role());
        assertEquals(Layout.Role.MINUTES, MeetingHeaders.find("Cabinet Minutes\n\nThursday, 14th March, 2019\n\n" + BODY).get(0).role(), "the word after the name");
    }

    @Test
    void minuteAloneAboveANameAndADateHeadsMinutes() {
        String heading = "General Meeting of Westby Council\nTuesday, 8 December 2020, 10:30.\n\n";
        MeetingHeaders.Header minutes = MeetingHeaders.find("Minute\n" + heading + BODY).get(0);
        assertEquals("2020-12-08", minutes.date().toString());
        assertEquals(Layout.Role.MINUTES, minutes.role());
        assertEquals(Layout.Role.AGENDA, MeetingHeaders.find(heading + BODY).get(0).role(), "a name and a date alone: a summons");
        // the same heading read as one line, the word run onto it
        MeetingHeaders.Header oneLine = MeetingHeaders.find("Minute General Meeting of Westby Council Tuesday, 8 December 2020, 10:30.\n\n" + BODY).get(0);
        assertEquals("Westby Council", oneLine.committee());
        assertEquals(Layout.Role.MINUTES, oneLine.role());
    }

    @Test
    void aDateThatNamesAnotherMeetingIsNotTheHeadingsAndTheRuleSaysSo() {
        String text = "Westby Parish Council\nMinutes\nThe minutes of the previous meeting held on 4 March 2020 were approved.\n"
                + "Meeting held on 1 April 2020\n" + BODY;
        Explain.Traced<List<MeetingHeaders.Header>> t = Explain.during(() -> MeetingHeaders.find(text));
        assertEquals("2020-04-01", t.result().get(0).date().toString());
        List<Explain.Decision> dates = t.decisions().stream().filter(d -> d.grammar().equals("headingDate")).toList();
        assertEquals("namesAnotherMeeting", dates.get(0).verdict().rule());
        assertTrue(dates.get(1).verdict().accepted());
    }

    @Test
    void theHeadingsWordsEndWithItsDateOrItsTimeNotTheLineUnder() {
        String dated = "MINUTES of a meeting of the Cabinet held at County Hall, Westby on Thursday, 30 January 2025.\n"
                + "PRESENT: Mr A Westby (Chairman)\n\n1. Apologies\nNone.\n";
        MeetingHeaders.Header h = MeetingHeaders.find(dated).get(0);
        assertEquals("MINUTES of a meeting of the Cabinet held at County Hall, Westby on Thursday, 30 January 2025",
                dated.substring(h.span().start(), h.span().end()));
        String timed = "Minutes of the Meeting of the Westby Scrutiny Commission Held: TUESDAY, 8 APRIL 2025 at 5:30 pm\n"
                + "P R E S E N T\nCouncillor Ann Northby\n\n1. Apologies\nNone.\n";
        h = MeetingHeaders.find(timed).get(0);
        assertEquals("Minutes of the Meeting of the Westby Scrutiny Commission Held: TUESDAY, 8 APRIL 2025 at 5:30 pm",
                timed.substring(h.span().start(), h.span().end()));
    }

    @Test
    void aLaterMeetingNamedInAMinuteIsNoHeading() {
        // a resolution's meeting "to be held", and a reference from a committee set as a numbered item's title
        String text = "Westby Fire Authority\n\nMinutes of the meeting held on 12 December 2024\n\n"
                + "C204  NORTHBY DEPOT UPDATE – RESOURCES\n      SCRUTINY COMMITTEE: 18TH OCTOBER, 2023 (REF) –\n\nThe Committee's view was noted.\n\n"
                + "C205  WESTBY RISK PLAN\n\nRESOLVED that the outcome be reported to the meeting of the\nAuthority to be held on 24 April 2025.\n";
        List<MeetingHeaders.Header> found = MeetingHeaders.find(text);
        assertEquals(List.of("2024-12-12"), found.stream().map(h -> h.date().toString()).toList());
    }
}
