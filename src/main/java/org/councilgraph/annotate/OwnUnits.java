package org.councilgraph.annotate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations.BodyKind;
import org.councilgraph.annotate.Annotations.BodyMention;
import org.councilgraph.rule.Cascade;
import org.councilgraph.rule.Rule;
import org.councilgraph.segment.Layout;
import org.councilgraph.text.Span;

/**
 * Units of the council named without a head noun, where the paper says they are units: owned by
 * the council's possessive ("the Council’s Access Point"), a heading under a "Head of Service" line,
 * a cell of a structure chart under a row of post titles.
 */
final class OwnUnits {
    /** A line naming a head of service: "Head of Service: Family Support and Youth Justice". */
    private static final Pattern HEAD_OF_SERVICE = Pattern.compile("(?m)^[ \\t]*Head of Service\\b[^\\n]*$");
    /** A heading: a short line of capitalised words, without sentence punctuation, numbers or dashes. */
    private static final Pattern HEADING = Pattern.compile("[A-Z][\\p{L}'’\\-]*(?:[ \\t]+(?:and|of|for|the|in|&|[A-Z][\\p{L}'’\\-]*)){0,7}");
    private static final Pattern CONTINUED = Pattern.compile(".*\\b(?:and|of|for)$");
    /** A chart cell's number before its unit, its head count or note after: "12 Fostering Team x 3 (vacant)". */
    private static final Pattern CELL_NUMBER = Pattern.compile("^\\d{1,3}\\s+");
    private static final Pattern CELL_TAIL = Pattern.compile("\\s+(?:x\\s*\\d.*|\\(.*)$");
    /** Two units in one chart cell: "Fostering Team & Adoption". */
    private static final Pattern CELL_TWO_UNITS = Pattern.compile("^(.*\\b(?:"
            + String.join("|", BodyWords.capitalisedTagged("cell")) + "))\\s+&\\s+(.+)$");
    private static final Pattern DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private OwnUnits() {
    }

    /** Words the council owns by its possessive: the owner as printed and the words after it. */
    record Owned(String owner, List<BodyToken> name, BodyContext cx) {
        String text() {
            return BodyToken.joined(name);
        }

        BodyToken last() {
            return name.get(name.size() - 1);
        }

        Span span() {
            return new Span(name.get(0).start(), last().end());
        }

        int at() {
            return name.isEmpty() ? -1 : name.get(0).start();
        }

        @Override
        public String toString() {
            return "owned \"" + owner + "'s " + text() + "\"";
        }
    }

    /** A unit of the council named by its possessive and capitalised words, without a head noun. */
    static final Cascade<Owned> OWN_UNIT = Cascade.<Owned>named("body")
            .reject(Rule.named("notTheCouncils", o -> !o.cx().isHome(o.owner()) || o.cx().homePlace != null && o.owner().equals(o.cx().homePlace)))
            .reject(Rule.named("notCapitalisedWords", o -> o.name().isEmpty() || o.name().size() > 3
                    || o.name().stream().anyMatch(t -> !t.isWord() || t.isLink() || !t.isCapitalised())))
            .reject(Rule.named("documentRuleMoneyOrPeople", o -> notAUnit(o.last().text())))
            .reject(Rule.named("className", o -> BodyWords.GENERIC.matcher(o.text()).matches()))
            .reject(Rule.named("sentenceStart", o -> BodyWords.BAD_START.matcher(o.name().get(0).text()).matches()))
            .reject(Rule.named("personOrPost", o -> o.cx().overlapsPerson(o.span()) || o.cx().overlapsPost(o.span())))
            .reject(Rule.named("councilPlace", o -> o.cx().councilPlaces.contains(o.text())))
            .describedBy(Owned::toString)
            .locatedBy(Owned::at)
            .otherwise(true);

    /**
     * "through the Council’s Access Point", "NCC's Building Control": capitalised words the council
     * owns by its possessive, with no head noun, name one of its units unless they name a document,
     * a rule, money, a place, a meeting or people.
     */
    static BodyMention ownUnit(List<BodyToken> p, BodyContext cx) {
        int i = 0;
        while (i < p.size() && p.get(i).isLink()) {
            i++;
        }
        for (int k = i; k < Math.min(p.size(), i + 3); k++) {
            if (SharedHeads.POSSESSIVE.matcher(p.get(k).text()).matches()) {
                String owner = SharedHeads.POSSESSIVE_END.matcher(BodyToken.joined(p.subList(i, k + 1))).replaceAll("");
                Owned o = new Owned(owner, p.subList(k + 1, p.size()), cx);
                return OWN_UNIT.decide(o).accepted() ? new BodyMention(o.text(), BodyKind.SERVICE, o.span(), o.text()) : null;
            }
        }
        return null;
    }

    private static boolean notAUnit(String last) {
        return BodyWords.NOT_A_UNIT.matcher(last).matches() || BodyWords.DOC_WORD.matcher(last).matches()
                || BodyWords.ACTIVITY_AFTER.matcher(last).matches() || BodyWords.ORG_ACTIVITY_AFTER.matcher(last).matches()
                || BodyWords.STAFF_WORD.matcher(last).matches();
    }

    /**
     * The sections of a report set out by service: the heading printed under a "Head of Service"
     * line names the service whose head it is ("Head of Service: Family Support" over a heading
     * "Family Support"), head noun or not.
     */
    static List<BodyMention> headedSections(BodyContext cx) {
        List<BodyMention> out = new ArrayList<>();
        Matcher h = HEAD_OF_SERVICE.matcher(cx.text);
        while (h.find()) {
            int at = h.end() + 1;
            for (int lines = 0; at < cx.text.length() && lines < 4; lines++) {
                int end = cx.text.indexOf('\n', at);
                if (end < 0) {
                    end = cx.text.length();
                }
                String line = cx.text.substring(at, end).strip();
                if (line.isEmpty() || lines == 0 && Character.isLowerCase(line.charAt(0))) {
                    at = end + 1;
                    continue; // a blank line, or the head's remit wrapped onto the next line
                }
                int start = cx.text.indexOf(line, at);
                Span span = new Span(start, start + line.length());
                if (sectionHeading(line, span, cx)) {
                    String n = SPACES.matcher(line).replaceAll(" ");
                    out.add(new BodyMention(n, BodyKind.SERVICE, span, n));
                }
                if (!line.endsWith(",") && !CONTINUED.matcher(line).matches()) {
                    break;
                }
                at = end + 1;
            }
        }
        return out;
    }

    /** A line under a "Head of Service" line: its words and where it is. */
    record Heading(String line, String[] words, Span span, BodyContext cx) {
        @Override
        public String toString() {
            return "heading \"" + line + "\"";
        }
    }

    /** A heading of two or more words, no head noun, no class name, no document word, person or post. */
    static final Cascade<Heading> SECTION = Cascade.<Heading>named("body")
            .reject(Rule.named("notAHeading", h -> !HEADING.matcher(h.line()).matches()))
            .reject(Rule.named("hasAHead", h -> Arrays.stream(h.words()).anyMatch(w -> BodyWords.SERVICE_HEADS.contains(w.toLowerCase(Locale.ROOT))
                    || BodyWords.ORG_HEADS.contains(w.toLowerCase(Locale.ROOT)))))
            .reject(Rule.named("oneWord", h -> h.words().length < 2))
            .reject(Rule.named("className", h -> BodyWords.GENERIC.matcher(h.line()).matches()))
            .reject(Rule.named("frontDocumentWord", h -> BodyWords.FRONT_DOC_WORD.matcher(h.words()[0]).matches()))
            .reject(Rule.named("sentenceStart", h -> BodyWords.BAD_START.matcher(h.words()[0]).matches()))
            .reject(Rule.named("post", h -> h.cx().postSpans.stream().anyMatch(p -> p.start() >= h.span().start() && p.start() < h.span().end())))
            .reject(Rule.named("person", h -> h.cx().overlapsPerson(h.span())))
            .describedBy(Heading::toString)
            .locatedBy(h -> h.span().start())
            .otherwise(true);

    private static boolean sectionHeading(String line, Span span, BodyContext cx) {
        return SECTION.accepts(new Heading(line, SPACES.split(line), span, cx));
    }

    /**
     * The units of a structure chart: the cells under a row of post titles ({@link Layouts#chartCells}),
     * less the cells that name people or posts and those that name an activity rather than a unit.
     * A unit without a head noun ("School Travel Planning", "Registrations") is a unit here, where the
     * chart's layout says so.
     */
    static List<BodyMention> chartUnits(BodyContext cx, List<Layout.Table> tables) {
        List<BodyMention> out = new ArrayList<>();
        for (Span cell : Layouts.chartCells(tables, c -> cx.overlapsPost(c))) {
            if (cx.overlapsPerson(cell)) {
                continue;
            }
            String raw = cx.text.substring(cell.start(), cell.end());
            // a page number run into the cell, counts and notes after the name ("Outreach Teams x2 (soon 3)")
            Matcher lead = CELL_NUMBER.matcher(raw);
            int from = lead.find() ? lead.end() : 0;
            Matcher tail = CELL_TAIL.matcher(raw);
            int to = tail.find(from) ? tail.start() : raw.length();
            String name = raw.substring(from, to).strip();
            // "Outreach Team & Westby Nursery": two units in one cell
            Matcher amp = CELL_TWO_UNITS.matcher(name);
            List<int[]> parts = new ArrayList<>();
            if (amp.matches()) {
                parts.add(new int[] {from, from + amp.end(1)});
                parts.add(new int[] {from + amp.start(2), from + amp.end(2)});
            } else {
                parts.add(new int[] {from, from + name.length()});
            }
            for (int[] pt : parts) {
                String n = SPACES.matcher(raw.substring(pt[0], pt[1])).replaceAll(" ").strip();
                Span span = new Span(cell.start() + pt[0], cell.start() + pt[1]);
                if (CELL.decide(new Cell(n, n.split(" "), span)).rejected()) {
                    continue;
                }
                BodyKind kind = BodyWords.OUTSIDE_MARK.matcher(n.toLowerCase(Locale.ROOT)).matches() || NationalBodies.isNational(n)
                        ? BodyKind.ORGANISATION : BodyKind.SERVICE;
                out.add(new BodyMention(n, kind, span, n));
            }
        }
        return out;
    }

    /** A name read in a chart's cell: its words and where it is. */
    record Cell(String name, String[] words, Span span) {
        String last() {
            return words[words.length - 1];
        }

        /** A head noun among its capitalised words, or a service's head (in any case) at its end. */
        boolean headed() {
            return Arrays.stream(words).anyMatch(x -> Character.isUpperCase(x.charAt(0))
                    && (BodyWords.SERVICE_HEADS.contains(x.toLowerCase(Locale.ROOT)) || BodyWords.ORG_HEADS.contains(x.toLowerCase(Locale.ROOT))))
                    || BodyWords.SERVICE_HEADS.contains(last().toLowerCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return "chart cell \"" + name + "\"";
        }
    }

    /** A cell naming a unit: capitalised, short, no number, no staff title, a head or no activity word at its end. */
    static final Cascade<Cell> CELL = Cascade.<Cell>named("body")
            .reject(Rule.named("tooManyWords", c -> c.words().length > 10))
            .reject(Rule.named("notCapitalised", c -> !Character.isUpperCase(c.name().charAt(0))))
            .reject(Rule.named("number", c -> DIGIT.matcher(c.name()).matches()))
            .reject(Rule.named("staffTitle", c -> BodyWords.STAFF_WORD.matcher(c.last()).matches()))
            .reject(Rule.named("activityWithoutHead", c -> !c.headed() && (Character.isLowerCase(c.last().charAt(0))
                    || BodyWords.ACTIVITY_CELL.matcher(c.last()).matches())))
            .describedBy(Cell::toString)
            .locatedBy(c -> c.span().start())
            .otherwise(true);
}
