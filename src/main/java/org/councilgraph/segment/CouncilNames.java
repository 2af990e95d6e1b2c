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
            + "|(?:[A-Z]+(?:[ -](?:UPON|ON|AND|OF|[A-Z]+)){0,5})[ \\t]+(?:COUNTY|CITY|DISTRICT|BOROUGH)\\s+COUNCIL"
            + "|(?:ROYAL|LONDON)\\s+BOROUGH\\s+OF\\s+[A-Z]+(?:\\s+(?:UPON|ON)\\s+[A-Z]+)?"
            // "Medway Council", "Kingston Council": one line only, so that "Ask for: Georgina Little / Council Chamber" is not one
            + "|(?:[A-Z][a-z]+(?:[ \\t]+and[ \\t]+[A-Z][a-z]+)?)[ \\t]+Council)\\b");
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
        // the first page, or the first 3,000 characters, is where a paper says whose it is; a letterhead
        // (the first lines) says it outright, whatever partners the paper goes on to name
        count(text, 0, Math.min(text.length(), 3000), score, 4.0);
        Map<String, Double> head = new HashMap<>();
        count(text, 0, letterheadEnd(text), head, 1.0);
        head.keySet().forEach(k -> score.merge(k, 1000.0, Double::sum));
        // a council whose e-mail domain the paper prints ("@kent.gov.uk") is the paper's own
        Map<String, Integer> mailDomains = new HashMap<>();
        Matcher dm = GOV_DOMAIN.matcher(text.toLowerCase(java.util.Locale.ROOT));
        while (dm.find()) {
            mailDomains.merge(dm.group(1), 1, Integer::sum);
        }
        for (Map.Entry<String, Double> e : score.entrySet()) {
            for (String domain : mailDomains.keySet()) {
                if (domainMatches(domain, e.getKey())) {
                    e.setValue(e.getValue() + 10.0);
                }
            }
        }
        Optional<Map.Entry<String, Double>> top = score.entrySet().stream()
                .max(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        // a council named only in passing ("engagement with Swale Borough Council") is not the paper's
        // own when the paper's officers write from another council's domain
        boolean strangerDomain = !mailDomains.isEmpty() && mailDomains.keySet().stream()
                .noneMatch(d -> score.keySet().stream().anyMatch(c -> domainMatches(d, c)));
        if (top.isPresent() && !(strangerDomain && top.get().getValue() < 1000.0)) {
            return top.map(Map.Entry::getKey);
        }
        Map<String, Integer> domains = new HashMap<>();
        Matcher m = GOV_DOMAIN.matcher(text.toLowerCase(java.util.Locale.ROOT));
        while (m.find()) {
            domains.merge(m.group(1), 1, Integer::sum);
        }
        return domains.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> "domain:" + e.getKey());
    }

    /**
     * The end of the letterhead: the first few short lines of the paper, up to the first line that
     * reads as running text (long, or closing a sentence).
     */
    private static int letterheadEnd(String text) {
        int pos = 0;
        int lines = 0;
        int end = 0;
        while (pos < text.length() && lines < 4 && pos < 300) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, lineEnd).strip();
            if (!line.isEmpty()) {
                if (line.length() > 60 || line.endsWith(".") || line.contains(":")) {
                    break;
                }
                lines++;
                end = lineEnd;
            }
            pos = lineEnd + 1;
        }
        return end;
    }

    /** "kent.gov.uk" for "Kent County Council", "leicester.gov.uk" for "Leicester City Council". */
    static boolean domainMatches(String domain, String council) {
        String label = domain.split("\\.")[0].replaceAll("[^a-z]", "");
        String name = council.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z ]", " ").replaceFirst("^the\\s+", "").strip();
        name = name.replaceFirst("^(?:royal|london)\\s+borough\\s+of\\s+", "");
        for (String w : name.split("\\s+")) {
            if (w.length() >= 4 && !w.matches("county|city|borough|district|council|royal|london|combined|authority|metropolitan")
                    && (label.equals(w) || label.startsWith(w) && label.length() - w.length() <= 4)) {
                return true;
            }
        }
        // an abbreviated domain: "leics" for Leicestershire, "westofengland-ca" for West of England Combined Authority
        String joined = name.replace(" ", "");
        return label.length() >= 4 && joined.startsWith(label.substring(0, 3)) && subsequence(label, joined);
    }

    private static boolean subsequence(String small, String big) {
        int j = 0;
        for (int i = 0; i < big.length() && j < small.length(); i++) {
            if (big.charAt(i) == small.charAt(j)) {
                j++;
            }
        }
        return j == small.length();
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
