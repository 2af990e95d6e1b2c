package org.councilgraph.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.Similarity;

/**
 * One committee under the several names a paper gives it. A pack headed by the "Children, Young
 * People and Education Scrutiny Commission" also calls it the "CYPE Scrutiny Commission", the "CYPE
 * Commission" and, on a slide, the "Children and Young People's Scrutiny Commission"; all of them
 * are the one committee, and its meetings are one node.
 *
 * <p>Within one paper a name resolves to a known one when
 * <ul>
 *   <li>its words are the same once capitals, "&amp;"/"and", apostrophes and punctuation are set aside;</li>
 *   <li>it carries an abbreviation that the paper defines ("Children, Young People and Education
 *       Scrutiny Commission (CYPE)") or that spells the initials of a run of the known name's words,
 *       and its other words are the known name's;</li>
 *   <li>it ends in the same head word and shares nearly all its words with the known name
 *       (a renaming or a slip, "Children and Young People's" for "Children, Young People and Education").</li>
 * </ul>
 * A shorter name that is merely contained in a longer one ("Scrutiny Committee" in "Overview and
 * Scrutiny Committee") is not resolved to it: councils have both.
 */
public final class CommitteeAliases {
    /** Words inside a committee's name that are not its words: "and", "of", "&". */
    private static final Set<String> SMALL = Lexicon.of("function-words.tsv").wordsWhere(2, "filler");
    private static final Pattern DEFINED = Pattern.compile(
            "(?<name>[A-Z][\\w'’,&\\- ]{5,160}?)\\s*\\(\\s*(?<abbr>[A-Z][A-Z&]{1,7})\\s*\\)");

    private final List<String> known;
    /** The key and the words of each known name, in the order of {@code known}. */
    private final List<String> knownKeys = new ArrayList<>();
    private final List<List<String>> knownWords = new ArrayList<>();
    private final Map<String, String> defined = new LinkedHashMap<>();

    /**
     * @param known committee names the paper gives in full, the paper's own first
     * @param text  the paper's text, for abbreviations it defines
     */
    private static final Pattern ABBREVIATION = Pattern.compile("[A-Z][A-Z&]{1,7}");

    public CommitteeAliases(Collection<String> known, String text) {
        this.known = new ArrayList<>(new LinkedHashSet<>(known));
        for (String k : this.known) {
            knownKeys.add(key(k));
            knownWords.add(words(k));
        }
        Matcher m = DEFINED.matcher(text);
        while (m.find()) {
            String abbr = m.group("abbr");
            String expansion = spelledSuffix(m.group("name").strip(), abbr.replace("&", ""));
            if (expansion != null) {
                defined.putIfAbsent(abbr, expansion);
            }
        }
    }

    /**
     * The shortest tail of {@code words} whose content words' initials spell {@code abbr}: "the
     * Children and Young People" for CYP, however long the sentence before it.
     */
    static String spelledSuffix(String words, String abbr) {
        String[] w = words.split("\\s+");
        StringBuilder initials = new StringBuilder();
        for (int i = w.length - 1; i >= 0; i--) {
            String word = w[i].replaceAll("^[^\\p{L}\\p{N}]+", "");
            if (word.isEmpty() || SMALL.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            initials.insert(0, Character.toUpperCase(word.charAt(0)));
            if (initials.toString().equals(abbr)) {
                return String.join(" ", Arrays.copyOfRange(w, i, w.length)).replaceAll("[,\\s]+$", "");
            }
            if (initials.length() >= abbr.length()) {
                break;
            }
        }
        // "Children, Young People and Education Scrutiny Commission (CYPE)": the letters name the body by
        // its first words
        for (int i = 0; i < w.length; i++) {
            String word = w[i].replaceAll("^[^\\p{L}\\p{N}]+", "");
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || SMALL.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String tail = String.join(" ", Arrays.copyOfRange(w, i, w.length));
            if (contentInitials(tail).startsWith(abbr) && Committees.clean(tail) != null) {
                return tail.replaceAll("[,\\s]+$", "");
            }
        }
        return null;
    }

    /**
     * The known name {@code name} stands for, or {@code name} itself. Known names are tried in the
     * order given, so a variant goes to the paper's own committee before any other it resembles.
     */
    public String resolve(String name) {
        if (name == null) {
            return null;
        }
        String key = key(name);
        List<String> words = words(name);
        String head = words.isEmpty() ? "" : words.get(words.size() - 1);
        for (int i = 0; i < known.size(); i++) {
            String k = known.get(i);
            if (knownKeys.get(i).equals(key)) {
                return k;
            }
            List<String> kw = knownWords.get(i);
            if (kw.isEmpty() || !kw.get(kw.size() - 1).equals(head)) {
                continue;
            }
            if (abbreviates(name, k) || nearlySame(words, kw)) {
                return k;
            }
        }
        return expand(name);
    }

    /** "CYP Cabinet Committee" as "Children and Young People Cabinet Committee" where the paper defines CYP. */
    private String expand(String name) {
        String[] tokens = name.split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            String full = defined.get(tokens[i]);
            if (full == null) {
                continue;
            }
            String rest = String.join(" ", Arrays.copyOfRange(tokens, i + 1, tokens.length));
            String head = String.join(" ", Arrays.copyOfRange(tokens, 0, i));
            // the definition may already hold the rest ("... Scrutiny Commission (CYPE)")
            String expanded = key(full).endsWith(key(rest)) && !rest.isEmpty() ? full : (full + " " + rest).strip();
            String cleaned = Committees.clean((head + " " + expanded).strip());
            return cleaned != null ? cleaned : name;
        }
        return name;
    }

    /** "CYPE Scrutiny Commission" for "Children, Young People and Education Scrutiny Commission". */
    private boolean abbreviates(String name, String full) {
        String[] tokens = name.replaceAll("[,.]", " ").strip().split("\\s+");
        List<String> fullWords = words(full);
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (!ABBREVIATION.matcher(t).matches()) {
                continue;
            }
            String abbr = t.replace("&", "");
            String expanded = defined.get(t);
            boolean spells;
            if (expanded != null) {
                spells = key(full).contains(key(expanded));
            } else {
                spells = contentInitials(full).contains(abbr);
            }
            if (!spells) {
                continue;
            }
            List<String> rest = new ArrayList<>();
            for (int j = 0; j < tokens.length; j++) {
                if (j != i && !SMALL.contains(tokens[j].toLowerCase(Locale.ROOT))) {
                    rest.add(norm(tokens[j]));
                }
            }
            if (fullWords.containsAll(rest)) {
                return true;
            }
        }
        return false;
    }

    private static boolean nearlySame(List<String> a, List<String> b) {
        // a joint meeting of two bodies is neither of them
        if (heads(a) > 1 || heads(b) > 1) {
            return false;
        }
        Set<String> sa = new LinkedHashSet<>(a);
        Set<String> sb = new LinkedHashSet<>(b);
        if (Math.min(sa.size(), sb.size()) < 3) {
            return false;
        }
        Set<String> inter = new LinkedHashSet<>(sa);
        inter.retainAll(sb);
        // the shorter must be (almost) inside the longer, and the two nearly the same size
        int smaller = Math.min(sa.size(), sb.size());
        return inter.size() >= smaller - (smaller >= 6 ? 1 : 0) && Similarity.jaccard(sa, sb) >= 0.6;
    }

    private static final Set<String> HEADS = Lexicon.of("committee-heads.tsv").words();

    private static int heads(List<String> words) {
        int n = 0;
        for (int i = 0; i < words.size(); i++) {
            // a head word followed by more words ("Authority Committee") is part of a name, not its end
            if (HEADS.contains(words.get(i)) && (i + 1 == words.size() || !HEADS.contains(words.get(i + 1)))) {
                n++;
            }
        }
        return n;
    }

    /** Words of a name for comparison: lower case, possessives and plurals of "children" folded, no small words. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("sub[\\s-]+committee", "subcommittee")
                .replaceAll("'s\\b", "").replaceAll("s'", "s")
                .replaceAll("[^\\p{L}\\p{N}&]+", " ").strip().split("\\s+")) {
            if (!w.isEmpty() && !SMALL.contains(w)) {
                out.add(norm(w));
            }
        }
        return out;
    }

    private static String norm(String w) {
        String s = w.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'s$", "").replaceAll("[^\\p{L}\\p{N}]", "");
        return s.equals("childrens") ? "children" : s;
    }

    /** The comparison key of a whole name. */
    static String key(String name) {
        return String.join(" ", words(name));
    }

    private static String contentInitials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.replaceAll("[^\\p{L}\\p{N}'’ ]", " ").strip().split("\\s+")) {
            if (!w.isEmpty() && !SMALL.contains(w.toLowerCase(Locale.ROOT))) {
                b.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return b.toString();
    }

    /** For display in tests and dumps. */
    @Override
    public String toString() {
        return "CommitteeAliases" + known + " " + defined;
    }
}
