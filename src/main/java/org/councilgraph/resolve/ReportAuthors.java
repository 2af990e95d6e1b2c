package org.councilgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.text.PersonName;

/**
 * Who a report is "of" or "by", cut into its authors: "Ann Westby / Tom Northby", "Ann Westby
 * and Tom Northby, Joint Directors", but never "Director of Children and Family Services" (an "and"
 * inside a post is not a list).
 */
final class ReportAuthors {
    private static final Pattern AND = Pattern.compile("\\s+(?:and|&)\\s+");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:/|;|\\|)\\s*");
    /** Where a name ends and what is said of it begins: a comma, a dash, a bracket. */
    private static final Pattern AFTER_NAME = Pattern.compile("\\s*(?:,|\\s[–—-]\\s|\\()");

    private ReportAuthors() {
    }

    static List<String> split(String of) {
        List<String> out = new ArrayList<>();
        for (String part : LIST_SEPARATOR.split(of)) {
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
                // "Ann Westby, Cabinet Member for Children, Families and Lifelong Learning": once the left
                // side has said its post, the right is another author only if it says one too
                if (startsWithName(left) && startsWithName(right) && (!saysMore(left) || saysMore(right))) {
                    pieces.add(left.strip());
                    from = m.end();
                }
            }
            pieces.add(p.substring(from).strip());
            out.addAll(pieces);
        }
        return out;
    }

    /** True when {@code s} says something after the name it opens with: "Ann Westby, Director of X". */
    private static boolean saysMore(String s) {
        return AFTER_NAME.matcher(s.strip()).find();
    }

    /** True when {@code s} opens with a full name ("Ann Westby", "Mr T Northby"), up to a comma or dash. */
    static boolean startsWithName(String s) {
        String head = AFTER_NAME.split(s.strip(), 2)[0].strip();
        return PersonName.parse(head).filter(n -> n.hasGiven() || !n.honorific().isEmpty()).isPresent();
    }
}
