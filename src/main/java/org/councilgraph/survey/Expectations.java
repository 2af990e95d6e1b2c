package org.councilgraph.survey;

import java.util.ArrayList;
import java.util.List;

/**
 * What a paper of each kind should give, and so what the survey flags when it does not: minutes
 * record a meeting (committee and day), who attended and the business; an agenda its meeting and
 * items; a meeting page at least its meeting's day; a report its title and who wrote it or whom to
 * contact; every paper its council; and no paper should give nothing at all.
 */
final class Expectations {
    static final String MEETING = "meeting with committee and date";
    static final String ATTENDANCE = "attendance";
    static final String ITEMS = "items";
    static final String DATE = "meeting date";
    static final String REPORT_TITLE = "report title";
    static final String REPORT_AUTHOR = "report author or contact";
    static final String COMMITTEE = "committee";
    static final String COUNCIL = "council";
    static final String ANYTHING = "anything";

    private Expectations() {
    }

    static List<String> lacks(PaperKind kind, Survey.Found f) {
        List<String> out = new ArrayList<>();
        if (f.nothing()) {
            out.add(ANYTHING);
            return out;
        }
        switch (kind) {
            case MINUTES -> {
                lack(out, hasMeeting(f), MEETING);
                lack(out, f.attendance() > 0, ATTENDANCE);
                lack(out, f.items() > 0, ITEMS);
            }
            case AGENDA -> {
                lack(out, hasMeeting(f), MEETING);
                lack(out, f.items() > 0, ITEMS);
            }
            case MEETING_PAGE, DECISION_NOTICE -> lack(out, f.meetingList().stream().anyMatch(m -> !m.date().isEmpty()), DATE);
            case REPORT -> {
                lack(out, f.reportsTitled() > 0, REPORT_TITLE);
                lack(out, f.reportsWithAuthor() + f.reportsWithContact() > 0, REPORT_AUTHOR);
            }
            case COMMITTEE_PAGE -> lack(out, f.committees() > 0, COMMITTEE);
            default -> {
            }
        }
        lack(out, !f.council().isEmpty(), COUNCIL);
        return out;
    }

    static boolean hasMeeting(Survey.Found f) {
        return f.meetingList().stream().anyMatch(Survey.Meeting::complete);
    }

    private static void lack(List<String> out, boolean has, String what) {
        if (!has) {
            out.add(what);
        }
    }
}
