package org.councilgraph.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations.BodyKind;
import org.councilgraph.annotate.Annotations.BodyMention;
import org.councilgraph.annotate.Annotations.PersonMention;
import org.councilgraph.annotate.Annotations.PostMention;
import org.councilgraph.segment.CouncilNames;
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
 */
final class Bodies {
    private static final String WORD = "[A-Z][\\p{L}\\p{N}'’\\-]*[\\p{L}\\p{N}’']|[A-Z]";
    private static final String LINK = Acronyms.LINKERS;
    private static final String LOWER_HEAD = "(?:service|team|teams|hub|hubs|unit|department|directorate|division|scheme|"
            + "group|school|trust|partnership|board|forum|network)";
    /** A run of name words: capitalised words joined by spaces, linkers and list commas. */
    private static final Pattern RUN = Pattern.compile(
            "(?<![\\p{L}\\p{N}'’\\-])(?:" + WORD + ")(?:(?: +(?:" + LINK + " +){0,2}(?:" + WORD + ")|, +(?:" + WORD + ")|"
            + " +\\((?:[A-Z][A-Za-z&]{1,9})\\)| +(?:(?:growth|training|music) +hubs?|" + LOWER_HEAD + ")(?![\\p{L}\\-])))*");
    private static final Set<String> SERVICE_HEADS = Set.of("service", "services", "team", "teams", "unit", "units", "hub", "hubs",
            "department", "directorate", "division", "scheme", "centre", "centres", "office");
    private static final Set<String> ORG_HEADS = Set.of("partnership", "partnerships", "board", "trust", "association", "network",
            "foundation", "charity", "university", "college", "academy", "academies", "school", "schools", "nursery", "council",
            "commission", "agency", "group", "forum", "alliance", "society", "club", "institute", "ombudsman", "police",
            "constabulary", "federation", "consortium", "company", "limited", "ltd", "plc", "llp", "cic", "corporation",
            "authority", "bank", "library", "museum", "theatre", "hospital", "hospitals", "church", "diocese", "union",
            "collaborative", "panel", "committee", "sub-committee", "subcommittee", "parliament", "court", "tribunal", "inspectorate",
            "regulator", "force", "cooperative", "co-operative", "commerce", "hotel", "consultancy");
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    /** Heads that come first in a name: "University of Westby", "Department of Eastshire". */
    private static final Set<String> HEAD_FIRST = Set.of("department", "ministry", "office", "university", "college", "institute",
            "society", "association", "federation", "museum", "bank", "church", "diocese", "council", "commission");
    /** Heads that a lowercase spelling still makes a head ("the HTS team", "Westby Grammar school"). */
    private static final Set<String> LOWER_HEADS = Set.of("service", "team", "teams", "hub", "hubs", "unit",
            "department", "directorate", "division", "scheme", "group", "school", "trust", "partnership", "board", "forum", "network");
    /** Capitals that belong inside names rather than starting a new one ("Head of SEND Services"). */
    private static final Set<String> INNER_CAPS = Set.of("SEND", "NHS", "UK", "HM", "EU", "ICT", "LGBT", "LGBTQ", "CIC", "CE", "IT", "HR",
            "CAMHS", "II", "III", "IV");
    /** Words that begin a sentence or a clause, not a name. */
    private static final Pattern BAD_START = Pattern.compile(
            "(?i)^(?:the|a|an|this|that|these|those|our|their|its|his|her|each|every|any|all|some|new|other|such|both|"
            + "and|or|but|if|when|where|while|as|at|in|on|by|to|for|from|with|of|it|there|he|she|they|we|i|"
            + "january|february|march|april|may|june|july|august|september|october|november|december|"
            + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mr|mrs|ms|miss|dr|cllr|councillor|councillors|"
            + "members?|officers?|director|directors|head|heads|manager|managers|chair|chairman|vice-chair|lead|"
            + "report|reports|minutes|agenda|item|items|appendix|appendices|annex|page|section|paragraph|table|figure|"
            + "following|further|however|also|whilst|although|despite|since|through|across|within|including|between|"
            + "statutory|key|overall|total|current|previous|future|existing|proposed|relevant|"
            + "resolved|agreed|noted|approved|welcome|thanks|please|yes|no|not|under|via|per|contact|tel|email|"
            + "summary|background|introduction|purpose|recommendation|recommendations|conclusion|conclusions|update|"
            + "achievements|challenges|priorities|risks|overview|performance|progress|workforce|finances?|details|"
            + "cabinet|committee|council|commission|panel|board|during|after|before|until|upon|following|re|ref|"
            + "officer\\(s\\)|dear|yours|regards|attached|enclosed|note|notes|n\\.b\\.|see|refer|"
            + "watch|view|visit|download|click|read|find|follow|join|search|browse|co-chair|committees|councils)$");
    /** Words of documents and activities: "Annual Report of the Fostering Service" names the service after them. */
    private static final Pattern DOC_WORD = Pattern.compile(
            "(?i)^(?:report|reports|update|updates|summary|plan|plans|strategy|review|reviews|inspection|inspections|overview|"
            + "role|roles|responsibilities|establishment|introduction|performance|achievements|appendix|annex|minutes|agenda|"
            + "framework|policy|assessment|evaluation|consultation|proposal|proposals|recommendation|recommendations|funding|"
            + "budget|arrangements|work|activity|activities|statement|structure|restructure|transfer|future|annual|defining|"
            + "delivery|development|implementation|launch|expansion|redesign|remodelling|outcomes|impact|offer|"
            + "protocol|guidance|audit|accounts|charter|intro|membership|dates|meetings|meeting|acronyms|glossary|terms|allocation|"
            + "transition|collaborations?|guide|welcome|support\\s+for|reference|case|cases|consultation|bid|bids|"
            + "application|applications|request|requests)$");
    /** Words after a head that make the whole a place: "Police Station", "Council Chamber". */
    private static final Pattern PLACE_AFTER = Pattern.compile(
            "(?:Station|Road|Street|Lane|Avenue|House|Hall|Building|Buildings|Headquarters|HQ|Chamber|Chambers|Room|Rooms|Square|Park|"
            + "Way|Close|Drive|Campus|Site|Depot|Offices)");
    /** Words after a head that make the head a modifier: "Foundation Stage", "Partnership (NFP) Programme", "Unit funding". */
    private static final Pattern ACTIVITY_AFTER = Pattern.compile(
            "(?:Stage|Programme|Program|programme|program|Fund|Funding|Grant|Award|Awards|Standards?|Day|Week|Festival|Conference|Event|Model|Approach|"
            + "Pathway|Project|Pilot|Toolkit|Portal|Website|Campaign|Initiative|Levy|Mark|Status|Accreditation|"
            + "Regulations|Act|Order|Rules|Bill|"
            + "funding|fund|grant|grants|levy|stage|rate|rates|formula|allocation|payments?|event|events|awareness|week|day)");
    /** Words after an outside body's head that name its plan or its scheme, not the body: "Northby Partnership Plan". */
    private static final Pattern ORG_ACTIVITY_AFTER = Pattern.compile("(?:Plan|Plans|Strategy|scheme|programme|project)");
    private static final Pattern NUMBER_BEFORE = Pattern.compile("(?i)\\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|\\d+)\\s+$");
    private static final Pattern NEXT_WORD = Pattern.compile("[ \\t]*(\\([A-Z][A-Za-z&]{1,9}\\)[ \\t]*)?(\\p{L}+)");
    /** Words inside a run that end a document's title before a name: "Task Group Report Northby Fostering Service". */
    private static final Pattern TITLE_END = Pattern.compile("(?i)^(?:report|reports|minutes|agenda|appendix|annex|update|updates|summary)$");
    /** Document words that head a line or a paragraph before a name ("Summary", "Appendix"). */
    private static final Pattern FRONT_DOC_WORD = Pattern.compile(
            "(?i)^(?:report|reports|update|updates|summary|appendix|annex|minutes|agenda|overview|introduction|background|"
            + "achievements|purpose|recommendations?|conclusions?|annual|executive|establishment|defining|intro|draft|project|projects)$");
    /** Possessives that are parts of common names, not owners ("Children's Services"). */
    private static final Pattern COMMON_POSSESSOR = Pattern.compile(
            "(?i)^(?:children|young\\s+people|people|women|men|parents|carers|adults|families|girls|boys|students|pupils|"
            + "learners|citizens|veterans|residents|patients|travellers|kings|queens|princes|st)$");
    /** Class names, not names of bodies: "Children's Services", "Local Authority", "Secondary Schools". */
    private static final Pattern GENERIC = Pattern.compile(
            "(?i)^(?:(?:the\\s+)?(?:council|county|city|local|national|partner|other|voluntary|community|public|private|health|social|"
            + "education|children'?’?s?|adult|adults|all|their|our|its|statutory|relevant|specialist|support|district|borough|parish|town|"
            + "secondary|primary|special|independent|mainstream|maintained|free|faith|grammar|new|existing|front|line|locality|"
            + "area|areas|regional|central|corporate|universal|targeted|early|local\\s+authority|the\\s+council'?’?s|council'?’?s|"
            + "multi|multi-agency|agency|family|families|youth|care|in-house|external|internal|whole|each|several|various|"
            + "relevant|partner|children\\s+and\\s+families|children’s|children's\\s+social|adult\\s+social|social\\s+care|"
            + "local\\s+authority\\s+children'?’?s|health\\s+and\\s+social\\s+care|nhs|school|schools|senior|leadership|management|"
            + "project|delivery|the\\s+local|academy|select|other\\s+local|full|combined|mayoral|unitary|delegated|strategic|"
            + "foundation|established|electoral|development|constituent|neighbouring|host|lead|accountable|responsible|foster)\\s+)*"
            + "(?:services?|teams?|units?|hubs?|departments?|directorates?|divisions?|schemes?|centres?|offices?|partnerships?|boards?|"
            + "trusts?|associations?|networks?|groups?|schools?|colleges?|academ(?:y|ies)|councils?|authorit(?:y|ies)|agenc(?:y|ies)|"
            + "panels?|committees?|forums?|executive|government|charit(?:y|ies)|nurser(?:y|ies)|foundations?|hospitals?|"
            + "funds?|unions?|clubs?|courts?|police|societ(?:y|ies)|companies|company|commissions?|bodies|body|providers?|"
            + "corporations?)$");
    /**
     * Class names among the names of one unit: a singular "Sensory Support Service" or "Youth Service"
     * is the council's own, a "Local Service" or "Support Team" is not a name.
     */
    private static final Pattern WEAK_GENERIC = Pattern.compile(
            "(?i)^(?:(?:the\\s+)?(?:council|county|city|local|national|partner|other|voluntary|community|public|private|health|statutory|"
            + "relevant|all|their|our|its|each|several|various|whole|in-house|external|internal|new|existing|specialist|support|district|"
            + "borough|parish|town|local\\s+authority|the\\s+council'?’?s|council'?’?s|nhs|delivery|project|lead|host|responsible|"
            + "accountable|front|line|multi-agency|agency|area|locality|regional|central|corporate|electoral|polling|ward)\\s+)*"
            + "(?:service|team|unit|hub|department|directorate|division|centre)$");
    /** Names that carry an outside body's mark whatever their head ("Police Missing Persons Unit"). */
    private static final Pattern OUTSIDE_MARK = Pattern.compile(
            "(?i).*\\b(?:police|constabulary|nhs|hospitals?|university|college|trust|ltd|limited|plc|cic|llp|charity|church|diocese|"
            + "probation|national|regional|royal|british|integrated\\s+care|clinical\\s+commissioning|fire\\s+and\\s+rescue|"
            + "parish|chamber|ministry|government|parliament|commons|lords|federation|association|society|foundation|"
            + "academy|academies|university|institute|club|music\\s+hub|growth\\s+hub|training\\s+hub)\\b.*");
    /** Council services whatever their head: the statutory virtual school, short-stay schools, pupil referral units. */
    private static final Pattern COUNCIL_SCHOOL = Pattern.compile("(?i).*\\b(?:virtual\\s+school|short\\s+stay\\s+school|pupil\\s+referral\\s+unit)$");
    /** Committees of a council, by the words councils name them with. */
    private static final Pattern COUNCIL_COMMITTEE = Pattern.compile(
            "(?i).*\\b(?:scrutiny|cabinet|overview|planning|licensing|audit|standards|policy|neighbourhood|executive|"
            + "appointments|pensions|health\\s+and\\s+wellbeing|corporate\\s+parenting|governance|employment|regulatory|"
            + "task\\s+(?:(?:and|&)\\s+finish\\s+)?group|working\\s+group|adoption\\s+panel|fostering\\s+panel|sub-committee)\\b.*");
    private static final Pattern NOT_COUNCIL_COMMITTEE = Pattern.compile("(?i).*\\b(?:house\\s+of|select|parliament|commons|lords)\\b.*");
    private static final String SCHOOL_TYPE = "(?:Primary|Junior|Infant|Infants|Secondary|High|Grammar|Church|Catholic|Special|Community|"
            + "Nursery|Free|Short|Virtual|Preparatory|Studio|Sixth|Technical|Independent|Academy|Federation|Trust|Saint|St|The)";
    /** Words that say the next name is an organisation. */
    private static final Pattern MODEL_CUE = Pattern.compile(
            "(?:charity|charities|company|companies|firm|organisation|organisations|organization|provider|providers|partners?|"
            + "consultants?|contractors?|suppliers?|operators?|appointed|procured\\s+from|awarded\\s+to|grant\\s+from|"
            + "partnership\\s+with|funded\\s+by|funding\\s+from|delivered\\s+by|provided\\s+by|run\\s+by|led\\s+by|"
            + "sponsored\\s+by|supported\\s+by|commissioned\\s+from|collaboration\\s+(?:of|with)|working\\s+with|such\\s+as|"
            + "agreements?\\s+(?:are\\s+|is\\s+)?(?:in\\s+place\\s+)?with)[^.;|]{0,25}$"
            // a formal agreement's parties, however long the list: "agreements are in place with HMRC, health services, and X"
            + "|\\b(?:agreements?|contracts?)\\s+(?:are\\s+|is\\s+)?(?:in\\s+place\\s+)?with\\s[^.;|]{0,80}(?:,|\\band)\\s*$");
    /** A line of a glossary of acronyms: "NPP&lt;tab&gt;Northby Primary Partnership", "CQC - Care Quality Commission". */
    private static final Pattern GLOSSARY_LINE = Acronyms.GLOSSARY_LINE;
    /** A token of a run: a bracketed acronym, a comma, a word. */
    private static final Pattern TOKEN = Pattern.compile("\\([A-Z][A-Za-z&]{1,9}\\)|,|[\\p{L}\\p{N}&][\\p{L}\\p{N}'’\\-&]*");
    /** A chart cell's number before its unit, its head count or note after: "12 Fostering Team x 3 (vacant)". */
    private static final Pattern CELL_NUMBER = Pattern.compile("^\\d{1,3}\\s+");
    private static final Pattern CELL_TAIL = Pattern.compile("\\s+(?:x\\s*\\d.*|\\(.*)$");
    /** Two units in one chart cell: "Fostering Team & Adoption". */
    private static final Pattern CELL_TWO_UNITS = Pattern.compile("^(.*\\b(?:Team|Service|Services|Unit|Hub))\\s+&\\s+(.+)$");
    /** What follows a body's name in the title of one who sits for it: "Westby Youth Council Representatives". */
    private static final Pattern REPRESENTS = Pattern.compile("(?i)\\s+(?:representatives?|delegates?|nominees?)");
    /** "WYPAC (Westby Young People After Care) is a monthly meet-up": an acronym spelt out, then said to be something. */
    private static final Pattern DEFINED_AS_SOMETHING = Pattern.compile(
            "(?<![\\p{L}])([A-Z]{3,8})\\s*\\(([A-Z][\\p{L}'’\\-]*(?:\\s+[\\p{L}'’\\-]+){1,8})\\)\\s*(?:is|are|was)\\s+(?:a|an|the)\\b");
    /** "Name (ACR)" in a run: the acronym a paper defines for a name. */
    private static final Pattern DEFINED = Pattern.compile("\\(([A-Z][A-Za-z&]{1,9})\\)$");

    private Bodies() {
    }

    private static void addCouncil(List<BodyMention> out, String name, Span span, String homeCouncil, Context cx) {
        if (!CouncilNames.isCouncil(name)) {
            return;
        }
        boolean home = sameCouncil(name, homeCouncil);
        add(out, new BodyMention(name, home ? BodyKind.COUNCIL : BodyKind.ORGANISATION, span, name));
        cx.councilPlaces.add(place(name));
    }

    /** "West of Northby Mayoral Combined Authority" is the "West of Northby Combined Authority"; "&" is "and". */
    static boolean sameCouncil(String a, String b) {
        return a != null && b != null && councilKey(a).equals(councilKey(b));
    }

    private static String councilKey(String name) {
        return name.toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("\\b(?:the|mayoral)\\b", " ").replaceAll("\\s+", " ").strip();
    }

    /** A token of a run: its text and offsets. */
    private record Tok(String text, int start, int end) {
        boolean isWord() {
            return Character.isLetterOrDigit(text.charAt(0));
        }

        boolean isCaps() {
            return text.length() >= 2 && text.equals(text.toUpperCase(Locale.ROOT)) && text.chars().anyMatch(Character::isLetter)
                    && Character.isUpperCase(text.charAt(0));
        }

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    static List<BodyMention> find(String text, String homeCouncil) {
        return find(text, homeCouncil, List.of(), List.of(), List.of());
    }

    static List<BodyMention> find(String text, String homeCouncil, List<PersonMention> people, List<PostMention> posts,
                                  List<Nlp.Entity> entities) {
        return find(text, homeCouncil, false, people, posts, entities);
    }

    /** As above; {@code blocks} says each line of the text is a block of its own (a web page's), never wrapped. */
    static List<BodyMention> find(String text, String homeCouncil, boolean blocks, List<PersonMention> people, List<PostMention> posts,
                                  List<Nlp.Entity> entities) {
        String flat = Layouts.flatten(text, blocks);
        Context cx = new Context(text, flat, homeCouncil, people, posts);
        List<BodyMention> out = new ArrayList<>();
        // councils first: their names are the most certain
        Matcher c = CouncilNames.COUNCIL.matcher(flat);
        while (c.find()) {
            String name = CouncilNames.normalise(c.group());
            name = name.replaceFirst("^\\([^)]*\\)\\s*", "");
            if (name.matches(".*\\bCouncil and .*")) {
                // "Northby County Council and Westby City Council", "Council and Eastby Council": the councils in it
                int from = 0;
                for (String part : name.split("(?<=Council) and ")) {
                    int at = c.group().indexOf(part.split(" ")[0], from);
                    if (at < 0) {
                        continue;
                    }
                    from = at + 1;
                    if (!part.matches("(?i)(?:county|city|district|borough|town)\\s+council")) {
                        addCouncil(out, part, new Span(c.start() + at, Math.min(c.end(), c.start() + at + part.length())), homeCouncil, cx);
                    }
                }
                continue;
            }
            String[] w = name.split(" ");
            if (w.length > 2 && cx.lowerWords.contains(w[0].toLowerCase(Locale.ROOT)) && CouncilNames.isCouncil(name.substring(w[0].length() + 1))) {
                name = name.substring(w[0].length() + 1); // "Should Northby County Council"
            }
            if (!CouncilNames.isCouncil(name) || name.matches("(?i)(?:county|city|district|borough|town)\\s+council")) {
                continue;
            }
            boolean home = sameCouncil(name, homeCouncil);
            add(out, new BodyMention(name, home ? BodyKind.COUNCIL : BodyKind.ORGANISATION, new Span(c.start(), c.end()), c.group()));
            cx.councilPlaces.add(place(name));
        }
        for (NationalBodies.Hit h : NationalBodies.find(flat)) {
            add(out, new BodyMention(h.name(), BodyKind.ORGANISATION, h.span(), h.printed()));
        }
        Matcher r = RUN.matcher(flat);
        List<BodyMention> named = new ArrayList<>();
        while (r.find()) {
            for (BodyMention b : fromRun(tokens(flat, r.start(), r.end()), cx)) {
                named.add(b);
            }
        }
        // a chart's cell is read whole before the runs of words that cross it
        for (BodyMention b : chartUnits(cx)) {
            add(out, b);
        }
        for (BodyMention b : headedSections(cx)) {
            add(out, b);
        }
        for (BodyMention b : named) {
            add(out, b);
        }
        // an acronym the paper defined is that body wherever it is printed
        if (!cx.acronyms.isEmpty()) {
            Matcher a = Pattern.compile("(?<![\\p{L}\\p{N}])(" + String.join("|", cx.acronyms.keySet().stream().map(Pattern::quote).toList())
                    + ")(?![\\p{L}\\p{N}])").matcher(flat);
            while (a.find()) {
                int end = a.end();
                // the acronym heading its own glossary line defines the body; it is not a mention
                if (cx.glossary.stream().anyMatch(g -> g.start() >= end && g.start() - end <= 4
                        && flat.substring(end, g.start()).matches("[ \\t|:–=\\-]*"))) {
                    continue;
                }
                BodyMention def = cx.acronyms.get(a.group(1));
                add(out, new BodyMention(def.name(), def.kind(), new Span(a.start(), a.end()), a.group(1)));
            }
        }
        for (BodyMention b : cued(cx, out)) {
            add(out, b);
        }
        for (Nlp.Entity e : entities) {
            if (e.type().equals("ORGANIZATION")) {
                BodyMention b = fromModel(e, cx, out);
                if (b != null) {
                    add(out, b);
                }
            }
        }
        ownPartnerships(out);
        // "CIC", "Trust" alone: a legal form or a head noun is no body's name
        out.removeIf(b -> b.kind() == BodyKind.ORGANISATION && ORG_HEADS.contains(b.name().toLowerCase(Locale.ROOT)));
        // "the Peer Adoption Support group LAFS": a description in lower case before the body's own name
        out.removeIf(b -> b.kind() == BodyKind.ORGANISATION && b.printed().matches(".*\\s(?:group|network|forum|partnership|board|trust)")
                && cx.flat.substring(b.span().end(), Math.min(cx.flat.length(), b.span().end() + 40))
                        .matches("(?s)[ \\t]+(?:[A-Z]{2,}[a-z]?|[A-Z][a-z]+\\s+[A-Z][a-z]+)\\b(?![ \\t]+(?:and|of|for)\\b).*"));
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
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
            if (b.kind() != BodyKind.ORGANISATION || !b.name().matches(".* (?:Partnership|Board|Forum|Group|Network)")
                    || NationalBodies.isNational(b.name()) || OUTSIDE_MARK.matcher(b.name().toLowerCase(Locale.ROOT)).matches()) {
                return b;
            }
            String modifiers = b.name().substring(0, b.name().lastIndexOf(' ')).toLowerCase(Locale.ROOT);
            return services.contains(modifiers) ? new BodyMention(b.name(), BodyKind.SERVICE, b.span(), b.printed()) : b;
        });
    }

    /** What the rules know about the paper while reading it. */
    private static final class Context {
        final String text;
        final String flat;
        final String home;
        final String homePlace;
        final Set<String> councilPlaces = new HashSet<>();
        final List<Span> personSpans = new ArrayList<>();
        final List<Span> postSpans = new ArrayList<>();
        final Map<String, BodyMention> acronyms = new HashMap<>();
        final Set<String> lowerWords = new HashSet<>();
        final String lowerFlat;
        final List<Span> glossary = new ArrayList<>();
        /** Acronyms the paper spells out and says are something: "SYPAC (Supporting Young People After Care) is a ...". */
        final Set<String> definedAsSomething = new HashSet<>();
        /** "(the Northby County Council Fostering Service)" after a name: the council's own unit it is; null with no council. */
        final Pattern homeAlias;
        private final Map<String, Boolean> printedAfter = new HashMap<>();

        /** True when the paper prints {@code lowerName} after words {@code before} matches; each asked once a paper. */
        boolean printedAfter(String before, String lowerName) {
            return printedAfter.computeIfAbsent(before + "\u0000" + lowerName,
                    k -> Pattern.compile(before + Pattern.quote(lowerName) + "\\b").matcher(lowerFlat).find());
        }

        Context(String text, String flat, String home, List<PersonMention> people, List<PostMention> posts) {
            this.text = text;
            this.flat = flat;
            this.home = home;
            this.homePlace = home == null ? null : place(home);
            this.lowerFlat = flat.toLowerCase(Locale.ROOT);
            this.homeAlias = home == null ? null
                    : Pattern.compile("\\s*\\((?:the\\s+)?" + Pattern.quote(home) + "(?:['’]s)?\\s+([A-Z][^()|]{2,60}?)\\)");
            people.forEach(p -> personSpans.add(p.span()));
            posts.forEach(p -> postSpans.add(p.span()));
            Matcher g = GLOSSARY_LINE.matcher(text);
            while (g.find()) {
                glossary.add(new Span(g.start(2), g.end(2)));
            }
            Matcher m = Pattern.compile("(?<![\\p{L}])[a-z][a-z'’\\-]+").matcher(text);
            while (m.find()) {
                lowerWords.add(m.group());
            }
            Matcher d = DEFINED_AS_SOMETHING.matcher(flat);
            while (d.find()) {
                if (Acronyms.fits(d.group(1), d.group(2))) {
                    definedAsSomething.add(d.group(1));
                }
            }
        }
    }

    /** "Northby County Council" -> "Northby"; "Royal Borough of Eastby upon Avon" -> "Eastby upon Avon". */
    static String place(String council) {
        return council.replaceFirst("(?i)^(?:the\\s+)?(?:royal|london)\\s+borough\\s+of\\s+", "")
                .replaceFirst("(?i)\\s+(?:metropolitan\\s+)?(?:county|city|district|borough|town|unitary)?\\s*council$", "")
                .replaceFirst("(?i)\\s+(?:mayoral\\s+)?combined\\s+authority$", "")
                .replaceFirst("(?i)^city\\s+of\\s+", "").strip();
    }

    private static List<Tok> tokens(String flat, int from, int to) {
        List<Tok> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(flat).region(from, to);
        while (m.find()) {
            String t = m.group();
            int end = m.end();
            // a closing quote is no part of a word ("‘Enhanced’ Family Support"); a plural possessive is ("Carers’ Forum")
            while (t.length() > 1 && (t.endsWith("-") || (t.endsWith("'") || t.endsWith("’"))
                    && (!t.matches(".*[sS]['’]") || quoted(flat, m.start())))) {
                t = t.substring(0, t.length() - 1);
                end--;
            }
            out.add(new Tok(t, m.start(), end));
        }
        return out;
    }

    /** Inside quotation marks opened before {@code at} on the same line: "‘Responsible Authorities’". */
    private static boolean quoted(String flat, int at) {
        for (int i = at - 1; i >= 0 && at - i < 80; i--) {
            char ch = flat.charAt(i);
            if (ch == '‘' || ch == '“') {
                return true;
            }
            if (ch == '’' && !(i + 1 < flat.length() && Character.isLetter(flat.charAt(i + 1))) || ch == '”' || ch == '|' || ch == '\n') {
                return false;
            }
        }
        return false;
    }

    private static boolean isHead(Tok t) {
        String l = t.lower();
        if (Character.isLowerCase(t.text().charAt(0))) {
            return LOWER_HEADS.contains(l);
        }
        return SERVICE_HEADS.contains(l) || ORG_HEADS.contains(l);
    }

    private static boolean isLink(Tok t) {
        return Acronyms.isLinker(t.text()) || t.text().equals(",");
    }

    /** Splits a run into names: at list separators after a head, before stray capitals, after heads not continued to another head. */
    private static List<BodyMention> fromRun(List<Tok> run, Context cx) {
        List<BodyMention> out = new ArrayList<>();
        List<List<Tok>> parts = new ArrayList<>();
        List<Boolean> keep = new ArrayList<>();
        List<Tok> cur = new ArrayList<>();
        boolean curKeep = true;
        String glossaryAcronym = null;
        for (int i = 0; i < run.size(); i++) {
            Tok t = run.get(i);
            if (t.isCaps() && !t.text().startsWith("(") && !cur.isEmpty() && !INNER_CAPS.contains(t.text())
                    && cur.stream().anyMatch(x -> x.isWord() && !isLink(x) && !x.text().equals("The"))) {
                // "CQC Care Quality Commission NYPF Northby Young ...": a glossary, or a heading run into a name
                parts.add(cur);
                keep.add(curKeep && glossaryAcronym == null);
                cur = new ArrayList<>();
                curKeep = true;
                glossaryAcronym = t.text();
                continue;
            }
            boolean afterDefined = i >= 2 && run.get(i - 1).text().startsWith("(") && isHead(run.get(i - 2));
            if (t.text().matches("and|&") && i + 1 < run.size() && (run.get(i + 1).text().equals("the") || afterDefined) && !cur.isEmpty()) {
                // "the CME and the Attendance team": two names
                parts.add(cur);
                keep.add(curKeep);
                cur = new ArrayList<>();
                curKeep = true;
                continue;
            }
            if (t.text().equals(",") && !cur.isEmpty() && !listComma(run, i)) {
                // "the making of a Care Order, Intake Team social workers": a comma with no "and" to come ends a clause
                parts.add(cur);
                keep.add(curKeep);
                cur = new ArrayList<>();
                curKeep = true;
                continue;
            }
            cur.add(t);
            if (t.end() < cx.flat.length() && "’'”\"".indexOf(cx.flat.charAt(t.end())) >= 0 && quoted(cx.flat, t.start())
                    && i + 1 < run.size() && isLink(run.get(i + 1)) && !isHead(t)) {
                // "‘Responsible Authorities’ of Northby Partnerships": a quoted term is a name of its own
                parts.add(cur);
                keep.add(false);
                cur = new ArrayList<>();
                curKeep = true;
                continue;
            }
            if (isHead(t) && (activityAfter(run, i, cx) || ORG_HEADS.contains(t.lower()) && i + 1 < run.size()
                    && ORG_ACTIVITY_AFTER.matcher(run.get(i + 1).text()).matches())) {
                curKeep = false; // "Early Years Foundation Stage", "Pupil Unit funding": the head is a modifier
            }
            if (isHead(t) && i + 1 < run.size()) {
                Tok next = run.get(i + 1);
                if (PLACE_AFTER.matcher(next.text()).matches()) {
                    curKeep = false; // "Eastby Police Station" is a building
                }
                boolean listSep = next.text().equals(",") || next.text().matches("and|&|or|the|with|to|at|in|on");
                boolean continues = !listSep && !next.text().startsWith("(") && headAhead(run, i + 1) && wordsBefore(cur) <= 1
                        || headFirst(run, i)
                        // "Westby Panel Advisers’ Forum": a plural possessive between two heads joins them
                        || next.text().matches(".*s['’]") && i + 2 < run.size() && isHead(run.get(i + 2));
                if (listSep || (!continues && !next.text().startsWith("(") && !isHead(next))) {
                    parts.add(cur);
                    keep.add(curKeep);
                    cur = new ArrayList<>();
                    curKeep = true;
                }
            }
            if (glossaryAcronym != null && cur.size() == 1) {
                curKeep = true;
            }
        }
        parts.add(cur);
        keep.add(curKeep);
        String pendingAcronym = null;
        for (int k = 0; k < parts.size(); k++) {
            List<BodyMention> shared = distribute(parts.get(k), cx);
            if (shared != null) {
                if (keep.get(k)) {
                    out.addAll(shared);
                }
                continue;
            }
            List<Tok> p = splitAnds(parts.get(k));
            if (p.isEmpty()) {
                continue;
            }
            BodyMention b = fromPart(p, cx, keep.get(k));
            Tok before = k > 0 && !parts.get(k).isEmpty() ? previousCaps(run, parts.get(k).get(0)) : null;
            if (b != null && before != null && acronymFits(before.text(), p)) {
                // a glossary line, "YPF Young People and Families": the acronym is defined, the body is not mentioned
                cx.acronyms.putIfAbsent(before.text(), b);
                continue;
            }
            if (b != null && keep.get(k)) {
                out.add(b);
            }
        }
        return out;
    }

    /**
     * Units of one kind listed before the head they share, each a unit of its own: "Westby and
     * Eastby Family Hubs" (proper names before a plural head) are the Westby Family Hub and the
     * Eastby Family Hub; "the Council’s Licensing and Communications teams" (the council's, before
     * a head in lower case) are its Licensing and its Communications. Null when the part is no
     * such list.
     */
    private static List<BodyMention> distribute(List<Tok> part, Context cx) {
        int i = 0;
        while (i < part.size() && isLink(part.get(i))) {
            i++;
        }
        boolean homeOwner = false;
        for (int k = i; k < Math.min(part.size(), i + 3); k++) {
            String t = part.get(k).text();
            if (t.matches(".*['’]s")) {
                homeOwner = isHome(joined(part.subList(i, k + 1)).replaceAll("['’]s$", ""), cx);
                i = k + 1;
                break;
            }
        }
        if (part.size() - i < 4) {
            return null;
        }
        Tok head = part.get(part.size() - 1);
        String h = head.lower();
        if (!SERVICE_HEADS.contains(h) || !h.endsWith("s")) {
            return null;
        }
        // the members: tokens between list separators, before the shared words
        List<List<Tok>> members = new ArrayList<>();
        List<Tok> cur = new ArrayList<>();
        int and = -1;
        for (int k = i; k < part.size() - 1; k++) {
            Tok t = part.get(k);
            if (t.text().equals(",") || t.text().matches("and|&")) {
                if (cur.isEmpty()) {
                    return null;
                }
                members.add(cur);
                cur = new ArrayList<>();
                if (!t.text().equals(",")) {
                    if (and >= 0) {
                        return null;
                    }
                    and = k;
                }
            } else if (!t.isWord() || isLink(t)) {
                return null;
            } else {
                cur.add(t);
            }
        }
        if (and < 0 || cur.isEmpty() || members.isEmpty()) {
            return null;
        }
        List<BodyMention> out = new ArrayList<>();
        if (Character.isLowerCase(head.text().charAt(0)) && homeOwner) {
            // the council's own units, named by what they do
            members.add(cur);
            for (List<Tok> m : members) {
                if (m.size() > 3 || m.stream().anyMatch(t -> !Character.isUpperCase(t.text().charAt(0)) || isHead(t))) {
                    return null;
                }
                String n = joined(m);
                if (GENERIC.matcher(n + " " + h).matches()) {
                    return null;
                }
                out.add(new BodyMention(n, BodyKind.SERVICE, new Span(m.get(0).start(), m.get(m.size() - 1).end()), n));
            }
            return out;
        }
        // proper names, one word each, before shared words and a plural head
        for (List<Tok> m : members) {
            Tok t = m.get(0);
            if (m.size() != 1 || !proper(t, cx) || GENERIC.matcher(t.text() + " " + h).matches()) {
                return null;
            }
        }
        if (!proper(cur.get(0), cx) || GENERIC.matcher(cur.get(0).text() + " " + h).matches()) {
            return null;
        }
        List<Tok> shared = cur.subList(1, cur.size());
        String one = head.text().replaceFirst("(?i)(?<=[a-z])s$", "");
        String rest = (shared.isEmpty() ? "" : " " + joined(shared)) + " " + one;
        members.add(List.of(cur.get(0)));
        for (int k = 0; k < members.size(); k++) {
            Tok t = members.get(k).get(0);
            String n = t.text() + rest;
            BodyKind kind = classify(n, one.toLowerCase(Locale.ROOT), null, cx);
            if (kind == null) {
                return null;
            }
            Span span = k == members.size() - 1 ? new Span(t.start(), head.end()) : new Span(t.start(), t.end());
            out.add(new BodyMention(n, kind, span, n));
        }
        return out;
    }

    /** Words that end the names of the council's documents, rules and money, not of its units. */
    private static final Pattern NOT_A_UNIT = Pattern.compile(
            "(?i)(?:constitution|charges|fees|rules|code|budget|website|register|procedures?|orders|duty|duties|priorities|values|"
            + "vision|objectives|ambitions|pledge|promise|account|accounts|area|areas|boundary|boundaries|estate|land|offices?|"
            + "headquarters|chamber|meeting|meetings|elections?|members|councillors|leader|cabinet|executive|officers|staff|employees|"
            + "workforce|tax|reserves|capital|revenue|funds?|grants?|contracts?|services|policies|standards)");

    /**
     * "through the Council’s Access Point", "NCC's Building Control": capitalised words the council
     * owns by its possessive, with no head noun, name one of its units unless they name a document,
     * a rule, money, a place, a meeting or people.
     */
    private static BodyMention ownUnit(List<Tok> p, Context cx) {
        int i = 0;
        while (i < p.size() && isLink(p.get(i))) {
            i++;
        }
        int owner = -1;
        for (int k = i; k < Math.min(p.size(), i + 3); k++) {
            if (p.get(k).text().matches(".*['’]s")) {
                owner = k;
                break;
            }
        }
        if (owner < 0 || !isHome(joined(p.subList(i, owner + 1)).replaceAll("['’]s$", ""), cx)
                || cx.homePlace != null && joined(p.subList(i, owner + 1)).replaceAll("['’]s$", "").equals(cx.homePlace)) {
            return null;
        }
        List<Tok> name = p.subList(owner + 1, p.size());
        if (name.isEmpty() || name.size() > 3 || name.stream().anyMatch(t -> !t.isWord() || isLink(t) || !Character.isUpperCase(t.text().charAt(0)))) {
            return null;
        }
        String n = joined(name);
        Tok last = name.get(name.size() - 1);
        if (NOT_A_UNIT.matcher(last.text()).matches() || DOC_WORD.matcher(last.text()).matches() || ACTIVITY_AFTER.matcher(last.text()).matches()
                || ORG_ACTIVITY_AFTER.matcher(last.text()).matches() || STAFF_WORD.matcher(last.text()).matches() || GENERIC.matcher(n).matches()
                || BAD_START.matcher(name.get(0).text()).matches()) {
            return null;
        }
        Span span = new Span(name.get(0).start(), last.end());
        if (cx.personSpans.stream().anyMatch(x -> x.overlaps(span)) || cx.postSpans.stream().anyMatch(x -> x.overlaps(span))
                || cx.councilPlaces.contains(n)) {
            return null;
        }
        return new BodyMention(n, BodyKind.SERVICE, span, n);
    }

    /** A word the paper never prints in lower case, and no head: "Westby", not "Family". */
    private static boolean proper(Tok t, Context cx) {
        return Character.isUpperCase(t.text().charAt(0)) && !t.isCaps() && !cx.lowerWords.contains(t.lower()) && !isHead(t)
                && !BAD_START.matcher(t.text()).matches();
    }

    /**
     * "Westby, Eastby, Northby City and Southby Children’s Trust": a list whose members before the
     * last are places of councils lists partners, not bodies sharing a head; the name is the last
     * member's. Returns where that member starts, or 0.
     */
    private static int placeListEnd(List<Tok> name, Context cx) {
        if (name.stream().noneMatch(t -> t.text().equals(","))) {
            return 0;
        }
        int start = 0;
        boolean place = false;
        for (int i = 0; i < name.size(); i++) {
            String t = name.get(i).text();
            if (t.equals(",") || t.matches("and|&")) {
                String member = joined(name.subList(start, i));
                place |= cx.councilPlaces.contains(member) || member.equals(cx.homePlace);
                start = i + 1;
                if (t.matches("and|&")) {
                    return place && start < name.size() - 1 ? start : 0;
                }
            }
        }
        return 0;
    }

    /** A line naming a head of service: "Head of Service: Family Support and Youth Justice". */
    private static final Pattern HEAD_OF_SERVICE = Pattern.compile("(?m)^[ \\t]*Head of Service\\b[^\\n]*$");
    /** A heading: a short line of capitalised words, without sentence punctuation, numbers or dashes. */
    private static final Pattern HEADING = Pattern.compile("[A-Z][\\p{L}'’\\-]*(?:[ \\t]+(?:and|of|for|the|in|&|[A-Z][\\p{L}'’\\-]*)){0,7}");

    /**
     * The sections of a report set out by service: the heading printed under a "Head of Service"
     * line names the service whose head it is ("Head of Service: Family Support" over a heading
     * "Family Support"), head noun or not.
     */
    private static List<BodyMention> headedSections(Context cx) {
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
                String[] words = line.split("\\s+");
                boolean headed = java.util.Arrays.stream(words).anyMatch(w -> SERVICE_HEADS.contains(w.toLowerCase(Locale.ROOT))
                        || ORG_HEADS.contains(w.toLowerCase(Locale.ROOT)));
                if (HEADING.matcher(line).matches() && !headed && words.length >= 2 && !GENERIC.matcher(line).matches()
                        && !FRONT_DOC_WORD.matcher(words[0]).matches() && !BAD_START.matcher(words[0]).matches()
                        && cx.postSpans.stream().noneMatch(p -> p.start() >= span.start() && p.start() < span.end())
                        && cx.personSpans.stream().noneMatch(p -> p.overlaps(span))) {
                    out.add(new BodyMention(line.replaceAll("\\s+", " "), BodyKind.SERVICE, span, line.replaceAll("\\s+", " ")));
                }
                if (!line.endsWith(",") && !line.matches(".*\\b(?:and|of|for)$")) {
                    break;
                }
                at = end + 1;
            }
        }
        return out;
    }

    /** Words that end the title of a post held by several people: "Attendance Officers", "Panel Chairs". */
    private static final Pattern STAFF_WORD = Pattern.compile(
            "(?i)(?:officers?|consultants?|chairs?|workers?|managers?|advisers?|advisors?|co-?ordinators?|assistants?|leads?|"
            + "practitioners?|directors?|heads?|administrators?|visitors?|mentors?|specialists?|analysts?|apprentices?|nurses?|"
            + "therapists?|staff|teachers?|governors?|volunteers?|clerks?|secretary|secretaries|partners?)");
    /** Words of activities rather than units, ending a chart's cell: "Research and Development", "Prevention Programme". */
    private static final Pattern ACTIVITY_CELL = Pattern.compile(
            "(?i)(?:programme|project|practice|co-?ordination|development|workforce|training|strategy|policy|prevention|"
            + "audits?|playgrounds?)");

    /**
     * The units of a structure chart: the cells under a row of post titles ({@link Layouts#chartCells}),
     * less the cells that name people or posts and those that name an activity rather than a unit.
     * A unit without a head noun ("School Travel Planning", "Registrations") is a unit here, where the
     * chart's layout says so.
     */
    private static List<BodyMention> chartUnits(Context cx) {
        List<BodyMention> out = new ArrayList<>();
        for (Span cell : Layouts.chartCells(cx.text, c -> cx.postSpans.stream().anyMatch(p -> p.overlaps(c)))) {
            if (cx.personSpans.stream().anyMatch(p -> p.overlaps(cell))) {
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
                String n = raw.substring(pt[0], pt[1]).replaceAll("\\s+", " ").strip();
                String[] w = n.split(" ");
                String lastWord = w[w.length - 1];
                String lower = lastWord.toLowerCase(Locale.ROOT);
                boolean head = java.util.Arrays.stream(w).anyMatch(x -> Character.isUpperCase(x.charAt(0))
                        && (SERVICE_HEADS.contains(x.toLowerCase(Locale.ROOT)) || ORG_HEADS.contains(x.toLowerCase(Locale.ROOT))))
                        || SERVICE_HEADS.contains(lower);
                if (w.length > 10 || !Character.isUpperCase(n.charAt(0)) || n.matches(".*\\d.*") || STAFF_WORD.matcher(lastWord).matches()
                        || !head && (Character.isLowerCase(lastWord.charAt(0)) || ACTIVITY_CELL.matcher(lastWord).matches())) {
                    continue;
                }
                Span span = new Span(cell.start() + pt[0], cell.start() + pt[1]);
                BodyKind kind = OUTSIDE_MARK.matcher(n.toLowerCase(Locale.ROOT)).matches() || NationalBodies.isNational(n)
                        ? BodyKind.ORGANISATION : BodyKind.SERVICE;
                out.add(new BodyMention(n, kind, span, n));
            }
        }
        return out;
    }

    /** "Health and Education Services": every member of the list with the head is a class name. */
    private static boolean genericList(List<Tok> name) {
        if (name.stream().noneMatch(t -> t.text().matches("and|&")) || !name.get(name.size() - 1).lower().endsWith("s")) {
            return false;
        }
        String head = name.get(name.size() - 1).text();
        List<Tok> member = new ArrayList<>();
        for (Tok t : name.subList(0, name.size() - 1)) {
            if (t.text().matches("and|&|,")) {
                if (member.isEmpty() || !GENERIC.matcher(joined(member) + " " + head).matches()) {
                    return false;
                }
                member.clear();
            } else {
                member.add(t);
            }
        }
        return !member.isEmpty() && GENERIC.matcher(joined(member) + " " + head).matches();
    }

    /** "Northby Children's Services" in Northby's own paper: the council's place before a class name. */
    private static boolean genericOfPlace(List<Tok> name, Context cx) {
        if (cx.homePlace == null || name.size() < 2 || !name.get(0).text().equals(cx.homePlace)
                || !SERVICE_HEADS.contains(name.get(name.size() - 1).lower())) {
            return false;
        }
        String rest = joined(name.subList(1, name.size()));
        return GENERIC.matcher(rest).matches() && !rest.matches(".*\\b(?:Service|Team|Unit|Hub|Directorate|Division|Department)$");
    }

    private static String withoutLinks(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\b(?:and|&|of|for|the|in|on|to|with)\\b", " ").replaceAll("\\s+", " ").strip();
    }

    /** "University of Westby": a head that comes first, before "of" and a proper word. */
    private static boolean headFirst(List<Tok> run, int i) {
        Tok t = run.get(i);
        return HEAD_FIRST.contains(t.lower()) && Character.isUpperCase(t.text().charAt(0)) && i + 2 < run.size()
                && run.get(i + 1).text().matches("of|for") && Character.isUpperCase(run.get(i + 2).text().charAt(0))
                && !headAhead(run, i + 1) && (i == 0 || isLink(run.get(i - 1)));
    }

    /** A comma of a list of names sharing a head: an "and" follows before the head ("Audit, Quality and Standards Team"). */
    private static boolean listComma(List<Tok> run, int comma) {
        for (int k = comma + 1; k < run.size(); k++) {
            Tok t = run.get(k);
            if (t.text().matches("and|&")) {
                return true;
            }
            if (isHead(t)) {
                return false;
            }
        }
        return false;
    }

    /** The word after the head at {@code i} (past a defined acronym) names an activity or a measure the head only qualifies. */
    private static boolean activityAfter(List<Tok> run, int i, Context cx) {
        int k = i + 1;
        if (k < run.size() && run.get(k).text().startsWith("(")) {
            k++;
        }
        if (k < run.size()) {
            return ACTIVITY_AFTER.matcher(run.get(k).text()).matches();
        }
        Matcher m = NEXT_WORD.matcher(cx.flat).region(run.get(k - 1).end(), cx.flat.length());
        return m.lookingAt() && ACTIVITY_AFTER.matcher(m.group(2)).matches();
    }

    /** The capitals token right before {@code first} in the run, if any. */
    private static Tok previousCaps(List<Tok> run, Tok first) {
        int i = run.indexOf(first);
        if (i > 0 && run.get(i - 1).isCaps() && !run.get(i - 1).text().startsWith("(") && !INNER_CAPS.contains(run.get(i - 1).text())) {
            return run.get(i - 1);
        }
        return null;
    }

    /**
     * "Lettings and Repairs and Estate Services": with two "and"s and no list commas, the
     * last one parts two names. "Safeguarding, Anti-Bullying and Governor Support and Development
     * Service": with two after the list's last comma, the first ends the list and the name is what
     * follows it.
     */
    private static List<Tok> splitAnds(List<Tok> p) {
        List<Integer> ands = new ArrayList<>();
        int lastComma = -1;
        int first = 0;
        while (first < p.size() && isLink(p.get(first))) {
            first++; // "and the Northby Information and Advice Service": the linkers in front join it to what went before
        }
        for (int i = first; i < p.size(); i++) {
            if (p.get(i).text().matches("and|&")) {
                ands.add(i);
            }
            if (p.get(i).text().equals(",")) {
                lastComma = i;
                ands.clear();
            }
        }
        if (ands.size() == 1 && ands.get(0) > 1 && p.get(ands.get(0) - 1).text().startsWith("(") && !isHead(p.get(ands.get(0) - 2))
                && p.size() - ands.get(0) > 2) {
            return new ArrayList<>(p.subList(ands.get(0) + 1, p.size())); // "Westby Fund (WF) and Westby Advice Service"
        }
        if (ands.size() < 2) {
            return p;
        }
        int at = lastComma >= 0 ? ands.get(0) : ands.get(ands.size() - 1);
        for (int a : ands) {
            if (a > 0 && p.get(a - 1).text().startsWith("(")) {
                at = a; // "Westby Fund (WF) and Westby Advice Service": a defined acronym closes the first name
                break;
            }
        }
        List<Tok> right = p.subList(at + 1, p.size());
        return right.size() >= 2 ? new ArrayList<>(right) : p;
    }

    /** True when a head follows from {@code i} before the run ends. */
    private static boolean headAhead(List<Tok> run, int i) {
        for (int k = i; k < run.size(); k++) {
            if (isHead(run.get(k))) {
                return true;
            }
            if (run.get(k).text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    private static int wordsBefore(List<Tok> cur) {
        return (int) cur.stream().filter(t -> t.isWord() && !isLink(t)).count() - 1;
    }

    private static BodyMention fromPart(List<Tok> p, Context cx, boolean keep) {
        // the name ends at its last head (a defined acronym in brackets may follow)
        int last = -1;
        for (int i = 0; i < p.size(); i++) {
            if (isHead(p.get(i))) {
                last = i;
            }
        }
        if (last < 0) {
            return ownUnit(p, cx);
        }
        Tok headWord = p.get(last);
        if (last + 2 < p.size() && p.get(last + 1).text().matches("of|for") && HEAD_FIRST.contains(headWord.lower())
                && Character.isUpperCase(headWord.text().charAt(0)) && p.subList(0, last).stream().allMatch(Bodies::isLink)) {
            // "the University of Westby", "Department of Eastshire": the head comes first and the name after it
            int tail = last + 1;
            for (int k = last + 2; k < p.size(); k++) {
                Tok x = p.get(k);
                if (x.isWord() && Character.isUpperCase(x.text().charAt(0)) && !x.text().matches(MONTHS)) {
                    tail = k;
                } else if (!(x.text().matches("de|la|the|of|upon|on|and|&") && k + 1 < p.size())) {
                    break;
                }
            }
            if (tail > last + 1) {
                last = tail;
            }
        }
        String acronym = null;
        int end = last;
        if (last + 1 < p.size() && p.get(last + 1).text().startsWith("(")) {
            acronym = p.get(last + 1).text().replaceAll("[()]", "");
            end = last + 1;
        }
        List<Tok> name = new ArrayList<>(p.subList(0, last + 1));
        // cut what stands before a person's name, a post title, a possessive owner or a document word
        int cut = 0;
        for (int i = 0; i < name.size(); i++) {
            Tok t = name.get(i);
            for (Span s : cx.personSpans) {
                if (s.contains(t.start()) || (s.start() <= t.start() && s.end() > t.start())) {
                    cut = Math.max(cut, i + 1);
                }
            }
        }
        Tok headTok = name.get(name.size() - 1);
        int postCut = cut;
        for (Span s : cx.postSpans) {
            // a name ending inside a post title ("Director of Children's Services") is the post's remit, not a mention;
            // a unit named after the title's comma ("Head of Service, Northby Fostering Service") is one
            if (s.start() <= headTok.start() && s.end() >= headTok.end()) {
                if (REPRESENTS.matcher(cx.flat.substring(headTok.end(), s.end())).matches()) {
                    continue; // "Church of England Representative": the body a member represents is named, not a remit
                }
                int w = cut;
                while (w < name.size() - 1 && isLink(name.get(w))) {
                    w++;
                }
                if (s.start() < name.get(w).start() && cx.flat.substring(s.start(), name.get(w).start()).contains(",")
                        && w < name.size() - 1) {
                    continue;
                }
                return null;
            }
            // a post title before the name ("Service Manager and Intake Team") is not part of it
            for (int i = cut; i < name.size() - 1; i++) {
                if (s.start() <= name.get(i).start() && s.end() > name.get(i).start()) {
                    cut = i + 1;
                }
            }
        }
        int beforeHead = name.size() >= 2 ? name.get(name.size() - 2).end() : -1;
        if (cut == name.size() - 1 && cut > postCut && headTok.lower().matches("service|team|unit")
                && cx.postSpans.stream().anyMatch(s -> s.end() == beforeHead)) {
            cut = postCut; // "the Independent Reviewing Officer Service": a unit named after the post its staff hold
        }
        cut = Math.max(cut, placeListEnd(name, cx));
        for (int i = cut + 1; i < name.size() - 2; i++) {
            String left = joined(name.subList(cut, i));
            if (name.get(i).text().matches("and|&") && startsWithOtherPlace(joined(name.subList(i + 1, name.size())), cx)
                    && cx.councilPlaces.stream().noneMatch(x -> !x.isEmpty() && left.endsWith(x))
                    && !(cx.homePlace != null && left.endsWith(cx.homePlace))) {
                cut = i + 1; // "Eastby Theatre and Westby City Virtual School": two bodies, the second of another council
                break;
            }
        }
        String owner = null;
        for (int i = cut; i < name.size() - 1; i++) {
            Tok t = name.get(i);
            if (t.text().endsWith("'s") || t.text().endsWith("’s") || t.text().endsWith("s’") || t.text().endsWith("s'")) {
                String possessor = joined(name.subList(cut, i + 1)).replaceAll("(?:['’]s|s['’])$", "");
                String lastWord = t.text().replaceAll("(?:['’]s|s['’])$", "");
                // "Panel Advisers’ Forum": a plural common noun's possessive is part of the name, not its owner
                boolean commonPlural = t.text().matches("[A-Z][a-z]+s['’]") && !isHead(new Tok(lastWord, t.start(), t.end()))
                        && !cx.councilPlaces.contains(lastWord);
                if (!COMMON_POSSESSOR.matcher(lastWord).matches() && !COMMON_POSSESSOR.matcher(possessor).matches() && !commonPlural) {
                    owner = possessor;
                    cut = i + 1;
                }
            }
        }
        for (int i = cut; i < name.size() - 1; i++) {
            Tok t = name.get(i);
            if (t.text().matches("of|for|on|about|with") && name.subList(cut, i).stream().anyMatch(x -> DOC_WORD.matcher(x.text()).matches())) {
                cut = i + 1;
            }
            if (TITLE_END.matcher(t.text()).matches() && i > cut) {
                cut = i + 1; // "Task Group Report Northby Fostering Service": a report's title runs into a name
            }
        }
        // sentence words, stray linkers and document words at the front
        while (cut < name.size() - 1) {
            Tok t = name.get(cut);
            if (t == headWord && name.get(name.size() - 1) != headWord) {
                break; // "Council of Westby Regions": the head that comes first stays
            }
            // "the council's No Wrong Door service": after an owner or "the", "No" begins the name
            boolean ownedNo = t.text().equals("No")
                    && cx.flat.substring(Math.max(0, t.start() - 8), t.start()).matches("(?s).*(?:['’]s|\\bthe|\\bThe)\\s+");
            if (!ownedNo && (isLink(t) || BAD_START.matcher(t.text()).matches() || FRONT_DOC_WORD.matcher(t.text()).matches()
                    || (t.isCaps() && t.text().length() <= 1) || t.text().startsWith("("))) {
                cut++;
                continue;
            }
            Tok after = name.get(cut + 1);
            if (cut + 2 < name.size() && after.text().matches("in|on|to|with|for|from|by|of")
                    && (t.lower().matches("[a-z]+ed") && cx.lowerWords.contains(t.lower()) || t.lower().matches("work|working|liaise|liaising|engage|engaging"))) {
                cut += 2; // "Placed in Council homes", "Work with the Careers Team": a verb and its preposition
                continue;
            }
            if (cut == 0 && atSentenceStart(cx.flat, t.start()) && cx.lowerWords.contains(t.lower()) && !isHead(t)
                    && after.isWord() && !isLink(after) && !cx.lowerWords.contains(after.lower().replaceAll("['’]s$", ""))
                    && name.size() - cut > 2 && !cx.flat.contains(" " + joinedRaw(cx, name.subList(cut, name.size())))) {
                // "Achievements Northby Adoption Agency": a common word that starts the line, not the name
                cut++;
                continue;
            }
            break;
        }
        if (name.size() >= 3 && name.get(name.size() - 1) == headWord && name.get(name.size() - 2).text().matches("and|&|,")
                && name.stream().anyMatch(t -> t.text().equals(","))) {
            // "Survey, Options Appraisal and Scheme": the head alone ends a list of things; without a list
            // "Westby Design and Consultancy" is one name
            return null;
        }
        List<Tok> kept = name.subList(cut, name.size());
        if (kept.isEmpty()) {
            return null;
        }
        String n = joined(kept);
        // one unit, a directorate or a service, is the council's own whatever its words ("the Place Directorate", "Youth Service")
        boolean unit = kept.size() >= 2 && kept.get(kept.size() - 1).text().matches("Directorate|Division|Department|Service|Team|Unit|Hub|Centre")
                && !WEAK_GENERIC.matcher(n).matches();
        if (GENERIC.matcher(n).matches() && !unit || kept.size() > 14 || n.length() < 3 || genericList(kept) || genericOfPlace(kept, cx)) {
            return null;
        }
        if (kept.size() >= 2 && SERVICE_HEADS.contains(kept.get(kept.size() - 1).lower()) && kept.get(0).lower().matches("[a-z]{3,}ed")
                && (kept.size() == 2 || GENERIC.matcher(joined(kept.subList(1, kept.size()))).matches())) {
            return null; // "Contracted Services", "Enhanced Support Services": a unit of a kind
        }
        if (kept.get(kept.size() - 1).lower().matches(".*s") && NUMBER_BEFORE.matcher(cx.flat.substring(Math.max(0, kept.get(0).start() - 12),
                kept.get(0).start())).find()) {
            return null; // "four Children in Care teams": a count of units of a kind
        }
        int of = -1;
        for (int i = 1; i < kept.size() - 1; i++) {
            if (kept.get(i).text().equals("of")) {
                of = i;
                break;
            }
        }
        if (of > 0 && kept.subList(0, of).stream().noneMatch(Bodies::isHead)
                && GENERIC.matcher(joined(kept.subList(of + 1, kept.size())).replaceFirst("^the ", "")).matches()) {
            return null; // "Statutory Functions of the Local Authority": a common noun of a class of bodies
        }
        if (kept.get(0).text().length() == 1) {
            return null; // "F Group": a letter caught before a name
        }
        long words = kept.stream().filter(t -> t.isWord() && !isLink(t)).count();
        Tok head = kept.contains(headWord) ? headWord : kept.get(kept.size() - 1);
        Tok lastTok = kept.get(kept.size() - 1);
        if (words < 2 && !(kept.get(0).isCaps() && words >= 1)) {
            return null;
        }
        if (Character.isLowerCase(head.text().charAt(0))) {
            // "the HTS team", "Family Support service": a lowercase head needs an acronym or two capitalised words before it
            long caps = kept.stream().filter(t -> t.isWord() && !isLink(t) && Character.isUpperCase(t.text().charAt(0))).count();
            if (caps < 2 && !kept.get(0).isCaps()) {
                return null;
            }
            // "a Year 6 Reading group", "a SEND school": an outside body in lower case needs two proper words
            long proper = kept.stream().filter(t -> t.isWord() && !isLink(t) && !t.isCaps() && Character.isUpperCase(t.text().charAt(0))).count();
            if (!SERVICE_HEADS.contains(head.lower()) && proper < 2) {
                return null;
            }
        }
        if (acronym != null && NationalBodies.canonical(acronym) != null
                && withoutLinks(NationalBodies.canonical(acronym)).equals(withoutLinks(n))) {
            n = NationalBodies.canonical(acronym); // "the Department of Health (DoHSC)": the national body its acronym says
        }
        BodyKind kind = sameCouncil(n, cx.home) ? null : classify(n, head.lower(), owner, cx);
        if (kind == null) {
            return null;
        }
        if (head.lower().equals("court") && !n.matches("(?i).*\\b(?:high|crown|magistrates['’]?|county|family|supreme|coroner['’]?s|youth|appeal|"
                + "appeals|royal\\s+courts?)\\s+court$") && !n.matches("(?i)^court\\s+of\\b.*")
                || n.matches("(?i).*\\b(?:city|town|village|shopping|garden)\\s+centre$")) {
            return null; // "Westby Court", "Westby City Centre": places, not courts or centres of a service
        }
        if (head.lower().matches("schools?|academy|academies|colleges?|nurser(?:y|ies)") && !COUNCIL_SCHOOL.matcher(n).matches()) {
            // a school is named by a proper word ("Westby School"); "Secondary Schools", "Finding School" are not names
            if (head.lower().matches("schools|academies|colleges|nurseries")) {
                return null;
            }
            Tok first = kept.get(0);
            if (cx.lowerWords.contains(first.lower()) && !first.text().matches(SCHOOL_TYPE) || INNER_CAPS.contains(first.text())) {
                return null;
            }
        }
        if ((kind == BodyKind.ORGANISATION || kind == BodyKind.SERVICE) && indefiniteOnly(n, kind, cx)) {
            return null; // "a Regional Adoption Agency", "responsible for a Local Authority Fostering Service": a kind of body, not one
        }
        Span span = new Span(kept.get(0).start(), lastTok.end());
        if (cx.homeAlias != null) {
            // "the Adoption Agency (Northby County Council Adoption Service)": the bracket names the council's unit it is
            Matcher alias = cx.homeAlias.matcher(cx.flat).region(lastTok.end(), cx.flat.length());
            if (alias.lookingAt() && SERVICE_HEADS.contains(alias.group(1).replaceAll(".*\\s", "").toLowerCase(Locale.ROOT))) {
                n = alias.group(1).replaceAll("\\s+", " ");
                kind = BodyKind.SERVICE;
            }
        }
        BodyMention b = new BodyMention(n, kind, span, owner == null ? n : owner + "'s " + n);
        for (Span g : cx.glossary) {
            if (g.contains(span)) {
                // a glossary defines an acronym; it does not say the paper is about the body
                String acr = glossaryAcronym(cx.text, g);
                if (acr != null && acronymFits(acr, kept)) {
                    cx.acronyms.putIfAbsent(acr, b);
                }
                return null;
            }
        }
        if (acronym != null && acronym.length() >= 2 && acronymFits(acronym, kept)) {
            // "Northby Families Partnership (NFP) Programme": the acronym is the programme's, not the body's
            if (keep) {
                cx.acronyms.putIfAbsent(acronym, b);
            }
        }
        if (end > last) {
            return new BodyMention(n, kind, new Span(span.start(), p.get(end).end()), b.printed());
        }
        return b;
    }

    /**
     * A name printed after "a", "each" or "every": a kind of body. An outside body is never named so; a
     * council's service may be ("a Fostering Service") and is still one when the paper also says "the".
     */
    private static boolean indefiniteOnly(String name, BodyKind kind, Context cx) {
        String low = name.toLowerCase(Locale.ROOT);
        if (!cx.printedAfter("\\b(?:a|an|each|every|any)\\s+", low)) {
            return false;
        }
        return kind == BodyKind.ORGANISATION || !cx.printedAfter("\\b(?:the|our|its|their)\\s+", low);
    }

    private static String glossaryAcronym(String text, Span expansion) {
        int ls = text.lastIndexOf('\n', expansion.start() - 1) + 1;
        Matcher m = GLOSSARY_LINE.matcher(text.substring(ls, Math.min(text.length(), expansion.end() + 1)));
        return m.find() ? m.group(1) : null;
    }

    /** "Road Safety Team (RST)": the acronym's letters are the name's initials, in order. */
    private static boolean acronymFits(String acronym, List<Tok> name) {
        return Acronyms.fits(acronym, name.stream().filter(Tok::isWord).map(Tok::text).toList());
    }

    private static boolean atSentenceStart(String flat, int at) {
        int i = at - 1;
        while (i >= 0 && (flat.charAt(i) == ' ' || flat.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || ".:;!?|\n•*#\"“(".indexOf(flat.charAt(i)) >= 0 || Character.isDigit(flat.charAt(i));
    }

    private static String joined(List<Tok> toks) {
        StringBuilder sb = new StringBuilder();
        for (Tok t : toks) {
            if (sb.length() > 0 && !t.text().equals(",")) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.toString();
    }

    private static String joinedRaw(Context cx, List<Tok> toks) {
        return cx.flat.substring(toks.get(0).start(), toks.get(toks.size() - 1).end());
    }

    /** The kind of body a name is, by its head, its marks and its owner; null when it is no body. */
    static BodyKind classify(String name, String head, String owner, Context cx) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (NationalBodies.isNational(name)) {
            return BodyKind.ORGANISATION;
        }
        if (lower.startsWith(head + " of ") || lower.startsWith(head + " for ")) {
            // "Department of Eastshire", "Office for Westby Standards": a body named head first is no unit of the council
            return head.equals("commission") && COUNCIL_COMMITTEE.matcher(name).matches() ? BodyKind.COMMITTEE : BodyKind.ORGANISATION;
        }
        boolean ownedByHome = owner != null && cx != null && isHome(owner, cx);
        boolean ownedByOther = owner != null && !ownedByHome && cx != null && (CouncilNames.isCouncil(CouncilNames.normalise(owner))
                || NationalBodies.isNational(owner) || cx.councilPlaces.contains(owner));
        for (NationalBodies.Hit h : NationalBodies.find(name)) {
            if (h.span().start() == 0 && h.span().end() < name.length()) {
                return BodyKind.ORGANISATION; // "NHS Westby Unit", "the Broadcasting Corporation's Nature Unit": a national body's own
            }
        }
        if (COUNCIL_SCHOOL.matcher(name).matches() && !startsWithOtherPlace(name, cx)) {
            return BodyKind.SERVICE;
        }
        if (head.matches("committee|sub-committee|subcommittee|panel|commission") || COUNCIL_COMMITTEE.matcher(name).matches()
                && head.matches("group|board|panel")) {
            // "the NCYP Commission": a council's commission called by the initials of its remit
            boolean initialled = name.matches("[A-Z]{2,6} Commission") && !NationalBodies.isNational(name);
            if (NOT_COUNCIL_COMMITTEE.matcher(name).matches()
                    || head.equals("commission") && !COUNCIL_COMMITTEE.matcher(name).matches() && !initialled) {
                return BodyKind.ORGANISATION;
            }
            return OUTSIDE_MARK.matcher(lower).matches() || ownedByOther ? BodyKind.ORGANISATION : BodyKind.COMMITTEE;
        }
        if (head.equals("council")) {
            // councils are read whole above, also where words run into their names ("Should Northby County Council")
            Matcher c = CouncilNames.COUNCIL.matcher(name);
            while (c.find()) {
                if (c.end() == name.length() && CouncilNames.isCouncil(CouncilNames.normalise(c.group()))) {
                    return null;
                }
            }
            return BodyKind.ORGANISATION;
        }
        if (SERVICE_HEADS.contains(head)) {
            if (ownedByOther || OUTSIDE_MARK.matcher(lower).matches() || startsWithOtherPlace(name, cx)) {
                return BodyKind.ORGANISATION;
            }
            if (head.equals("office") && !lower.matches(".*\\b(?:business|support|programme|project|management|safeguarding)\\s+office$")) {
                return null; // "Registered Office", "Head Office": places, not units
            }
            if (head.matches("centres?") && !lower.matches(".*\\b(?:service|services|customer|contact|children'?’?s?|family|families|day|resource|"
                    + "assessment|youth|support|care|respite|advice|access|referral|learning|training|excellence|practice|professional|"
                    + "call|control|operations|data|hub|community|wellbeing|health)\\b.*")) {
                return BodyKind.ORGANISATION; // "Westby Science Centre": a centre of a visitor's kind, not of a council service
            }
            return BodyKind.SERVICE;
        }
        if (ownedByHome && head.matches("partnership|partnerships|forum|group|network|board")) {
            return BodyKind.SERVICE;
        }
        if (head.equals("agency") && cx != null && cx.homePlace != null && name.startsWith(cx.homePlace + " ") && !OUTSIDE_MARK.matcher(lower).matches()) {
            return BodyKind.SERVICE; // "Northby Adoption Agency": the council is the agency the law names
        }
        return BodyKind.ORGANISATION;
    }

    private static boolean isHome(String owner, Context cx) {
        String o = owner.replaceFirst("^(?i)the\\s+", "");
        if (o.equalsIgnoreCase("council") || o.equalsIgnoreCase("county council") || o.equalsIgnoreCase("city council")
                || o.equalsIgnoreCase("authority") || o.equalsIgnoreCase("local authority")) {
            return true;
        }
        if (cx.home == null) {
            return false;
        }
        return sameCouncil(o, cx.home) || o.equalsIgnoreCase(cx.homePlace) || o.equalsIgnoreCase(initials(cx.home))
                || o.equalsIgnoreCase(initials(cx.home) + "s");
    }

    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    /** "Westby City Virtual School" in a Northby paper: another council's place begins the name. */
    private static boolean startsWithOtherPlace(String name, Context cx) {
        if (cx == null) {
            return false;
        }
        for (String p : cx.councilPlaces) {
            if (p.isEmpty() || p.equalsIgnoreCase(cx.homePlace)) {
                continue;
            }
            if (name.startsWith(p + " ") && !(cx.homePlace != null && name.startsWith(cx.homePlace + " "))) {
                return true;
            }
        }
        return false;
    }

    /** A proper name without a head noun: capitalised words, with "of", "and", "the" between them ("The Eastby Players"). */
    private static final String NAME = "(?:The\\s+)?[A-Z][\\p{L}\\p{N}&'’+\\-]*(?:\\s+(?:(?:and|&|of|for|the|de|in)\\s+)?[A-Z][\\p{L}\\p{N}&'’+\\-]*){0,5}";
    /** A name in a list, where "and" parts the names. */
    private static final String LISTED_NAME = "(?:The\\s+)?[A-Z][\\p{L}\\p{N}&'’+\\-]*(?:\\s+(?:(?:of|for|the|de|to)\\s+)?[A-Z][\\p{L}\\p{N}&'’+\\-]*){0,5}";
    /** A name of a list of partners, after the kind of body it is: "the charity Westby Arts". */
    private static final Pattern LISTED = Pattern.compile("(?:the\\s+(?:charity|company)\\s+)?(" + LISTED_NAME + ")");
    /** Nouns that say what kind of outside body a name is. */
    private static final String BODY_NOUN = "(?:company|companies|charity|charities|organisation|organization|provider|partnership|group|agency|trust|"
            + "body|consultancy|enterprise|business|firm|network|association|foundation|forum|collective|co-operative|cooperative|"
            + "club|society|institute|venue|theatre|employer|broadcaster|operator|developer|contractor|supplier)";
    /** "Westby Recycling, a company based in ...", "PALs (a local support group ...", "Acorn8 which is a young people's group". */
    private static final Pattern APPOSITION = Pattern.compile("(?<name>" + NAME + ")(?:\\s*\\([A-Z][A-Za-z&]{1,9}\\))?"
            + "(?:(?:\\s*,\\s*|\\s+\\(\\s*)(?:a|an|the|one\\s+of\\s+the)\\s+|\\s+(?:which|who)\\s+(?:is|are)\\s+(?:(?:a|an|the)\\s+)?)"
            + "(?!(?:\\w+\\s+)?(?:group|number|range|variety|team)\\s+of\\b)"
            + "(?:(?!(?:in|with|by|of|for|to|at|on|and)\\s)[\\p{L}'’\\-]+\\s+){0,4}?" + BODY_NOUN + "\\b");
    /** "the charity Westby Friends", "a local charity called ‘Knit Together’". */
    private static final Pattern NOUN_BEFORE = Pattern.compile("\\b(?i:charity|company|social\\s+enterprise|organisation|organization|firm|"
            + "consultancy|community\\s+interest\\s+company)\\s+(?:(?i:called|named|known\\s+as)\\s+)?[‘'“\"]?(?<name>" + NAME + ")[’'”\"]?");
    /** "Westby Players, headed up by Jo and Sam, ran two sessions": a name whose leaders follow it is a body's. */
    private static final Pattern LED_BY = Pattern.compile("(?<![\\p{L}\\p{N}])(?<name>" + NAME + "),\\s+(?:headed\\s+up|headed|led|run|founded|managed)\\s+by\\s+"
            + "(?:[A-Z][a-z]+(?:\\s*,\\s*|\\s+and\\s+|\\s+)){1,4}");
    /** Words that say the names listed after them are of partners: "in partnership with A and B", "the collaboration of A, B and C". */
    private static final Pattern PARTNERS = Pattern.compile("\\b(?:partnership\\s+with|in\\s+collaboration\\s+with|the\\s+collaboration\\s+of|"
            + "partnered\\s+with|organised\\s+by|organized\\s+by|commissioned\\s+from|sponsored\\s+by|contract\\s+with)\\s+"
            + "(?<list>(?:the\\s+)?" + LISTED_NAME + "(?:\\s*,\\s*(?:and\\s+)?(?:the\\s+(?:charity|company)\\s+)?" + LISTED_NAME
            + "|\\s+and\\s+" + LISTED_NAME + ")*)");

    /**
     * Outside bodies the sentence says are bodies though their names have no head noun: names in
     * apposition to a noun of a body ("Westby Recycling, a company based in ..."), after one ("the
     * charity Westby Friends"), and lists of partners ("in partnership with the Eastby Players and
     * Westby Arts"). A partner's name needs a word the paper never prints in lower case.
     */
    private static List<BodyMention> cued(Context cx, List<BodyMention> found) {
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
        Matcher p = PARTNERS.matcher(cx.flat);
        while (p.find()) {
            Matcher m = LISTED.matcher(cx.flat).region(p.start("list"), p.end("list"));
            // a list that calls one member a charity or a company is a list of such bodies
            boolean strongList = p.group("list").matches("(?s).*\\bthe\\s+(?:charity|company)\\s+.*");
            while (m.find()) {
                boolean multiword = m.group(1).contains(" ");
                candidate(cx, found, out, m.start(1), m.end(1), !(strongList && multiword) && !m.group().matches("(?s)the\\s+(?:charity|company)\\s+.*"));
            }
        }
        return out;
    }

    private static void candidate(Context cx, List<BodyMention> found, List<BodyMention> out, int start, int end, boolean needProper) {
        String raw = cx.flat.substring(start, end).replaceFirst("\\s+(?:and|&|of|for|the|de|in)$", "").replaceFirst("['’]+$", "").strip();
        String name = raw.replaceAll("\\s+", " ");
        String bare = name.replaceFirst("^The ", "");
        Span span = new Span(start, start + raw.length());
        String[] words = bare.split(" ");
        String first = words[0];
        String last = words[words.length - 1];
        if (bare.length() < 2 || words.length > 6 || BAD_START.matcher(first).matches() && !name.startsWith("The ")
                || FRONT_DOC_WORD.matcher(first).matches() || GENERIC.matcher(bare).matches() || DOC_WORD.matcher(last).matches()
                || STAFF_WORD.matcher(last).matches() && needProper || first.matches(MONTHS) || isHead(new Tok(last, 0, 1))
                || cx.councilPlaces.contains(bare) || bare.equals(cx.homePlace) || CouncilNames.isCouncil(bare)
                || bare.matches("[A-Z][a-z]+ly") || cx.councilPlaces.contains(bare.replaceFirst(" (?:City|County|Borough)$", ""))) {
            return; // "Additionally, ...", "Westby City": an adverb, a place
        }
        boolean caps = bare.matches("[A-Z]{2,6}");
        Pattern unitOf = Pattern.compile("(?i)" + Pattern.quote(bare) + " (?:Service|Team|Unit)");
        for (BodyMention b : found) {
            if (b.kind() != BodyKind.SERVICE) {
                continue;
            }
            if (caps) {
                String[] served = b.name().split(" ");
                String bodyInitials = initials(b.name()); // (linking words, in lower case, have none)
                if (bare.equals(bodyInitials)
                        || isHead(new Tok(served[served.length - 1], 0, 1)) && bare.equals(bodyInitials.substring(0, bodyInitials.length() - 1))) {
                    out.add(new BodyMention(b.name(), BodyKind.SERVICE, span, name)); // "with NASC": the Northby Adult Social Care Directorate
                    return;
                }
            }
            if (unitOf.matcher(b.name()).matches()) {
                out.add(new BodyMention(b.name(), BodyKind.SERVICE, span, name)); // "Westby Music, the lead partner": the Westby Music Service
                return;
            }
        }
        for (List<Span> spans : List.of(cx.personSpans, cx.postSpans, found.stream().map(BodyMention::span).toList(),
                out.stream().map(BodyMention::span).toList())) {
            if (spans.stream().anyMatch(x -> x.overlaps(span))) {
                return;
            }
        }
        boolean proper = java.util.Arrays.stream(words).anyMatch(w -> !w.matches("and|&|of|for|the|de|in")
                && (!cx.lowerWords.contains(w.toLowerCase(Locale.ROOT).replaceAll("['’]s?$", "")) || w.matches("[A-Z0-9]{2,}.*")));
        if (!proper && words.length >= 2 && alwaysCapitalised(cx, bare)) {
            proper = true; // "Active Together": common words, but the paper never prints them together in lower case
        }
        if (!proper && (needProper || words.length == 1) || needProper && bare.matches("[A-Z]{2,}s")) {
            return; // "in partnership with LEPs": a plural acronym names a kind of body
        }
        if (words.length == 1 && cx.lowerWords.contains(first.toLowerCase(Locale.ROOT))) {
            return;
        }
        out.add(new BodyMention(name, BodyKind.ORGANISATION, span, name));
    }

    /**
     * True when the paper prints {@code name} at least twice and only ever with its capitals: a
     * name made of common words ("Care to Dance") is still a name when it is never a phrase.
     */
    private static boolean alwaysCapitalised(Context cx, String name) {
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

    /** The model's organisation, when the rules did not read it and it has the shape of a proper name. */
    private static BodyMention fromModel(Nlp.Entity e, Context cx, List<BodyMention> found) {
        for (BodyMention b : found) {
            if (b.span().overlaps(e.span())) {
                return null;
            }
        }
        for (Span s : cx.personSpans) {
            if (s.overlaps(e.span())) {
                return null;
            }
        }
        for (Span s : cx.postSpans) {
            if (s.overlaps(e.span())) {
                return null;
            }
        }
        String name = cx.flat.substring(e.span().start(), e.span().end()).replaceAll("\\s+", " ").strip();
        if (name.contains("|") || name.length() < 3 || name.length() > 80 || name.matches(".*\\d.*")) {
            return null;
        }
        String[] words = name.split(" ");
        if (words.length == 1) {
            // an acronym or a word alone is a body only where defined or known nationally: "SYPAC (Supporting Young People
            // After Care) is a monthly meet-up" defines it and says it is something; "PPP (Pupil Premium Plus) allocations" does not
            return cx.definedAsSomething.contains(name) ? new BodyMention(name, BodyKind.ORGANISATION, e.span(), name) : null;
        }
        for (String w : words) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !Acronyms.isLinker(w)) {
                return null;
            }
        }
        if (BAD_START.matcher(words[0]).matches() || FRONT_DOC_WORD.matcher(words[0]).matches() || GENERIC.matcher(name).matches()
                || Acronyms.isLinker(words[words.length - 1]) || DOC_WORD.matcher(words[words.length - 1]).matches()) {
            return null;
        }
        // a proper word (one the paper never prints in lower case) or an acronym makes it a name, not a phrase
        boolean proper = false;
        for (String w : words) {
            String bare = w.replaceAll("['’]s?$", "");
            if (!Acronyms.isLinker(w) && (!cx.lowerWords.contains(bare.toLowerCase(Locale.ROOT)) || bare.matches("[A-Z]{2,}"))) {
                proper = true;
            }
        }
        if (!proper || cx.councilPlaces.contains(name) || name.equals(cx.homePlace)) {
            return null;
        }
        // the model's guess stands only where the sentence says what it is: "the charity X", "funded by X", "partners such as X"
        String before = cx.flat.substring(Math.max(0, e.span().start() - 60), e.span().start()).toLowerCase(Locale.ROOT);
        if (!MODEL_CUE.matcher(before).find()) {
            return null;
        }
        return new BodyMention(name, BodyKind.ORGANISATION, e.span(), name);
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
