package org.councilgraph.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations.BodyKind;
import org.councilgraph.annotate.Annotations.BodyMention;
import org.councilgraph.segment.CouncilRef;
import org.councilgraph.text.CouncilPlaces;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.Similarity;

/**
 * Mentions of services and outside bodies to one entity per body. Printed forms of one body
 * differ: "Northby Fostering Service", "the Fostering Service", "Fostering Services",
 * "Adult and Community Services Department" and "Adult and Community Services". Each form is keyed
 * without what a reader drops when the council is known (the council's place name or initials in
 * front), without case, plural or a redundant second head; the forms of one key are one body,
 * labelled with the form printed most often (an unqualified form before a qualified one) and the
 * others kept as alternative labels. A body read both as a service and as an outside body is what
 * most of its mentions say.
 */
final class BodyResolver {
    /** One body as the paper's mentions describe it. */
    record Group(String key, BodyKind kind, String label, Set<String> altLabels, List<BodyMention> mentions) {
    }

    /** The home council's place ("Northby") and initials ("NCC"), which a service's name may carry in front. */
    private record Home(String place, String initials) {
    }

    /** An acronym defined in the middle of a name: "Westby Links (WL) Board". */
    private static final Pattern DEFINED_INSIDE = Pattern.compile("\\s*\\([A-Z][A-Za-z&]{1,9}\\)(?=\\s+\\S)");
    /** A name led by an acronym: "FAL Board". */
    private static final Pattern ACRONYM_LED = Pattern.compile("[A-Z]{2,} .*");
    /** A key of two members and a head: "quality and audit service". */
    static final Pattern TWO_MEMBERS = Pattern.compile("^(\\w+) and (\\w+) (\\w+)$");
    private static final Pattern POSSESSIVE_INSIDE = Pattern.compile(".*['’]s .*");
    private static final Pattern CAPITALISED = Pattern.compile("[A-Z][a-z]+");
    private static final Pattern DEFINED_ACRONYM = Pattern.compile("\\s*\\([a-z&]{2,10}\\)\\s*");
    private static final Pattern NOT_KEY_CHARS = Pattern.compile("[^a-z0-9' ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_THE = Pattern.compile("^the ");
    /** Plural heads do not make another body: "Fostering Services" is the "Fostering Service". */
    private static final Pattern PLURAL_HEAD = Pattern.compile("\\b(" + Lexicon.of("body-plural-heads.tsv").alternation() + ")s\\b");
    private static final Pattern FAMILIES = Pattern.compile("\\bfamilies\\b");
    /** A second head saying the same: "Services Department". */
    private static final Pattern SERVICE_DEPARTMENT = Pattern.compile(" (service|services) (department|directorate|division)$");
    /** A department is named by the services it holds: "Adult and Community Department" is "... Services". */
    private static final Pattern DEPARTMENT = Pattern.compile("^(.+) department$");
    /** "Virtual School team", "Fostering Service team": the team of a unit is the unit. */
    private static final Pattern TEAM_OF_UNIT = Pattern.compile("(?<=.) (service|school|hub|unit) team$");

    private BodyResolver() {
    }

    /** The bodies of a paper of the council it names {@code councilName}. */
    static List<Group> group(List<BodyMention> mentions, String councilName) {
        return group(mentions, new CouncilRef.Named(councilName));
    }

    /** The services and outside bodies the mentions name, one group per body. */
    static List<Group> group(List<BodyMention> mentions, CouncilRef council) {
        Home home = council instanceof CouncilRef.ByMailDomain d ? new Home(placeOfDomain(mentions, d.domain()), null)
                : new Home(place(council.label()), initials(council.label()));
        Map<String, List<BodyMention>> byKey = new LinkedHashMap<>();
        Map<String, BodyKind> kindOfKey = new LinkedHashMap<>();
        for (BodyMention m : mentions) {
            if (m.kind() == BodyKind.SERVICE || m.kind() == BodyKind.ORGANISATION) {
                String k = keyOf(m.name(), m.kind(), home);
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(m);
                kindOfKey.putIfAbsent(k, m.kind());
            }
        }
        for (Map.Entry<String, String> e : BodyShortForms.find(kindOfKey, mentions, home.place, home.initials).entrySet()) {
            List<BodyMention> moved = byKey.remove(e.getKey());
            if (moved != null) {
                byKey.computeIfAbsent(e.getValue(), x -> new ArrayList<>()).addAll(moved);
            }
        }
        List<Group> out = new ArrayList<>();
        for (Map.Entry<String, List<BodyMention>> e : byKey.entrySet()) {
            out.add(group(e.getKey(), e.getValue(), home));
        }
        return out;
    }

    /** An outside body's name is its own: a place in front is part of it ("Northby Police"). */
    private static String keyOf(String name, BodyKind kind, Home home) {
        return kind == BodyKind.SERVICE ? key(name, home.place, home.initials) : key(name, null, null);
    }

    private static Group group(String key, List<BodyMention> ms, Home home) {
        long services = ms.stream().filter(m -> m.kind() == BodyKind.SERVICE).count();
        BodyKind kind = services * 2 >= ms.size() ? BodyKind.SERVICE : BodyKind.ORGANISATION;
        String label = label(key, kind, printedForms(ms, kind), home);
        Set<String> alt = new LinkedHashSet<>();
        for (BodyMention m : ms) {
            // every other form the paper prints or the rules tidy it to: "WPL Management Board" beside its full name
            String printed = DEFINED_INSIDE.matcher(m.printed()).replaceAll("");
            if (!m.name().equals(label)) {
                alt.add(m.name());
            }
            if (!printed.equals(label) && !printed.equals(m.name())) {
                alt.add(printed);
            }
        }
        return new Group(key, kind, label, alt, ms);
    }

    /** How often each form is printed: an outside body as printed ("CAMHS", "Sport Westby"), a service by its tidied name. */
    private static Map<String, Integer> printedForms(List<BodyMention> ms, BodyKind kind) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (BodyMention m : ms) {
            boolean printedForm = kind == BodyKind.ORGANISATION && !POSSESSIVE_INSIDE.matcher(m.printed()).matches();
            // an acronym defined in the middle of a name is no part of it: "Westby Links (WL) Board", "Northby Youth (NY) Service"
            counts.merge(DEFINED_INSIDE.matcher(printedForm ? m.printed() : m.name()).replaceAll(""), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * The label of a body: an unqualified form first; a full name before an acronym or a name led by one
     * (unless the paper calls an outside body by the name led by its acronym more often than by any full
     * name, "FAL Board"); among those a form of the body's own key before the forms joined to it; then
     * the form printed most.
     */
    private static String label(String key, BodyKind kind, Map<String, Integer> counts, Home home) {
        String label = null;
        int best = -1;
        int fullCount = counts.entrySet().stream().filter(c -> !ACRONYM_LED.matcher(c.getKey()).matches())
                .mapToInt(Map.Entry::getValue).max().orElse(0);
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            boolean acronymLed = ACRONYM_LED.matcher(c.getKey()).matches();
            boolean usual = kind == BodyKind.ORGANISATION && acronymLed && c.getValue() > fullCount;
            boolean q = kind == BodyKind.SERVICE && qualified(c.getKey(), home.place, home.initials);
            boolean own = keyOf(c.getKey(), kind, home).equals(key);
            int score = c.getValue() + (q ? 0 : 100000) + (c.getKey().contains(" ") ? 10000 : 0)
                    + (acronymLed && !usual ? 0 : 5000) + (own || usual ? 1000 : 0);
            if (score > best) {
                best = score;
                label = c.getKey();
            }
        }
        return label;
    }

    /**
     * The place of a council known only by its e-mail domain: the first word of the paper's service
     * names that the domain's label abbreviates ("northby.gov.uk" -> "Northby", "nthby.gov.uk" ->
     * "Northbyshire"), when the paper prints one.
     */
    static String placeOfDomain(List<BodyMention> mentions, String domain) {
        String label = domain.split("\\.")[0];
        if (label.length() < 3) {
            return null;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (BodyMention m : mentions) {
            String first = m.name().split(" ")[0];
            String lower = first.toLowerCase(Locale.ROOT);
            if (m.kind() == BodyKind.SERVICE && CAPITALISED.matcher(first).matches() && lower.startsWith(label.substring(0, 3))
                    && Similarity.inOrder(label, lower)) {
                counts.merge(first, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The key of a printed name: one key per body. */
    static String key(String name, String place, String initials) {
        String k = Normalizer.normalize(name, Normalizer.Form.NFKC).replace('’', '\'').replace('‘', '\'').replace("&", " and ")
                .toLowerCase(Locale.ROOT);
        k = SPACES.matcher(NOT_KEY_CHARS.matcher(DEFINED_ACRONYM.matcher(k).replaceAll(" ")).replaceAll(" ")).replaceAll(" ").strip();
        k = withoutOwner(LEADING_THE.matcher(k).replaceFirst(""), place, initials);
        k = FAMILIES.matcher(PLURAL_HEAD.matcher(k).replaceAll("$1")).replaceAll("family");
        k = SERVICE_DEPARTMENT.matcher(k).replaceFirst(" service");
        k = DEPARTMENT.matcher(k).replaceFirst("$1 service");
        // "Lettings and Allocations Service" is the "Allocations and Lettings Service"
        Matcher two = TWO_MEMBERS.matcher(k);
        if (two.matches() && two.group(1).compareTo(two.group(2)) > 0) {
            k = two.group(2) + " and " + two.group(1) + " " + two.group(3);
        }
        return TEAM_OF_UNIT.matcher(k).replaceFirst(" $1");
    }

    /** A key without the council's place, its abbreviation ("Northbys Fostering Service") or its initials in front. */
    private static String withoutOwner(String k, String place, String initials) {
        String[] w = k.split(" ");
        String p = place == null ? "" : place.toLowerCase(Locale.ROOT);
        if (!p.isEmpty() && w.length > 2 && k.startsWith(p + " ")) {
            return k.substring(place.length() + 1);
        }
        if (w.length > 2 && abbreviation(w[0], p)) {
            return k.substring(w[0].length() + 1);
        }
        if (initials != null && initials.length() >= 2 && w.length > 2
                && (w[0].equals(initials.toLowerCase(Locale.ROOT)) || w[0].equals(initials.toLowerCase(Locale.ROOT) + "s"))) {
            return k.substring(w[0].length() + 1);
        }
        return k;
    }

    /** "Northbys" for "Northbyshire": a shorter word with the place's first letters and its letters in order. */
    private static boolean abbreviation(String word, String place) {
        String w = word.toLowerCase(Locale.ROOT);
        return place != null && place.length() > 4 && w.length() >= 4 && w.length() < place.length()
                && place.toLowerCase(Locale.ROOT).startsWith(w.substring(0, 3)) && Similarity.inOrder(w, place.toLowerCase(Locale.ROOT));
    }

    private static boolean qualified(String name, String place, String initials) {
        String[] w = name.split(" ");
        return w.length > 2 && (place != null && !place.isEmpty() && (name.startsWith(place + " ") || abbreviation(w[0], place))
                || initials != null && initials.length() >= 2 && (w[0].equals(initials) || w[0].equals(initials + "s")));
    }

    /** "Northby" of "Northby County Council", "Westby" of "Royal Borough of Westby". */
    static String place(String council) {
        return CouncilPlaces.place(council);
    }

    static String initials(String council) {
        return CouncilPlaces.initials(council);
    }
}
