package org.councilgraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.load.Paper;
import org.councilgraph.text.Casing;
import org.councilgraph.text.CouncilPlaces;
import org.councilgraph.text.Lexicon;

/**
 * A parish, town or community council that a paper's heading says it is: "WESTBY PARISH COUNCIL" on the
 * first lines, "Minutes for the Northby Community Council meeting", "Response from Eastby Parish
 * Council" broken over two lines, Welsh "CYNGOR CYMUNED WESTBY A NORTHBY" (named in English, "Westby and
 * Northby Community Council", so both language versions of a paper are one council's). Such councils are
 * not in the register; a paper of one names its principal council (the district or county it lies in)
 * often, but its heading names its own, which wins. A heading that names a principal council before any
 * local council is the principal council's paper.
 */
final class LocalCouncils {
    /** How many non-blank lines from the top count as the heading. */
    private static final int HEADING_LINES = 10;
    private static final Lexicon JOINS = Lexicon.of("place-joins.tsv");
    private static final Set<String> STOPS = Lexicon.of("council-place-stops.tsv").lowerWords();
    /** A word of a place, capitalised or in capitals, hyphenated parts and all: "Westby", "EASTBY-CUM-WESTBY". */
    private static final String WORD = "[A-Z][\\p{L}'’]*(?:-\\p{L}+)*";
    /**
     * The space between a name's words: one or two spaces, never a table's gap ("Children's Nursery     Community Council,
     * which ..." is the end of one cell and the start of the next, no "Nursery Community Council").
     */
    static final String GAP = "[ ]{1,2}";
    private static final Pattern ENGLISH = Pattern.compile("(?<![\\p{L}-])(" + WORD + "(?:(?:" + GAP + "(?i:" + JOINS.alternationWhere(1, "en")
            + "))?" + GAP + WORD + "){0,4})" + GAP + "(?i:(" + CouncilPlaces.LOCAL_KIND + "))\\s+(?i:council)\\b");
    private static final Map<String, String> WELSH_KINDS = Lexicon.of("welsh-council-kinds.tsv").map();
    private static final Pattern WELSH = Pattern.compile("(?<![\\p{L}])(?i:cyngor)[ \\t]+(?i:(" + String.join("|", WELSH_KINDS.keySet())
            + "))[ \\t]+(" + WORD + "(?:(?:[ \\t]+(?i:" + JOINS.alternationWhere(1, "cy") + "))?[ \\t]+" + WORD + "){0,3})");
    private static final Pattern WELSH_JOIN = Pattern.compile("(?i)\\s+(?:" + JOINS.alternationWhere(1, "cy") + ")\\s+");
    private static final Pattern AMPERSAND = Pattern.compile("\\s+&\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** "-Cum-" in a place set in capitals and title-cased: the small word of a hyphenated place, in lower case. */
    private static final Pattern HYPHEN_WORD = Pattern.compile("(?i)(?<=-)(" + JOINS.alternationWhere(1, "hyphen") + ")(?=-)");

    private LocalCouncils() {
    }

    /** The local council the paper's title or heading names, unless a principal council's masthead comes first. */
    static Optional<String> inHeading(Paper paper) {
        List<String> lines = new ArrayList<>();
        String text = paper.text();
        int from = 0;
        int seen = 0;
        while (from < text.length() && seen < HEADING_LINES) {
            int end = text.indexOf('\n', from);
            end = end < 0 ? text.length() : end;
            String line = text.substring(from, end).strip();
            if (!line.isEmpty()) {
                lines.add(line);
                seen++;
            }
            from = end + 1;
        }
        // a PDF's title is often left from the paper it was copied from: the heading's own lines come first
        paper.title().ifPresent(lines::add);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Optional<Found> local = find(line);
            if (local.isEmpty() && i + 1 < lines.size() && find(lines.get(i + 1)).isEmpty()) {
                // a name broken over two lines ("Response from Eastby Parish" / "Council") is read on the pair
                local = find(line + "\n" + lines.get(i + 1));
            }
            // a principal council named before it ("Northby District Council: response of Westby Parish Council") is the paper's
            if (CouncilNames.namesPrincipal(local.isPresent() ? line.substring(0, Math.min(line.length(), local.get().start())) : line)) {
                return Optional.empty();
            }
            if (local.isPresent()) {
                return local.map(f -> printedForm(f.name(), text));
            }
        }
        return Optional.empty();
    }

    /** A local council named in a text, and where. */
    private record Found(String name, int start) {
    }

    /** The first local council the text names, in English: "Westby Parish Council", "Cyngor Tref Westby" as "Westby Town Council". */
    static Optional<String> named(String text) {
        return find(text).map(Found::name);
    }

    private static Optional<Found> find(String text) {
        Matcher w = WELSH.matcher(text);
        Matcher e = ENGLISH.matcher(text);
        boolean welsh = w.find();
        boolean english = e.find();
        while (english && place(e.group(1)).isEmpty()) {
            english = e.find();
        }
        if (!welsh && !english) {
            return Optional.empty();
        }
        if (welsh && (!english || w.start() < e.start())) {
            String place = WELSH_JOIN.matcher(readable(w.group(2))).replaceAll(" and ");
            return Optional.of(new Found(place + " " + WELSH_KINDS.get(w.group(1).toLowerCase(Locale.ROOT)) + " Council", w.start()));
        }
        String kind = e.group(2).toLowerCase(Locale.ROOT);
        return Optional.of(new Found(readable(place(e.group(1))) + " " + Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " Council",
                e.start()));
    }

    /** The place words without the words of a phrase before them: "Minutes of the Westby" is "Westby". */
    private static String place(String words) {
        String[] w = SPACES.split(words.strip());
        int i = 0;
        while (i < w.length && (STOPS.contains(w[i].toLowerCase(Locale.ROOT)) || JOINS.words().contains(w[i].toLowerCase(Locale.ROOT)))) {
            i++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length));
    }

    /** A place in capitals as title case, "&" as "and", one space between words. */
    private static String readable(String place) {
        String p = SPACES.matcher(place).replaceAll(" ").strip();
        if (Casing.isUpper(p)) {
            p = HYPHEN_WORD.matcher(Casing.titleCase(p)).replaceAll(r -> r.group(1).toLowerCase(Locale.ROOT));
        }
        return AMPERSAND.matcher(p).replaceAll(" and ");
    }

    /** The name as the paper prints it in mixed case, where it does: "Eastby-cum-Westby" rather than "Eastby-Cum-Westby". */
    private static String printedForm(String name, String text) {
        Matcher m = Pattern.compile(Pattern.quote(name).replace(" ", "\\E\\s+\\Q"), Pattern.CASE_INSENSITIVE).matcher(text);
        while (m.find()) {
            String printed = SPACES.matcher(m.group()).replaceAll(" ");
            if (!Casing.isUpper(printed) && Character.isUpperCase(printed.charAt(0))) {
                return printed;
            }
        }
        return name;
    }
}
