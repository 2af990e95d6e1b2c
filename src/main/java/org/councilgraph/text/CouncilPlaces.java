package org.councilgraph.text;

import java.util.regex.Pattern;

/**
 * A council's place and initials, read from its name with the one table of council kinds
 * ({@code council-kinds.tsv}): "Northby" of "Northby County Council", of "Westby Parish Council", of
 * "Royal Borough of Northby" and of "City of Northby"; "NCC" of "Northby County Council".
 */
public final class CouncilPlaces {
    private static final Lexicon KINDS = Lexicon.of("council-kinds.tsv");
    /** Every kind of council, principal or local: "county", "parish". */
    public static final String KIND = KINDS.alternationWhere(1, "principal") + "|" + KINDS.alternationWhere(1, "local");
    /** The kinds of local council: "parish", "town", "community". */
    public static final String LOCAL_KIND = KINDS.alternationWhere(1, "local");
    /**
     * The heads of authorities named like councils after their place, with the word that may stand before them:
     * "Combined Authority", "Mayoral Combined Authority", "Fire and Rescue Authority", "National Park Authority".
     */
    public static final String AUTHORITY = "(?:(?:" + KINDS.alternationWhere(1, "authority-modifier") + ")\\s+)?(?:"
            + KINDS.alternationWhere(1, "authority") + ")";
    private static final Pattern PREFIX = Pattern.compile("(?i)^(?:" + KINDS.alternationWhere(1, "prefix") + ")\\s+");
    private static final Pattern COUNCIL_SUFFIX = Pattern.compile("(?i)\\s+(?:(?:" + KINDS.alternationWhere(1, "modifier")
            + ")\\s+)?(?:" + KIND + ")?\\s*council$");
    private static final Pattern AUTHORITY_SUFFIX = Pattern.compile("(?i)\\s+(?:(?:" + KINDS.alternationWhere(1, "authority-modifier")
            + ")\\s+)?(?:" + KINDS.alternationWhere(1, "authority") + ")$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private CouncilPlaces() {
    }

    /** "Northby County Council" -> "Northby"; "Royal Borough of Eastby upon Avon" -> "Eastby upon Avon"; null for null. */
    public static String place(String council) {
        if (council == null) {
            return null;
        }
        String p = PREFIX.matcher(council.strip()).replaceFirst("");
        p = COUNCIL_SUFFIX.matcher(p).replaceFirst("");
        p = AUTHORITY_SUFFIX.matcher(p).replaceFirst("");
        return PREFIX.matcher(p).replaceFirst("").strip();
    }

    /** The capitals its words begin with: "NCC" of "Northby County Council"; null for null. */
    public static String initials(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String w : SPACES.split(name)) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }
}
