package org.councilgraph.segment;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.load.Paper;
import org.councilgraph.text.Casing;

/**
 * The council that published a paper. Papers name their council in a heading ("KENT COUNTY
 * COUNCIL", "Leicester City Council"), a page title or an address; other councils appear too (as
 * partners, neighbours, comparators), so mentions near the top of the paper count for more.
 * A paper that names no council at all falls back to the domain of the council e-mail addresses it
 * prints, which the resolve stage can match to a named council seen elsewhere.
 */
public final class CouncilNames {
    /** Council and combined-authority names, in mixed case or capitals. */
    public static final Pattern COUNCIL = Pattern.compile(
            "\\b(?:(?:The\\s+)?(?:Royal|London)\\s+Borough\\s+of\\s+[A-Z][a-z]+(?:[ -](?:upon|on|and|&|[A-Z][a-z]+))*(?:\\s+Council)?"
            + "|(?:[A-Z][a-z]+(?:[ -](?:upon|on|and|&|of|[A-Z][a-z]+)){0,5})\\s+(?:County|City|District|Borough|Metropolitan\\s+Borough|Town|Unitary)\\s+Council"
            + "|(?:[A-Z][a-z]+(?:[ -](?:and|&|of|upon|[A-Z][a-z]+)){0,4})\\s+(?:Mayoral\\s+)?Combined\\s+Authority"
            + "|(?:City\\s+of\\s+[A-Z][a-z]+|Council\\s+of\\s+the\\s+Isles\\s+of\\s+Scilly)"
            + "|(?:[A-Z]+(?:[ -](?:UPON|ON|AND|OF|[A-Z]+)){0,5})\\s+(?:COUNTY|CITY|DISTRICT|BOROUGH)\\s+COUNCIL"
            + "|(?:ROYAL|LONDON)\\s+BOROUGH\\s+OF\\s+[A-Z]+(?:\\s+(?:UPON|ON)\\s+[A-Z]+)?"
            + "|(?:[A-Z][a-z]+(?:\\s+and\\s+[A-Z][a-z]+)?)\\s+Council)\\b");
    private static final Pattern GOV_DOMAIN = Pattern.compile("@([a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.gov\\.uk)\\b");
    /** Words that make "X Council" something other than a council ("Youth Council", "Full Council"). */
    private static final Pattern NOT_A_COUNCIL = Pattern.compile(
            "(?i)^(?:the\\s+)?(?:full|county|city|borough|district|town|parish|youth|young\\s+people'?s|advisory|watch|this|the|"
            + "each|every|a|local|arts|research|sports?|school|schools|student|care|children\\s+in\\s+care|independent|"
            + "european|privy|trades|security|medical|general|national|british|soft\\s+power|uk|whole|our|your|kent\\s+youth\\s+county)\\b.*"
            + "|.*\\b(?:Youth|Advisory|Schools|Power|Care|Children in Care|Young People'?s|Research|Arts|Sports)\\s+Council$");

    private CouncilNames() {
    }

    /** A council name normalised for comparison and display: capitals read as title case, "The" dropped. */
    public static String normalise(String name) {
        String s = name.replaceAll("\\s+", " ").strip();
        s = Casing.readable(s);
        s = s.replaceFirst("^(?i)the\\s+", "");
        return s;
    }

    /** True when {@code name} reads as a council rather than a body called "... Council". */
    public static boolean isCouncil(String name) {
        return COUNCIL.matcher(name).matches() && !NOT_A_COUNCIL.matcher(name.strip()).matches();
    }

    static Optional<String> find(Paper paper) {
        String text = paper.text();
        Map<String, Double> score = new HashMap<>();
        paper.title().ifPresent(t -> count(t, 0, 1, score, 5.0));
        count(text, 0, text.length(), score, 1.0);
        // the first page, or the first 3,000 characters, is where a paper says whose it is
        count(text, 0, Math.min(text.length(), 3000), score, 4.0);
        Optional<String> best = score.entrySet().stream()
                .max(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
        if (best.isPresent()) {
            return best;
        }
        Map<String, Integer> domains = new HashMap<>();
        Matcher m = GOV_DOMAIN.matcher(text.toLowerCase(java.util.Locale.ROOT));
        while (m.find()) {
            domains.merge(m.group(1), 1, Integer::sum);
        }
        return domains.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> "domain:" + e.getKey());
    }

    private static void count(String text, int from, int to, Map<String, Double> score, double weight) {
        Matcher m = COUNCIL.matcher(text).region(from, to);
        while (m.find()) {
            String name = normalise(m.group());
            if (isCouncil(name) && !name.equalsIgnoreCase("County Council") && !name.equalsIgnoreCase("City Council")) {
                score.merge(name, weight, Double::sum);
            }
        }
    }
}
