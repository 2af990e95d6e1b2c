package org.councilgraph.annotate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations.BodyKind;
import org.councilgraph.annotate.Annotations.BodyMention;
import org.councilgraph.annotate.Annotations.PersonMention;
import org.councilgraph.annotate.Annotations.PostMention;
import org.councilgraph.segment.CouncilNames;
import org.councilgraph.segment.Layout;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.Span;

/**
 * Names of bodies: the council's own services, teams, hubs and departments, outside organisations
 * (regulators, government departments, partnerships, charities, schools, other councils) and
 * committees.
 *
 * <p>A name is a run of capitalised words (with "and", "of", "for" ... and list commas between
 * them) ending in a head noun; the head says which kind of body it is ("Team", "Service", "Hub" a
 * council service; "Partnership", "Trust", "Charity", "School" an outside body; "Committee",
 * "Panel" a committee). Runs never cross a hard break of the layout (a heading line, a table cell),
 * and sentence words, people's names, post titles and document words ("Annual Report of the ...")
 * caught at their front are trimmed. National bodies known by a short name (Ofsted, NHS, DfE) come
 * from a gazetteer of national public bodies ({@link NationalBodies}); acronyms are read as bodies
 * only where the paper defines them ("Road Safety Team (RST)") or the gazetteer knows them.
 *
 * <p>The grammar's parts: {@link BodyRuns} (runs and their splitting), {@link BodyNames} with
 * {@link BodyTrim} and {@link BodyRules} (one name: trimming and the named rules), {@link BodyKinds}
 * (the kind), {@link SharedHeads}, {@link OwnUnits} and {@link CuedBodies} (names without a head of
 * their own); its words are in {@link BodyWords}.
 */
final class Bodies {
    private static final Pattern COUNCIL_LIST = Pattern.compile(".*\\bCouncil and .*");
    private static final Pattern COUNCIL_AND = Pattern.compile("(?<=Council) and ");
    private static final Pattern BARE_COUNCIL = Pattern.compile("(?i)(?:county|city|district|borough|town)\\s+council");
    private static final Pattern PROVIDED = Pattern.compile("(?i).*\\b(?:services?|schemes?|centres?|offices?)$");
    private static final Pattern COMMUNITY_COMMITTEE = Lexicon.of("community-committee-words.tsv").pattern("(?i).*\\b(?:%s)\\b.*");
    private static final Pattern INITIALS = Pattern.compile("[A-Z]{2,6}");
    private static final Pattern INITIALS_FIRST = Pattern.compile("[A-Z]{2,}\\s");
    private static final Pattern LEADING_BRACKET = Pattern.compile("^\\([^)]*\\)\\s*");
    private static final Pattern GLOSSARY_GAP = Pattern.compile("[ \\t|:–=\\-]*");
    /** "the Peer Adoption Support group WAFS": a description in lower case, then the body's own name. */
    private static final Pattern DESCRIPTION = Pattern.compile(".*\\s(?:" + String.join("|", BodyWords.DESCRIBED) + ")");
    private static final Pattern OWN_NAME_AFTER = Pattern.compile(
            "(?s)[ \\t]+(?:[A-Z]{2,}[a-z]?|[A-Z][a-z]+\\s+[A-Z][a-z]+)\\b(?![ \\t]+(?:and|of|for)\\b).*");

    private Bodies() {
    }

    static List<BodyMention> find(String text, String homeCouncil) {
        return find(text, homeCouncil, List.of(), List.of(), List.of());
    }

    /** As below, for a text alone: no web-page blocks, no tables. */
    static List<BodyMention> find(String text, String homeCouncil, List<PersonMention> people, List<PostMention> posts,
                                  List<Nlp.Entity> entities) {
        return find(text, homeCouncil, false, people, posts, entities, List.of());
    }

    /**
     * The bodies named in {@code text}; {@code blocks} says each line of the text is a block of its own
     * (a web page's), never wrapped; {@code tables} are the paper's tables as segment read them.
     */
    static List<BodyMention> find(String text, String homeCouncil, boolean blocks, List<PersonMention> people, List<PostMention> posts,
                                  List<Nlp.Entity> entities, List<Layout.Table> tables) {
        String flat = Layouts.flatten(text, blocks);
        BodyContext cx = new BodyContext(text, flat, homeCouncil, people, posts);
        List<BodyMention> out = new ArrayList<>();
        councils(cx, out); // first: their names are the most certain
        List<Span> national = new ArrayList<>();
        for (NationalBodies.Hit h : NationalBodies.find(flat)) {
            add(out, new BodyMention(h.name(), BodyKind.ORGANISATION, h.span(), h.printed()));
            national.add(h.span());
        }
        List<BodyMention> named = new ArrayList<>();
        Matcher r = BodyRuns.RUN.matcher(flat);
        while (r.find()) {
            named.addAll(BodyRuns.fromRun(BodyRuns.tokens(flat, r.start(), r.end()), cx));
        }
        // "NHS Grampian and Police Scotland": a run of words across two gazetteer bodies, or into one, is neither
        named.removeIf(b -> national.stream().filter(n -> n.overlaps(b.span())).count() > 1
                || national.stream().anyMatch(n -> n.overlaps(b.span()) && !b.span().contains(n)));
        // a chart's cell is read whole before the runs of words that cross it
        addAll(out, OwnUnits.chartUnits(cx, tables));
        addAll(out, OwnUnits.headedSections(cx));
        addAll(out, named);
        addAll(out, ServiceNames.find(cx));
        ownInitials(out, named);
        definedAcronyms(cx, out);
        addAll(out, CuedBodies.cued(cx, out));
        for (Nlp.Entity e : entities) {
            if (e.type().equals("ORGANIZATION")) {
                BodyMention b = CuedBodies.fromModel(e, cx, out);
                if (b != null) {
                    add(out, b);
                }
            }
        }
        ownPartnerships(out);
        if (cx.localHome) {
            addAll(out, LocalAcronyms.find(cx, people, out));
            outsideUnits(out);
        }
        // "the Council Tax Reduction Scheme", "the Petition Scheme": the council's rules and payments, not its services
        out.removeIf(b -> b.kind() == BodyKind.SERVICE && BodyWords.RULE_SCHEME.matcher(b.name()).matches());
        // "CIC", "Trust" alone: a legal form or a head noun is no body's name
        out.removeIf(b -> b.kind() == BodyKind.ORGANISATION && BodyWords.ORG_HEADS.contains(b.name().toLowerCase(Locale.ROOT)));
        // "the Peer Adoption Support group WAFS": a description in lower case before the body's own name
        out.removeIf(b -> b.kind() == BodyKind.ORGANISATION && DESCRIPTION.matcher(b.printed()).matches()
                && OWN_NAME_AFTER.matcher(cx.flat.substring(b.span().end(), Math.min(cx.flat.length(), b.span().end() + 40))).matches());
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /** What stands between a line's start and an item's title: the item's printed number and its marks ("A4 ", "C1721 ", "12/24 -"). */
    private static final Pattern ITEM_NUMBER_BEFORE = Pattern.compile("[ \\t]*[(\\[]?[\\p{L}\\d][\\p{L}\\d./-]{0,11}[.):\\]]?[ \\t]*[-–:]?[ \\t]*");

    /**
     * Bodies read across an item's number into its title ("A4 Equality Steering Group Report", an item
     * numbered "A4"): the number is the minutes', not the body's, so the name begins at the title. A
     * name left as only a head word ("A5 School Organisation" gives "School") is no body.
     *
     * @param titleStarts where the titles of numbered items begin
     */
    static List<BodyMention> pastItemNumbers(String text, List<BodyMention> bodies, Set<Integer> titleStarts) {
        List<BodyMention> out = new ArrayList<>(bodies.size());
        for (BodyMention b : bodies) {
            int title = -1;
            for (int t = b.span().start() + 1; t < b.span().end() && t - b.span().start() <= 16; t++) {
                if (titleStarts.contains(t)) {
                    title = t;
                    break;
                }
            }
            String before = title < 0 ? "" : text.substring(b.span().start(), title);
            if (title < 0 || !ITEM_NUMBER_BEFORE.matcher(before).matches()) {
                out.add(b);
                continue;
            }
            String number = before.strip();
            String name = b.name().startsWith(number) ? b.name().substring(number.length()).strip() : b.name();
            String printed = text.substring(title, b.span().end());
            if (name.isEmpty() || b.kind() == BodyKind.ORGANISATION && BodyWords.ORG_HEADS.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            out.add(new BodyMention(name, b.kind(), new Span(title, b.span().end()), printed));
        }
        return out;
    }

    /** The councils named, read whole; a list "Northby County Council and Westby City Council" is each of them. */
    private static void councils(BodyContext cx, List<BodyMention> out) {
        for (MatchResult c : CouncilNames.councilMatches(cx.flat, cx.flat.length())) {
            String name = LEADING_BRACKET.matcher(CouncilNames.normalise(c.group())).replaceFirst("");
            if (COUNCIL_LIST.matcher(name).matches()) {
                councilList(cx, out, c, name);
                continue;
            }
            String[] w = name.split(" ");
            if (w.length > 2 && cx.lowerWords.contains(w[0].toLowerCase(Locale.ROOT)) && CouncilNames.isCouncil(name.substring(w[0].length() + 1))) {
                name = name.substring(w[0].length() + 1); // "Should Northby County Council"
            }
            if (!CouncilNames.isCouncil(name) || BARE_COUNCIL.matcher(name).matches()) {
                continue;
            }
            boolean home = BodyContext.sameCouncil(name, cx.home);
            add(out, new BodyMention(name, home ? BodyKind.COUNCIL : BodyKind.ORGANISATION, new Span(c.start(), c.end()), c.group()));
            cx.councilPlaces.add(BodyContext.place(name));
        }
    }

    /** "Northby County Council and Westby City Council", "Council and Eastby Council": the councils in it. */
    private static void councilList(BodyContext cx, List<BodyMention> out, MatchResult c, String name) {
        int from = 0;
        for (String part : COUNCIL_AND.split(name)) {
            int at = c.group().indexOf(part.split(" ")[0], from);
            if (at < 0) {
                continue;
            }
            from = at + 1;
            if (!BARE_COUNCIL.matcher(part).matches() && CouncilNames.isCouncil(part)) {
                Span span = new Span(c.start() + at, Math.min(c.end(), c.start() + at + part.length()));
                boolean home = BodyContext.sameCouncil(part, cx.home);
                add(out, new BodyMention(part, home ? BodyKind.COUNCIL : BodyKind.ORGANISATION, span, part));
                cx.councilPlaces.add(BodyContext.place(part));
            }
        }
    }

    /**
     * "CPS maintains a register" in a paper naming its "Corporate Procurement Services": initials a
     * national body shares with one of the council's units the paper names are that unit's.
     */
    private static void ownInitials(List<BodyMention> out, List<BodyMention> named) {
        out.replaceAll(b -> {
            if (b.kind() != BodyKind.ORGANISATION || !INITIALS.matcher(b.printed()).matches()) {
                return b;
            }
            for (BodyMention n : named) {
                if (n.kind() == BodyKind.SERVICE && b.printed().equals(BodyContext.initials(n.name()))) {
                    return new BodyMention(n.name(), BodyKind.SERVICE, b.span(), b.printed());
                }
            }
            return b;
        });
    }

    /** An acronym the paper defined is that body wherever it is printed, except where it heads its own glossary line. */
    private static void definedAcronyms(BodyContext cx, List<BodyMention> out) {
        if (cx.acronyms.isEmpty()) {
            return;
        }
        Matcher a = Pattern.compile("(?<![\\p{L}\\p{N}])(" + String.join("|", cx.acronyms.keySet().stream().map(Pattern::quote).toList())
                + ")(?![\\p{L}\\p{N}])").matcher(cx.flat);
        while (a.find()) {
            int end = a.end();
            if (cx.glossary.stream().anyMatch(g -> g.start() >= end && g.start() - end <= 4
                    && GLOSSARY_GAP.matcher(cx.flat.substring(end, g.start())).matches())) {
                continue;
            }
            BodyMention def = cx.acronyms.get(a.group(1));
            add(out, new BodyMention(def.name(), def.kind(), new Span(a.start(), a.end()), a.group(1)));
        }
    }

    /**
     * "the Westby Standards Partnership" in a paper that also names the "Westby Standards Service": a
     * partnership, board or forum named like one of the council's services is that service's own.
     */
    private static void ownPartnerships(List<BodyMention> out) {
        Set<String> services = new HashSet<>();
        for (BodyMention b : out) {
            if (b.kind() == BodyKind.SERVICE && b.name().split(" ").length >= 3) {
                services.add(b.name().substring(0, b.name().lastIndexOf(' ')).toLowerCase(Locale.ROOT));
            }
        }
        out.replaceAll(b -> {
            if (b.kind() != BodyKind.ORGANISATION || !ownable(b.name())
                    || NationalBodies.isNational(b.name()) || BodyWords.OUTSIDE_MARK.matcher(b.name().toLowerCase(Locale.ROOT)).matches()) {
                return b;
            }
            String modifiers = b.name().substring(0, b.name().lastIndexOf(' ')).toLowerCase(Locale.ROOT);
            return services.contains(modifiers) ? new BodyMention(b.name(), BodyKind.SERVICE, b.span(), b.printed()) : b;
        });
    }

    /**
     * A parish, town or community council has no departments, teams or units: in its papers a "Highways
     * Department" or a "Marine Unit" is another body's, an outside organisation; a "... Service" or a
     * "... Scheme", "... Centre" there is what is provided (a bus service, a grant scheme, a building), no body, unless
     * another body's initials lead it ("the NDC Warden Service"). A "Village Hall Committee" there is
     * the hall's, a community body's.
     */
    private static void outsideUnits(List<BodyMention> out) {
        out.removeIf(b -> b.kind() == BodyKind.SERVICE && PROVIDED.matcher(b.name()).matches()
                && !INITIALS_FIRST.matcher(b.name()).lookingAt() && !NationalBodies.isNational(b.name())
                || b.kind() == BodyKind.ORGANISATION && BodyWords.GENERIC.matcher(b.name()).matches()); // "the Old Medical Centre"
        out.replaceAll(b -> b.kind() == BodyKind.SERVICE || b.kind() == BodyKind.COMMITTEE && COMMUNITY_COMMITTEE.matcher(b.name()).matches()
                ? new BodyMention(b.name(), BodyKind.ORGANISATION, b.span(), b.printed()) : b);
    }

    /** Ends in " Partnership", " Board", " Forum" ... as printed. */
    private static boolean ownable(String name) {
        int space = name.lastIndexOf(' ');
        return space > 0 && BodyWords.OWNED.contains(name.substring(space + 1));
    }

    private static void addAll(List<BodyMention> out, List<BodyMention> found) {
        for (BodyMention b : found) {
            add(out, b);
        }
    }

    /** Adds a mention unless one already read covers its span; a longer mention replaces those it covers. */
    private static void add(List<BodyMention> out, BodyMention m) {
        for (BodyMention b : out) {
            if (b.span().overlaps(m.span()) && (b.span().contains(m.span()) || b.span().length() >= m.span().length())) {
                return;
            }
        }
        out.removeIf(b -> m.span().contains(b.span()) || (b.span().overlaps(m.span()) && b.span().length() < m.span().length()));
        out.add(m);
    }
}
