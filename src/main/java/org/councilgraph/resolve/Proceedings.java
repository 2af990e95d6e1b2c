package org.councilgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.councilgraph.resolve.Resolved.Declaration;
import org.councilgraph.resolve.Resolved.Item;
import org.councilgraph.resolve.Resolved.Meeting;
import org.councilgraph.resolve.Resolved.Place;
import org.councilgraph.resolve.Resolved.Report;
import org.councilgraph.resolve.Resolved.Resolution;
import org.councilgraph.segment.Layout.ContactBlock;
import org.councilgraph.segment.Layout.MeetingSection;
import org.councilgraph.segment.Layout;
import org.councilgraph.text.Lexicon;

/**
 * The business of one paper: its committees' meetings with their items and resolutions, the
 * meetings it only refers to, the reports it carries and the interests members declared. Meetings
 * are keyed by council, committee and date, so the same meeting in two papers is one node.
 */
final class Proceedings {
    /** A decision number in front of a title, which the minutes print and the report's own title does not: "25/00123 - ". */
    private static final Pattern DECISION_NUMBER = Pattern.compile("^\\s*\\(?[A-Z]{0,4}\\d{2,4}/\\d{2,6}\\)?\\s*[-–:]\\s*");

    private final PaperEntities out;
    private final Layout layout;
    /** The committee the paper is mainly of: its first meeting's, report's or referred meeting's. */
    private final String mainCommittee;

    Proceedings(PaperEntities out, Layout layout) {
        this.out = out;
        this.layout = layout;
        this.mainCommittee = layout.meetings().stream().map(MeetingSection::committee).findFirst()
                .or(() -> layout.reports().stream().flatMap(r -> r.committee().stream()).findFirst())
                .or(() -> layout.references().stream().flatMap(r -> r.committee().stream()).findFirst())
                .orElse(null);
    }

    // ---------------------------------------------------------------- meetings

    /** The meetings the paper records, refers to and reports to, and the committees its pages describe. */
    void meetings() {
        for (MeetingSection m : layout.meetings()) {
            recorded(m);
        }
        for (Layout.MeetingReference r : layout.references()) {
            referredTo(r);
        }
        int n = 0;
        for (Layout.DecisionRecord d : layout.decisions()) {
            // the meeting that took the decision, where the record is of one ("Decision Taker: Cabinet on 11 March")
            String meeting = layout.meetings().stream().filter(m -> m.span().contains(d.span().start()))
                    .map(m -> out.meeting(m.committee(), m.date(), m.header())).findFirst().orElse(null);
            for (Layout.ResolutionText r : d.resolutions()) {
                out.resolution(new Resolution(out.iris.recordedResolution(out.councilSlug, out.document.iri(), ++n), null, meeting, r.text()),
                        r.span());
            }
        }
        for (Layout.ReportCover r : layout.reports()) {
            if (r.committee().isPresent() && r.meetingDate().isPresent()) {
                out.meeting(r.committee().get(), r.meetingDate().get(), r.span());
            }
        }
        for (Layout.CommitteeSection c : layout.committees()) {
            out.committee(c.name(), c.span());
        }
    }

    private void recorded(MeetingSection m) {
        String iri = out.meeting(m.committee(), m.date(), m.header());
        Meeting old = out.meetingAt(iri);
        Optional<Place> venue = m.venue().map(v -> new Place(out.iris.place(v), v));
        out.replaceMeeting(new Meeting(iri, old.label(), old.committee(), old.date(), m.start().or(old::start),
                m.end().or(old::end), venue.or(old::venue), old.chair(), m.status().or(old::status)));
        for (Layout.ItemSection i : m.items()) {
            String itemIri = out.iris.item(iri, i.number().orElse(i.title()));
            out.item(new Item(itemIri, iri, i.number(), i.title()), i.titleSpan());
            int n = 0;
            for (Layout.ResolutionText r : i.resolutions()) {
                String resIri = out.iris.resolution(itemIri, out.document.iri(), ++n);
                out.resolution(new Resolution(resIri, itemIri, iri, r.text()), r.span());
            }
        }
    }

    /** "The meeting held on 3 June": a meeting of the committee named, else of the section it is read in. */
    private void referredTo(Layout.MeetingReference r) {
        String committee = r.committee().orElse(enclosingCommittee(r.span().start()));
        // "Full Authority  12 December 2024" in the page footer of the authority's own minutes of that day: a
        // whole body named on the day of a meeting the paper records is that meeting
        if (r.committee().filter(Proceedings::wholeBody).isPresent()) {
            for (MeetingSection m : layout.meetings()) {
                if (m.date().equals(r.date())) {
                    committee = m.committee();
                }
            }
        }
        if (committee == null) {
            return;
        }
        String iri = out.meeting(committee, r.date(), r.span());
        Meeting old = out.meetingAt(iri);
        if (r.time().isPresent() && old.start().isEmpty()) {
            out.replaceMeeting(new Meeting(iri, old.label(), old.committee(), old.date(), r.time(), old.end(), old.venue(),
                    old.chair(), old.status()));
        }
    }

    private static final Set<String> WHOLE_BODY_HEADS = Lexicon.of("committee-heads.tsv").wordsWhere(1, "alone");

    /** "Full Authority", "Council", "Westby Fire Authority": a name whose head is a whole body's (committee-heads.tsv, "alone"). */
    private static boolean wholeBody(String committee) {
        String last = committee.substring(committee.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return WHOLE_BODY_HEADS.contains(last);
    }


    /** The committee of the meeting section holding {@code offset}, else the paper's main committee. */
    private String enclosingCommittee(int offset) {
        for (MeetingSection m : layout.meetings()) {
            if (m.span().contains(offset)) {
                return m.committee();
            }
        }
        for (Layout.ReportCover r : layout.reports()) {
            if (r.body().contains(offset) && r.committee().isPresent()) {
                return r.committee().get();
            }
        }
        return mainCommittee;
    }

    // ---------------------------------------------------------------- reports

    /** The reports the paper carries, with who wrote them, who to contact and where they were considered. */
    void reports(ReportCreators creators, PersonClusters people) {
        for (Layout.ReportCover r : layout.reports()) {
            String iri = reportIri(r);
            List<String> by = new ArrayList<>();
            r.reportOf().ifPresent(of -> by.addAll(creators.of(of, r.span())));
            List<String> contacts = new ArrayList<>();
            for (ContactBlock c : r.contacts()) {
                String p = people.find(c.name());
                if (p != null) {
                    contacts.add(p);
                    out.statement(iri, "contactOfficer", p, c.span());
                }
            }
            out.report(new Report(iri, r.title(), by, contacts, consideredAt(r), Optional.empty()), r.span());
        }
    }

    /** The meeting a report went to, or its item there when the paper has that item. */
    private Optional<String> consideredAt(Layout.ReportCover r) {
        if (r.committee().isEmpty() || r.meetingDate().isEmpty()) {
            return Optional.empty();
        }
        String committeeIri = out.committee(r.committee().get(), null);
        String meetingIri = out.iris.meeting(committeeIri, r.meetingDate().get());
        if (r.itemNumber().isPresent()) {
            String itemIri = out.iris.item(meetingIri, r.itemNumber().get());
            if (out.hasItem(itemIri)) {
                return Optional.of(itemIri);
            }
        }
        return Optional.of(meetingIri);
    }

    /**
     * A report is the paper put to one meeting: its title (without a decision number) and the date of
     * that meeting. A standing report ("Quarterly Performance") at each meeting is a new report.
     */
    private String reportIri(Layout.ReportCover r) {
        String title = DECISION_NUMBER.matcher(r.title()).replaceFirst("");
        return out.iris.report(out.councilSlug, title + r.meetingDate().map(d -> " " + d).orElse(""));
    }

    // ---------------------------------------------------------------- declarations

    /** The interests members declared at each meeting, numbered per member and paper. */
    void declarations(PersonClusters people) {
        String documentSlug = out.document.iri().substring(out.document.iri().lastIndexOf('/') + 1);
        for (MeetingSection m : layout.meetings()) {
            String meetingIri = out.iris.meeting(out.committee(m.committee(), null), m.date());
            Map<String, Integer> counts = new HashMap<>();
            for (Layout.DeclarationText d : m.declarations()) {
                String p = people.find(d.person());
                if (p == null) {
                    continue;
                }
                int n = counts.merge(p, 1, Integer::sum);
                String iri = out.iris.declaration(meetingIri + "/" + documentSlug, p, n);
                out.declaration(new Declaration(iri, p, meetingIri, d.text()), d.span());
            }
        }
    }

    // ---------------------------------------------------------------- citations

    /** What cites at {@code offset}: the report whose pages hold it, else the item, else the paper. */
    String citerAt(int offset) {
        for (Layout.ReportCover r : layout.reports()) {
            if (r.body().contains(offset)) {
                return reportIri(r);
            }
        }
        for (MeetingSection m : layout.meetings()) {
            for (Layout.ItemSection i : m.items()) {
                if (i.body().contains(offset) || i.titleSpan().contains(offset)) {
                    return out.iris.item(out.iris.meeting(out.committeeIri(m.committee()), m.date()), i.number().orElse(i.title()));
                }
            }
        }
        return out.document.iri();
    }
}
