package org.councilgraph.cli;

import java.nio.file.Path;
import org.councilgraph.load.Loader;
import org.councilgraph.load.Paper;
import org.councilgraph.segment.Layout;
import org.councilgraph.segment.Segmenter;

/** Development aid: prints what the segment stage reads from papers. */
public final class DumpLayout {
    public static void main(String[] args) throws Exception {
        for (String a : args) {
            Paper p = Loader.load(Path.of(a));
            Layout l = Segmenter.segment(p);
            System.out.println("##### " + p.source() + " council=" + l.council().map(org.councilgraph.segment.CouncilRef::label).orElse("?"));
            for (Layout.MeetingSection m : l.meetings()) {
                System.out.println("MEETING " + m.committee() + " | " + m.date() + " | " + m.start().orElse(null) + "-"
                        + m.end().orElse(null) + " | " + m.venue().orElse("") + " | " + m.role() + " span=" + m.span());
                m.attendance().forEach(x -> System.out.println("   ATT " + x.status() + " " + x.name() + " | " + x.role().orElse("") + " | " + x.group().orElse("")));
                m.membership().forEach(x -> System.out.println("   MEM " + x.name() + " | " + x.role().orElse("") + " | " + x.group().orElse("")));
                for (Layout.ItemSection i : m.items()) {
                    System.out.println("   ITEM " + i.number().orElse("-") + " " + i.title() + (i.hasDocument() ? " [doc]" : ""));
                    i.resolutions().forEach(r -> System.out.println("      RES " + r.text()));
                }
                m.declarations().forEach(d -> System.out.println("   DECL " + d.person() + " : " + d.text()));
            }
            for (Layout.ReportCover r : l.reports()) {
                System.out.println("REPORT " + r.title() + " | of=" + r.reportOf().orElse("") + " | " + r.committee().orElse("") + " | "
                        + r.meetingDate().orElse(null) + " | item " + r.itemNumber().orElse("-") + " | contacts " + r.contacts().size());
            }
            for (Layout.DecisionRecord d : l.decisions()) {
                System.out.println("DECISION RECORD " + d.span());
                d.resolutions().forEach(r -> System.out.println("      RES " + r.text()));
            }
            for (Layout.CommitteeSection c : l.committees()) {
                System.out.println("COMMITTEE " + c.name() + " | members " + c.membership().size());
            }
            l.contacts().forEach(c -> System.out.println("CONTACT " + c.name() + " | " + c.post().orElse("") + " | " + c.email().orElse("") + " | " + c.phone().orElse("")));
            l.references().forEach(r -> System.out.println("REF " + r.committee().orElse("-") + " " + r.date() + " : " + r.span().of(p.text()).replace('\n', ' ')));
            l.staff().forEach(x -> System.out.println("STAFF " + x.name().fullName() + " | " + x.post().orElse("")));
            l.tables().forEach(t -> System.out.println("TABLE " + t.rows().size() + " rows from " + t.rows().get(0).get(0).start()));
        }
    }
}
