package org.councilgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name as council papers print it: "Mr. P. J. Hollingworth CC", "Councillor Misbah
 * Nadeem", "Dr A Okonjo", "Alice Trent", "Councillor Dr Moore", split into honorific, given names or
 * initials, surname and post-nominals.
 *
 * @param honorific  "Mr.", "Councillor", "Dr", ... as printed, or empty
 * @param given      given names or initials as printed ("M. H.", "Jane"), or empty
 * @param surname    the family name ("Hollingworth", "Singh Dhillon" when given as such)
 * @param suffix     post-nominals ("CC", "OBE"), or empty
 * @param councillor the name itself says the person is a councillor ("Councillor", "Cllr", "CC")
 */
public record PersonName(String honorific, String given, String surname, String suffix, boolean councillor) {
    /** Honorifics, longest first so that "County Councillor" wins over "Councillor". */
    public static final List<String> HONORIFICS = List.of("County Councillor", "Borough Councillor", "District Councillor",
            "City Councillor", "Deputy Mayor", "Lord Mayor", "Mayor", "Councillor", "Cllrs", "Cllr", "Professor", "Prof", "Reverend", "Revd", "Rev",
            "Canon", "Baroness", "Baron", "Dame", "Sir", "Lord", "Lady", "Alderman", "Mrs", "Miss", "Mr", "Ms", "Mx", "Dr");
    private static final Set<String> COUNCILLOR_HONORIFICS = Set.of("county councillor", "borough councillor", "district councillor",
            "city councillor", "councillor", "cllr", "cllrs", "alderman");
    private static final Set<String> SUFFIXES = Set.of("CC", "MP", "MEP", "MSP", "AM", "OBE", "MBE", "CBE", "KBE", "DBE",
            "JP", "DL", "QC", "KC", "PhD", "BEM", "FRCS", "MBA", "RIBA", "MRTPI");
    private static final Pattern INITIALS = Pattern.compile("(?:[A-Z]\\.?\\s?){1,3}");
    private static final Pattern WORD = Pattern.compile(
            "(?:[A-Z][a-z]?['’])?(?:Mc|Mac|De|Le|La|Van|Von|Di|Da|O['’])?[A-Z][a-zà-ÿ]+(?:-[A-Z]?[a-zà-ÿ]+|['’][A-Z]?[a-zà-ÿ]{2,})*"
            + "|[A-Z]{2,}(?:[-'’][A-Z]+)*");
    private static final Pattern INITIAL = Pattern.compile("[A-Z]\\.?");

    /**
     * Capitalised words that begin or make up the titles of posts, bodies and documents, never
     * names. A candidate containing one is not a person's name.
     */
    /**
     * Words that are never part of a person's name: function words and the head words of bodies,
     * documents and meeting business. A candidate containing one is not a name.
     */
    public static final Set<String> NOT_NAME_WORDS = Set.copyOf(List.of(
            "the", "a", "an", "of", "and", "for", "to", "in", "on", "at", "by", "with", "from", "or", "as", "is",
            "was", "council", "county", "city", "borough", "district", "committee", "commission", "cabinet", "board",
            "panel", "service", "services", "team", "department", "directorate", "division", "unit", "hub", "office",
            "group", "partnership", "trust", "school", "schools", "college", "university", "academy", "agency",
            "authority", "members", "chairman", "vice", "report", "minutes", "agenda", "item", "items", "appendix", "annex",
            "section", "act", "adults", "years", "notes", "our", "we", "this", "that", "these", "those", "there",
            "their", "his", "her", "it", "its", "they", "he", "she", "also", "any", "each", "every", "not", "but",
            "if", "when", "where", "which", "who", "what", "how", "why", "has", "have", "had", "be", "will", "would",
            "should", "could", "can", "must", "shall", "been", "being", "are", "were", "mr", "mrs", "ms", "dr",
            "cllr", "councillor", "councillors", "director", "manager", "officer", "lead", "member", "chair",
            "chief", "executive", "assistant", "deputy", "leader", "mayor", "representative", "commissioner",
            "secretary", "governor", "minister", "children", "families", "education", "care", "social", "health",
            "public", "people", "adult", "safeguarding", "adoption", "fostering", "support", "strategy", "plan",
            "policy", "programme", "project", "budget", "finance", "funding", "performance", "quality", "inclusion",
            "send", "national", "regional", "local", "england", "uk", "january", "february", "april", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "tel", "email", "e-mail", "telephone", "phone", "mobile", "contact",
            "contacts", "page", "pages", "yes", "no", "present", "apologies", "attendance", "absence", "absent",
            "substitute", "substitutes", "chairs", "room", "centre", "center", "chamber", "total", "year", "month",
            "quarter", "annual", "update", "review", "overview", "summary", "key", "note", "none", "other", "all",
            "new", "police", "nhs", "ofsted", "government", "parliament", "rescue", "wards", "resolved", "agreed",
            "decision", "decisions", "recommendation", "recommendations", "purpose", "background", "introduction",
            "conclusion", "conclusions", "implications", "legal", "financial", "equality", "equalities", "risk",
            "risks", "options", "consultation", "dear", "thanks", "thank", "welcome", "question", "questions",
            "petition", "petitions", "declarations", "interest", "interests", "urgent", "business", "date", "time",
            "venue", "place", "webcast", "minute", "strategic", "corporate", "principal", "senior", "interim",
            "acting", "general", "counsel", "practitioner", "worker", "workers", "coordinator", "co-ordinator",
            "adviser", "advisor", "analyst", "therapist",
            // places: streets and open spaces ("Coombe Road", "Frome Valley"), named like people
            "road", "lane", "street", "avenue", "walk", "close", "drive", "crescent", "gardens", "terrace", "valley",
            "slopes", "estate", "common", "meadows", "parade", "mews", "gorge", "open", "space", "reserve"));

    /**
     * The part of {@link #NOT_NAME_WORDS} that can never be a surname, whatever the shape around it:
     * function words, the head words of bodies and documents, and words of meeting business. The
     * rest ("Page", "Care", "Young") are ordinary words that are also surnames, accepted when the
     * shape is unmistakably a name: an honorific with initials or a given name ("Mr. T. Page CC").
     */
    public static final Set<String> NEVER_SURNAME_WORDS = Set.copyOf(List.of(
            "the", "a", "an", "of", "and", "for", "to", "in", "on", "at", "by", "with", "from", "or", "as", "is",
            "was", "council", "committee", "commission", "cabinet", "board", "panel", "service", "services", "team",
            "department", "directorate", "division", "unit", "office", "group", "partnership", "trust", "school",
            "schools", "college", "university", "academy", "agency", "authority", "members", "report", "minutes",
            "agenda", "item", "items", "appendix", "annex", "section", "act", "our", "we", "this", "that", "these", "those",
            "there", "their", "his", "her", "it", "its", "they", "he", "she", "any", "each", "every", "not", "but",
            "if", "when", "where", "which", "who", "what", "how", "why", "has", "have", "had", "be", "will", "would",
            "should", "could", "can", "must", "shall", "been", "being", "are", "were", "mr", "mrs", "ms", "dr",
            "cllr", "councillor", "councillors", "director", "manager", "officer", "chair", "chairman", "executive",
            "representative", "tel", "email", "e-mail", "telephone", "phone", "mobile", "contact", "present",
            "apologies", "attendance", "absence", "absent", "substitute", "resolved", "agreed", "recommendation",
            "recommendations", "declarations", "interest", "interests"));

    /**
     * Words that are titles, places or calendar words when they stand before a surname, but are
     * also surnames ("Jo Head", "Councillor March", "Ruth May"): refused as given names only.
     */
    public static final Set<String> NOT_GIVEN_WORDS = Set.copyOf(List.of(
            "head", "family", "young", "north", "south", "east", "west", "central", "march", "may", "road", "street",
            "lane", "avenue", "hall", "house", "square", "court", "fire", "ward", "chancellor"));

    /** A surname printed alone in a list ("McAllister (Acting Chief Accountant)", "O'Neill", "Al-Rashid"). */
    public static final String LONE_SURNAME = "(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?";

    public PersonName {
        honorific = honorific == null ? "" : honorific.strip();
        given = given == null ? "" : given.strip();
        surname = surname == null ? "" : surname.strip();
        suffix = suffix == null ? "" : suffix.strip();
    }

    /** The name without honorific or post-nominals: "P. J. Hollingworth", "Alice Trent", "Nadeem". */
    public String fullName() {
        return given.isEmpty() ? surname : given + " " + surname;
    }

    /** The name as printed, for {@code skos:altLabel}: "Mr. P. J. Hollingworth CC". */
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
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^a-z' -]", " ").replaceAll("\\s+", " ").strip();
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
            return true; // "Singh Dhillon" printed for "Harjit Singh Dhillon"
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
     * name must have a given name or initials and a surname ("Alice Trent", "A Okonjo"), so that a lone
     * capitalised word is never taken for a person. Returns empty for anything that is not a name.
     */
    public static Optional<PersonName> parse(String printed) {
        String s = printed.strip().replaceAll("\\s+", " ").replaceAll("[,;:]+$", "").strip();
        if (s.isEmpty() || s.length() > 60) {
            return Optional.empty();
        }
        StringBuilder honorific = new StringBuilder();
        boolean councillor = false;
        boolean matched = true;
        while (matched) {
            matched = false;
            for (String h : HONORIFICS) {
                if (s.regionMatches(true, 0, h, 0, h.length())) {
                    int end = h.length();
                    if (end < s.length() && s.charAt(end) == '.') {
                        end++;
                    }
                    if (end < s.length() && s.charAt(end) == ' ' || end == s.length()) {
                        boolean caseOk = Character.isUpperCase(s.charAt(0));
                        if (!caseOk) {
                            continue;
                        }
                        honorific.append(honorific.length() > 0 ? " " : "").append(s, 0, end);
                        councillor |= COUNCILLOR_HONORIFICS.contains(h.toLowerCase(Locale.ROOT));
                        s = s.substring(end).strip();
                        matched = true;
                        break;
                    }
                }
            }
        }
        List<String> suffixes = new ArrayList<>();
        while (true) {
            String t = s.replaceAll(",$", "").strip();
            int sp = t.lastIndexOf(' ');
            if (sp < 0) {
                break;
            }
            String last = t.substring(sp + 1).replace(".", "");
            if (SUFFIXES.contains(last)) {
                suffixes.add(0, t.substring(sp + 1));
                councillor |= last.equals("CC");
                s = t.substring(0, sp).replaceAll(",$", "").strip();
            } else {
                break;
            }
        }
        if (s.isEmpty()) {
            return Optional.empty();
        }
        String[] tokens = s.split(" ");
        // the surname is the last token, or the last two when both are words after a given name
        List<String> given = new ArrayList<>();
        int i = 0;
        while (i < tokens.length - 1 && INITIAL.matcher(tokens[i]).matches()) {
            given.add(tokens[i]);
            i++;
        }
        if (i < tokens.length - 1 && given.isEmpty()) {
            // given names: all but the last word
            for (; i < tokens.length - 1; i++) {
                given.add(tokens[i]);
            }
        }
        String surname = String.join(" ", java.util.Arrays.copyOfRange(tokens, i, tokens.length));
        for (String g : given) {
            if (!INITIAL.matcher(g).matches() && !WORD.matcher(g).matches()) {
                return Optional.empty();
            }
        }
        for (String part : surname.split(" ")) {
            if (!WORD.matcher(part).matches() || part.length() < 2) {
                return Optional.empty();
            }
        }
        // an honorific with initials or a given name, or initials with post-nominals, is a name
        // whatever ordinary word the surname is ("Mr. T. Page CC", "Mrs J Head")
        boolean strongShape = !given.isEmpty() && (honorific.length() > 0 || !suffixes.isEmpty()) || honorific.length() > 0
                && !suffixes.isEmpty();
        for (int k = 0; k < tokens.length; k++) {
            String t = tokens[k];
            String lower = t.toLowerCase(Locale.ROOT).replace(".", "");
            boolean initial = t.length() <= 2 && INITIAL.matcher(t).matches();
            Set<String> refused = strongShape && k >= i ? NEVER_SURNAME_WORDS : NOT_NAME_WORDS;
            if (refused.contains(lower) && !initial || k < i && NOT_GIVEN_WORDS.contains(lower) && !initial) {
                return Optional.empty();
            }
        }
        if (java.util.Arrays.stream(tokens).anyMatch(t -> t.length() > 3 && Casing.isUpper(t))
                && !java.util.Arrays.stream(tokens).allMatch(t -> t.length() <= 2 || Casing.isUpper(t))) {
            return Optional.empty(); // "UNRESTRICTED Items": capitals mixed with ordinary words
        }
        if (tokens.length > 4 || given.size() > 3) {
            return Optional.empty();
        }
        if (honorific.length() == 0 && given.isEmpty()) {
            return Optional.empty();
        }
        // all-capital words are names only when the whole name is set in capitals
        if (Casing.isUpper(surname) && surname.length() > 2 && !Casing.isUpper(String.join(" ", given) + "XX")) {
            return Optional.empty();
        }
        String surnameReadable = Casing.isUpper(surname) && surname.length() > 2 ? Casing.titleCase(surname) : surname;
        return Optional.of(new PersonName(honorific.toString(), String.join(" ", given), surnameReadable,
                String.join(" ", suffixes), councillor));
    }

    @Override
    public String toString() {
        return surface();
    }
}
