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
import org.councilgraph.segment.CouncilNames;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.Span;

/**
 * Outside bodies the sentence says are bodies though their names have no head noun: names in
 * apposition to a noun of a body ("Westby Recycling, a company based in ..."), after one ("the
 * charity Westby Friends"), led by people, and lists of partners ("in partnership with the Eastby
 * Players and Westby Arts"); and the language model's organisations where the words before them say
 * what they are.
 */
final class CuedBodies {
    /** A proper name without a head noun: capitalised words, with "of", "and", "the" between them ("The Eastby Players"). */
    private static final String NAME = "(?:The\\s+)?[A-Z][\\p{L}\\p{N}&'’+\\-]*(?:\\s+(?:(?:and|&|of|for|the|de|in)\\s+)?[A-Z][\\p{L}\\p{N}&'’+\\-]*){0,5}";
    /** A name in a list, where "and" parts the names. */
    private static final String LISTED_NAME = "(?:The\\s+)?[A-Z][\\p{L}\\p{N}&'’+\\-]*(?:\\s+(?:(?:of|for|the|de|to)\\s+)?[A-Z][\\p{L}\\p{N}&'’+\\-]*){0,5}";
    /** A name of a list of partners, after the kind of body it is: "the charity Westby Arts". */
    private static final Pattern LISTED = Pattern.compile("(?:the\\s+(?:charity|company)\\s+)?(" + LISTED_NAME + ")");
    /** "Westby Recycling, a company based in ...", "PALs (a local support group ...", "Acorn8 which is a young people's group". */
    private static final Lexicon CUES = Lexicon.of("body-cue-words.tsv");
    private static final Pattern APPOSITION = Pattern.compile("(?<name>" + NAME + ")(?:\\s*\\([A-Z][A-Za-z&]{1,9}\\))?"
            + "(?:(?:\\s*,\\s*|\\s+\\(\\s*)(?:a|an|the|one\\s+of\\s+the)\\s+|\\s+(?:which|who)\\s+(?:is|are)\\s+(?:(?:a|an|the)\\s+)?)"
            + "(?!(?:\\w+\\s+)?(?:" + CUES.alternationWhere(1, "collective") + ")\\s+of\\b)"
            + "(?:(?!(?:in|with|by|of|for|to|at|on|and)\\s)[\\p{L}'’\\-]+\\s+){0,4}?" + BodyWords.BODY_NOUN + "\\b");
    /** "the charity Westby Friends", "a local charity called ‘Knit Together’". */
    private static final Pattern NOUN_BEFORE = Pattern.compile("\\b(?i:" + BodyWords.NAMING_NOUN + ")\\s+(?:(?i:called|named|known\\s+as)\\s+)?[‘'“\"]?(?<name>"
            + NAME + ")[’'”\"]?");
    /** "Westby Players, headed up by Jo and Sam, ran two sessions": a name whose leaders follow it is a body's. */
    private static final Pattern LED_BY = Pattern.compile("(?<![\\p{L}\\p{N}])(?<name>" + NAME + "),\\s+(?:" + CUES.alternationWhere(1, "led-by") + ")\\s+by\\s+"
            + "(?:[A-Z][a-z]+(?:\\s*,\\s*|\\s+and\\s+|\\s+)){1,4}");
    /** Words that say the names listed after them are of partners: "in partnership with A and B", "the collaboration of A, B and C". */
    private static final Pattern PARTNERS = Pattern.compile("\\b(?:" + BodyWords.PARTNER_CUE + ")\\s+"
            + "(?<list>(?:the\\s+)?" + LISTED_NAME + "(?:\\s*,\\s*(?:and\\s+)?(?:the\\s+(?:charity|company)\\s+)?" + LISTED_NAME
            + "|\\s+and\\s+" + LISTED_NAME + ")*)");
    /** The rest of a list of three or more after a body's name: ", Westby Arts and Eastby Players" (a pair may be two places). */
    private static final Pattern LIST_AFTER = Pattern.compile("(?<list>(?:[ \\t]*,[ \\t]*" + LISTED_NAME + ")+[ \\t]*,?[ \\t]+and[ \\t]+"
            + LISTED_NAME + ")(?![\\p{L}\\p{N}])");
    private static final Pattern STRONG_LIST = Pattern.compile("(?s).*\\bthe\\s+(?:charity|company)\\s+.*");
    private static final Pattern CALLED_A_BODY = Pattern.compile("(?s)the\\s+(?:charity|company)\\s+.*");
    private static final Pattern TRAILING_LINK = Pattern.compile("\\s+(?:and|&|of|for|the|de|in)$");
    private static final Pattern TRAILING_QUOTES = Pattern.compile("['’]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ADVERB = Pattern.compile("[A-Z][a-z]+ly");
    private static final Pattern TOWN_WORD = Pattern.compile(" (?:City|County|Borough)$");
    private static final Pattern LINK_WORD = Pattern.compile("and|&|of|for|the|de|in");
    private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s?$");
    private static final Pattern ACRONYM_LIKE = Pattern.compile("[A-Z0-9]{2,}.*");
    private static final Pattern PLURAL_ACRONYM = Pattern.compile("[A-Z]{2,}s");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}");
    private static final Pattern CAPITALS = Pattern.compile("[A-Z]{2,}");
    private static final Pattern DIGIT = Pattern.compile(".*\\d.*");
    /** Words that say the next name is an organisation. */
    private static final Pattern MODEL_CUE = Pattern.compile("(?:" + BodyWords.MODEL_CUE + ")[^.;|]{0,25}$"
            // a formal agreement's parties, however long the list: "agreements are in place with HMRC, health services, and X"
            + "|\\b(?:agreements?|contracts?)\\s+(?:are\\s+|is\\s+)?(?:in\\s+place\\s+)?with\\s[^.;|]{0,80}(?:,|\\band)\\s*$");

    /** A candidate name read word by word: its first and last words decide most rules. */
    interface Worded {
        String[] words();

        default String first() {
            return words()[0];
        }

        default String last() {
            return words()[words().length - 1];
        }
    }

    /** A name a cue points at: as printed, without "The", its words, whether it needs a proper word. */
    record Cued(String name, String bare, Span span, String[] words, boolean needProper, BodyContext cx) implements Worded {
        @Override
        public String toString() {
            return "cued \"" + name + "\"";
        }
    }

    static final Cascade<Cued> CUE = Cascade.<Cued>named("body")
            .reject(Rule.named("tooShortOrLong", c -> c.bare().length() < 2 || c.words().length > 6))
            .reject(Rule.named("sentenceStart", c -> BodyWords.BAD_START.matcher(c.first()).matches() && !c.name().startsWith("The ")))
            .reject(Rule.named("frontDocumentWord", c -> BodyWords.FRONT_DOC_WORD.matcher(c.first()).matches()))
            .reject(Rule.named("className", c -> BodyWords.GENERIC.matcher(c.bare()).matches()))
            .reject(Rule.named("documentWordAtEnd", c -> BodyWords.DOC_WORD.matcher(c.last()).matches()))
            .reject(Rule.named("staffTitle", c -> BodyWords.STAFF_WORD.matcher(c.last()).matches() && c.needProper()))
            .reject(Rule.named("month", c -> BodyWords.MONTHS.contains(c.first())))
            .reject(Rule.named("endsInHead", c -> new BodyToken(c.last(), 0, 1).isHead()))
            .reject(Rule.named("councilOrPlace", c -> c.cx().councilPlaces.contains(c.bare()) || c.bare().equals(c.cx().homePlace)
                    || CouncilNames.isCouncil(c.bare())))
            .reject(Rule.named("adverb", c -> ADVERB.matcher(c.bare()).matches()))
            .reject(Rule.named("councilTown", c -> c.cx().councilPlaces.contains(TOWN_WORD.matcher(c.bare()).replaceFirst(""))))
            .describedBy(Cued::toString)
            .locatedBy(c -> c.span().start())
            .otherwise(true);

    private CuedBodies() {
    }

    /** The bodies the sentences' cues point at, beside those {@code found} already. */
    static List<BodyMention> cued(BodyContext cx, List<BodyMention> found) {
        List<BodyMention> out = new ArrayList<>();
        Matcher a = APPOSITION.matcher(cx.flat);
        while (a.find()) {
            candidate(cx, found, out, a.start("name"), a.end("name"), false);
        }
        Matcher led = LED_BY.matcher(cx.flat);
        while (led.find()) {
            candidate(cx, found, out, led.start("name"), led.end("name"), true);
        }
        Matcher n = NOUN_BEFORE.matcher(cx.flat);
        while (n.find()) {
            candidate(cx, found, out, n.start("name"), n.end("name"), false);
        }
        listedWith(cx, found, out);
        Matcher p = PARTNERS.matcher(cx.flat);
        while (p.find()) {
            Matcher m = LISTED.matcher(cx.flat).region(p.start("list"), p.end("list"));
            // a list that calls one member a charity or a company is a list of such bodies
            boolean strongList = STRONG_LIST.matcher(p.group("list")).matches();
            while (m.find()) {
                boolean multiword = m.group(1).contains(" ");
                candidate(cx, found, out, m.start(1), m.end(1), !(strongList && multiword) && !CALLED_A_BODY.matcher(m.group()).matches());
            }
        }
        return out;
    }

    /**
     * "accommodation including Westby Housing Trust, St Aldhelms and Beacon": proper names listed after
     * an outside body the rules read are bodies of the same sort (a council's list names places, so
     * not after a council).
     */
    private static void listedWith(BodyContext cx, List<BodyMention> found, List<BodyMention> out) {
        for (BodyMention b : List.copyOf(found)) {
            if (b.kind() != BodyKind.ORGANISATION || CouncilNames.isCouncil(b.name())) {
                continue;
            }
            Matcher l = LIST_AFTER.matcher(cx.flat).region(b.span().end(), Math.min(cx.flat.length(), b.span().end() + 200));
            if (!l.lookingAt()) {
                continue;
            }
            Matcher m = LISTED.matcher(cx.flat).region(l.start("list"), l.end("list"));
            while (m.find()) {
                candidate(cx, found, out, m.start(1), m.end(1), true);
            }
        }
    }

    private static void candidate(BodyContext cx, List<BodyMention> found, List<BodyMention> out, int start, int end, boolean needProper) {
        String raw = TRAILING_QUOTES.matcher(TRAILING_LINK.matcher(cx.flat.substring(start, end)).replaceFirst("")).replaceFirst("").strip();
        String name = SPACES.matcher(raw).replaceAll(" ");
        String bare = name.startsWith("The ") ? name.substring(4) : name;
        Cued c = new Cued(name, bare, new Span(start, start + raw.length()), bare.split(" "), needProper, cx);
        if (CUE.decide(c).rejected()) {
            return; // "Additionally, ...", "Westby City": an adverb, a place
        }
        BodyMention unit = unitOf(c, found);
        if (unit != null) {
            out.add(unit);
            return;
        }
        if (READ.decide(new Read(c, found, out)).accepted()) {
            out.add(new BodyMention(name, BodyKind.ORGANISATION, c.span(), name));
        }
    }

    /**
     * "with NASC", "Westby Music, the lead partner": a partner called by the initials of one of the
     * council's units ("the Northby Adult Social Care Directorate") or by its name without the head
     * ("the Westby Music Service") is that unit.
     */
    private static BodyMention unitOf(Cued c, List<BodyMention> found) {
        boolean caps = ACRONYM.matcher(c.bare()).matches();
        Pattern unitOf = Pattern.compile("(?i)" + Pattern.quote(c.bare()) + " (?:Service|Team|Unit)");
        for (BodyMention b : found) {
            if (b.kind() != BodyKind.SERVICE) {
                continue;
            }
            if (caps) {
                String[] served = b.name().split(" ");
                String bodyInitials = BodyContext.initials(b.name()); // (linking words, in lower case, have none)
                if (c.bare().equals(bodyInitials) || new BodyToken(served[served.length - 1], 0, 1).isHead()
                        && c.bare().equals(bodyInitials.substring(0, bodyInitials.length() - 1))) {
                    return new BodyMention(b.name(), BodyKind.SERVICE, c.span(), c.name());
                }
            }
            if (unitOf.matcher(b.name()).matches()) {
                return new BodyMention(b.name(), BodyKind.SERVICE, c.span(), c.name());
            }
        }
        return null;
    }

    /** A cued name with what has been read so far. */
    record Read(Cued cued, List<BodyMention> found, List<BodyMention> out) {
        @Override
        public String toString() {
            return cued.toString();
        }
    }

    static final Cascade<Read> READ = Cascade.<Read>named("body")
            .reject(Rule.named("alreadyRead", CuedBodies::alreadyRead))
            .reject(Rule.named("commonWords", r -> notProper(r.cued())))
            .reject(Rule.named("commonWordAlone", r -> r.cued().words().length == 1
                    && r.cued().cx().lowerWords.contains(r.cued().first().toLowerCase(Locale.ROOT))))
            .describedBy(Read::toString)
            .locatedBy(r -> r.cued().span().start())
            .otherwise(true);

    private static boolean alreadyRead(Read r) {
        Span span = r.cued().span();
        BodyContext cx = r.cued().cx();
        return cx.overlapsPerson(span) || cx.overlapsPost(span) || r.found().stream().anyMatch(b -> b.span().overlaps(span))
                || r.out().stream().anyMatch(b -> b.span().overlaps(span));
    }

    /** No word the paper never prints in lower case (nor a name it always capitalises), where one is needed; "LEPs", a kind of body. */
    private static boolean notProper(Cued c) {
        BodyContext cx = c.cx();
        boolean proper = Arrays.stream(c.words()).anyMatch(w -> !LINK_WORD.matcher(w).matches()
                && (!cx.lowerWords.contains(POSSESSIVE_END.matcher(w.toLowerCase(Locale.ROOT)).replaceAll("")) || ACRONYM_LIKE.matcher(w).matches()));
        if (!proper && c.words().length >= 2 && alwaysCapitalised(cx, c.bare())) {
            proper = true; // "Walk Together": common words, but the paper never prints them together in lower case
        }
        return !proper && (c.needProper() || c.words().length == 1) || c.needProper() && PLURAL_ACRONYM.matcher(c.bare()).matches();
    }

    /**
     * True when the paper prints {@code name} at least twice and only ever with its capitals: a
     * name made of common words ("Hope to Sing") is still a name when it is never a phrase.
     */
    private static boolean alwaysCapitalised(BodyContext cx, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int printed = 0;
        for (int i = cx.flat.indexOf(name); i >= 0; i = cx.flat.indexOf(name, i + name.length())) {
            printed++;
        }
        int any = 0;
        for (int i = cx.lowerFlat.indexOf(lower); i >= 0; i = cx.lowerFlat.indexOf(lower, i + lower.length())) {
            any++;
        }
        return printed >= 2 && printed == any;
    }

    /** An organisation the language model found, with what the rules read around it. */
    record Modelled(Nlp.Entity entity, String name, String[] words, BodyContext cx, List<BodyMention> found) implements Worded {
        @Override
        public String toString() {
            return "model's \"" + name + "\"";
        }
    }

    static final Cascade<Modelled> MODEL = Cascade.<Modelled>named("body")
            .reject(Rule.named("readByRules", m -> m.found().stream().anyMatch(b -> b.span().overlaps(m.entity().span()))))
            .reject(Rule.named("person", m -> m.cx().personSpans.stream().anyMatch(s -> s.overlaps(m.entity().span()))))
            .reject(Rule.named("post", m -> m.cx().postSpans.stream().anyMatch(s -> s.overlaps(m.entity().span()))))
            .reject(Rule.named("notAName", m -> m.name().contains("|") || m.name().length() < 3 || m.name().length() > 80
                    || DIGIT.matcher(m.name()).matches()))
            // an acronym or a word alone is a body only where defined or known nationally: "WYPAC (Westby Young People
            // After Care) is a monthly meet-up" defines it and says it is something; "PPB (Pupil Premium Bonus) allocations" does not
            .accept(Rule.named("acronymDefinedAsSomething", m -> m.words().length == 1 && m.cx().definedAsSomething.contains(m.name())))
            .reject(Rule.named("oneWord", m -> m.words().length == 1))
            .reject(Rule.named("lowerCaseWord", m -> Arrays.stream(m.words())
                    .anyMatch(w -> !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !Acronyms.isLinker(w))))
            .reject(Rule.named("sentenceStart", m -> BodyWords.BAD_START.matcher(m.first()).matches()))
            .reject(Rule.named("frontDocumentWord", m -> BodyWords.FRONT_DOC_WORD.matcher(m.first()).matches()))
            .reject(Rule.named("className", m -> BodyWords.GENERIC.matcher(m.name()).matches()))
            .reject(Rule.named("endsInLinker", m -> Acronyms.isLinker(m.last())))
            .reject(Rule.named("documentWordAtEnd", m -> BodyWords.DOC_WORD.matcher(m.last()).matches()))
            .reject(Rule.named("commonWords", m -> !properWord(m)))
            .reject(Rule.named("councilPlace", m -> m.cx().councilPlaces.contains(m.name()) || m.name().equals(m.cx().homePlace)))
            // the model's guess stands only where the sentence says what it is: "the charity X", "funded by X", "partners such as X"
            .reject(Rule.named("noCue", m -> !MODEL_CUE.matcher(m.cx().flat.substring(Math.max(0, m.entity().span().start() - 60),
                    m.entity().span().start()).toLowerCase(Locale.ROOT)).find()))
            .describedBy(Modelled::toString)
            .locatedBy(m -> m.entity().span().start())
            .otherwise(true);

    /** The model's organisation, when the rules did not read it and it has the shape of a proper name; else null. */
    static BodyMention fromModel(Nlp.Entity e, BodyContext cx, List<BodyMention> found) {
        String name = SPACES.matcher(cx.flat.substring(e.span().start(), e.span().end())).replaceAll(" ").strip();
        Modelled m = new Modelled(e, name, name.split(" "), cx, found);
        return MODEL.decide(m).accepted() ? new BodyMention(name, BodyKind.ORGANISATION, e.span(), name) : null;
    }

    /** A proper word (one the paper never prints in lower case) or an acronym makes it a name, not a phrase. */
    private static boolean properWord(Modelled m) {
        for (String w : m.words()) {
            String bare = POSSESSIVE_END.matcher(w).replaceAll("");
            if (!Acronyms.isLinker(w) && (!m.cx().lowerWords.contains(bare.toLowerCase(Locale.ROOT)) || CAPITALS.matcher(bare).matches())) {
                return true;
            }
        }
        return false;
    }
}
