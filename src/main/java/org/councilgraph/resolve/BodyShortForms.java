package org.councilgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations.BodyKind;
import org.councilgraph.annotate.Annotations.BodyMention;
import org.councilgraph.text.Lexicon;

/**
 * Short forms of a longer body name of the same paper, to the key of that name, where exactly one
 * longer name fits. An outside body's short form has the same last word and its words in order and
 * begins or ends it ("Adoption Board" of "Adoption and Guardianship Board", "Music Hub" of "Northby
 * Music Hub"); a service's short form is the end of a list name ("Quality and Standards Service" of
 * "Audit, Quality and Standards Service"), or the name after an acronym of the council's own ("NFS
 * Missing Persons Team" is the "Missing Persons Team"). Each way is tried in turn; the first that
 * finds the longer name decides.
 */
final class BodyShortForms {
    private static final Set<String> INITIAL_SKIPS = Lexicon.of("linking-words.tsv").wordsWhere(4, "y");
    private static final Set<String> GENERIC_HEADS = Lexicon.of("body-generic-heads.tsv").words();
    private static final Pattern LOWER_WORD = Pattern.compile("[a-z]+");
    private static final Pattern AND = Pattern.compile(" and ");

    /** Every key of the paper's bodies, with its kind. */
    private final Map<String, BodyKind> keys;
    private final List<BodyMention> mentions;
    /** The keys of names printed with a comma: names of lists ("Audit, Quality and Standards Service"). */
    private final Set<String> commaKeys = new HashSet<>();
    /** Keys only ever printed "... team" in lower case. */
    private final Map<String, Boolean> lowerTeamOnly = new HashMap<>();

    private BodyShortForms(Map<String, BodyKind> keys, List<BodyMention> mentions, String place, String initials) {
        this.keys = keys;
        this.mentions = mentions;
        // each mention's key as a service's, once
        for (BodyMention m : mentions) {
            String mk = BodyResolver.key(m.name(), place, initials);
            if (m.name().contains(",")) {
                commaKeys.add(mk);
            }
            lowerTeamOnly.merge(mk, m.name().endsWith(" team"), Boolean::logicalAnd);
        }
    }

    /** Short keys to the keys of the longer names they stand for, chains followed to their end. */
    static Map<String, String> find(Map<String, BodyKind> keys, List<BodyMention> mentions, String place, String initials) {
        BodyShortForms s = new BodyShortForms(keys, mentions, place, initials);
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, BodyKind> a : keys.entrySet()) {
            s.longerName(a.getKey(), a.getValue()).ifPresent(l -> out.put(a.getKey(), l));
        }
        // a chain of short forms ends at the longest name
        Renames.endChains(out, 5);
        return out;
    }

    private Optional<String> longerName(String k, BodyKind kind) {
        String[] w = k.split(" ");
        boolean service = kind == BodyKind.SERVICE;
        boolean acronym = ledByAcronym(w);
        Optional<String> found = onlyLonger(k, kind, w);
        if (found.isEmpty() && service && acronym && w.length >= 3) {
            found = afterAcronym(k, w);
        }
        if (found.isEmpty() && acronym) {
            found = spelt(k, w);
        }
        if (found.isEmpty() && service) {
            found = unitNamed(k, w);
        }
        return found;
    }

    /** The one longer name of the same kind this is a part of. */
    private Optional<String> onlyLonger(String k, BodyKind kind, String[] w) {
        List<String> fits = new ArrayList<>();
        for (Map.Entry<String, BodyKind> b : keys.entrySet()) {
            String l = b.getKey();
            if (l.equals(k) || b.getValue() != kind || l.length() <= k.length()) {
                continue;
            }
            if (kind == BodyKind.ORGANISATION ? w.length >= 2 && (l.endsWith(" " + k) || l.startsWith(w[0] + " ") && subsequence(w, l.split(" ")))
                    : w.length >= 3 && k.contains(" and ") && (l.endsWith(" " + k) || l.endsWith(" " + swapped(k))) && AND.split(l, -1).length == 2
                    && commaKeys.contains(l)) {
                fits.add(l);
            }
        }
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    /** A first word of two letters or more that the paper also prints in capitals in front of a name. */
    private boolean ledByAcronym(String[] w) {
        return w.length >= 2 && w[0].length() >= 2 && LOWER_WORD.matcher(w[0]).matches()
                && mentions.stream().anyMatch(m -> m.name().startsWith(w[0].toUpperCase(Locale.ROOT) + " "));
    }

    /** "NFS Missing Persons Team": an acronym printed in front of a service the paper names without it. */
    private Optional<String> afterAcronym(String k, String[] w) {
        String rest = k.substring(w[0].length() + 1);
        return keys.get(rest) == BodyKind.SERVICE ? Optional.of(rest) : Optional.empty();
    }

    /** "HE Scheme", "ACS Department": the initials of a name the paper prints in full, with the same last words. */
    private Optional<String> spelt(String k, String[] w) {
        String rest = k.substring(w[0].length() + 1);
        List<String> spelt = new ArrayList<>();
        for (String l : keys.keySet()) {
            if (!l.equals(k) && (l.endsWith(" " + rest) && (initialsOf(l.substring(0, l.length() - rest.length() - 1)).equals(w[0])
                    || initialsOf(l).equals(w[0])) // "NIS service": the initials of "Northby Independence Service"
                    || GENERIC_HEADS.contains(rest) && initialsOf(l).equals(w[0]))) { // "the VS Service" of the "Virtual School"
                spelt.add(l);
            }
        }
        return spelt.size() == 1 ? Optional.of(spelt.get(0)) : Optional.empty();
    }

    /** A section's heading, a team of a unit, a team in lower case: the service of that name. */
    private Optional<String> unitNamed(String k, String[] w) {
        if (keys.get(k + " service") == BodyKind.SERVICE) {
            return Optional.of(k + " service"); // "Family Support", a section's heading, is the "Family Support Service"
        }
        if (k.endsWith(" team") && keys.get(k.substring(0, k.length() - 5)) == BodyKind.SERVICE) {
            return Optional.of(k.substring(0, k.length() - 5)); // the "Family Support teams" of the unit "Family Support"
        }
        if (w.length >= 2 && w[w.length - 1].equals("team") && lowerTeamOnly.getOrDefault(k, true)) {
            // "the Northby Inclusion team", never "Team": in lower case the team is the staff of the service of that name
            String service = k.substring(0, k.length() - "team".length()) + "service";
            if (keys.get(service) == BodyKind.SERVICE) {
                return Optional.of(service);
            }
        }
        return Optional.empty();
    }

    /** "quality and audit service" -> "audit and quality service": the other order of a key's two members. */
    private static String swapped(String k) {
        Matcher two = BodyResolver.TWO_MEMBERS.matcher(k);
        return two.matches() ? two.group(2) + " and " + two.group(1) + " " + two.group(3) : k;
    }

    /** "adult and community service" -> "acs": the initials of the words other than linkers. */
    private static String initialsOf(String key) {
        StringBuilder sb = new StringBuilder();
        for (String x : key.split(" ")) {
            if (!x.isEmpty() && !INITIAL_SKIPS.contains(x)) {
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
}
