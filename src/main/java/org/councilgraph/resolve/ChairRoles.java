package org.councilgraph.resolve;

import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.segment.Layout.Attendee;
import org.councilgraph.text.Casing;
import org.councilgraph.text.ChairWords;
import org.councilgraph.text.Lexicon;

/** The words of committee roles: who chairs ("Chair", "Vice-Chairman", "in the Chair") and who sits as what. */
final class ChairRoles {
    private static final Lexicon ROLE_WORDS = Lexicon.of("committee-role-words.tsv");
    private static final Pattern CHAIR = Pattern.compile("(?i)" + ChairWords.WITH_PREFIX + "|in the chair");
    private static final Pattern VICE = Pattern.compile("(?i)(?:" + words("chair-prefix") + ").*");
    private static final Pattern VICE_CHAIR = Pattern.compile("(?i)vice[\\s-]?chair.*");
    /** "Chair/ex officio", "Chair (ex officio)": the chair, who sits by virtue of another office. */
    private static final Pattern EX_OFFICIO = Pattern.compile("(?i)\\s*[/,(]\\s*ex[\\s-]officio\\)?\\s*$");
    private static final Pattern VICE_PREFIX = Pattern.compile("(?i)^vice[\\s-]?");
    private static final Pattern CHAIRMAN = Pattern.compile("\\bChairman\\b");
    private static final Pattern CHAIR_WORD = Pattern.compile("\\bChair\\b(?!man)");
    private static final Pattern OTHER_WORD = Pattern.compile("(?i)\\b(?:" + words("chair-other") + ")\\b");
    private static final Pattern IN_THE_CHAIR = Pattern.compile("(?i)\\bin\\s+the\\s+Chair\\b");
    private static final Pattern RESERVES = Pattern.compile(".*\\b(?:" + words("reserve") + ")s?\\b.*");

    private ChairRoles() {
    }

    /** The words of committee roles of one kind (committee-role-words.tsv) as a regex alternation. */
    static String words(String kind) {
        return ROLE_WORDS.alternationWhere(1, kind);
    }

    /** True for a chair word: "Chair", "Vice-Chairman", "in the Chair". */
    static boolean isChair(String role) {
        return CHAIR.matcher(EX_OFFICIO.matcher(role.strip()).replaceFirst("")).matches();
    }

    /** The committee role a chair word names: "Chair" or "Vice-Chair". */
    static String committeeRole(String role) {
        return VICE.matcher(role.strip()).matches() ? "Vice-Chair" : "Chair";
    }

    /**
     * The word the text calls its chair by most often: "Chairman", Scottish "Convener" (as printed), else "Chair".
     */
    static String chairWord(String text) {
        int chairman = count(text, CHAIRMAN);
        // "(in the Chair)" is said of chairmen and conveners too
        int chair = count(text, CHAIR_WORD) - count(text, IN_THE_CHAIR);
        Matcher other = OTHER_WORD.matcher(text);
        int others = 0;
        String printed = null;
        while (other.find()) {
            others++;
            printed = printed == null ? Casing.titleCase(other.group().toLowerCase(Locale.ROOT)) : printed;
        }
        if (others > Math.max(chairman, chair)) {
            return printed;
        }
        return chairman > chair ? "Chairman" : "Chair";
    }

    private static int count(String text, Pattern p) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The post label of a chair role: as printed, "in the Chair" as the paper calls its chair. */
    static String postLabel(String role, Supplier<String> chairWordHere) {
        String r = EX_OFFICIO.matcher(role.strip()).replaceFirst("");
        if (r.equalsIgnoreCase("in the chair") || r.equalsIgnoreCase("chair")) {
            return chairWordHere.get();
        }
        if (VICE_CHAIR.matcher(r).matches()) {
            String rest = VICE_PREFIX.matcher(r).replaceFirst("");
            return "Vice-" + Character.toUpperCase(rest.charAt(0)) + rest.substring(1).toLowerCase(Locale.ROOT);
        }
        return Casing.titleCase(r.toLowerCase(Locale.ROOT)); // "DEPUTE CHAIR", "Depute Chair": "Depute Chair"
    }

    /** The role a membership list gives one it names: a chair, a co-opted or reserve member, an invitee. */
    static String memberRole(Attendee x) {
        String group = x.group().orElse("").toLowerCase(Locale.ROOT);
        String role = x.role().orElse("").toLowerCase(Locale.ROOT);
        if (x.role().filter(ChairRoles::isChair).isPresent()) {
            return committeeRole(x.role().get());
        }
        if (group.contains("co-opted") || role.contains("co-opted")) {
            return "Co-opted Member";
        }
        if (group.contains("standing invitee") || role.contains("invitee")) {
            return "Standing Invitee";
        }
        if (RESERVES.matcher(group).matches()) {
            return "Reserve Member";
        }
        return "Member";
    }
}
