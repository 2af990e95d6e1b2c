package org.councilgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.text.PersonName;

/**
 * Who a report is "of" or "by", cut into its authors: "Neil Archer / Gareth Pryce", "Alice Trent
 * and John Smith, Joint Directors", but never "Director of Children and Family Services" (an "and"
 * inside a post is not a list).
 */
final class ReportAuthors {
    private static final Pattern AND = Pattern.compile("\\s+(?:and|&)\\s+");

    private ReportAuthors() {
    }

    static List<String> split(String of) {
        List<String> out = new ArrayList<>();
        for (String part : of.split("\\s*(?:/|;|\\|)\\s*")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            // "A and B" is two authors only when both sides open with a person's name
            Matcher m = AND.matcher(p);
            int from = 0;
            List<String> pieces = new ArrayList<>();
            while (m.find()) {
                String left = p.substring(from, m.start());
                String right = p.substring(m.end());
                if (startsWithName(left) && startsWithName(right)) {
                    pieces.add(left.strip());
                    from = m.end();
                }
            }
            pieces.add(p.substring(from).strip());
            out.addAll(pieces);
        }
        return out;
    }

    /** True when {@code s} opens with a full name ("Alice Trent", "Mr T Pennington"), up to a comma or dash. */
    static boolean startsWithName(String s) {
        String head = s.strip().split("\\s*(?:,|\\s[–—-]\\s|\\()", 2)[0].strip();
        return PersonName.parse(head).filter(n -> n.hasGiven() || !n.honorific().isEmpty()).isPresent();
    }
}
