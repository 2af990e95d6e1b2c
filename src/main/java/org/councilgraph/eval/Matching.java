package org.councilgraph.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The independent scorer's text rules ({@code norm}, {@code person_key}, {@code similar},
 * {@code same_person}) and the few Python behaviours its rules lean on (truthiness, {@code in},
 * slicing, {@code :.3f}), written so that this scorer and {@code score.py} give the same answer on
 * every input, not only on the corpus.
 */
final class Matching {
    /** Words {@code person_key} drops wherever they stand in a name. */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "cllr", "councillor", "cc",
            "canon", "prof", "professor", "sir", "dame");

    /** {@code re.sub(r"\(.*", "", s)}: Python's {@code .} stops only at a newline. */
    private static final Pattern SECTION_QUALIFIER = Pattern.compile("\\(.*", Pattern.UNIX_LINES);

    private Matching() {
    }

    // ---------------------------------------------------------------- normalisation

    /**
     * {@code norm}: NFKC, lower case, curly quotes straightened, every character that is neither a
     * word character, whitespace nor an apostrophe made a space, and runs of whitespace collapsed.
     */
    static String norm(Object o) {
        String s = truthy(o) ? o.toString() : "";
        s = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
        StringBuilder b = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean kept = cp == '\'' || isPythonWord(cp);
            if (!kept || isPythonSpace(cp)) {
                gap = true;
            } else {
                if (gap && b.length() > 0) {
                    b.append(' ');
                }
                gap = false;
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    /** Python's {@code \w} on text: {@code str.isalnum()} or the underscore. */
    static boolean isPythonWord(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Python's {@code \s} and {@code str.split()}: a space separator, or bidirectional class WS, B or S. */
    static boolean isPythonSpace(int cp) {
        if (Character.getType(cp) == Character.SPACE_SEPARATOR) {
            return true;
        }
        byte d = Character.getDirectionality(cp);
        return d == Character.DIRECTIONALITY_WHITESPACE || d == Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR
                || d == Character.DIRECTIONALITY_SEGMENT_SEPARATOR;
    }

    /** {@code person_key}: the normalised name without honorifics. */
    static String personKey(Object name) {
        StringBuilder b = new StringBuilder();
        for (String t : words(norm(name))) {
            if (!HONORIFICS.contains(t)) {
                b.append(b.length() > 0 ? " " : "").append(t);
            }
        }
        return b.toString();
    }

    static Set<String> tokens(Object s) {
        return new HashSet<>(words(norm(s)));
    }

    private static List<String> words(String normalised) {
        return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split(" "));
    }

    /** {@code similar}: the share of words in common (Jaccard) reaches the threshold; never when either has none. */
    static boolean similar(Object a, Object b, double threshold) {
        Set<String> ta = tokens(a);
        Set<String> tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return false;
        }
        Set<String> union = new HashSet<>(ta);
        union.addAll(tb);
        ta.retainAll(tb);
        return (double) ta.size() / union.size() >= threshold;
    }

    /**
     * {@code same_person}: a person key in common, or, among the names of two words or more, the same
     * surname and first initial ("M. Westby" and "Mary Westby").
     */
    static boolean samePerson(Collection<?> namesA, Collection<?> namesB) {
        Set<String> ka = keys(namesA);
        Set<String> kb = keys(namesB);
        if (ka.stream().anyMatch(kb::contains)) {
            return true;
        }
        Set<String> sa = surnamesAndInitials(ka);
        sa.retainAll(surnamesAndInitials(kb));
        return !sa.isEmpty();
    }

    private static Set<String> keys(Collection<?> names) {
        Set<String> out = new HashSet<>();
        for (Object n : names) {
            String k = personKey(n);
            if (!k.isEmpty()) {
                out.add(k);
            }
        }
        return out;
    }

    private static Set<String> surnamesAndInitials(Set<String> keys) {
        Set<String> out = new HashSet<>();
        for (String k : keys) {
            String[] parts = k.split(" ");
            if (parts.length > 1) {
                out.add(parts[parts.length - 1] + " " + Character.toString(parts[0].codePointAt(0)));
            }
        }
        return out;
    }

    /** A cited section without its subsection: "5(2)(a)" is "5". */
    static String sectionNumber(Object s) {
        return SECTION_QUALIFIER.matcher(String.valueOf(s)).replaceAll("");
    }

    // ---------------------------------------------------------------- the Python the rules are written in

    /** Python truthiness of a JSON value: null, false, 0, "" and empty lists and objects are false. */
    static boolean truthy(Object o) {
        if (o == null) {
            return false;
        }
        if (o instanceof Boolean b) {
            return b;
        }
        if (o instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (o instanceof CharSequence s) {
            return !s.isEmpty();
        }
        if (o instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        return !(o instanceof Map<?, ?> m) || !m.isEmpty();
    }

    /** {@code value in found}: found values are strings, so only a string can be among them. */
    static boolean in(Object value, Set<String> found) {
        return value instanceof String s && found.contains(s);
    }

    /** {@code d[:10]}. */
    static String first10(String s) {
        return s.length() <= 10 ? s : s.substring(0, s.offsetByCodePoints(0, Math.min(10, s.codePointCount(0, s.length()))));
    }

    /** {@code f"{x:.3f}"}: the exact binary value rounded half to even, as Python prints it. */
    static String fixed3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
