package org.councilgraph.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations.BodyKind;
import org.councilgraph.annotate.Annotations.BodyMention;
import org.councilgraph.segment.CouncilRef;
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

    private BodyResolver() {
    }

    /** The bodies of a paper of the council it names {@code councilName}. */
    static List<Group> group(List<BodyMention> mentions, String councilName) {
        return group(mentions, new CouncilRef.Named(councilName));
    }

    static List<Group> group(List<BodyMention> mentions, CouncilRef council) {
        String place;
        String initials;
        if (council instanceof CouncilRef.ByMailDomain d) {
            place = placeOfDomain(mentions, d.domain());
            initials = null;
        } else {
            place = place(council.label());
            initials = initials(council.label());
        }
        Map<String, List<BodyMention>> byKey = new LinkedHashMap<>();
        Map<String, BodyKind> kindOfKey = new LinkedHashMap<>();
        for (BodyMention m : mentions) {
            if (m.kind() != BodyKind.SERVICE && m.kind() != BodyKind.ORGANISATION) {
                continue;
            }
            // an outside body's name is its own: a place in front is part of it ("Northby Police")
            String k = m.kind() == BodyKind.SERVICE ? key(m.name(), place, initials) : key(m.name(), null, null);
            byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(m);
            kindOfKey.putIfAbsent(k, m.kind());
        }
        Map<String, String> into = shortForms(kindOfKey, mentions, place, initials);
        for (Map.Entry<String, String> e : into.entrySet()) {
            List<BodyMention> moved = byKey.remove(e.getKey());
            if (moved != null) {
                byKey.computeIfAbsent(e.getValue(), x -> new ArrayList<>()).addAll(moved);
            }
        }
        List<Group> out = new ArrayList<>();
        for (Map.Entry<String, List<BodyMention>> e : byKey.entrySet()) {
            List<BodyMention> ms = e.getValue();
            long services = ms.stream().filter(m -> m.kind() == BodyKind.SERVICE).count();
            BodyKind kind = services * 2 >= ms.size() ? BodyKind.SERVICE : BodyKind.ORGANISATION;
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (BodyMention m : ms) {
                // an outside body is called what the paper prints ("CAMHS", "Sport Westby"); a service by its tidied name
                boolean printedForm = kind == BodyKind.ORGANISATION && !m.printed().matches(".*['’]s .*");
                // an acronym defined in the middle of a name is no part of it: "Westby Links (WL) Board", "Northby Youth (NY) Service"
                counts.merge(DEFINED_INSIDE.matcher(printedForm ? m.printed() : m.name()).replaceAll(""), 1, Integer::sum);
            }
            String label = null;
            int best = -1;
            int fullCount = counts.entrySet().stream().filter(c -> !ACRONYM_LED.matcher(c.getKey()).matches()).mapToInt(Map.Entry::getValue).max().orElse(0);
            for (Map.Entry<String, Integer> c : counts.entrySet()) {
                // ... unless the paper calls the body by the name led by its acronym more often than by any full name ("FAL Board")
                boolean usual = kind == BodyKind.ORGANISATION && ACRONYM_LED.matcher(c.getKey()).matches() && c.getValue() > fullCount;
                // an unqualified form first; a full name before an acronym or a name led by one; then the form printed most
                boolean q = kind == BodyKind.SERVICE && qualified(c.getKey(), place, initials);
                // ... and among those, a form of the body's own key before the short or long forms joined to it
                boolean own = (kind == BodyKind.SERVICE ? key(c.getKey(), place, initials) : key(c.getKey(), null, null)).equals(e.getKey());
                int score = c.getValue() + (q ? 0 : 100000)
                        + (c.getKey().contains(" ") ? 10000 : 0) + (ACRONYM_LED.matcher(c.getKey()).matches() && !usual ? 0 : 5000) + (own || usual ? 1000 : 0);
                if (score > best) {
                    best = score;
                    label = c.getKey();
                }
            }
            Set<String> alt = new LinkedHashSet<>();
            for (BodyMention m : ms) {
                // every other form the paper prints or the rules tidy it to: "FAL Management Board" beside its full name
                String printed = DEFINED_INSIDE.matcher(m.printed()).replaceAll("");
                if (!m.name().equals(label)) {
                    alt.add(m.name());
                }
                if (!printed.equals(label) && !printed.equals(m.name())) {
                    alt.add(printed);
                }
            }
            out.add(new Group(e.getKey(), kind, label, alt, ms));
        }
        return out;
    }

    /** An acronym defined in the middle of a name: "Westby Links (WL) Board". */
    private static final Pattern DEFINED_INSIDE = Pattern.compile("\\s*\\([A-Z][A-Za-z&]{1,9}\\)(?=\\s+\\S)");
    /** A name led by an acronym: "FAL Board". */
    private static final Pattern ACRONYM_LED = Pattern.compile("[A-Z]{2,} .*");
    /** A key of two members and a head: "quality and audit service". */
    private static final Pattern TWO_MEMBERS = Pattern.compile("^(\\w+) and (\\w+) (\\w+)$");

    /**
     * Short forms of a longer name of the same paper, to the key of that name, where exactly one longer
     * name fits. An outside body's short form has the same last word and its words in order
     * and begins or ends it ("Adoption Board" of "Adoption and Guardianship Board", "Music Hub" of
     * "Northby Music Hub"); a
     * service's short form is the end of a list name ("Quality and Standards Service" of
     * "Audit, Quality and Standards Service"), or the name after an acronym
     * of the council's own ("NFS Missing Persons Team" is the "Missing Persons Team").
     */
    static Map<String, String> shortForms(Map<String, BodyKind> keys, List<BodyMention> mentions, String place, String initials) {
        Map<String, String> out = new LinkedHashMap<>();
        // each mention's key as a service's, once: the keys of names printed with a comma, and the keys only ever printed "... team"
        Set<String> commaKeys = new java.util.HashSet<>();
        Map<String, Boolean> lowerTeamOnly = new java.util.HashMap<>();
        for (BodyMention m : mentions) {
            String mk = key(m.name(), place, initials);
            if (m.name().contains(",")) {
                commaKeys.add(mk);
            }
            lowerTeamOnly.merge(mk, m.name().endsWith(" team"), Boolean::logicalAnd);
        }
        for (Map.Entry<String, BodyKind> a : keys.entrySet()) {
            String k = a.getKey();
            String[] w = k.split(" ");
            List<String> fits = new ArrayList<>();
            for (Map.Entry<String, BodyKind> b : keys.entrySet()) {
                String l = b.getKey();
                if (l.equals(k) || b.getValue() != a.getValue() || l.length() <= k.length()) {
                    continue;
                }
                if (a.getValue() == BodyKind.ORGANISATION ? w.length >= 2 && (l.endsWith(" " + k) || l.startsWith(w[0] + " ") && subsequence(w, l.split(" ")))
                        : w.length >= 3 && k.contains(" and ") && (l.endsWith(" " + k) || l.endsWith(" " + swapped(k))) && l.split(" and ", -1).length == 2
                        && commaKeys.contains(l)) {
                    fits.add(l);
                }
            }
            if (fits.size() == 1) {
                out.put(k, fits.get(0));
                continue;
            }
            boolean acronym = w.length >= 2 && w[0].length() >= 2 && w[0].matches("[a-z]+")
                    && mentions.stream().anyMatch(m -> m.name().startsWith(w[0].toUpperCase(Locale.ROOT) + " "));
            if (a.getValue() == BodyKind.SERVICE && acronym && w.length >= 3) {
                // "NFS Missing Persons Team": an acronym printed in front of a service the paper names without it
                String rest = k.substring(w[0].length() + 1);
                if (keys.get(rest) == BodyKind.SERVICE) {
                    out.put(k, rest);
                    continue;
                }
            }
            if (acronym) {
                // "HE Scheme", "ACS Department": the initials of a name the paper prints in full, with the same last words
                String rest = k.substring(w[0].length() + 1);
                List<String> spelt = new ArrayList<>();
                for (String l : keys.keySet()) {
                    if (!l.equals(k) && (l.endsWith(" " + rest) && (initialsOf(l.substring(0, l.length() - rest.length() - 1)).equals(w[0])
                            || initialsOf(l).equals(w[0])) // "NIS service": the initials of "Northby Independence Service"
                            || rest.matches("service|team|unit") && initialsOf(l).equals(w[0]))) { // "the VS Service" of the "Virtual School"
                        spelt.add(l);
                    }
                }
                if (spelt.size() == 1) {
                    out.put(k, spelt.get(0));
                    continue;
                }
            }
            if (a.getValue() == BodyKind.SERVICE && keys.get(k + " service") == BodyKind.SERVICE) {
                out.put(k, k + " service"); // "Family Support", a section's heading, is the "Family Support Service"
                continue;
            }
            if (a.getValue() == BodyKind.SERVICE && k.endsWith(" team") && keys.get(k.substring(0, k.length() - 5)) == BodyKind.SERVICE) {
                out.put(k, k.substring(0, k.length() - 5)); // the "Family Support teams" of the unit "Family Support"
                continue;
            }
            if (a.getValue() == BodyKind.SERVICE && w.length >= 2 && w[w.length - 1].equals("team")
                    && lowerTeamOnly.getOrDefault(k, true)) {
                // "the Northby Inclusion team", never "Team": in lower case the team is the staff of the service of that name
                String service = k.substring(0, k.length() - "team".length()) + "service";
                if (keys.get(service) == BodyKind.SERVICE) {
                    out.put(k, service);
                }
            }
        }
        // a chain of short forms ends at the longest name
        Renames.endChains(out, 5);
        return out;
    }

    /** "quality and audit service" -> "audit and quality service": the other order of a key's two members. */
    private static String swapped(String k) {
        java.util.regex.Matcher two = TWO_MEMBERS.matcher(k);
        return two.matches() ? two.group(2) + " and " + two.group(1) + " " + two.group(3) : k;
    }

    /** "adult and community service" -> "acs": the initials of the words other than linkers. */
    private static String initialsOf(String key) {
        StringBuilder sb = new StringBuilder();
        for (String x : key.split(" ")) {
            if (!x.isEmpty() && !x.matches("and|of|for|the|in|on|to|with")) {
                sb.append(x.charAt(0));
            }
        }
        return sb.toString();
    }

    /** True when the words of {@code shortName} occur in {@code longName} in order, ending with its last word. */
    private static boolean subsequence(String[] shortName, String[] longName) {
        if (!shortName[shortName.length - 1].equals(longName[longName.length - 1])) {
            return false;
        }
        int j = 0;
        for (String x : longName) {
            if (j < shortName.length && x.equals(shortName[j])) {
                j++;
            }
        }
        return j == shortName.length;
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
            if (m.kind() == BodyKind.SERVICE && first.matches("[A-Z][a-z]+") && lower.startsWith(label.substring(0, 3)) && Similarity.inOrder(label, lower)) {
                counts.merge(first, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The key of a printed name: one key per body. */
    static String key(String name, String place, String initials) {
        String k = Normalizer.normalize(name, Normalizer.Form.NFKC).replace('’', '\'').replace('‘', '\'').replace("&", " and ")
                .toLowerCase(Locale.ROOT);
        k = k.replaceAll("\\s*\\([a-z&]{2,10}\\)\\s*", " ").replaceAll("[^a-z0-9' ]", " ").replaceAll("\\s+", " ").strip();
        k = k.replaceFirst("^the ", "");
        String[] w = k.split(" ");
        String p = place == null ? "" : place.toLowerCase(Locale.ROOT);
        if (!p.isEmpty() && w.length > 2 && k.startsWith(p + " ")) {
            k = k.substring(place.length() + 1);
        } else if (w.length > 2 && abbreviation(w[0], p)) {
            k = k.substring(w[0].length() + 1); // "Northbys Fostering Service": the place abbreviated
        } else if (initials != null && initials.length() >= 2 && w.length > 2
                && (w[0].equals(initials.toLowerCase(Locale.ROOT)) || w[0].equals(initials.toLowerCase(Locale.ROOT) + "s"))) {
            k = k.substring(w[0].length() + 1);
        }
        // plural heads and a second head saying the same ("Services Department") do not make another body
        k = k.replaceAll("\\b(service|team|hub|centre|unit|partnership|school|board|group)s\\b", "$1").replaceAll("\\bfamilies\\b", "family");
        k = k.replaceFirst(" (service|services) (department|directorate|division)$", " service");
        // a department is named by the services it holds: "Adult and Community Department" is "... Services"
        k = k.replaceFirst("^(.+) department$", "$1 service");
        // "Lettings and Allocations Service" is the "Allocations and Lettings Service"
        java.util.regex.Matcher two = TWO_MEMBERS.matcher(k);
        if (two.matches() && two.group(1).compareTo(two.group(2)) > 0) {
            k = two.group(2) + " and " + two.group(1) + " " + two.group(3);
        }
        // "Virtual School team", "Fostering Service team": the team of a unit is the unit
        k = k.replaceFirst("(?<=.) (service|school|hub|unit) team$", " $1");
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

    static String place(String council) {
        if (council == null) {
            return null;
        }
        return council.replaceFirst("(?i)^(?:the\\s+)?(?:royal|london)\\s+borough\\s+of\\s+", "")
                .replaceFirst("(?i)\\s+(?:metropolitan\\s+)?(?:county|city|district|borough|town|unitary)?\\s*council$", "")
                .replaceFirst("(?i)\\s+(?:mayoral\\s+)?combined\\s+authority$", "").replaceFirst("(?i)^city\\s+of\\s+", "").strip();
    }

    static String initials(String council) {
        if (council == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String w : council.split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }
}
