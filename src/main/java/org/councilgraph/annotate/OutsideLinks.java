package org.councilgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations.BodyKind;
import org.councilgraph.annotate.Annotations.BodyMention;
import org.councilgraph.segment.CouncilNames;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.PostTitles;
import org.councilgraph.text.Span;

/**
 * The bodies a web page names only by its links to their sites: the areas of an image map of partners'
 * logos ("Westby Arts", "Northshire Fire and Rescue Authority (NFRA)"), which the load stage prints each
 * as a line of its own. A name that reads as a proper name (capitalised words, joining words between
 * them, an acronym in brackets after it) is an outside organisation, whatever its head noun; the
 * grammar's readings of part of the line give way to it. A council, a post or a picture's caption
 * ("Home page", "Westby logo") is not.
 */
final class OutsideLinks {
    /** Capitalised words with lower-case joining words between them, then an acronym in brackets. */
    private static final Pattern PROPER_NAME = Pattern.compile("((?:[A-Z][\\p{L}\\p{N}&'’.\\-]*|&)(?:\\s+(?:(?:"
            + Lexicon.of("joining-words.tsv").alternationWhere(1, "small") + ")\\s+)?(?:[A-Z][\\p{L}\\p{N}&'’.\\-]*|&)){0,7})(?:\\s*\\(([A-Z][A-Za-z&]{1,9})\\))?");
    /** Words that say a link's name is a picture's or a page's, not a body's. */
    private static final Pattern PICTURE_WORDS = Lexicon.of("link-picture-words.tsv").pattern("(?i).*\\b(?:%s)\\b.*");

    private OutsideLinks() {
    }

    /** {@code bodies} with the organisations named by the page's links to other sites. */
    static List<BodyMention> add(String text, List<String> names, List<BodyMention> bodies) {
        if (names.isEmpty()) {
            return bodies;
        }
        List<BodyMention> out = new ArrayList<>(bodies);
        for (String printed : names) {
            Matcher m = PROPER_NAME.matcher(printed);
            if (!m.matches() || PICTURE_WORDS.matcher(printed).matches() || CouncilNames.isCouncil(m.group(1))
                    || PostTitles.whole(m.group(1)).filter(p -> p.equals(m.group(1))).isPresent()) {
                continue;
            }
            int at = lineAt(text, printed);
            if (at < 0) {
                continue;
            }
            Span span = new Span(at, at + m.group(1).length());
            Span line = new Span(at, at + printed.length());
            out.removeIf(b -> line.contains(b.span()));
            out.add(new BodyMention(m.group(1), BodyKind.ORGANISATION, span));
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /** Where {@code line} is printed as a whole line of the text, the last such place, or -1. */
    private static int lineAt(String text, String line) {
        int at = text.lastIndexOf("\n" + line + "\n");
        if (at >= 0) {
            return at + 1;
        }
        return text.startsWith(line + "\n") ? 0 : -1;
    }
}
