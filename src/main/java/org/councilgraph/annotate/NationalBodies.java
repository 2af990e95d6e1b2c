package org.councilgraph.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.Span;

/**
 * The gazetteer of national public bodies ({@code lexicon/national-bodies.tsv}): regulators, government
 * departments and agencies, NHS and justice bodies, Parliament, local government's national bodies,
 * unions and national charities, each with the other forms papers print it in ("CQC", "DfE"), and
 * the national firms councils deal with ({@code lexicon/national-firms.tsv}: banks, insurers,
 * utilities, transport operators). The same for every council; it names no council's own services
 * or partners.
 */
final class NationalBodies {
    /** A gazetteer name read in a text: the canonical name, the form printed, where. */
    record Hit(String name, String printed, Span span) {
    }

    private static final Map<String, String> CANONICAL = new HashMap<>();
    /** The federations whose local bodies print their place after the name ("Age UK Westby"). */
    private static final Set<String> LOCAL = new HashSet<>();
    /** One to three capitalised words: a place after a federation's name. */
    private static final Pattern PLACE_AFTER = Pattern.compile("^[ \\t]+(\\p{Lu}[\\p{L}'’\\-]+(?:[ \\t]+\\p{Lu}[\\p{L}'’\\-]+){0,2})");
    /** Words after a federation's name that are no place: "Age UK Annual Report", "Citizens Advice Service". */
    private static final Pattern NOT_PLACE = Pattern.compile("(?i).*\\b(?:" + Lexicon.of("body-heads.tsv").alternation()
            + "|report|annual|update|grant|funding|contract|chief|executive|manager|officer|director)\\b.*");
    private static final Pattern ANY;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** "HM Treasury": the Crown's, its initials before a name in the gazetteer. */
    private static final String CROWN = "HM ";

    static {
        List<String> forms = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>(Lexicon.of("national-bodies.tsv").rows());
        rows.addAll(Lexicon.of("national-firms.tsv").rows());
        for (List<String> row : rows) {
            String name = row.get(0);
            if (Lexicon.cell(row, 2).equals("local")) {
                LOCAL.add(name);
            }
            List<String> printed = new ArrayList<>(List.of(name));
            for (String alias : Lexicon.cell(row, 1).split("\\|")) {
                if (!alias.isBlank()) {
                    printed.add(alias.strip());
                }
            }
            for (String form : List.copyOf(printed)) {
                if (form.startsWith(CROWN)) {
                    // the Crown's bodies are printed in full as often: "His Majesty's Inspectorate of ..."
                    printed.add("His Majesty's " + form.substring(CROWN.length()));
                    printed.add("Her Majesty's " + form.substring(CROWN.length()));
                }
            }
            for (String form : printed) {
                forms.add(form);
                CANONICAL.put(PrintedNames.key(form), name);
            }
        }
        forms.sort(Comparator.comparingInt(String::length).reversed());
        // grouped by first letter, longest first within each group: the engine tries a few dozen letters at
        // each place in the text rather than every name
        Map<Character, List<String>> byFirst = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        for (String f : forms) {
            String rest = PrintedNames.pattern(f.substring(1), f.contains(" ") && Character.isUpperCase(f.charAt(0)));
            if (Character.isLetterOrDigit(f.charAt(0))) {
                byFirst.computeIfAbsent(f.charAt(0), c -> new ArrayList<>()).add(rest);
            } else {
                others.add(PrintedNames.pattern(f, false));
            }
        }
        StringBuilder alt = new StringBuilder();
        for (Map.Entry<Character, List<String>> e : byFirst.entrySet()) {
            alt.append(alt.length() > 0 ? "|" : "").append(Pattern.quote(String.valueOf(e.getKey())))
                    .append("(?:").append(String.join("|", e.getValue())).append(')');
        }
        for (String o : others) {
            alt.append(alt.length() > 0 ? "|" : "").append(o);
        }
        ANY = Pattern.compile("(?<![\\p{L}\\p{N}'’\\-])(?:The\\s+|the\\s+)?(" + alt + ")(?![\\p{L}\\p{N}\\-])");
    }

    private NationalBodies() {
    }

    /** The canonical name when {@code name} is a gazetteer body, else null. */
    static String canonical(String name) {
        return CANONICAL.get(PrintedNames.key(name));
    }

    static boolean isNational(String name) {
        return canonical(name) != null;
    }

    static List<Hit> find(String text) {
        List<Hit> out = new ArrayList<>();
        Matcher m = ANY.matcher(text);
        while (m.find()) {
            String printed = SPACES.matcher(m.group(1)).replaceAll(" ");
            String name = CANONICAL.get(PrintedNames.key(printed));
            if (name == null) {
                continue;
            }
            Matcher place = LOCAL.contains(name) ? PLACE_AFTER.matcher(text).region(m.end(1), Math.min(text.length(), m.end(1) + 60)) : null;
            if (place != null && place.lookingAt() && !NOT_PLACE.matcher(place.group(1)).matches()) {
                // "Healthwatch Northby": the federation's local body, named with its place
                String local = name + " " + SPACES.matcher(place.group(1)).replaceAll(" ");
                out.add(new Hit(local, printed + " " + SPACES.matcher(place.group(1)).replaceAll(" "), new Span(m.start(1), place.end(1))));
                continue;
            }
            out.add(new Hit(name, printed, new Span(m.start(1), m.end(1))));
        }
        return out;
    }
}
