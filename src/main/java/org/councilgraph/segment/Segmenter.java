package org.councilgraph.segment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.load.Paper;
import org.councilgraph.segment.Layout.Attendee;
import org.councilgraph.segment.Layout.ContactBlock;
import org.councilgraph.segment.Layout.DeclarationText;
import org.councilgraph.segment.Layout.ItemSection;
import org.councilgraph.segment.Layout.MeetingReference;
import org.councilgraph.segment.Layout.MeetingSection;
import org.councilgraph.segment.Layout.ReportCover;
import org.councilgraph.segment.Layout.Status;
import org.councilgraph.text.Dates;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.Span;

/**
 * The segment stage: a paper's text to its {@link Layout}. The one entry point of this package.
 *
 * <pre>{@code
 * Layout layout = Segmenter.segment(paper);
 * for (Layout.MeetingSection m : layout.meetings()) {
 *     m.committee(); m.date(); m.attendance(); m.items();
 * }
 * }</pre>
 *
 * <p>The paper is cut into meeting sections (from a meeting heading to the next heading, the next
 * report cover or the end of the minutes) and report covers (from a cover to the next one). Items,
 * attendance, resolutions and declarations are looked for only inside meeting sections, so that the
 * numbered paragraphs of an officer report are never read as agenda items.
 */
public final class Segmenter {
    private static final Pattern MINUTES_END = Pattern.compile(
            "(?im)^[^\\n]*?\\b(?:the\\s+)?meeting\\s+(?:" + Lexicon.of("meeting-close-verbs.tsv").alternation() + ")\\s+at\\s+(?<t>[^\\n]{1,30})$"
            + "|^[ \\t]*(?<range>\\d{1,2}[.:]\\d{2}\\s*(?:am|pm)?\\s*(?:-|–|to)\\s*\\d{1,2}[.:]\\d{2}\\s*(?:am|pm))[ \\t]*(?:CHAIR(?:MAN)?)?[ \\t]*$"
            + "|^[ \\t]*(?:CHAIR(?:MAN)?|Chair(?:man)?)[ \\t]*$");

    /** "Licensing Committee - 25th November 2025 6.30 pm, CANCELLED", "This meeting has been postponed." */
    private static final Pattern STATUS_IN_HEADER = Pattern.compile("\\b(?:(?<c>CANCELLED|Cancelled|CANCELED|Canceled)|(?<p>POSTPONED|Postponed))\\b");
    private static final Pattern STATUS_SENTENCE = Pattern.compile(
            "(?i)\\b(?:this|the)\\s+meeting\\s+(?:has\\s+been|was|is|will\\s+be)\\s+(?:(?<c>cancell?ed)|(?<p>postponed))\\b");

    /** What may follow the closing time and still be the minutes' signature block. */
    private static final Pattern SIGNATURE_TAIL = Pattern.compile(
            "\\A(?:\\s*(?:CHAIR(?:MAN)?|Chair(?:man)?|\\d{1,2}\\s+[A-Za-z]+\\s+\\d{4}|Date:?)\\s*)*");
    /** A committee name that carries an abbreviation ("ABC Joint Committee"), unless it is all capitals. */
    private static final Pattern HAS_ABBREVIATION = Pattern.compile(".*\\b[A-Z][A-Z&]{1,7}\\b.*");
    private static final Pattern ALL_CAPITALS = Pattern.compile("[A-Z&\\s]+");
    /** A membership table's name cell with a note after it: "Cllr A Westby (Vice-Chair)". */
    private static final Pattern NAME_AND_NOTE = Pattern.compile("^(.*?)\\s*\\(([^)]*)\\)$");
    private static final Pattern TRAILING_SPACE = Pattern.compile("\\s+$");

    private Segmenter() {
    }

    /** Whether the meeting was cancelled or postponed: said on its heading's line or near the top of its section. */
    static Optional<Layout.MeetingStatus> status(String text, Span header, Span section) {
        int ls = text.lastIndexOf('\n', header.start() - 1) + 1;
        int le = text.indexOf('\n', header.end());
        Matcher m = STATUS_IN_HEADER.matcher(text.substring(ls, le < 0 ? text.length() : le));
        if (!m.find()) {
            m = STATUS_SENTENCE.matcher(text.substring(section.start(), Math.min(section.end(), section.start() + 1500)));
            if (!m.find()) {
                return Optional.empty();
            }
        }
        return Optional.of(m.group("c") != null ? Layout.MeetingStatus.CANCELLED : Layout.MeetingStatus.POSTPONED);
    }

    public static Layout segment(Paper paper) {
        String text = paper.text();
        Lines lines = new Lines(text, paper.format().equals(org.councilgraph.load.Format.HTML.mediaType()) || webPageText(text));
        Optional<CouncilRef> council = CouncilNames.find(paper);
        List<MeetingHeaders.Header> headers = MeetingHeaders.find(text);
        Integer year = yearOf(text, headers);
        List<ReportCovers.Cover> covers = new ArrayList<>(ReportCovers.find(lines, year));
        if (lines.webPage()) {
            // an item's own page ("Meeting of Cabinet, ... (Item 5.)" under its title, "Report of ..." under that) is no report's cover
            covers.removeIf(c -> headers.stream().anyMatch(h -> h.start() >= c.start() && h.start() <= c.span().end()
                    && MeetingHeaders.itemPage(text.substring(h.span().start(), h.span().end()))));
        }
        List<ContactBlock> contacts = ContactBlocks.find(lines);
        List<MeetingReference> references = new ArrayList<>(MeetingReferences.find(text, year));
        List<MeetingSection> meetings = meetings(lines, headers, covers, references);
        if (lines.webPage()) {
            // "Contact:" and "Report by ..." under an item's title on a meeting page are the item's, not a report's cover
            covers.removeIf(c -> meetings.stream().anyMatch(m -> m.items().stream().anyMatch(i -> i.titleSpan().start() < c.span().end() && c.span().end() <= i.body().end())));
        }
        stopIfInterrupted();
        List<ReportCover> reports = reports(text, covers, meetings, contacts);
        // an item with pages of its own in the pack, or a file on a web page, is put to the meeting as a report; a
        // pack that carries some reports' covers often omits the rest, so its other papers are reports too
        List<ReportCover> covered = List.copyOf(reports);
        boolean byDocument = covers.isEmpty() || lines.webPage();
        reports.addAll(MinuteReports.find(text, meetings,
                title -> !byDocument && covered.stream().anyMatch(c -> ReportLinks.sameTitle(c.title(), title))));
        stopIfInterrupted();
        references.sort(Comparator.comparing(MeetingReference::span));
        List<Layout.CommitteeSection> committees = meetings.isEmpty() && reports.isEmpty() ? CommitteePages.find(lines) : List.of();
        Layout linked = ReportLinks.link(aliased(new Layout(paper, council, meetings, reports, contacts, references, committees, List.of())));
        return linked.withMembershipListings(MembershipLists.find(linked)).withStaffAndTables(StaffLayouts.read(text), TableBlocks.read(text))
                .withElections(ElectionNotices.read(lines)).withDecisions(DecisionRecords.read(lines, meetings));
    }

    /** The "Minutes:" and "Decision:" labels a committee system's meeting page prints under each item, alone on their lines. */
    private static final Pattern PAGE_LABEL = Pattern.compile("(?m)^[ \\t]*(?:Minutes|Decision|Additional documents):[ \\t]*$");

    /**
     * A web page saved as text: its items' file marks ("pdf icon PDF 97 KB") and the labels under each item. It is
     * read as the page, its items' "Report by ..." and "Contact:" lines no report's cover.
     */
    static boolean webPageText(String text) {
        if (!AgendaItems.DOCUMENT_MARK.matcher(text).find()) {
            return false;
        }
        Matcher m = PAGE_LABEL.matcher(text);
        int n = 0;
        while (n < 3 && m.find()) {
            n++;
        }
        return n >= 3;
    }

    /**
     * A paper past its time limit has its worker interrupted; a pack of thousands of meetings would
     * otherwise be read to its end first, section by section, long after its time (the build has given
     * up on the paper by then and drops whatever this returns).
     */
    private static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("stopped: the paper is over its time limit");
        }
    }

    /** The year dates without one are read in: the first meeting heading's, else the paper's first date's. */
    private static Integer yearOf(String text, List<MeetingHeaders.Header> headers) {
        return headers.stream().map(h -> h.date().getYear()).findFirst()
                .orElseGet(() -> Dates.first(text).map(f -> f.date().getYear()).orElse(null));
    }

    /**
     * The meeting sections under the headings; a heading that only names a meeting (on a report's
     * cover, or with no business under it) is added to {@code references} instead.
     */
    private static List<MeetingSection> meetings(Lines lines, List<MeetingHeaders.Header> headers, List<ReportCovers.Cover> covers,
                                                 List<MeetingReference> references) {
        String text = lines.text();
        List<MeetingSection> meetings = new ArrayList<>();
        for (int k = 0; k < headers.size(); k++) {
            stopIfInterrupted();
            MeetingHeaders.Header h = headers.get(k);
            Optional<MeetingSection> section = headsCover(h, covers) ? Optional.empty()
                    // a web page's items print "Report of ..." under their titles: those are not covers that end the minutes
                    : section(lines, h, closing(text, h, sectionEnd(text, headers, k, lines.webPage() ? List.of() : covers)), k == 0);
            if (section.isPresent()) {
                meetings.add(section.get());
            } else {
                references.add(new MeetingReference(Optional.of(h.committee()), h.date(), h.span()));
            }
        }
        return meetings;
    }

    /** A committee-and-date line heading a report cover names the meeting the report goes to. */
    private static boolean headsCover(MeetingHeaders.Header h, List<ReportCovers.Cover> covers) {
        return covers.stream().anyMatch(c -> h.start() >= c.start() - 40 && h.start() <= c.span().end());
    }

    /** Where heading {@code k}'s section ends at the latest: at the next heading or the next report cover. */
    private static int sectionEnd(String text, List<MeetingHeaders.Header> headers, int k, List<ReportCovers.Cover> covers) {
        MeetingHeaders.Header h = headers.get(k);
        int end = text.length();
        for (int j = k + 1; j < headers.size(); j++) {
            MeetingHeaders.Header next = headers.get(j);
            if (next.start() > h.span().end()) {
                end = next.start();
                break;
            }
        }
        for (ReportCovers.Cover c : covers) {
            if (c.start() > h.span().end()) {
                end = Math.min(end, c.start());
                break;
            }
        }
        return end;
    }

    /**
     * How a meeting's minutes close: the times the closing line gives, where the business ends (-1
     * when no closing line was found) and where the section ends.
     */
    private record Closing(Optional<LocalTime> start, Optional<LocalTime> finish, int businessEnd, int end) {
    }

    /** "The meeting closed at 8.05 pm", "6.30 pm - 8.05 pm CHAIRMAN": the signature block ends the minutes. */
    private static Closing closing(String text, MeetingHeaders.Header h, int end) {
        Optional<LocalTime> start = h.time();
        Optional<LocalTime> finish = Optional.empty();
        Matcher close = MINUTES_END.matcher(text).region(h.span().end(), end);
        while (close.find()) {
            if (close.group("t") != null) {
                finish = Dates.times(close.group("t")).stream().findFirst().map(Dates.FoundTime::time);
            } else if (close.group("range") != null) {
                Optional<LocalTime[]> r = Dates.range(close.group("range"));
                if (r.isPresent()) {
                    start = start.or(() -> Optional.of(r.get()[0]));
                    finish = Optional.of(r.get()[1]);
                }
            }
            boolean timed = close.group("t") != null || close.group("range") != null;
            if (timed && finish.isPresent()) {
                // a page or two of signature noise follows at most: a trailing "CHAIRMAN" and date line belong to the minutes
                int lineEnd = text.indexOf('\n', close.end());
                int stop = lineEnd < 0 ? text.length() : lineEnd;
                Matcher tail = SIGNATURE_TAIL.matcher(text).region(stop, end);
                if (tail.find()) {
                    stop = tail.end();
                }
                return new Closing(start, finish, close.start(), Math.min(end, stop));
            }
        }
        return new Closing(start, finish, -1, end);
    }

    /** The meeting under heading {@code h}, or empty when no business, attendance or membership follows it. */
    private static Optional<MeetingSection> section(Lines lines, MeetingHeaders.Header h, Closing closing, boolean first) {
        String text = lines.text();
        int end = closing.end();
        Span span = new Span(h.start(), end);
        List<ItemSection> items = AgendaItems.find(lines, h.span().end(), closing.businessEnd() > 0 ? closing.businessEnd() : end,
                AgendaItems.pageItemNumber(lines, h.span()));
        if (items.isEmpty()) {
            // an item's own page: its title above, the meeting's line with its number, its minutes below
            items = AgendaItems.pageItem(lines, h.span(), end).map(List::of).orElse(items);
        }
        int listEnd = items.isEmpty() ? end : items.get(0).titleSpan().start();
        List<Attendee> listed = listed(lines, h, Math.max(h.span().end(), listEnd), end, items);
        if (first) {
            // "Present: ..." printed above the paper's first meeting heading belongs to that meeting
            listed.addAll(0, AttendanceLists.lists(lines, 0, h.start()).stream().filter(a -> a.status() != Status.MEMBER).toList());
        }
        List<Attendee> attendance = attendance(text, listed, h.span().end(), end);
        List<Attendee> membership = membership(lines, listed, items);
        List<DeclarationText> declarations = new ArrayList<>(Declarations.find(text, h.span().end(), end));
        List<DeclarationText> listedDeclarations = new ArrayList<>(Declarations.listed(text, items));
        listedDeclarations.addAll(Declarations.tables(text, h.span().end(), end));
        for (DeclarationText d : listedDeclarations) {
            if (declarations.stream().noneMatch(o -> o.span().overlaps(d.span()))) {
                declarations.add(d);
            }
        }
        attendance.addAll(AttendanceLists.declarers(declarations, attendance));
        // a heading with no business under it names a meeting in passing, unless it heads the
        // paper: a cancelled meeting's page, a summons without its agenda
        boolean heads = first && h.start() < Math.min(1500, text.length() / 4 + 200) && h.role() != Layout.Role.REFERENCED;
        if (items.isEmpty() && attendance.isEmpty() && membership.isEmpty() && !heads) {
            return Optional.empty();
        }
        return Optional.of(new MeetingSection(span, h.span(), h.committee(), h.date(), closing.start(), closing.finish(), h.venue(),
                h.role(), attendance, items, membership, declarations, status(text, h.span(), span)));
    }

    /**
     * The lists of a meeting: those above the first item, those under items titled as lists
     * ("Apologies for Absence"), and a list of those present printed further on, where the page's
     * layout put it, when none came before the business.
     */
    private static List<Attendee> listed(Lines lines, MeetingHeaders.Header h, int listEnd, int end, List<ItemSection> items) {
        List<Attendee> listed = new ArrayList<>(AttendanceLists.lists(lines, h.start(), listEnd));
        if (h.role() == Layout.Role.MINUTES && listed.stream().noneMatch(a -> a.status() == Status.PRESENT)) {
            // those present printed under the heading with no label: "Councillor Westby (Chairman), and Councillors ..."
            listed.addAll(AttendanceLists.unlabelled(lines, h.span().end(), listEnd));
        }
        List<Attendee> keyed = AttendanceKeys.read(lines, h.span().end(), listEnd);
        if (AttendanceKeys.unmarkedPresent(lines, h.span().end(), listEnd)) {
            // a key that marks only those who were not there ("Persons absent are marked with `A'"): the members it
            // leaves unmarked were present
            for (Attendee x : List.copyOf(listed)) {
                if (x.status() == Status.MEMBER && keyed.stream().noneMatch(k -> k.span().overlaps(x.span()))) {
                    listed.add(new Attendee(x.name(), Status.PRESENT, x.role(), x.span(), x.group()));
                }
            }
        }
        // a member the key marks ("A  Ann Westby") is as the key says, beside the membership the list records
        for (Attendee a : keyed) {
            if (listed.stream().noneMatch(x -> x.status() != Status.MEMBER && x.span().overlaps(a.span()))) {
                listed.add(a);
            }
        }
        List<Attendee> more = new ArrayList<>();
        more.addAll(AttendanceLists.inItems(lines, items));
        // a meeting page's attendance table ("Attendee | Role | Attendance") printed after its items, as
        // committee web pages set their tabs out: its column headings say what it is wherever it stands
        more.addAll(AttendanceTables.read(lines, listEnd, end));
        if (listed.stream().noneMatch(a -> a.status() == Status.PRESENT)) {
            more.addAll(AttendanceLists.late(lines, listEnd, end));
        }
        for (Attendee a : more) {
            if (listed.stream().noneMatch(x -> x.span().overlaps(a.span()))) {
                listed.add(a);
            }
        }
        return listed;
    }

    /** Who attended: the lists above the first item, then sentences ("Also present: ...") not already listed. */
    private static List<Attendee> attendance(String text, List<Attendee> listed, int from, int to) {
        List<Attendee> attendance = new ArrayList<>();
        for (Attendee a : listed) {
            if (a.status() != Status.MEMBER) {
                attendance.add(a);
            }
        }
        for (Attendee a : AttendanceLists.sentences(text, from, to)) {
            if (AttendanceLists.notListed(attendance, a)) {
                attendance.add(a);
            }
        }
        return attendance;
    }

    /** The committee's members: listed as members above the items, or in a membership table inside an item. */
    private static List<Attendee> membership(Lines lines, List<Attendee> listed, List<ItemSection> items) {
        List<Attendee> membership = new ArrayList<>();
        for (Attendee a : listed) {
            if (a.status() == Status.MEMBER) {
                membership.add(a);
            }
        }
        // membership tables inside items ("CHAIR<TAB>Councillor X")
        for (ItemSection item : items) {
            if (item.title().toLowerCase().contains("membership")) {
                for (Attendee a : AttendanceLists.lists(lines, item.titleSpan().start(), item.body().end())) {
                    membership.add(new Attendee(a.name(), Status.MEMBER, a.role(), a.span(), a.group()));
                }
                membership.addAll(tableRows(lines, item.body()));
            }
        }
        return membership;
    }

    /** The officer reports: each cover to the next cover or the next meeting section, with its contacts. */
    private static List<ReportCover> reports(String text, List<ReportCovers.Cover> covers, List<MeetingSection> meetings,
                                             List<ContactBlock> contacts) {
        List<ReportCover> reports = new ArrayList<>();
        for (int k = 0; k < covers.size(); k++) {
            ReportCovers.Cover c = covers.get(k);
            int end = k + 1 < covers.size() ? covers.get(k + 1).start() : text.length();
            for (MeetingSection m : meetings) {
                if (m.span().start() > c.start()) {
                    end = Math.min(end, m.span().start());
                    break;
                }
            }
            Span body = new Span(c.start(), Math.max(c.start(), end));
            List<ContactBlock> own = new ArrayList<>(contacts.stream().filter(b -> body.contains(b.span().start())).toList());
            ReportCovers.authorContact(text, body).filter(a -> own.stream().noneMatch(b -> b.name().equals(a.name()))).ifPresent(own::add);
            reports.add(new ReportCover(c.title(), c.span(), c.reportOf(), c.committee(), c.date(), Optional.empty(), own, body));
        }
        return reports;
    }

    /** The layout with every committee name a paper uses for one committee replaced by its full name. */
    static Layout aliased(Layout l) {
        List<String> known = new ArrayList<>();
        l.meetings().forEach(m -> known.add(m.committee()));
        l.reports().forEach(r -> r.committee().ifPresent(known::add));
        l.references().forEach(r -> r.committee().ifPresent(known::add));
        // a name that carries an abbreviation is never the full form
        known.removeIf(n -> HAS_ABBREVIATION.matcher(n).matches() && !ALL_CAPITALS.matcher(n).matches());
        CommitteeAliases aliases = new CommitteeAliases(known, l.paper().text());
        List<MeetingSection> meetings = new ArrayList<>();
        for (MeetingSection m : l.meetings()) {
            meetings.add(new MeetingSection(m.span(), m.header(), aliases.resolve(m.committee()), m.date(), m.start(), m.end(),
                    m.venue(), m.role(), m.attendance(), m.items(), m.membership(), m.declarations(), m.status()));
        }
        List<ReportCover> reports = new ArrayList<>();
        for (ReportCover r : l.reports()) {
            reports.add(new ReportCover(r.title(), r.span(), r.reportOf(), r.committee().map(aliases::resolve), r.meetingDate(),
                    r.itemNumber(), r.contacts(), r.body()));
        }
        List<MeetingReference> references = new ArrayList<>();
        for (MeetingReference r : l.references()) {
            Optional<String> committee = r.committee().map(aliases::resolve);
            if (committee.isEmpty()) {
                // "the meeting held on 30 January 2026" is the meeting the paper names in full elsewhere on that day
                committee = l.references().stream().filter(o -> o.date().equals(r.date()) && o.committee().isPresent())
                        .map(o -> aliases.resolve(o.committee().get())).findFirst()
                        .or(() -> meetings.stream().filter(m -> m.date().equals(r.date())).map(MeetingSection::committee).findFirst())
                        .or(() -> ownCouncilMeeting(l, r));
            }
            references.add(new MeetingReference(committee, r.date(), r.span(), r.time()));
        }
        return new Layout(l.paper(), l.council(), meetings, reports, l.contacts(), references, l.committees(), l.membershipListings());
    }

    private static final Pattern COUNCIL_WORD = Pattern.compile("(?i)\\bcouncil\\b");

    /**
     * "our Council meeting on 26 February": in a paper that records no meeting and names no committee
     * (a council's letter, a consultation response), the council's meeting is the paper's council's.
     */
    private static Optional<String> ownCouncilMeeting(Layout l, MeetingReference r) {
        if (!l.meetings().isEmpty() || l.reports().stream().anyMatch(p -> p.committee().isPresent())
                || !COUNCIL_WORD.matcher(r.span().of(l.paper().text())).find()) {
            return Optional.empty();
        }
        return l.council().flatMap(CouncilRef::name);
    }

    /** "ROLE<TAB>Councillor Name" rows of a membership table. */
    private static List<Attendee> tableRows(Lines lines, Span body) {
        List<Attendee> out = new ArrayList<>();
        String text = lines.text();
        for (int i = lines.indexAt(body.start()); i < lines.size() && lines.get(i).start() < body.end(); i++) {
            Lines.Line l = lines.get(i);
            String raw = TRAILING_SPACE.matcher(text.substring(l.start(), l.end())).replaceAll("");
            if (!raw.contains("\t")) {
                continue;
            }
            String[] cells = raw.split("\t");
            String name = cells[cells.length - 1].strip();
            String role = cells.length > 1 ? cells[0].strip() : "";
            Matcher paren = NAME_AND_NOTE.matcher(name);
            String extra = null;
            if (paren.matches()) {
                name = paren.group(1);
                extra = paren.group(2);
            }
            if (org.councilgraph.text.PersonName.parse(name).isPresent()) {
                String r = role.isEmpty() ? extra : AttendanceLists.roleText(role);
                out.add(new Attendee(name, Status.MEMBER, Optional.ofNullable(r), l.span(text), Optional.of(role)));
            }
        }
        return out;
    }
}
