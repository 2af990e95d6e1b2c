package org.councilgraph.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regexes of one reader kept as data: a lexicon table (see {@link Lexicon}) of rows
 * {@code name <TAB> regex}, each compiled once, when the table is first asked for. Flags are written
 * inline ({@code (?i)}, {@code (?m)}, {@code (?s)}). A regex may embed {@code {table.tsv}}, the
 * {@link Lexicon#alternation() alternation} of another lexicon table, and {@code {=name}}, the regex of
 * an earlier row of the same table.
 *
 * <pre>{@code
 * private enum Re {
 *     LABEL, NOTE;
 *     final Pattern p = NamedPatterns.of("westby-patterns.tsv").get(name());
 * }
 * Re.LABEL.p.matcher(line);
 * }</pre>
 *
 * <p>A reader names its patterns in an enum, as above, so a name missing from the table fails when the
 * class loads, not when a paper first reaches the pattern.
 */
public final class NamedPatterns {
    private static final Map<String, NamedPatterns> LOADED = new ConcurrentHashMap<>();
    private static final Pattern TABLE = Pattern.compile("\\{([a-z0-9-]+\\.tsv)\\}");
    private static final Pattern EARLIER = Pattern.compile("\\{=([a-z0-9-]+)\\}");

    private final String table;
    private final Map<String, Pattern> patterns = new LinkedHashMap<>();

    private NamedPatterns(String table) {
        this.table = table;
        Map<String, String> sources = new LinkedHashMap<>();
        for (List<String> row : Lexicon.of(table).rows()) {
            String name = row.get(0);
            String regex = expand(Lexicon.cell(row, 1), sources, name);
            if (regex.isEmpty() || sources.putIfAbsent(name, regex) != null) {
                throw new IllegalStateException("lexicon " + table + ": pattern " + name + " is empty or named twice");
            }
            patterns.put(name, Pattern.compile(regex));
        }
    }

    /** The patterns of lexicon table {@code table}, compiled once per process. */
    public static NamedPatterns of(String table) {
        return LOADED.computeIfAbsent(table, NamedPatterns::new);
    }

    /** The pattern named {@code name} (lower case, '_' read as '-', so an enum constant's name will do). */
    public Pattern get(String name) {
        Pattern p = patterns.get(name.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (p == null) {
            throw new IllegalStateException("lexicon " + table + " has no pattern " + name);
        }
        return p;
    }

    private String expand(String regex, Map<String, String> earlier, String name) {
        String withTables = TABLE.matcher(regex).replaceAll(m -> Matcher.quoteReplacement(Lexicon.of(m.group(1)).alternation()));
        return EARLIER.matcher(withTables).replaceAll(m -> {
            String r = earlier.get(m.group(1));
            if (r == null) {
                throw new IllegalStateException("lexicon " + table + ": pattern " + name + " uses " + m.group(1) + " before it");
            }
            return Matcher.quoteReplacement(r);
        });
    }
}
