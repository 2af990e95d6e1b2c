package org.councilgraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.text.Lexicon;

/**
 * The number an item's line starts with, in every scheme councils print: "24.", "1)", "(4)", "Item 5:", "7a",
 * "C45.", "C1412" (a minute number that runs on from year to year, after its letters), "45/24" (minute and
 * year), "19/045" (year and minute), "AC/25/31", "16.03.2" (year, month and minute), "5.1" (item 5's first
 * sub-item), "II" (before a title in capitals). A number of several parts may be meant two ways, so each is read both ways and the run of
 * items through the meeting settles which.
 */
final class ItemNumbers {
    private static final String WORDS = Lexicon.of("item-number-words.tsv").alternation();
    /** Words, letters and the number's parts, at a line's start: what every numbered line begins with. */
    private static final String NUMBER = "^(?:(?i:" + WORDS + ")\\s+(?i:no\\.?\\s*)?)?(?<p>[A-Z]{1,4}(?:[./]|[ ](?=\\d{1,3}/\\d))?(?=\\d)"
            // "24-25/FRA/1": the municipal year, the body's letters, then the minute
            + "|\\d{2}(?:[-–]\\d{2})?/[A-Z]{2,6}/(?=\\d)"
            // "CC(24)65": the body's letters, the year in brackets, the minute
            + "|[A-Z]{1,4}\\(\\d{2}\\)(?=\\d))?"
            // four figures after letters ("C1412"), or stopped before a title ("1829. Apologies") or alone in a web page's
            // number cell ("1829."): minutes numbered on over years
            // or before a title in capitals ("6112 DECLARATIONS OF INTEREST - Councillor ..."), which no year begins
            + "(?<n>(?<=[A-Z])\\d{4}|\\d{4}(?=\\.(?:[ \\t]+\\p{Lu}|[ \\t]*$)|[ \\t]+\\p{Lu}[\\p{Lu}\\d ,&'’/-]{2,}?[ \\t]+[-–][ \\t])"
            + "|\\d{1,3}(?:[./]\\d{1,3}){0,2})(?<y>/\\d{4})?";
    /** A numbered line: words, letters, the number's parts, a letter, a mark, the title. */
    static final Pattern NUMBERED = Pattern.compile(
            NUMBER + "(?![./]?\\d)(?<l>[a-z](?=[.):]|\\s))?(?<dot>[.):]|\\s+[-–](?=\\s)|\\s)\\s*(?<t>\\S.*)?$");
    /**
     * A number alone on its line without a mark ("54", "270/22", "Item 4"): on a web page, the item table's number
     * cell, its title in the next cell. The groups are NUMBERED's, the mark and title empty.
     */
    static final Pattern ALONE = Pattern.compile(NUMBER + "(?<l>[a-z])?(?<dot>)(?<t>)$");
    private static final Pattern SEPARATOR = Pattern.compile("[./]");
    /** "(4)" or "(4) MINUTES": a number in brackets, which some minutes print in a column of their own before the title. */
    private static final Pattern BRACKETED = Pattern.compile("^\\((?=\\d{1,3}[a-z]?\\)(?:\\s|$))");

    /**
     * "II BEST VALUE - THE NEXT STEPS": an item numbered in Roman numerals, as some Scottish minutes print them.
     * Only before a title in capitals, so that a sentence opening "I" is no item.
     */
    private static final Pattern ROMAN = Pattern.compile(
            "^(?<r>(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))(?<gap>[.)]?[ \\t]+)(?=\\p{Lu}[\\p{Lu}\\d ,&'’:/()-]{3,}(?:$|[ \\t.]))");

    private ItemNumbers() {
    }

    /** A line numbered in Roman numerals: the numeral as printed ("II") and the line with it in figures ("2 BEST VALUE"). */
    record RomanLine(String numeral, String inFigures) {
    }

    /** The line read with its Roman numeral in figures, so that it reads as any numbered line; empty when it has none. */
    static Optional<RomanLine> roman(String line) {
        Matcher m = ROMAN.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        String r = m.group("r");
        return Optional.of(new RomanLine(r, romanValue(r) + m.group("gap") + line.substring(m.end())));
    }

    private static int romanValue(String r) {
        int value = 0;
        for (int k = 0; k < r.length(); k++) {
            int v = r.charAt(k) == 'X' ? 10 : r.charAt(k) == 'V' ? 5 : 1;
            int next = k + 1 < r.length() ? (r.charAt(k + 1) == 'X' ? 10 : r.charAt(k + 1) == 'V' ? 5 : 1) : 0;
            value += v < next ? -v : v;
        }
        return value;
    }

    /**
     * "4.(ii)", "4(b)" alone on its line: a sub-item's number in a web page's item table, its title in the
     * next cell. Read as the dotted sub-item it is ("4.2."), printed as the paper prints it. A bracketed "(i)"
     * is a Roman one, as such tables count; letters are read only to "(h)", before they could be numerals.
     */
    private static final Pattern BRACKETED_SUB = Pattern.compile("^(?<n>\\d{1,3})\\.?\\((?<s>[ivx]{1,4}|[a-h])\\)$");

    static Optional<RomanLine> bracketedSub(String line) {
        Matcher m = BRACKETED_SUB.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String s = m.group("s");
        int sub = s.chars().allMatch(c -> c == 'i' || c == 'v' || c == 'x') ? romanValue(s.toUpperCase(Locale.ROOT)) : s.charAt(0) - 'a' + 1;
        return Optional.of(new RomanLine(line.strip(), m.group("n") + "." + sub + "."));
    }

    /**
     * One reading of a number: the number that runs through the meeting ({@code running}, as printed),
     * the sub-item it is of that number (0 for none), what stays the same from item to item
     * ({@code prefix}: "16.3" of "16.03.2"), and whether the number has parts a dot separates.
     */
    record Reading(String running, int sub, String prefix, boolean dotted) {
        int number() {
            return Integer.parseInt(running);
        }
    }

    /**
     * A line's text as the patterns here read it: a number in brackets is read as one closed by its
     * bracket ("(4) MINUTES" as "4) MINUTES"), the mark either way.
     */
    static String unbracketed(String line) {
        return BRACKETED.matcher(line).replaceFirst("");
    }

    /** The readings of a matched line's number, the plainest first. */
    static List<Reading> readings(Matcher m) {
        String[] parts = SEPARATOR.split(m.group("n"));
        boolean dotted = m.group("n").contains(".");
        int letter = m.group("l") == null ? 0 : m.group("l").charAt(0) - 'a' + 1;
        List<Reading> out = new ArrayList<>();
        if (parts.length == 1) {
            out.add(new Reading(parts[0], letter, "", false));
            return out;
        }
        if (parts.length == 2) {
            // "5.1": sub-item 1 of item 5; "45/24": minute 45 of the year 24
            out.add(dotted ? new Reading(parts[0], Integer.parseInt(parts[1]), "", true) : new Reading(parts[0], letter, "", false));
        }
        StringBuilder prefix = new StringBuilder();
        for (int k = 0; k < parts.length - 1; k++) {
            if (parts[k].length() > 2) {
                return out; // a year, a month or a committee's number is short: "SR/147/001" is a reference, not a minute
            }
            prefix.append(k > 0 ? "." : "").append(Integer.parseInt(parts[k]));
        }
        out.add(new Reading(parts[parts.length - 1], letter, prefix.toString(), dotted));
        return out;
    }

    /**
     * Whether a matched number says it is an item's without a mark after it: a word or letters before it ("Item 4",
     * "Minute 12", "C45"), a year after a slash ("8/22") or letters and a year before it ("24-25/FRA/1"), which no page
     * number has.
     */
    static boolean distinctive(Matcher m) {
        return Character.isLetter(m.group().charAt(0)) || m.group("n").contains("/") || m.group("y") != null || m.group("p") != null;
    }

    /** The number as printed: "C45", "7a", "16.03.2", "45/2024". */
    static String printed(Matcher m) {
        return (m.group("p") == null ? "" : m.group("p")) + m.group("n") + (m.group("l") == null ? "" : m.group("l"))
                + (m.group("y") == null ? "" : m.group("y"));
    }
}
