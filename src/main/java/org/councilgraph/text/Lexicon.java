package org.councilgraph.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A word list or table kept as data, the way CoreNLP keeps its RegexNER mappings: a tab-separated
 * resource under {@code /org/councilgraph/lexicon/}, headed by {@code #} lines saying what it holds and
 * where its entries come from. Every gazetteer, word list and regex alternation of the extractor is
 * read through this one loader, once per process.
 *
 * <p>Format: blank lines and lines starting with {@code #} are ignored; every other line is a row of
 * tab-separated cells. A table whose header has a line {@code #! regex} holds regex fragments in its
 * first column rather than words; {@link #alternation()} then joins them unquoted.
 *
 * <pre>{@code
 * Lexicon heads = Lexicon.of("body-heads.tsv");      // rows: word <TAB> kind
 * heads.words();                                     // {"board", "trust", ...}
 * heads.wordsWhere(1, "service");                    // the words whose second cell is "service"
 * Pattern p = heads.pattern("(?i)\\b(?:%s)\\b");     // %s becomes the alternation, in file order
 * }</pre>
 */
public final class Lexicon {
    /** Where the tables live on the classpath. */
    public static final String ROOT = "/org/councilgraph/lexicon/";

    private static final Map<String, Lexicon> LOADED = new ConcurrentHashMap<>();

    private final String name;
    private final List<String> header;
    private final List<List<String>> rows;
    private final boolean regex;

    private Lexicon(String name, List<String> header, List<List<String>> rows) {
        this.name = name;
        this.header = List.copyOf(header);
        this.rows = Collections.unmodifiableList(rows);
        this.regex = header.stream().anyMatch(h -> h.strip().equals("! regex"));
    }

    /** The table {@code name} under {@link #ROOT}, read once. */
    public static Lexicon of(String name) {
        return LOADED.computeIfAbsent(name, n -> read(n, Lexicon.class.getResourceAsStream(ROOT + n)));
    }

    /** A table read from any resource path (absolute, starting with '/'), read once. */
    public static Lexicon resource(String path) {
        return LOADED.computeIfAbsent(path, p -> read(p, Lexicon.class.getResourceAsStream(p)));
    }

    static Lexicon read(String name, InputStream stream) {
        if (stream == null) {
            throw new IllegalStateException("lexicon " + name + " missing from the classpath");
        }
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = stream;
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    header.add(line.substring(1));
                } else if (!line.isBlank()) {
                    List<String> cells = new ArrayList<>();
                    for (String c : line.split("\t", -1)) {
                        cells.add(c.strip());
                    }
                    rows.add(Collections.unmodifiableList(cells));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("lexicon " + name + " could not be read", e);
        }
        return new Lexicon(name, header, rows);
    }

    public String name() {
        return name;
    }

    /** The header lines, without their '#'. */
    public List<String> header() {
        return header;
    }

    public List<List<String>> rows() {
        return rows;
    }

    /** Cell {@code i} of a row, or "" when the row is shorter. */
    public static String cell(List<String> row, int i) {
        return i < row.size() ? row.get(i) : "";
    }

    /** The first cells, in file order. */
    public Set<String> words() {
        return column(0);
    }

    /** The first cells, lower-cased (for tables of words tested case-blind). */
    public Set<String> lowerWords() {
        return words().stream().map(w -> w.toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Cells of column {@code i}, in file order, without blanks. */
    public Set<String> column(int i) {
        Set<String> out = new LinkedHashSet<>();
        for (List<String> row : rows) {
            String c = cell(row, i);
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** The first cells of the rows whose cell {@code i} equals {@code value}. */
    public Set<String> wordsWhere(int i, String value) {
        Set<String> out = new LinkedHashSet<>();
        for (List<String> row : rows) {
            if (cell(row, i).equals(value)) {
                out.add(row.get(0));
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** First cell to second cell; the first row wins where a key repeats. */
    public Map<String, String> map() {
        Map<String, String> out = new LinkedHashMap<>();
        for (List<String> row : rows) {
            out.putIfAbsent(row.get(0), cell(row, 1));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The first cells as one regex alternation in file order, which is the order the regex tries them:
     * a table lists a longer form before its prefix. Words are quoted, a {@code #! regex} table's
     * fragments are not.
     */
    public String alternation() {
        return alternation(words());
    }

    /** The alternation with longer entries first, for tables whose order says nothing. */
    public String longestFirst() {
        return words().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> regex ? w : Pattern.quote(w)).collect(Collectors.joining("|"));
    }

    /** The alternation of the rows whose cell {@code i} equals {@code value}. */
    public String alternationWhere(int i, String value) {
        return alternation(wordsWhere(i, value));
    }

    private String alternation(Set<String> entries) {
        return entries.stream().map(w -> regex ? w : Pattern.quote(w)).collect(Collectors.joining("|"));
    }

    /** {@code template} with its {@code %s} replaced by {@link #alternation()}, compiled once by the caller. */
    public Pattern pattern(String template) {
        return Pattern.compile(template.replace("%s", alternation()));
    }

    @Override
    public String toString() {
        return "Lexicon[" + name + ", " + rows.size() + " rows]";
    }
}
