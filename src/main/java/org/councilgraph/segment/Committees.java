package org.councilgraph.segment;

import java.util.Locale;
import java.util.regex.Pattern;
import org.councilgraph.text.Casing;

/**
 * What a committee name looks like: a run of capitalised words ending in (or made of) a word for
 * a decision-making body, "Cabinet", "Children and Families Overview and Scrutiny Committee",
 * "Transport and Connectivity Policy Committee", "HNB Task Group".
 */
public final class Committees {
    /** Head words of the bodies that hold minuted meetings. */
    public static final String HEAD = "(?:Sub-Committee|Subcommittee|Sub Committee|Committee|Commission|Cabinet|Council|Board|Panel|Forum|Group|"
            + "Partnership|Executive|Assembly|Authority|Conference|Task\\s+Group|Working\\s+Party|Meeting)";
    /** Capitalised words and the small words between them; a lower-case word of any other kind is a sentence. */
    private static final Pattern NAME = Pattern.compile(
            "(?:[A-Z0-9][\\w'’&.,/()\\-]*\\s+|(?i:and|of|for|the|on|&|in|with|to|upon|-|–)\\s+){0,16}(?i:" + HEAD + ")(?:\\s*\\([^)]{1,40}\\))?");
    private static final Pattern BAD_START = Pattern.compile(
            "(?i)^(?:this|that|these|those|a|an|any|each|every|its|their|our|his|her|which|whose|such|other|previous|next|last|"
            + "same|said|relevant|appropriate|full|special|extraordinary|formal|annual|public|joint\\s+meeting|meeting|minutes|held|"
            + "report|reports|item|agenda|the\\s+meeting|council'?s|members?|chair|chairman|mayor|leader|cabinet\\s+member|"
            + "director|officers?|we|it|there|when|where|if|as|at|on|in|to|by|from|for|with|and|of|or)\\b");

    private Committees() {
    }

    /**
     * The committee named alone on one of the {@code lines} non-blank lines above {@code at}, as a
     * page's or a work programme's heading names it ("Planning Committee (PC)" is the Planning
     * Committee); empty when none of them is a committee's name and nothing else.
     */
    static java.util.Optional<String> namedAbove(String text, int at, int lines) {
        int pos = at;
        for (int n = 0; n < lines && pos > 0; ) {
            int prev = text.lastIndexOf('\n', pos - 2);
            String line = text.substring(prev + 1, pos).strip();
            pos = prev + 1;
            if (line.isEmpty()) {
                continue;
            }
            n++;
            String c = clean(line.replaceAll("\\s*\\([A-Z&]{2,8}\\)\\s*$", ""));
            if (c != null && line.length() <= 150) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s:,;.\\-–]+|[\\s:,;.\\-–]+$");
    private static final Pattern JOINING_WORDS = Pattern.compile("(?i)^(?:(?:and|or|by|to|at|from|with|of|for|on|in|&)\\s+)+(?=the\\s|[A-Z])");
    private static final Pattern PAPERS_OF = Pattern.compile("(?i)^(?:agenda|minutes|papers|reports?|decisions?|the\\s+meeting)\\s+(?:for|of|to)\\s+");
    private static final Pattern MEETING_OF = Pattern.compile(
            "(?i)^(?:joint|special|extraordinary|annual|reconvened|adjourned)\\s+meeting\\s*(?:[-–—:]|of\\s+(?:the\\s+)?)\\s*");
    private static final Pattern ARTICLE = Pattern.compile("(?i)^(?:the|a|an)\\s+");
    private static final Pattern AMPERSAND = Pattern.compile("\\s+&\\s+");
    private static final Pattern MEETING_AFTER = Pattern.compile("(?i)\\s+(?:meeting|meetings)$");
    private static final Pattern LETTERS_AFTER = Pattern.compile("\\s*\\([A-Z&]{2,8}\\)$");
    /** Names a bad start does not spoil: "Cabinet", "Full Council". */
    private static final Pattern ALONE_OK = Pattern.compile("(?i)^(?:cabinet|full council)$");
    /** A kind of body alone, no body's name: "the Committee", "Task Group". */
    private static final Pattern KIND_ALONE = Pattern.compile("(?i)(?:the\\s+)?(?:council|committee|commission|board|panel|forum|group|sub-committee|subcommittee|"
            + "partnership|executive|assembly|authority|conference|meeting|task group|working party)");

    /**
     * The committee name in {@code raw} tidied for display ("CABINET" to "Cabinet", "the Cabinet"
     * to "Cabinet"), or null when it does not read as a committee name.
     */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String s = SPACES.matcher(raw).replaceAll(" ").strip();
        s = EDGE_PUNCTUATION.matcher(s).replaceAll("");
        // "and the Children, Young People and Education Cabinet Committee", "At the Scrutiny Committee":
        // a sentence's joining words; "Agenda for County Council": the papers of a meeting
        s = JOINING_WORDS.matcher(s).replaceFirst("");
        s = PAPERS_OF.matcher(s).replaceFirst("");
        // "Joint meeting - X and Y": the meeting of the bodies named
        s = MEETING_OF.matcher(s).replaceFirst("");
        s = ARTICLE.matcher(s).replaceFirst("");
        s = AMPERSAND.matcher(s).replaceAll(" and "); // one label for "Northby & North Riverside" and "Northby and North Riverside"
        s = MEETING_AFTER.matcher(s).replaceFirst("");
        s = LETTERS_AFTER.matcher(s).replaceFirst(""); // "... Scrutiny Commission (CYPE)": the name without its letters
        String[] words = s.split(" ");
        if (s.length() < 3 || s.length() > 160 || words.length > 18) {
            return null;
        }
        if (!NAME.matcher(s).matches() || BAD_START.matcher(s).find() && !ALONE_OK.matcher(s).matches()) {
            return null;
        }
        long capitalised = java.util.Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0))).count();
        if (capitalised * 2 < words.length) {
            return null;
        }
        s = Casing.readable(s);
        if (KIND_ALONE.matcher(s).matches()) {
            return null;
        }
        return s;
    }
}
