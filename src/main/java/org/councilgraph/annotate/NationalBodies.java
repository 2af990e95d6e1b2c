package org.councilgraph.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private static final Pattern ANY;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern APOSTROPHE = Pattern.compile("['’]");
    private static final Pattern LEADING_THE = Pattern.compile("^(?i)the ");

    static {
        List<String> forms = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>(Lexicon.of("national-bodies.tsv").rows());
        rows.addAll(Lexicon.of("national-firms.tsv").rows());
        for (List<String> row : rows) {
            String name = row.get(0);
            forms.add(name);
            CANONICAL.put(key(name), name);
            for (String alias : Lexicon.cell(row, 1).split("\\|")) {
                if (!alias.isBlank()) {
                    forms.add(alias.strip());
                    CANONICAL.put(key(alias), name);
                }
            }
        }
        forms.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder();
        for (String f : forms) {
            if (alt.length() > 0) {
                alt.append('|');
            }
            // a name of several words keeps its capital but may be printed in lower case after it ("Westby sport trust")
            boolean words = f.contains(" ") && Character.isUpperCase(f.charAt(0));
            boolean first = true;
            for (char ch : f.toCharArray()) {
                // "Information Commissioners Office": the apostrophe is often left out
                String c = ch == '\'' || ch == '’' ? "['’]?" : ch == ' ' ? "\\s+" : Pattern.quote(String.valueOf(ch));
                if (words && !first && Character.isLetter(ch)) {
                    c = "(?i:" + c + ")";
                }
                alt.append(c);
                first = false;
            }
        }
        ANY = Pattern.compile("(?<![\\p{L}\\p{N}'’\\-])(?:The\\s+|the\\s+)?(" + alt + ")(?![\\p{L}\\p{N}\\-])");
    }

    private NationalBodies() {
    }

    static String key(String s) {
        return LEADING_THE.matcher(SPACES.matcher(APOSTROPHE.matcher(s).replaceAll("")).replaceAll(" ")).replaceFirst("").toLowerCase(Locale.ROOT).strip();
    }

    /** The canonical name when {@code name} is a gazetteer body, else null. */
    static String canonical(String name) {
        return CANONICAL.get(key(name));
    }

    static boolean isNational(String name) {
        return canonical(name) != null;
    }

    static List<Hit> find(String text) {
        List<Hit> out = new ArrayList<>();
        Matcher m = ANY.matcher(text);
        while (m.find()) {
            String printed = SPACES.matcher(m.group(1)).replaceAll(" ");
            String name = CANONICAL.get(key(printed));
            if (name == null) {
                continue;
            }
            out.add(new Hit(name, printed, new Span(m.start(1), m.end(1))));
        }
        return out;
    }
}
