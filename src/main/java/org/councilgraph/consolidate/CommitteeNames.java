package org.councilgraph.consolidate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.councilgraph.resolve.Renames;
import org.councilgraph.text.Lexicon;

/**
 * A committee printed under a shorter name to the committee it is: an abbreviation whose initials
 * spell the name ("WCS Scrutiny Commission" for "Westby Children's Services Scrutiny Commission"),
 * or the name with one word left out on a day the committee met.
 */
final class CommitteeNames {
    private static final Set<String> ACRONYM_SKIPS = Lexicon.of("linking-words.tsv").wordsWhere(3, "y");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NAME_WORDS = Pattern.compile("[\\s,]+");

    /** The store's committees: their labels, councils and the days they met. */
    private final Map<String, String> labels = new TreeMap<>();
    private final Map<String, String> councils = new HashMap<>();
    private final Map<String, Set<String>> dates = new HashMap<>();

    private CommitteeNames(Dataset ds, Map<String, String> councilSlugs) {
        StoreQuery.select(ds, "SELECT ?k ?l ?c WHERE { GRAPH ?g { ?k a cg:Committee ; rdfs:label ?l . "
                + "OPTIONAL { ?k org:subOrganizationOf ?c } } }", s -> {
                    labels.put(s.getResource("k").getURI(), s.getLiteral("l").getString());
                    if (s.contains("c")) {
                        String slug = StoreQuery.lastSegment(s.getResource("c").getURI());
                        councils.put(s.getResource("k").getURI(), councilSlugs.getOrDefault(slug, slug));
                    }
                });
        StoreQuery.select(ds, "SELECT ?k ?d WHERE { GRAPH ?g { ?m cg:committee ?k ; schema:startDate ?d } }",
                s -> dates.computeIfAbsent(s.getResource("k").getURI(), k -> new TreeSet<>())
                        .add(StoreQuery.day(s.getLiteral("d").getLexicalForm())));
    }

    /** Committee IRIs printed under a shorter name to the IRI of the committee they are. */
    static Map<String, String> find(Dataset ds, Map<String, String> councilSlugs) {
        CommitteeNames c = new CommitteeNames(ds, councilSlugs);
        Map<String, String> out = new TreeMap<>();
        c.wordLeftOut(out);
        c.abbreviated(out);
        // a shorter name of a shorter name ends at the longest: one rewrite, and a second run finds nothing
        Renames.endChains(out, 10);
        return out;
    }

    private boolean sameCouncil(String a, String b) {
        return Objects.equals(councils.get(a), councils.get(b));
    }

    /**
     * "Westby Transport Committee" in a report for the day the "Westby Transport Policy Committee" met:
     * the name printed with a word left out, of one council, on one day.
     */
    private void wordLeftOut(Map<String, String> out) {
        for (Map.Entry<String, String> shortName : labels.entrySet()) {
            List<String> words = List.of(StoreQuery.committeeKey(shortName.getValue()).split(" "));
            if (words.stream().filter(w -> !StoreQuery.NAME_LINKS.contains(w)).count() < 3) {
                continue;
            }
            List<String> matches = new ArrayList<>();
            for (Map.Entry<String, String> full : labels.entrySet()) {
                List<String> longer = List.of(StoreQuery.committeeKey(full.getValue()).split(" "));
                if (longer.size() == words.size() + 1 && !full.getKey().equals(shortName.getKey())
                        && sameCouncil(full.getKey(), shortName.getKey()) && metTheSameDay(full.getKey(), shortName.getKey())
                        && oneWordMore(longer, words)) {
                    matches.add(full.getKey());
                }
            }
            if (matches.size() == 1) {
                out.put(shortName.getKey(), matches.get(0));
            }
        }
    }

    private boolean metTheSameDay(String a, String b) {
        return !Collections.disjoint(dates.getOrDefault(a, Set.of()), dates.getOrDefault(b, Set.of()));
    }

    /** {@code longer} is {@code words} with one word other than a linking word put in. */
    private static boolean oneWordMore(List<String> longer, List<String> words) {
        for (int i = 0; i < longer.size(); i++) {
            List<String> dropped = new ArrayList<>(longer);
            String gone = dropped.remove(i);
            if (dropped.equals(words) && !StoreQuery.NAME_LINKS.contains(gone)) {
                return true;
            }
        }
        return false;
    }

    /** "WCS Scrutiny Commission": the initials of the words before a name's ending spell the acronym. */
    private void abbreviated(Map<String, String> out) {
        for (Map.Entry<String, String> abbrev : labels.entrySet()) {
            String[] words = SPACES.split(abbrev.getValue());
            if (words.length < 2 || !ACRONYM.matcher(words[0]).matches()) {
                continue;
            }
            String acronym = words[0];
            String rest = String.join(" ", Arrays.copyOfRange(words, 1, words.length)).toLowerCase(Locale.ROOT);
            List<String> matches = new ArrayList<>();
            for (Map.Entry<String, String> full : labels.entrySet()) {
                if (!full.getKey().equals(abbrev.getKey()) && sameCouncil(full.getKey(), abbrev.getKey())
                        && spells(acronym, full.getValue(), rest)) {
                    matches.add(full.getKey());
                }
            }
            if (matches.size() == 1) {
                out.put(abbrev.getKey(), matches.get(0));
            }
        }
    }

    /** True when {@code label} ends in {@code rest} and the initials of what comes before are {@code acronym}. */
    private static boolean spells(String acronym, String label, String rest) {
        if (!label.toLowerCase(Locale.ROOT).endsWith(" " + rest)) {
            return false;
        }
        String head = label.substring(0, label.length() - rest.length()).strip();
        StringBuilder initials = new StringBuilder();
        for (String w : NAME_WORDS.split(head)) {
            if (!w.isEmpty() && !ACRONYM_SKIPS.contains(w.toLowerCase(Locale.ROOT))) {
                initials.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return initials.toString().equals(acronym);
    }
}
