package org.councilgraph.segment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.councilgraph.load.Paper;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.Span;

/**
 * The layout of a council paper, the output of the segment stage: which meetings it records or
 * summons, who attended, the numbered items with their resolutions, the officer reports it carries
 * and their contact blocks. Everything here is read from the shape of the page (headings, lists,
 * labels), not from the meaning of sentences; that is the annotate stage's work.
 *
 * @param paper     the paper segmented
 * @param council   the council that published it, by name or by its mail domain, when the paper shows one
 * @param meetings  meetings the paper records (minutes), summons (agenda) or reports to
 * @param reports   officer reports: covers in a pack, or reports named in minutes
 * @param contacts  contact blocks anywhere in the paper
 * @param references meetings the paper only mentions ("the meeting held on 3 June 2025")
 * @param committees committees a page describes without a meeting: a committee-details page with its
 *                   membership, a page listing a council's committees
 * @param membershipListings committees' membership lists printed outside any meeting, read once here so
 *                   that later stages never re-run the segmenter
 * @param staff      names printed in staff layouts (staff lists, signature lines, structure charts), with
 *                   the posts printed for them
 * @param tables     tables set as text (cells parted by tabs, runs of spaces or pipes), row by row
 * @param elections  the Returning Officer's notices the paper is (statement of persons nominated, notice of poll)
 * @param decisions  the decisions a record of decisions sets out under no agenda item (a Cabinet Member's,
 *                   an officer's delegated decision)
 */
public record Layout(Paper paper, Optional<CouncilRef> council, List<MeetingSection> meetings, List<ReportCover> reports,
                     List<ContactBlock> contacts, List<MeetingReference> references, List<CommitteeSection> committees,
                     List<MembershipLists.Listing> membershipListings, List<StaffEntry> staff, List<Table> tables,
                     List<ElectionNotice> elections, List<DecisionRecord> decisions) {

    /** A layout with no decision records. */
    public Layout(Paper paper, Optional<CouncilRef> council, List<MeetingSection> meetings, List<ReportCover> reports,
                  List<ContactBlock> contacts, List<MeetingReference> references, List<CommitteeSection> committees,
                  List<MembershipLists.Listing> membershipListings, List<StaffEntry> staff, List<Table> tables,
                  List<ElectionNotice> elections) {
        this(paper, council, meetings, reports, contacts, references, committees, membershipListings, staff, tables, elections, List.of());
    }

    /** A layout with no election notices. */
    public Layout(Paper paper, Optional<CouncilRef> council, List<MeetingSection> meetings, List<ReportCover> reports,
                  List<ContactBlock> contacts, List<MeetingReference> references, List<CommitteeSection> committees,
                  List<MembershipLists.Listing> membershipListings, List<StaffEntry> staff, List<Table> tables) {
        this(paper, council, meetings, reports, contacts, references, committees, membershipListings, staff, tables, List.of());
    }

    /** A layout with no committee pages. */
    public Layout(Paper paper, Optional<CouncilRef> council, List<MeetingSection> meetings, List<ReportCover> reports,
                  List<ContactBlock> contacts, List<MeetingReference> references) {
        this(paper, council, meetings, reports, contacts, references, List.of(), List.of(), List.of(), List.of());
    }

    /** A layout whose staff layouts and tables are not read yet (the segmenter reads them last). */
    public Layout(Paper paper, Optional<CouncilRef> council, List<MeetingSection> meetings, List<ReportCover> reports,
                  List<ContactBlock> contacts, List<MeetingReference> references, List<CommitteeSection> committees,
                  List<MembershipLists.Listing> membershipListings) {
        this(paper, council, meetings, reports, contacts, references, committees, membershipListings, List.of(), List.of());
    }

    /** This layout with the membership lists read outside its meetings. */
    Layout withMembershipListings(List<MembershipLists.Listing> listings) {
        return new Layout(paper, council, meetings, reports, contacts, references, committees, List.copyOf(listings), staff, tables, elections,
                decisions);
    }

    /** This layout with the paper's staff layouts and tables. */
    Layout withStaffAndTables(List<StaffEntry> staff, List<Table> tables) {
        return new Layout(paper, council, meetings, reports, contacts, references, committees, membershipListings,
                List.copyOf(staff), List.copyOf(tables), elections, decisions);
    }

    /** This layout with the election notices the paper is. */
    Layout withElections(List<ElectionNotice> notices) {
        return new Layout(paper, council, meetings, reports, contacts, references, committees, membershipListings, staff, tables,
                List.copyOf(notices), decisions);
    }

    /** This layout with the decisions its record of decisions sets out under no item. */
    Layout withDecisions(List<DecisionRecord> records) {
        return new Layout(paper, council, meetings, reports, contacts, references, committees, membershipListings, staff, tables,
                elections, List.copyOf(records));
    }

    /** The paper's main meeting date: the first meeting section's, else the first report's meeting. */
    public Optional<LocalDate> mainDate() {
        return meetings.stream().findFirst().map(MeetingSection::date)
                .or(() -> reports.stream().flatMap(r -> r.meetingDate().stream()).findFirst());
    }

    /**
     * A committee as a page describes it outside any meeting.
     *
     * @param name       the committee's name
     * @param span       where it was named
     * @param membership its members as listed, with their roles ("Chair"), status {@link Status#MEMBER}
     */
    public record CommitteeSection(String name, Span span, List<Attendee> membership) {
    }

    /** What a meeting section is in this paper. */
    public enum Role { MINUTES, AGENDA, DECISIONS, REFERENCED }

    /**
     * One meeting as the paper presents it.
     *
     * @param span       the section of the paper about this meeting
     * @param header     where the meeting was named
     * @param committee  committee name as printed (tidied of capitals)
     * @param date       the meeting date
     * @param start      start time, if stated
     * @param end        end time, if stated
     * @param venue      venue, if stated
     * @param role       minutes, agenda, decision notice
     * @param attendance attendance lines, in order
     * @param items      numbered agenda items, in order
     * @param membership committee membership listed with the meeting (agenda front sheets)
     */
    public record MeetingSection(Span span, Span header, String committee, LocalDate date, Optional<LocalTime> start,
                                 Optional<LocalTime> end, Optional<String> venue, Role role, List<Attendee> attendance,
                                 List<ItemSection> items, List<Attendee> membership,
                                 List<DeclarationText> declarations, Optional<MeetingStatus> status) {
    }

    /** What the paper says became of a meeting that was not held as planned. */
    public enum MeetingStatus { CANCELLED, POSTPONED }

    /**
     * A declaration of interest: "Councillor Hale declared that she was a governor at Larch Road School."
     *
     * @param person the declarer as printed
     * @param text   the declaration sentence
     * @param span   where it was read
     */
    public record DeclarationText(String person, String text, Span span) {
    }

    /** How someone was at a meeting. */
    public enum Status { PRESENT, IN_ATTENDANCE, APOLOGIES, ABSENT, SUBSTITUTE, MEMBER }

    /**
     * A name in an attendance list or membership list.
     *
     * @param name   the name as printed ("Mr. P. Northby CC")
     * @param status present, in attendance, apologies...
     * @param role   what the list says the person is there as: "Chair", "Lead Member for Children and
     *               Families", "Director of Public Health", "Co-opted Member" (or empty)
     * @param span   where the name was read
     * @param group  the list heading the name fell under ("Co-opted Members (Voting)"), or empty
     */
    public record Attendee(String name, Status status, Optional<String> role, Span span, Optional<String> group) {
    }

    /**
     * A numbered item of business.
     *
     * @param number      the item number as printed ("24"), or empty when unnumbered
     * @param title       the item title, tidied of capitals and trailing punctuation
     * @param titleSpan   where the title was read
     * @param body        the item's text up to the next item
     * @param resolutions what was resolved or agreed under it, one per sub-point
     * @param hasDocument the item links a document (a report), as web pages mark with a file link and packs with its pages
     */
    public record ItemSection(Optional<String> number, String title, Span titleSpan, Span body,
                              List<ResolutionText> resolutions, boolean hasDocument) {
    }

    /**
     * A decision set out in a record of decisions, under no agenda item: "Decision Made: 1. That the
     * policy be adopted ...".
     *
     * @param span        the label and the decision's words under it
     * @param resolutions the decision's points
     */
    public record DecisionRecord(Span span, List<ResolutionText> resolutions) {
    }

    /** One resolved point: "That the report be noted." */
    public record ResolutionText(String text, Span span) {
    }

    /**
     * An officer report.
     *
     * @param title       the report title as printed, tidied
     * @param span        the cover (or the minute sentence) it was read from
     * @param reportOf    who the report is "of" or "by": a post ("Director of Children and Family
     *                    Services") or a person, as printed; empty when unstated
     * @param committee   the committee it is addressed to, if the cover says
     * @param meetingDate the meeting it is for, if the cover says
     * @param itemNumber  the agenda item it was considered at, when known
     * @param contacts    the officers to contact about it
     * @param body        the report's extent in the paper (cover to the next report), for citations
     */
    public record ReportCover(String title, Span span, Optional<String> reportOf, Optional<String> committee,
                              Optional<LocalDate> meetingDate, Optional<String> itemNumber, List<ContactBlock> contacts,
                              Span body) {
    }

    /**
     * A contact block: "Alice Trent / Director of Children and Family Services / Tel: ... / Email: ...".
     */
    public record ContactBlock(String name, Optional<String> post, Optional<String> email, Optional<String> phone,
                               Span span) {
    }

    /**
     * A meeting named in passing: "the meeting of the Scrutiny Commission on 9 June 2025", a row of a
     * list of meeting dates, an entry of a web page's list of meetings ("15 Jan 2026 7:30 pm").
     *
     * @param committee the committee, when the words name it; empty for "the Committee", "the meeting"
     * @param date      the date
     * @param span      where it was read
     * @param time      the start time, when the list or sentence gives it
     */
    public record MeetingReference(Optional<String> committee, LocalDate date, Span span, Optional<LocalTime> time) {
        public MeetingReference(Optional<String> committee, LocalDate date, Span span) {
            this(committee, date, span, Optional.empty());
        }
    }

    /**
     * A name read from a staff layout, with the post printed for it: "Ann Westby   Head of Service",
     * "Signed: Jo Northby, Equalities Officer", a row of names over a row of posts.
     *
     * @param name     the name as parsed
     * @param span     where the name was read
     * @param post     the post printed for it, tidied, if any
     * @param postSpan where the post was read
     */
    public record StaffEntry(PersonName name, Span span, Optional<String> post, Optional<Span> postSpan) {
    }

    /** A table set as text: its rows, each the spans of its non-empty cells, mark-up trimmed off. */
    public record Table(List<List<Span>> rows) {
    }
}
