package org.councilgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations.BodyKind;
import org.councilgraph.annotate.Annotations.BodyMention;
import org.councilgraph.annotate.Annotations.PostMention;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.Span;

/**
 * Bodies read from whole lines of a page: a political party printed alone on its line (under a member's
 * name on a member's page, "Westby Independents Party") is an organisation; an entry of a site's menu
 * ("Home | News Centre | Contact", a line of three or more short entries between bars) is a section of
 * the site, not a body, whatever its head noun; a line that is wholly "Member of the" an outside body
 * (a member's appointments to outside bodies, listed on their page) names a post, which "Member of" a
 * committee in a sentence does not.
 */
final class PageLines {
    /** A party's name as {@code political-parties.tsv} has it, or any "... Party" of capitalised words, filling a line. */
    private static final Pattern PARTY_LINE = Pattern.compile("(?m)^[ \\t]*(?<name>(?:" + Lexicon.of("political-parties.tsv").alternation()
            + ")|(?:The[ \\t]+)?(?:\\p{Lu}[\\p{L}'’-]+[ \\t]+(?:(?:and|of|for)[ \\t]+)?){1,4}Party(?:[ \\t]+\\([A-Z]{2,6}\\))?)[ \\t]*$");
    /** A line of three or more entries of one to five words, parted by bars. */
    /** What a line says before an outside body to make it a post: "Member of the", after a bullet. */
    private static final Pattern MEMBER_OF = Pattern.compile("[ \\t]*(?:[\u2022\u00B7*\\-][ \\t]*)?(Member[ \\t]+of[ \\t]+the[ \\t]+)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MENU_LINE = Pattern.compile("(?m)^[ \\t]*[^|\\n]{1,60}(?:[ \\t]*\\|[ \\t]*[^|\\n]{1,60}){2,}$");

    private PageLines() {
    }

    /** {@code posts} with "Member of the ..." filling a line whose remit is an outside organisation {@code bodies} read whole. */
    static List<PostMention> memberships(String text, List<BodyMention> bodies, List<PostMention> posts) {
        List<PostMention> out = new ArrayList<>(posts);
        for (BodyMention b : bodies) {
            if (b.kind() != BodyKind.ORGANISATION) {
                continue;
            }
            int lineStart = text.lastIndexOf('\n', b.span().start()) + 1;
            int lineEnd = text.indexOf('\n', b.span().end());
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            Matcher m = MEMBER_OF.matcher(text).region(lineStart, b.span().start());
            if (!m.matches() || !text.substring(b.span().end(), lineEnd).isBlank()) {
                continue;
            }
            Span span = new Span(m.start(1), b.span().end());
            if (out.stream().noneMatch(p -> p.span().overlaps(span))) {
                out.add(new PostMention(SPACES.matcher(span.of(text)).replaceAll(" "), span, Optional.empty()));
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /**
     * {@code bodies} with the parties printed alone on a line, and, on a web page (whose menus the load stage
     * sets as one line), without the entries of menus: a paper's table ruled with bars is no menu.
     */
    static List<BodyMention> read(String text, boolean webPage, List<BodyMention> bodies) {
        List<BodyMention> out = new ArrayList<>(bodies);
        Matcher menu = MENU_LINE.matcher(text);
        while (webPage && menu.find()) {
            Span line = new Span(menu.start(), menu.end());
            out.removeIf(b -> b.kind() == BodyKind.ORGANISATION && line.contains(b.span()));
        }
        Matcher party = PARTY_LINE.matcher(text);
        while (party.find()) {
            Span span = new Span(party.start("name"), party.end("name"));
            if (out.stream().noneMatch(b -> b.span().overlaps(span))) {
                out.add(new BodyMention(party.group("name").replaceAll("\\s+", " "), BodyKind.ORGANISATION, span));
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }
}
