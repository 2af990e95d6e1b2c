package org.councilgraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.councilgraph.segment.Layout.Attendee;
import org.councilgraph.segment.Layout.MeetingSection;
import org.councilgraph.text.Span;

/**
 * A committee's membership printed outside any meeting: the "Membership" table of a committee's web
 * page ("Councillor Tess Alder (Chair)", "Cllr Ravi Menon    Eastvale District
 * Council"), its "Reserve members", a "Members of the Committee" list. The committee is the one the
 * page is about: the first committee name at the head of the paper, else the nearest above the
 * list.
 */
public final class MembershipLists {
    /**
     * One membership list.
     *
     * @param committee the committee, as printed
     * @param members   its members, each with the role printed beside them and the heading they fell under
     * @param span      where the list was read
     */
    public record Listing(String committee, List<Attendee> members, Span span) {
    }

    private static final Pattern HEADING = Pattern.compile(
            "(?i)^(?:committee\\s+|board\\s+|panel\\s+)?(?:membership|members|(?:reserve|substitute)\\s+members?|"
            + "members\\s+of\\s+the\\s+[a-z ,&'’-]{3,80})\\s*:?$");

    private MembershipLists() {
    }

    public static List<Listing> find(Layout layout) {
        String text = layout.paper().text();
        Lines lines = new Lines(text);
        List<Listing> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Lines.Line l = lines.get(i);
            if (!HEADING.matcher(l.text()).matches() || inMeeting(layout, l.start())) {
                continue;
            }
            int to = i + 1 < lines.size() ? lines.get(Math.min(lines.size() - 1, i + 80)).end() : l.end();
            List<Attendee> members = new ArrayList<>();
            for (Attendee a : AttendanceLists.lists(lines, l.start(), to)) {
                if (a.status() == Layout.Status.MEMBER || a.status() == Layout.Status.SUBSTITUTE) {
                    members.add(a);
                }
            }
            if (members.isEmpty()) {
                continue;
            }
            String committee = committeeOf(lines, i);
            if (committee == null) {
                continue;
            }
            int end = members.get(members.size() - 1).span().end();
            out.add(new Listing(committee, members, new Span(l.start(), Math.max(l.start(), end))));
            // the list under this heading is read; a later heading ("Reserve members") starts its own
            i = lines.indexAt(end);
        }
        return out;
    }

    private static boolean inMeeting(Layout layout, int offset) {
        for (MeetingSection m : layout.meetings()) {
            if (m.span().contains(offset)) {
                return true;
            }
        }
        return false;
    }

    /** The committee a list at line {@code i} belongs to. */
    private static String committeeOf(Lines lines, int i) {
        for (int k = 0; k < Math.min(i, 10); k++) {
            String c = Committees.clean(lines.get(k).text());
            if (c != null) {
                return c;
            }
        }
        for (int k = i - 1; k >= Math.max(0, i - 60); k--) {
            String c = Committees.clean(lines.get(k).text());
            if (c != null) {
                return c;
            }
        }
        return null;
    }
}
