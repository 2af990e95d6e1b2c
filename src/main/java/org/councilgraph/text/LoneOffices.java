package org.councilgraph.text;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Offices that one head word names by itself when its holder is printed with it: a parish, town or
 * community council's Clerk, Treasurer, Secretary or Convenor ({@code lexicon/lone-office-titles.tsv}).
 * The post-title grammar reads a bare head as a reference to a post ("the Director stated"); beside a
 * name in a list ("J Westby  Clerk", "Ann Northby  Treasurer CC"), in a bracket or after a dash, or in
 * an appointment ("appointed Jo Eastby as Secretary"), these heads are the office itself.
 */
public final class LoneOffices {
    private static final Lexicon OFFICES = Lexicon.of("lone-office-titles.tsv");
    private static final Pattern OFFICE = Pattern.compile("(?i)(?:" + OFFICES.alternation() + ")");
    private static final Pattern OFFICER = Pattern.compile("(?i)(?:" + OFFICES.alternationWhere(1, "officer") + ")");
    private static final Pattern COUNCIL_KIND = Pattern.compile("\\s+(?:" + Lexicon.of("council-kind-initials.tsv").alternation() + ")$");

    private LoneOffices() {
    }

    /** The role without the initials of the kind of council it is held in: "Secretary CC" is "Secretary". */
    public static String withoutCouncilKind(String role) {
        return COUNCIL_KIND.matcher(role.strip()).replaceFirst("");
    }

    /** The office a role names by itself ("Clerk", "Treasurer CC"), as printed with a capital; empty when none. */
    public static Optional<String> title(String role) {
        String r = PostTitles.tidy(withoutCouncilKind(role));
        if (r.isEmpty() || !OFFICE.matcher(r).matches()) {
            return Optional.empty();
        }
        return Optional.of(Character.toUpperCase(r.charAt(0)) + r.substring(1));
    }

    /** True for a label that is such an office. */
    public static boolean is(String label) {
        return OFFICE.matcher(label.strip()).matches();
    }

    /** True for an office only a paid officer holds ("Clerk"), not a member ("Treasurer"). */
    public static boolean officer(String label) {
        return OFFICER.matcher(PostTitles.tidy(withoutCouncilKind(label))).matches();
    }

    /** True for a role printed with the initials of the kind of council it is held in: "Member CC". */
    public static boolean inCouncilKind(String role) {
        return !withoutCouncilKind(role).equals(role.strip());
    }

    /** The post a role names: a title by the grammar, else a lone office. */
    public static Optional<String> post(String role) {
        return PostTitles.whole(withoutCouncilKind(role)).or(() -> title(role));
    }
}
