package org.councilgraph.resolve;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.councilgraph.text.Lexicon;

/**
 * The table of UK Public General Acts shipped as data ({@code lexicon/acts.tsv}, built by
 * {@code tools/build-legislation-table.py} from legislation.gov.uk's catalogue, with the pre-1963
 * Acts councils still cite added by hand): short title and year to the legislation.gov.uk
 * identifier. An Act not in the table is still cited, just without {@code owl:sameAs}.
 */
public final class Legislation {
    public static final String ID_BASE = "http://www.legislation.gov.uk/id/";
    // the patterns before the table: loading it keys every title
    private static final Pattern YEAR_AT_END = Pattern.compile("\\s+\\d{4}$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");
    private static final Pattern NOT_KEY_CHARS = Pattern.compile("[^a-z0-9()' ]");
    private static final Legislation TABLE = load();

    /** One Act of the table. */
    public record Act(String title, int year, String idPath) {
        public String iri() {
            return ID_BASE + idPath;
        }

        public String sectionIri(String number) {
            return iri() + "/section/" + number;
        }
    }

    private final Map<String, Act> byTitle;
    private final Map<String, java.util.List<Act>> byName = new HashMap<>();

    private Legislation(Map<String, Act> byTitle) {
        this.byTitle = byTitle;
        for (Act a : byTitle.values()) {
            byName.computeIfAbsent(key(YEAR_AT_END.matcher(a.title()).replaceFirst("")), k -> new java.util.ArrayList<>()).add(a);
        }
    }

    /**
     * The Act a citation names, where the words read before its title were not part of it
     * ("Protected Characteristics under the Equality Act 2010"): the longest ending of the title that
     * is an Act of the table.
     */
    public Optional<Act> findEnding(String titleWithYear) {
        String[] w = SPACES.split(titleWithYear);
        for (int i = 0; i < w.length - 2; i++) {
            Optional<Act> a = find(String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length)));
            if (a.isPresent()) {
                return a;
            }
        }
        return Optional.empty();
    }

    /** The Acts of this short title without its year ("Human Rights Act"), oldest first. */
    public java.util.List<Act> withName(String name) {
        java.util.List<Act> l = new java.util.ArrayList<>(byName.getOrDefault(key(name), java.util.List.of()));
        l.sort(java.util.Comparator.comparingInt(Act::year));
        return l;
    }

    public static Legislation table() {
        return TABLE;
    }

    public int size() {
        return byTitle.size();
    }

    /** The Act with this short title and year ("Children Act 2004"), if the table has it. */
    public Optional<Act> find(String titleWithYear) {
        return Optional.ofNullable(byTitle.get(key(titleWithYear)));
    }

    static String key(String title) {
        String k = MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace("&", "and");
        k = NOT_KEY_CHARS.matcher(LEADING_THE.matcher(k).replaceAll("")).replaceAll(" ");
        return SPACES.matcher(k).replaceAll(" ").strip();
    }

    private static Legislation load() {
        Map<String, Act> map = new HashMap<>();
        for (List<String> f : Lexicon.of("acts.tsv").rows()) {
            if (f.size() < 3) {
                continue;
            }
            Act act = new Act(f.get(0), Integer.parseInt(f.get(1)), f.get(2));
            // two Acts of one short title and year (e.g. "(No. 2)") stay apart by their titles
            map.putIfAbsent(key(f.get(0)), act);
        }
        return new Legislation(map);
    }
}
