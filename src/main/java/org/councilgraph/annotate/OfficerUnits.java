package org.councilgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations.BodyKind;
import org.councilgraph.annotate.Annotations.BodyMention;
import org.councilgraph.segment.Layout;
import org.councilgraph.segment.Layout.Attendee;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.PostTitles;
import org.councilgraph.text.Span;

/**
 * The department a list of officers prints after each name instead of a post: "Officers in attendance:
 * Ann Westby (Development &amp; Environment), Bob Northby (Corporate Services)". Such a note is the
 * council's own unit the officer works in. Only under a heading that names officers, since after a
 * councillor's name the same brackets hold a ward or a party.
 */
final class OfficerUnits {
    /** A list heading over officers. */
    private static final Pattern OFFICERS = Pattern.compile("(?i).*\\bofficers?\\b.*");
    private static final Pattern COUNCIL_OR_COMMITTEE = Pattern.compile("(?i).*\\b(?:council|committee|board|panel|group)$");
    /** How far after a name its bracket is looked for. */
    private static final int REACH = 120;

    private OfficerUnits() {
    }

    /** The units the officers' lists of {@code layout} print after names, not already among {@code bodies}. */
    static List<BodyMention> add(String text, Layout layout, List<BodyMention> bodies) {
        List<BodyMention> out = new ArrayList<>(bodies);
        for (Layout.MeetingSection m : layout.meetings()) {
            for (Attendee a : m.attendance()) {
                if (a.status() != Layout.Status.IN_ATTENDANCE || a.role().isEmpty()
                        || !a.group().map(g -> OFFICERS.matcher(g).matches()).orElse(false)) {
                    continue;
                }
                String unit = a.role().get().strip();
                if (!ContactUnits.UNIT_LINE.matcher(unit).matches() || PostTitles.isPost(unit) || PersonName.parse(unit).isPresent()
                        || COUNCIL_OR_COMMITTEE.matcher(unit).matches()) {
                    continue;
                }
                int at = text.indexOf("(" + unit + ")", a.span().start());
                if (at < 0 || at - a.span().end() > REACH) {
                    continue;
                }
                Span span = new Span(at + 1, at + 1 + unit.length());
                if (out.stream().anyMatch(b -> b.span().overlaps(span) && b.name().toLowerCase(Locale.ROOT).equals(unit.toLowerCase(Locale.ROOT)))) {
                    continue;
                }
                out.removeIf(b -> b.span().start() >= span.start() && b.span().end() <= span.end());
                out.add(new BodyMention(unit, BodyKind.SERVICE, span, unit));
            }
        }
        out.sort((x, y) -> x.span().compareTo(y.span()));
        return out;
    }
}
