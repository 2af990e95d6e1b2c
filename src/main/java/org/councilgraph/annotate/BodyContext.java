package org.councilgraph.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations.BodyMention;
import org.councilgraph.annotate.Annotations.PersonMention;
import org.councilgraph.annotate.Annotations.PostMention;
import org.councilgraph.segment.CouncilRegister;
import org.councilgraph.text.CouncilPlaces;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.Span;

/**
 * What the body grammar knows about one paper while reading it: its text (raw and flattened), its
 * own council, the places of the councils it names, the people and posts already read, the
 * acronyms it defines and the words it prints in lower case.
 */
final class BodyContext {
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}])[a-z][a-z'’\\-]+");
    /** "WYPAC (Westby Young People After Care) is a monthly meet-up": an acronym spelt out, then said to be something. */
    private static final Pattern DEFINED_AS_SOMETHING = Pattern.compile(
            "(?<![\\p{L}])([A-Z]{3,8})\\s*\\(([A-Z][\\p{L}'’\\-]*(?:\\s+[\\p{L}'’\\-]+){1,8})\\)\\s*(?:is|are|was)\\s+(?:a|an|the)\\b");
    private static final Pattern COUNCIL_KEY_NOISE = Pattern.compile("\\b(?:the|mayoral)\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_THE = Pattern.compile("^(?i)the\\s+");
    /** "Westby Parish Council", "Northby Community Council": a council of the local kinds. */
    private static final Pattern LOCAL_COUNCIL = Pattern.compile("(?i).*\\b(?:"
            + Lexicon.of("council-kinds.tsv").alternationWhere(1, "local") + ")\\s+council$");

    /** "Westby Fire and Rescue Service", "Westby Fire & Rescue": a fire and rescue service named by its area. */
    private static final Pattern FIRE_SERVICE = Pattern.compile("(?i)^(?:the\\s+)?(.+?)\\s+fire\\s+(?:and|&)\\s+rescue(?:\\s+services?)?$");
    /** "Westby Fire and Rescue Authority", "Westby Combined Fire Authority": a council that is a fire and rescue authority. */
    private static final Pattern FIRE_AUTHORITY = Pattern.compile("(?i).*\\bfire\\b.*\\bauthority$");
    private static final Set<String> FIRE_COUNCILS = Lexicon.of("fire-and-rescue-councils.tsv").lowerWords();

    final String text;
    final String flat;
    final String home;
    final String homePlace;
    /** The paper is a parish, town or community council's: it has no services of its own to speak of. */
    final boolean localHome;
    final Set<String> councilPlaces = new HashSet<>();
    final List<Span> personSpans = new ArrayList<>();
    final List<Span> postSpans = new ArrayList<>();
    final Map<String, BodyMention> acronyms = new HashMap<>();
    final Set<String> lowerWords = new HashSet<>();
    final String lowerFlat;
    /** "Contact", "Enquiries to": a contact block's heading (contact-headings.tsv), which a glossary line's term never is. */
    private static final Pattern CONTACT_HEADING = Pattern.compile("(?i)(?:" + Lexicon.of("contact-headings.tsv").alternation() + ")");
    final List<Span> glossary = new ArrayList<>();
    /** Acronyms the paper spells out and says are something: "WYPAC (Westby Young People After Care) is a ...". */
    final Set<String> definedAsSomething = new HashSet<>();
    /** "(the Northby County Council Fostering Service)" after a name: the council's own unit it is; null with no council. */
    final Pattern homeAlias;
    private final Map<String, Boolean> printedAfter = new HashMap<>();
    /** How far before a name the words it is printed after are looked for (a few short words and their spaces). */
    private static final int BEFORE_REACH = 64;

    BodyContext(String text, String flat, String home, List<PersonMention> people, List<PostMention> posts) {
        this.text = text;
        this.flat = flat;
        this.home = home;
        this.homePlace = home == null ? null : place(home);
        this.localHome = home != null && LOCAL_COUNCIL.matcher(home).matches();
        this.lowerFlat = flat.toLowerCase(Locale.ROOT);
        this.homeAlias = home == null ? null
                : Pattern.compile("\\s*\\((?:the\\s+)?" + Pattern.quote(home) + "(?:['’]s)?\\s+([A-Z][^()|]{2,60}?)\\)");
        people.forEach(p -> personSpans.add(p.span()));
        posts.forEach(p -> postSpans.add(p.span()));
        Matcher g = Acronyms.GLOSSARY_LINE.matcher(text);
        while (g.find()) {
            // "CQC: Care Quality Commission" is a glossary's line; "Contact: Democratic Services" a contact block's heading
            if (!CONTACT_HEADING.matcher(g.group(1)).matches()) {
                glossary.add(new Span(g.start(2), g.end(2)));
            }
        }
        Matcher m = LOWER_WORD.matcher(text);
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

    /** True when the paper prints {@code lowerName} after words {@code before} matches; each asked once a paper. */
    boolean printedAfter(String before, String lowerName) {
        return printedAfter.computeIfAbsent(before + "\u0000" + lowerName, k -> findAfter(before, lowerName));
    }

    /**
     * The name is looked for as a plain string, and the words before it only around each place it is
     * printed: a pattern that opens with an alternation would otherwise scan the whole paper once a name.
     */
    private boolean findAfter(String before, String lowerName) {
        if (lowerName.isEmpty()) {
            return false;
        }
        Matcher m = Pattern.compile(before + Pattern.quote(lowerName) + "\\b").matcher(lowerFlat).useTransparentBounds(true);
        for (int i = lowerFlat.indexOf(lowerName); i >= 0; i = lowerFlat.indexOf(lowerName, i + 1)) {
            if (m.region(Math.max(0, i - BEFORE_REACH), i + lowerName.length()).find()) {
                return true;
            }
        }
        return false;
    }

    /** The span overlaps a person's name the people grammar read. */
    boolean overlapsPerson(Span s) {
        return personSpans.stream().anyMatch(x -> x.overlaps(s));
    }

    /** The span overlaps a post title the post grammar read. */
    boolean overlapsPost(Span s) {
        return postSpans.stream().anyMatch(x -> x.overlaps(s));
    }

    /** The paper's own council, by its name, its place, its initials or what the paper calls it ("the Council"). */
    boolean isHome(String owner) {
        String o = LEADING_THE.matcher(owner).replaceFirst("");
        if (BodyWords.HOME_COUNCIL_WORDS.contains(o.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (home == null) {
            return false;
        }
        return sameCouncil(o, home) || o.equalsIgnoreCase(homePlace) || o.equalsIgnoreCase(initials(home))
                || o.equalsIgnoreCase(initials(home) + "s");
    }

    /**
     * The fire and rescue service of the area the paper's council is the fire and rescue authority for: the service
     * a fire authority exists to run, or a county's own where the county runs it (fire-and-rescue-councils.tsv).
     * Any other council's papers name the fire service as the outside body it is to them.
     */
    boolean ownFireService(String name) {
        Matcher f = FIRE_SERVICE.matcher(name);
        if (home == null || !f.matches()) {
            return false;
        }
        // the council's place as the one table of council kinds reads it: "Westby" of "Westby Fire and Rescue Authority"
        String place = homePlace == null ? null : councilKey(homePlace);
        return place != null && place.equals(councilKey(f.group(1)))
                && (FIRE_AUTHORITY.matcher(home).matches() || FIRE_COUNCILS.contains(place));
    }

    /** "Westby City Virtual School" in a Northby paper: another council's place begins the name. */
    boolean startsWithOtherPlace(String name) {
        for (String p : councilPlaces) {
            if (p.isEmpty() || p.equalsIgnoreCase(homePlace)) {
                continue;
            }
            if (name.startsWith(p + " ") && !(homePlace != null && name.startsWith(homePlace + " "))) {
                return true;
            }
        }
        return false;
    }

    /** "West of Northby Mayoral Combined Authority" is the "West of Northby Combined Authority"; "&" is "and". */
    static boolean sameCouncil(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        if (councilKey(a).equals(councilKey(b))) {
            return true;
        }
        // two printed forms of one council of the register ("Northby Council" and "Northby District Council")
        Optional<CouncilRegister.Entry> ra = CouncilRegister.byForm(a);
        return ra.isPresent() && CouncilRegister.byForm(b).filter(rb -> rb.code().equals(ra.get().code())).isPresent();
    }

    private static String councilKey(String name) {
        String k = COUNCIL_KEY_NOISE.matcher(name.toLowerCase(Locale.ROOT).replace("&", "and")).replaceAll(" ");
        return SPACES.matcher(k).replaceAll(" ").strip();
    }

    /** "Northby County Council" -> "Northby"; "Royal Borough of Eastby upon Avon" -> "Eastby upon Avon". */
    static String place(String council) {
        return CouncilPlaces.place(council);
    }

    static String initials(String name) {
        return CouncilPlaces.initials(name);
    }
}
