package org.councilgraph.consolidate;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;

/**
 * A paper that names no council at all (a decision notice, a list of meetings) is placed with the
 * council whose committee of the same specific name ("Westby Transport Policy Committee", not
 * "Policy Committee") met on a day the paper's committee met, when exactly one council of the store
 * fits. The name alone is not enough: most councils have a "Health and Wellbeing Board".
 */
final class PaperPlacement {
    private PaperPlacement() {
    }

    /** Graphs of papers that name no council to the slug of the council they belong to. */
    static Map<String, String> find(Dataset ds, Map<String, String> councilSlugs) {
        Map<String, Set<String>> councilsByMeeting = new TreeMap<>();
        Map<String, Set<String>> orphanMeetings = new TreeMap<>();
        // the meeting's paper, and the committee's name and council from whichever paper gives them
        StoreQuery.select(ds, "SELECT DISTINCT ?g ?l ?c ?d WHERE { GRAPH ?g { ?m cg:committee ?k ; schema:startDate ?d } "
                + "GRAPH ?h { ?k a cg:Committee ; rdfs:label ?l ; org:subOrganizationOf ?c } }", s -> {
                    String key = StoreQuery.committeeKey(s.getLiteral("l").getString());
                    if (StoreQuery.specificWords(key) < 3) {
                        return; // "Policy Committee", "Cabinet": every council has one
                    }
                    String meeting = key + "|" + StoreQuery.day(s.getLiteral("d").getLexicalForm());
                    String slug = StoreQuery.lastSegment(s.getResource("c").getURI());
                    if (slug.equals(StoreQuery.UNKNOWN)) {
                        orphanMeetings.computeIfAbsent(s.getResource("g").getURI(), k -> new TreeSet<>()).add(meeting);
                    } else {
                        councilsByMeeting.computeIfAbsent(meeting, k -> new TreeSet<>()).add(councilSlugs.getOrDefault(slug, slug));
                    }
                });
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, Set<String>> g : orphanMeetings.entrySet()) {
            Set<String> councils = new TreeSet<>();
            for (String meeting : g.getValue()) {
                councils.addAll(councilsByMeeting.getOrDefault(meeting, Set.of()));
            }
            if (councils.size() == 1) {
                out.put(g.getKey(), councils.iterator().next());
            }
        }
        return out;
    }
}
