package org.councilgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name as council papers print it: "Mr. P. J. Westbury CC", "Councillor Mina
 * Northby", "Dr A Riverford", "Ann Westby", "Councillor Dr Eastcott", split into honorific, given names or
 * initials, surname and post-nominals.
 *
 * @param honorific  "Mr.", "Councillor", "Dr", ... as printed, or empty
 * @param given      given names or initials as printed ("M. H.", "Jane"), or empty
 * @param surname    the family name ("Westbury", "Kaur Riverdale" when given as such)
 * @param suffix     post-nominals ("CC", "OBE"), or empty
 * @param councillor the name itself says the person is a councillor ("Councillor", "Cllr", "CC")
 */
public record PersonName(String honorific, String given, String surname, String suffix, boolean councillor) {
    private static final Lexicon HONORIFIC_TABLE = Lexicon.of("honorifics.tsv");
    private static final Lexicon POST_NOMINALS = Lexicon.of("post-nominals.tsv");
    private static final Lexicon NEVER_NAMES = Lexicon.of("never-names.tsv");
    /** "de", "van", "ap": printed small, they begin the surname ("Ann de Westby", "Jan van der Northby"). */
    private static final Set<String> PARTICLES = Lexicon.of("surname-particles.tsv").lowerWords();
    /** Honorifics, longest first so that "County Councillor" wins over "Councillor" ({@code lexicon/honorifics.tsv}). */
    public static final List<String> HONORIFICS = List.copyOf(HONORIFIC_TABLE.words());
    /** The honorifics running text is searched for, in table order, each word a regex quoted. */
    public static final List<String> SCANNED_HONORIFICS = List.copyOf(HONORIFIC_TABLE.wordsWhere(2, "scanned"));
    private static final Set<String> COUNCILLOR_HONORIFICS = lower(HONORIFIC_TABLE.wordsWhere(1, "councillor"));
    private static final Set<String> SUFFIXES = POST_NOMINALS.words();
    /** The post-nominals read after a name found by its honorific in running text. */
    public static final List<String> SCANNED_SUFFIXES = List.copyOf(POST_NOMINALS.wordsWhere(1, "scanned"));
    private static final Pattern INITIALS = Pattern.compile("(?:[A-Z]\\.?\\s?){1,3}");
    private static final Pattern WORD = Pattern.compile(
            "(?:[A-Z][a-z]?['’])?(?:Mc|Mac|De|Le|La|Van|Von|Di|Da|O['’])?[A-Z][a-zà-ÿ]+(?:-(?:Mc|Mac|O['’])?[A-Z]?[a-zà-ÿ]+|['’][A-Z]?[a-zà-ÿ]{2,})*"
            + "|[A-Z]{2,}(?:[-'’][A-Z]+)*|[A-Z]['’][A-Z]{2,}(?:-[A-Z]+)*");
    /** An initial, or initials printed together with their stops ("R.A." of "Councillor R.A. Westby"). */
    /** A given name as printed: a capital, then small letters. */
    private static final Pattern GIVEN_WORD = Pattern.compile("[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?");
    /** A word set in capitals that reads as a word, not an acronym: it has a vowel. */
    private static final Pattern CAPITALS_WORD = Pattern.compile("(?=[A-Z'’-]*[AEIOUY])[A-Z][A-Z'’-]+");
    private static final Pattern INITIAL = Pattern.compile("[A-Z]\\.?|(?:[A-Z]\\.){2,3}");
    // compiled once: names are parsed and keyed at every line of every paper
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_KEY = Pattern.compile("[^a-z' -]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:]+$");
    private static final Pattern TRAILING_COMMA = Pattern.compile(",$");

    /**
     * Words that are never part of a person's name: function words and the head words of bodies,
     * documents and meeting business ({@code lexicon/never-names.tsv}). A candidate containing one is not a name.
     */
    public static final Set<String> NOT_NAME_WORDS = union(NEVER_NAMES.wordsWhere(1, "never"), NEVER_NAMES.wordsWhere(1, "plain"));

    /**
     * The part of {@link #NOT_NAME_WORDS} that can never be a surname, whatever the shape around it:
     * function words, the head words of bodies and documents, and words of meeting business. The
     * rest ("Page", "Care", "Young") are ordinary words that are also surnames, accepted when the
     * shape is unmistakably a name: an honorific with initials or a given name ("Mr. D. Westby CC").
     */
    public static final Set<String> NEVER_SURNAME_WORDS = NEVER_NAMES.wordsWhere(1, "never");

    /**
     * Words that are titles, places or calendar words when they stand before a surname, but are
     * also surnames ("Jo Head", "Councillor March", "Jo May"): refused as given names only.
     */
    public static final Set<String> NOT_GIVEN_WORDS = NEVER_NAMES.wordsWhere(1, "given");

    /** A surname printed alone in a list ("McWestby (Acting Chief Accountant)", "O'Northby", "Al-Riverford"). */
    public static final String LONE_SURNAME = "(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?";

    public PersonName {
        honorific = honorific == null ? "" : honorific.strip();
        given = given == null ? "" : given.strip();
        surname = surname == null ? "" : surname.strip();
        suffix = suffix == null ? "" : suffix.strip();
    }

    /** The name without honorific or post-nominals: "P. J. Westbury", "Ann Westby", "Northby". */
    public String fullName() {
        return given.isEmpty() ? surname : given + " " + surname;
    }

    /** The name as printed, for {@code skos:altLabel}: "Mr. P. J. Westbury CC". */
    public String surface() {
        StringBuilder b = new StringBuilder();
        if (!honorific.isEmpty()) {
            b.append(honorific).append(' ');
        }
        b.append(fullName());
        if (!suffix.isEmpty()) {
            b.append(' ').append(suffix);
        }
        return b.toString();
    }

    public boolean hasGiven() {
        return !given.isEmpty();
    }

    /** True when the given part is only initials ("M. H.", "R W"). */
    public boolean givenIsInitials() {
        return hasGiven() && INITIALS.matcher(given.replace(".", ". ").strip()).matches();
    }

    /** The first initial, lower case, or empty. */
    public String initial() {
        return given.isEmpty() ? "" : given.substring(0, 1).toLowerCase(Locale.ROOT);
    }

    public String surnameKey() {
        return key(surname);
    }

    /** A matching key for the whole name: lower case letters, single spaces, no dots. */
    public String key() {
        return key(fullName());
    }

    public static String key(String s) {
        String bare = MARKS.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD)).replaceAll("");
        return SPACES.matcher(NOT_KEY.matcher(bare.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ")).replaceAll(" ").strip();
    }

    /**
     * True when two printed names can be one person: same surname, and given names that agree
     * (equal, or one an initial of the other, or one of them absent).
     */
    public boolean compatible(PersonName o) {
        if (!surnameKey().equals(o.surnameKey())) {
            return false;
        }
        if (!hasGiven() || !o.hasGiven()) {
            return true;
        }
        if (endsWith(key(), o.key()) || endsWith(o.key(), key())) {
            return true; // "Kaur Riverdale" printed for "Harleen Kaur Riverdale"
        }
        List<String> a = givenParts(given);
        List<String> b = givenParts(o.given);
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            String x = a.get(i);
            String y = b.get(i);
            if (x.length() == 1 || y.length() == 1 ? x.charAt(0) != y.charAt(0) : !x.equals(y)) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWith(String longer, String shorter) {
        return longer.equals(shorter) || longer.endsWith(" " + shorter);
    }

    private static List<String> givenParts(String given) {
        List<String> parts = new ArrayList<>();
        for (String p : given.replace(".", " ").split("\\s+")) {
            if (!p.isEmpty()) {
                parts.add(p.toLowerCase(Locale.ROOT));
            }
        }
        return parts;
    }

    /**
     * Parses one printed name. Honorific and post-nominals are optional; without an honorific the
     * name must have a given name or initials and a surname ("Ann Westby", "A Riverford"), so that a lone
     * capitalised word is never taken for a person. Returns empty for anything that is not a name.
     */
    public static Optional<PersonName> parse(String printed) {
        // every name begins with a capital, its honorific's or its own: most pieces of prose are refused here
        int first = 0;
        while (first < printed.length() && Character.isWhitespace(printed.charAt(first))) {
            first++;
        }
        if (first == printed.length() || !Character.isUpperCase(printed.charAt(first))) {
            return Optional.empty();
        }
        String s = TRAILING_PUNCTUATION.matcher(SPACES.matcher(printed.strip()).replaceAll(" ")).replaceAll("").strip();
        if (s.isEmpty() || s.length() > 60) {
            return Optional.empty();
        }
        Front front = honorifics(s);
        Back back = postNominals(front.rest());
        if (back.rest().isEmpty()) {
            return Optional.empty();
        }
        return name(front, back);
    }

    /** The honorifics a printed name begins with, and the rest. */
    private record Front(String honorific, boolean councillor, String rest) {
    }

    /** The post-nominals a printed name ends with, and the rest. */
    private record Back(List<String> suffixes, boolean councillor, String rest) {
    }

    private static Front honorifics(String printed) {
        String s = printed;
        StringBuilder honorific = new StringBuilder();
        boolean councillor = false;
        boolean matched = true;
        while (matched) {
            matched = false;
            for (String h : HONORIFICS) {
                int end = honorificEnd(s, h);
                if (end >= 0) {
                    honorific.append(honorific.length() > 0 ? " " : "").append(s, 0, end);
                    councillor |= COUNCILLOR_HONORIFICS.contains(h.toLowerCase(Locale.ROOT));
                    s = s.substring(end).strip();
                    matched = true;
                    break;
                }
            }
        }
        return new Front(honorific.toString(), councillor, s);
    }

    /** Where honorific {@code h} (perhaps with a full stop) ends at the start of {@code s}, or -1. */
    private static int honorificEnd(String s, String h) {
        if (!s.regionMatches(true, 0, h, 0, h.length())) {
            return -1;
        }
        int end = h.length();
        if (end < s.length() && s.charAt(end) == '.') {
            end++;
        }
        boolean wordEnds = end < s.length() && s.charAt(end) == ' ' || end == s.length();
        return wordEnds && Character.isUpperCase(s.charAt(0)) ? end : -1;
    }

    private static Back postNominals(String printed) {
        String s = printed;
        List<String> suffixes = new ArrayList<>();
        boolean councillor = false;
        while (true) {
            String t = TRAILING_COMMA.matcher(s).replaceAll("").strip();
            int sp = t.lastIndexOf(' ');
            if (sp < 0) {
                break;
            }
            String last = t.substring(sp + 1).replace(".", "");
            if (!SUFFIXES.contains(last)) {
                break;
            }
            suffixes.add(0, t.substring(sp + 1));
            councillor |= last.equals("CC");
            s = TRAILING_COMMA.matcher(t.substring(0, sp)).replaceAll("").strip();
        }
        return new Back(suffixes, councillor, s);
    }

    /** The name between honorific and post-nominals: given names or initials, then the surname. */
    private static Optional<PersonName> name(Front front, Back back) {
        String[] tokens = back.rest().split(" ");
        // the surname is the last token, or the last two when both are words after a given name, or all from
        // a small particle on
        int particle = particleAt(tokens);
        int i = particle >= 0 ? particle : givenCount(tokens);
        List<String> given = List.of(java.util.Arrays.copyOfRange(tokens, 0, i));
        String surname = String.join(" ", java.util.Arrays.copyOfRange(tokens, i, tokens.length));
        boolean hasHonorific = !front.honorific().isEmpty();
        // an honorific with initials or a given name, or initials with post-nominals, is a name
        // whatever ordinary word the surname is ("Mr. D. Pages CC", "Mrs J Head")
        boolean strongShape = !given.isEmpty() && (hasHonorific || !back.suffixes().isEmpty()) || hasHonorific
                && !back.suffixes().isEmpty();
        if (!shaped(given, surname.substring(particle >= 0 ? surname.lastIndexOf(' ') + 1 : 0)) || refusedWord(tokens, i, strongShape) || capitalsMixed(tokens)
                || tokens.length > 4 || given.size() > 3 || !hasHonorific && given.isEmpty()
                // initials printed together stand before one surname, after a title: "Councillor R.A. Westby"; without
                // one they are as often a body's ("W.I. Seat", "U.K. Shared Prosperity")
                || given.stream().anyMatch(g -> g.length() > 2 && INITIAL.matcher(g).matches())
                        && (particle < 0 && surname.contains(" ") || !hasHonorific && back.suffixes().isEmpty())) {
            return Optional.empty();
        }
        // all-capital words are names only when the whole name is set in capitals, or the surname alone is
        if (Casing.isUpper(surname) && surname.length() > 2 && !Casing.isUpper(String.join(" ", given) + "XX") && !surnameInCapitals(tokens)) {
            return Optional.empty();
        }
        String surnameReadable = Casing.isUpper(surname) && surname.length() > 2 ? Casing.titleCase(surname) : surname;
        // "Councillor TONY WESTBY": a name set wholly in capitals reads as "Tony Westby", its initials kept
        List<String> givenReadable = Casing.isUpper(surname) && surname.length() > 2
                ? given.stream().map(g -> g.length() > 2 && Casing.isUpper(g) && !INITIAL.matcher(g).matches() ? Casing.titleCase(g) : g).toList()
                : given;
        return Optional.of(new PersonName(front.honorific(), String.join(" ", givenReadable), surnameReadable,
                String.join(" ", back.suffixes()), front.councillor() || back.councillor()));
    }

    /**
     * Where the surname begins with a particle printed small ("de" of "Douglas de Westby", "van" of "Jan van der
     * Northby"): the first particle that only particles and one last word follow. -1 when there is none.
     */
    private static int particleAt(String[] tokens) {
        for (int k = 0; k < tokens.length - 1; k++) {
            if (!PARTICLES.contains(tokens[k]) || !Character.isUpperCase(tokens[tokens.length - 1].charAt(0))) {
                continue;
            }
            for (int j = k + 1; j < tokens.length - 1; j++) {
                if (!PARTICLES.contains(tokens[j])) {
                    return -1;
                }
            }
            return k;
        }
        return -1;
    }

    /** How many tokens are given names or initials: the leading initials, else all words but the last. */
    private static int givenCount(String[] tokens) {
        int i = 0;
        while (i < tokens.length - 1 && INITIAL.matcher(tokens[i]).matches()) {
            i++;
        }
        return i == 0 && tokens.length > 1 ? tokens.length - 1 : i;
    }

    /** Given names are initials or name-shaped words; every part of the surname is a name-shaped word. */
    private static boolean shaped(List<String> given, String surname) {
        for (String g : given) {
            if (!INITIAL.matcher(g).matches() && !WORD.matcher(g).matches()) {
                return false;
            }
        }
        for (String part : surname.split(" ")) {
            if (!WORD.matcher(part).matches() || part.length() < 2) {
                return false;
            }
        }
        return true;
    }

    /** Some word of the name is one that is never a name's (or never a given name's) part. */
    private static boolean refusedWord(String[] tokens, int surnameAt, boolean strongShape) {
        for (int k = 0; k < tokens.length; k++) {
            String t = tokens[k];
            String lower = t.toLowerCase(Locale.ROOT).replace(".", "");
            boolean initial = (t.length() <= 2 || t.length() % 2 == 0 && t.endsWith(".")) && INITIAL.matcher(t).matches();
            Set<String> refused = strongShape && k >= surnameAt ? NEVER_SURNAME_WORDS : NOT_NAME_WORDS;
            if (refused.contains(lower) && !initial || k < surnameAt && NOT_GIVEN_WORDS.contains(lower) && !initial) {
                return true;
            }
        }
        return false;
    }

    /** "UNRESTRICTED Items": capitals mixed with ordinary words. */
    private static boolean capitalsMixed(String[] tokens) {
        return java.util.Arrays.stream(tokens).anyMatch(t -> t.length() > 3 && Casing.isUpper(t) && !INITIAL.matcher(t).matches())
                && !java.util.Arrays.stream(tokens).allMatch(t -> t.length() <= 2 || Casing.isUpper(t))
                && !surnameInCapitals(tokens);
    }

    /**
     * "Joe WESTBY", "Iain M NORTHBY", "George de RIVERFORD": given names as printed and the surname alone in
     * capitals, as Scottish councils and many rolls print it. Only the last word is in capitals, and it reads
     * as a word (a vowel, four letters or more), not an acronym.
     */
    private static boolean surnameInCapitals(String[] tokens) {
        String last = tokens[tokens.length - 1];
        if (tokens.length < 2 || tokens.length > 4 || last.length() < 4 || !Casing.isUpper(last) || !CAPITALS_WORD.matcher(last).matches()) {
            return false;
        }
        for (int k = 0; k < tokens.length - 1; k++) {
            String t = tokens[k];
            if (!(INITIAL.matcher(t).matches() || PARTICLES.contains(t) || GIVEN_WORD.matcher(t).matches())) {
                return false;
            }
        }
        return GIVEN_WORD.matcher(tokens[0]).matches() || INITIAL.matcher(tokens[0]).matches();
    }

    private static Set<String> lower(Set<String> words) {
        Set<String> out = new java.util.HashSet<>();
        words.forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    @Override
    public String toString() {
        return surface();
    }
}
