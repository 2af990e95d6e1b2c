package org.councilgraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.councilgraph.segment.Layout.Attendee;
import org.councilgraph.segment.Layout.CommitteeSection;
import org.councilgraph.segment.Layout.Status;

/**
 * Pages about committees rather than meetings. A committee-details page names one committee near
 * its top and lists its membership under a "Membership" heading; a committee-structure page lists
 * a council's committees one a line. Read only from papers that hold no meeting and no report.
 */
final class CommitteePages {
    private static final Pattern MEMBERSHIP = Pattern.compile("(?i)^(?:membership|members(?:hip)?\\s+of\\s+(?:the\\s+)?(?:committee|panel|board|commission))\\s*:?$");

    private static final Pattern END = Pattern.compile("(?i)^(?:contact(?:\\s+information|\\s+details)?|support\\s+officer|purpose.*|more\\s+information.*|"
            + "terms\\s+of\\s+reference|documents?|meetings?|browse.*)\\s*:?.*$");
    private static final Pattern GROUP = Pattern.compile("(?i)^(?:reserve|substitute|co-?opted|independent|non-?voting)\\s+members?.*$");
    private static final Pattern ROLE = Pattern.compile("\\(([^)]{2,40})\\)");

    private CommitteePages() {
    }

    /**
     * The membership rows under the heading: "Councillor Tess Alder (Chair)", "Cllr Ravi Menon
     * [tab] Eastvale District Council" (the body a member represents in a second column);
     * a "Reserve members" line starts a group of its own.
     */
    private static List<Attendee> rows(Lines lines, int from) {
        List<Attendee> out = new ArrayList<>();
        String text = lines.text();
        String group = "Membership";
        for (int j = from; j < lines.size() && j < from + 80; j++) {
            Lines.Line l = lines.get(j);
            String t = l.text();
            if (t.isEmpty()) {
                continue;
            }
            if (END.matcher(t).matches()) {
                break;
            }
            if (GROUP.matcher(t).matches()) {
                group = t.replaceAll(":$", "").strip();
                continue;
            }
            java.util.regex.Matcher r = ROLE.matcher(t);
            String role = null;
            String row = t;
            if (r.find()) {
                role = r.group(1).strip();
                row = t.substring(0, r.start()) + "  " + t.substring(r.end());
            }
            String cell = row.strip().split("\\t|\\s{2,}")[0].strip();
            String name = cell.replaceFirst("^(?:Mayor|Metro\\s+Mayor)\\s+(?=[A-Z][a-z]+\\s+[A-Z])", "");
            if (org.councilgraph.text.PersonName.parse(name).filter(n -> n.hasGiven() || !n.honorific().isEmpty()).isEmpty()) {
                continue;
            }
            out.add(new Attendee(name, Status.MEMBER, java.util.Optional.ofNullable(role), l.span(text), java.util.Optional.of(group)));
        }
        return out;
    }

    static List<CommitteeSection> find(Lines lines) {
        List<CommitteeSection> out = new ArrayList<>();
        String text = lines.text();
        // the committee named on one of the first lines
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < 6; i++) {
            Lines.Line l = lines.get(i);
            if (l.blank()) {
                continue;
            }
            seen++;
            String c = Committees.clean(l.text());
            if (c == null || l.text().length() > 120) {
                continue;
            }
            List<Attendee> members = new ArrayList<>();
            for (int j = i + 1; j < lines.size(); j++) {
                if (MEMBERSHIP.matcher(lines.get(j).text()).matches()) {
                    members.addAll(rows(lines, j + 1));
                    break;
                }
            }
            if (!members.isEmpty()) {
                out.add(new CommitteeSection(c, l.span(text), members));
                return out;
            }
            break;
        }
        // a list of committees, one a line, making most of the page
        List<CommitteeSection> listed = new ArrayList<>();
        int nonBlank = 0;
        for (Lines.Line l : lines.all()) {
            if (l.blank()) {
                continue;
            }
            nonBlank++;
            String c = Committees.clean(l.text());
            if (c != null && l.text().length() <= 120 && l.text().split("\\s+").length <= 14) {
                listed.add(new CommitteeSection(c, l.span(text), List.of()));
            }
        }
        if (listed.size() >= 5 && listed.size() * 2 >= nonBlank) {
            out.addAll(listed);
        }
        return out;
    }
}
