package org.councilgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations.BodyKind;
import org.councilgraph.annotate.Annotations.BodyMention;
import org.councilgraph.segment.CouncilNames;
import org.councilgraph.segment.Layout.ContactBlock;
import org.councilgraph.text.Span;

/**
 * The units an officer works in, as a report's contact block prints them under the officer's post,
 * one a line, down to the council: "Ann Westby / Service Manager – Prevention / Westby Centre of
 * Excellence / Directorate for People - Northby City Council / Telephone: ...". Each line that names
 * a unit (capitalised words with a body's head among them) is one of the council's units, whatever
 * the head's place in it.
 */
final class ContactUnits {
    /** A unit's name: capitalised words, with "of", "for", "and", "the" between them. */
    static final Pattern UNIT_LINE = Pattern.compile(
            "\\p{Lu}[\\p{L}’'\\-]*(?:\\s+(?:(?:of|for|and|&|the|in)\\s+)?\\p{Lu}[\\p{L}’'\\-]*){0,7}");
    /** The council after the unit on its line: "Directorate for People - Northby City Council". */
    private static final Pattern COUNCIL_AFTER = Pattern.compile("\\s*(?:[-–—,])\\s*(.+)$");
    private static final Pattern WORDS = Pattern.compile("[\\s’']+");
    private static final Pattern DETAIL = Pattern.compile(".*(?:\\d|@|:).*");

    private ContactUnits() {
    }

    /** {@code bodies} with the units of the contact blocks in, each replacing what the grammar read across its line. */
    static List<BodyMention> merge(String text, List<ContactBlock> contacts, List<BodyMention> bodies) {
        List<BodyMention> units = new ArrayList<>();
        for (ContactBlock c : contacts) {
            c.post().ifPresent(post -> units.addAll(under(text, c, post)));
        }
        if (units.isEmpty()) {
            return bodies;
        }
        List<BodyMention> out = new ArrayList<>(bodies);
        out.removeIf(b -> units.stream().anyMatch(u -> u.span().overlaps(b.span())));
        out.addAll(units);
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /** The unit lines right under the post's last line, up to a blank line or the contact details. */
    private static List<BodyMention> under(String text, ContactBlock c, String post) {
        List<BodyMention> out = new ArrayList<>();
        String last = lastLine(post);
        int at = text.indexOf(last, c.span().start());
        if (at < 0 || at > c.span().end()) {
            return out;
        }
        int ls = text.indexOf('\n', at) + 1;
        for (int n = 0; ls > 0 && ls < text.length() && n < 4; n++) {
            int le = text.indexOf('\n', ls);
            le = le < 0 ? text.length() : le;
            String line = text.substring(ls, le).strip();
            if (line.isEmpty() || DETAIL.matcher(line).matches() && !COUNCIL_AFTER.matcher(line).find()) {
                break;
            }
            String unit = unitOf(line);
            if (unit != null) {
                int s = text.indexOf(unit, ls);
                out.add(new BodyMention(unit, BodyKind.SERVICE, new Span(s, s + unit.length()), unit));
            } else if (!CouncilNames.isCouncil(line)) {
                break;
            }
            ls = le + 1;
        }
        return out;
    }

    /** The unit a line names, less the council printed after it; null when it names none. */
    private static String unitOf(String line) {
        String name = line;
        Matcher after = COUNCIL_AFTER.matcher(line);
        if (after.find() && CouncilNames.isCouncil(after.group(1).strip())) {
            name = line.substring(0, after.start()).strip();
        }
        if (CouncilNames.isCouncil(name) || !UNIT_LINE.matcher(name).matches() || DETAIL.matcher(name).matches()) {
            return null;
        }
        for (String w : WORDS.split(name.toLowerCase(Locale.ROOT))) {
            if (BodyWords.SERVICE_HEADS.contains(w) || BodyWords.ORG_HEADS.contains(w)) {
                return BodyWords.OUTSIDE_MARK.matcher(name.toLowerCase(Locale.ROOT)).matches() ? null : name;
            }
        }
        return null;
    }

    private static String lastLine(String post) {
        String p = post.strip();
        int cut = Math.max(0, p.length() - 30);
        return p.substring(cut);
    }
}
