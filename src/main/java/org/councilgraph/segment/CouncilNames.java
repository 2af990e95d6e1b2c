package org.councilgraph.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.load.Paper;
import org.councilgraph.text.AnchoredScan;
import org.councilgraph.text.Casing;
import org.councilgraph.text.CouncilPlaces;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.Similarity;

/**
 * The council that published a paper. Papers name their council in a masthead ("NORTHBY COUNTY
 * COUNCIL" alone on the first line), a page title or an address; other councils appear too (as
 * partners, neighbours, comparators), so a masthead outweighs everything and mentions near the
 * top of the paper count for more. A council whose place is the label of the paper's gov.uk
 * e-mail or web addresses ("@northby.gov.uk") gains weight. A paper that names no council at all
 * but calls it "the County Council" or "NCC" and prints addresses on a domain whose label is a
 * word of the paper is that council; otherwise it falls back to the domain, which the resolve
 * stage can match to a named council seen elsewhere.
 */
public final class CouncilNames {
    /** Words that begin a phrase, a title or a role, never a council's place ("Leader of ...", "Should ..."). */
    private static final String STOP = "(?:" + Lexicon.of("council-place-stops.tsv").alternation() + ")\\b";
    /** A word of a place: "Northby", "Stow-on-the-Wold"; never a stop word. */
    private static final String PLACE_WORD = "(?!" + STOP + ")[A-Z][a-z]+(?:-(?:"
            + Lexicon.of("place-joins.tsv").alternationWhere(1, "hyphen") + ")(?:-the)?-[A-Z][a-z]+)?";
    /** Joins between words of a place: "Northby and Southby", "Isle of Westby", "Eastby with Westby". */
    private static final String JOIN = "(?:(?<=\\b(?:Isle|Isles|City|Forest|Vale|Soke|North|South|East|West))[ \\t]+[Oo]f(?:[ \\t]+[Tt]he)?[ \\t]+"
            + "|[ \\t]+(?:[Aa]nd|&|upon|under|with)[ \\t]+|,[ \\t]+(?=[A-Z][a-z]+(?:[ \\t]+[A-Z][a-z]+)*[ \\t]+and[ \\t])|[ \\t]+)";
    private static final String PLACE = PLACE_WORD + "(?:" + JOIN + PLACE_WORD + "){0,5}";
    /**
     * An untyped council's place, its words one or two spaces apart: a wider gap parts a table's cells ("Children's
     * Nursery     Community Council, which ..." is the end of one cell and the start of the next).
     */
    private static final String TIGHT_PLACE = PLACE_WORD + "(?:" + JOIN.replace("|[ \\t]+)", "|" + LocalCouncils.GAP + ")") + PLACE_WORD + "){0,5}";
    /** Council and combined-authority names, in mixed case or capitals. */
    public static final Pattern COUNCIL = Pattern.compile(
            "\\b(?:(?:The\\s+)?(?:Royal|London)\\s+Borough\\s+of\\s+[A-Z][a-z]+(?:[ -](?:upon|on|and|&|[A-Z][a-z]+))*(?:\\s+Council)?"
            + "|" + PLACE.replace("[ \\t]", "\\s") + "\\s+(?:County|City|District|Borough|Metropolitan\\s+Borough|Town|Unitary)\\s+Council"
            + "|" + PLACE.replace("[ \\t]", "\\s") + "\\s+(?i:" + CouncilPlaces.AUTHORITY + ")"
            + "|(?:City\\s+of\\s+[A-Z][a-z]+|Council\\s+of\\s+the\\s+Isles\\s+of\\s+Scilly)"
            // a city council's name in law: "the Council of the City of Westby", "... of the City and County of Westby"
            + "|Council\\s+of\\s+the\\s+City(?:\\s+and\\s+County)?\\s+of\\s+" + PLACE.replace("[ \\t]", "\\s")
            + "|(?:[A-Z]+(?:[ -](?:UPON|ON|AND|OF|[A-Z]+)){0,5})\\s+(?:COUNTY|CITY|DISTRICT|BOROUGH)\\s+COUNCIL"
            + "|(?:[A-Z]+(?:[ -](?:UPON|ON|AND|&|OF|[A-Z]+)){0,5})\\s+(?i:" + CouncilPlaces.AUTHORITY + ")"
            + "|(?:ROYAL|LONDON)\\s+BOROUGH\\s+OF\\s+[A-Z]+(?:\\s+(?:UPON|ON)\\s+[A-Z]+)?"
            // an untyped council ("Northby Council") is read on one line and is not the name of a room or a tax
            + "|" + TIGHT_PLACE + LocalCouncils.GAP + "Council(?![ \\t]+(?:" + Lexicon.of("council-building-words.tsv").alternation() + ")\\b))\\b");
    /** A council named with its kind, which no site's software is called. */
    private static final Pattern TYPED = Pattern.compile(
            "(?i)\\b(?:(?:County|City|District|Borough|Town|Unitary)\\s+Council|" + CouncilPlaces.AUTHORITY + ")$|^(?:Royal|London)\\s+Borough\\s+of\\b|^City\\s+of\\b");
    /** Words that make "X Council" something other than a council ("Youth Council", "Full Council"). */
    private static final Pattern NOT_A_COUNCIL = Pattern.compile(
            "(?i)^(?:the\\s+)?(?:" + Lexicon.of("not-council-words.tsv").alternationWhere(1, "first") + ")\\b.*"
            + "|.*\\b(?:" + Lexicon.of("not-council-words.tsv").alternationWhere(1, "inside") + ")\\b.*\\bCouncil$"
            + "|.*\\b(?:Parish|Town)\\s+Council$"
            // a kind alone, its place in another cell: "Community Council"
            + "|(?i:" + CouncilPlaces.LOCAL_KIND + ")\\s+Council$");
    /** A month or a day of the week, which is no place however often a paper prints it. */
    private static final Pattern MONTH_OR_DAY = Pattern.compile("(?:" + Lexicon.of("month-forms.tsv").alternationWhere(2, "full") + "|(?:"
            + Lexicon.of("weekday-stems.tsv").alternation() + ")day)");
    private static final Pattern STOP_WORD = Pattern.compile(STOP);
    /** "NCC", "NBC", "NMBC": the initials a council is called by. */
    private static final Pattern COUNCIL_INITIALS = Pattern.compile("\\b([A-Z])(M?[BDC])C\\b");
    /** "the County Council" printed without its place: the kind of council the paper belongs to. */
    private static final Pattern BARE_KIND = Pattern.compile("(?:^|[^A-Za-z\\s]\\s*|\\b(?:the|The|to|by|of|for)\\s+)(County|City|Borough|District)\\s+Council\\b");

    /** A domain label that can be a place's name: letters only, three or more. */
    private static final Pattern WORDLIKE_LABEL = Pattern.compile("[a-z]{3,}");

    private CouncilNames() {
    }

    /** A council name normalised for comparison and display: capitals read as title case, "The" dropped. */
    public static String normalise(String name) {
        String s = name.replaceAll("\\s+", " ").strip();
        s = Casing.readable(s);
        s = s.replaceFirst("^(?i)the\\s+", "");
        return inUse(s);
    }

    private static final Pattern CITY_AND_COUNTY_IN_LAW = Pattern.compile("^(?:[Tt]he\\s+)?Council of the City and County of (.+)$");
    private static final Pattern CITY_IN_LAW = Pattern.compile("^(?:[Tt]he\\s+)?Council of the City of (.+)$");

    /** A city council's name in law as the name in use: "Council of the City of Westby" is "Westby City Council". */
    static String inUse(String name) {
        return CITY_IN_LAW.matcher(CITY_AND_COUNTY_IN_LAW.matcher(name).replaceFirst("City and County of $1 Council")).replaceFirst("$1 City Council");
    }


    /** True when {@code name} reads as a council rather than a body called "... Council". */
    public static boolean isCouncil(String name) {
        return COUNCIL.matcher(name).matches() && !NOT_A_COUNCIL.matcher(name.strip()).matches();
    }

    /**
     * The paper's council: a parish, town or community council its heading names (which wins over the
     * councils its body mentions), else the principal council it names most and first, canonicalised by
     * the register; else the register's council of its e-mail domain; else that domain alone.
     */
    static Optional<CouncilRef> find(Paper paper) {
        Optional<String> local = LocalCouncils.inHeading(paper);
        if (local.isPresent()) {
            return local.map(CouncilRef.Named::new);
        }
        String text = paper.text();
        Map<String, Double> score = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        count(text, 0, text.length(), score, 1.0, name -> true, first);
        Map<String, Double> named = new HashMap<>(score);
        // a web page's title names the site's software ("... - Modern Council") as often as its council: only a
        // council named with its kind counts there ("... - Northby Borough Council"); it often appears nowhere else
        paper.title().ifPresent(t -> count(t, 0, t.length(), score, 3.0, name -> TYPED.matcher(name).find()));
        // a web page's feeds are titled by the site's publisher ("Northby Council - News"), which the page may never print
        for (String feed : paper.site().feedTitles()) {
            count(feed, 0, feed.length(), score, 3.0, name -> TYPED.matcher(name).find());
            CouncilRegister.named(feed).forEach(e -> score.merge(e.name(), 3.0, Double::sum));
        }
        // the front of a paper is where it says whose it is; a masthead line says it outright
        count(text, 0, Math.min(text.length(), 600), score, 3.0);
        masthead(text, score);
        // a register form the grammar does not read ("Northby Authority") counts as a mention
        for (CouncilRegister.Entry e : CouncilRegister.named(text)) {
            if (!score.containsKey(e.name())) {
                score.put(e.name(), 1.0);
                named.put(e.name(), 1.0);
            }
        }
        Map<String, Integer> mail = GovHosts.mailHosts(text);
        boolean placeIsDomain = domains(GovHosts.hosts(text), mail, score);
        Map<String, Integer> kinds = bareKinds(text);
        String kind = kinds.entrySet().stream().filter(e -> e.getValue() >= 2)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
        if (kind != null) {
            // a paper that calls its own council "the County Council" is not a paper of a borough or an untyped council
            for (Map.Entry<String, Double> e : score.entrySet()) {
                if (e.getValue() < 1000 && !e.getKey().contains(" " + kind + " Council")) {
                    e.setValue(e.getValue() / 4);
                }
            }
        }
        if (!placeIsDomain) {
            fromDomain(text, mail, kinds).ifPresent(n -> score.merge(canonical(n), 4.0, Double::sum));
        }
        fromInitials(text, kinds).ifPresent(n -> score.merge(canonical(n.getKey()), n.getValue(), Double::sum));
        // named as often, the one named first: a paper names its own council before those it deals with; one its
        // addresses or initials say ("northby.gov.uk", "NCC") is whose the paper is before anything it names
        Optional<String> best = score.entrySet().stream()
                .max(Map.Entry.<String, Double>comparingByValue()
                        .thenComparing(e -> -first.getOrDefault(e.getKey(), -1))
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
        if (best.isPresent() && score.get(best.get()) < 1000 && !mail.isEmpty() && !placeIsDomain
                && score.keySet().stream().noneMatch(c -> mail.keySet().stream().anyMatch(d -> abbreviates(label(d), c)))) {
            // a council named only in passing ("engagement with Eastmere Borough Council") is not the paper's
            // own when the paper's officers write from another council's domain
            best = Optional.empty();
        }
        if (best.isPresent() && score.get(best.get()) < named.getOrDefault(best.get(), 0.0) && named.get(best.get()) < 2) {
            // a council of another kind than the one the paper calls its own ("the County Council"), named once in
            // its body and nowhere that says whose the paper is (front, title, masthead, addresses, initials), is one
            // it mentions in passing ("a member of Westby District Council"): no council is better than a wrong one
            best = Optional.empty();
        }
        if (best.isPresent()) {
            return best.map(CouncilRef.Named::new);
        }
        Optional<Map.Entry<String, Integer>> top = mail.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        if (top.isEmpty()) {
            // a web page that prints no council: the council whose site its own links are on, when the register knows it
            return paper.site().linkedCouncilHosts().stream()
                    .map(CouncilRegister::bySite)
                    .flatMap(Optional::stream).findFirst().map(r -> new CouncilRef.Named(r.name()));
        }
        // a domain the register knows is its council; an unknown one stays a domain for the consolidation to place
        return top.map(e -> CouncilRegister.byHost(e.getKey()).<CouncilRef>map(r -> new CouncilRef.Named(r.name()))
                .orElse(new CouncilRef.ByMailDomain(e.getKey() + ".gov.uk")));
    }

    /**
     * Weighs the councils by the gov.uk hosts the paper prints: a named council whose place is a host's label, and
     * the register's council of a host ("northby" of "@northby.gov.uk", "westby-dc"), gain weight, e-mail hosts most.
     * True when an e-mail host or a named council's place stands for a council so.
     */
    private static boolean domains(Map<String, Integer> hosts, Map<String, Integer> mail, Map<String, Double> score) {
        boolean placeIsDomain = false;
        java.util.Set<String> weighed = new java.util.HashSet<>();
        for (Map.Entry<String, Double> e : score.entrySet()) {
            String place = place(e.getKey()).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            if (hosts.keySet().stream().anyMatch(d -> label(d).replace("-", "").equals(place))) {
                e.setValue(e.getValue() + 4.0);
                placeIsDomain = true;
                weighed.add(e.getKey());
            }
        }
        for (String host : hosts.keySet()) {
            Optional<CouncilRegister.Entry> r = CouncilRegister.byHost(host);
            if (r.isPresent() && weighed.add(r.get().name())) {
                score.merge(r.get().name(), mail.containsKey(host) ? 4.0 : 2.0, Double::sum);
                placeIsDomain |= mail.containsKey(host);
            }
        }
        return placeIsDomain;
    }

    /** The register's official name of a council printed in any form it knows, else the name as printed. */
    static String canonical(String name) {
        Optional<CouncilRegister.Entry> e = CouncilRegister.byForm(name);
        if (e.isEmpty()) {
            e = CouncilRegister.within(name);
        }
        return e.map(CouncilRegister.Entry::name).orElse(name);
    }

    /** True when the text names a principal council: a name the grammar reads, or a form of the register. */
    static boolean namesPrincipal(String text) {
        for (MatchResult m : councilMatches(text, text.length())) {
            if (accepted(normalise(m.group()))) {
                return true;
            }
        }
        return mastheadLine(text).isPresent() || !CouncilRegister.named(text).isEmpty();
    }

    /**
     * The principal council a heading line names alone: a name the grammar reads whole ("NORTHBY COUNTY COUNCIL"),
     * or a form of the register ("CITY OF NORTHBY COUNCIL", "Borough of Northby").
     */
    static Optional<String> mastheadLine(String line) {
        Matcher m = COUNCIL.matcher(line);
        if (m.matches()) {
            String name = normalise(m.group());
            if (accepted(name)) {
                return Optional.of(canonical(name));
            }
        }
        return CouncilRegister.masthead(line).map(CouncilRegister.Entry::name);
    }

    /**
     * True when a domain label stands for the council: its place ("northby" for Northby County
     * Council) or an abbreviation of it ("nby", "westofengland-ca" for West of England Combined Authority).
     */
    static boolean abbreviates(String label, String council) {
        String l = label.replaceAll("[^a-z]", "");
        String name = place(council).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (l.length() < 3 || name.isEmpty()) {
            return false;
        }
        if (name.equals(l) || name.startsWith(l) || l.startsWith(name)) {
            return true;
        }
        // "westby" for "Greater Westby Authority": the label is a whole word of the name
        if (l.length() >= 4 && java.util.Arrays.asList(council.toLowerCase(Locale.ROOT).split("[^a-z]+")).contains(l)) {
            return true;
        }
        return Similarity.inOrder(l, name) && name.charAt(0) == l.charAt(0);
    }

    /** A council named alone on one of the first lines of the paper: its masthead. */
    private static void masthead(String text, Map<String, Double> score) {
        int lines = 0;
        int from = 0;
        while (from < text.length() && lines < 8) {
            int end = text.indexOf('\n', from);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(from, end).strip();
            if (!line.isEmpty()) {
                lines++;
                Optional<String> name = mastheadLine(line);
                if (name.isPresent()) {
                    score.merge(name.get(), 1000.0, Double::sum);
                    return;
                }
            }
            from = end + 1;
        }
    }

    /** A gov.uk host's last label ("northby" of "www.northby"): usually the council's place. */
    private static String label(String host) {
        String[] parts = host.split("\\.");
        return parts[parts.length - 1];
    }

    /**
     * The council a paper that names none calls "the County Council" or by its initials ("NCC"),
     * when its e-mail addresses are on a domain whose label is a place: "@northby.gov.uk" with "the County
     * Council" is Northby County Council. The label counts as the place when the paper prints it as
     * a word, or when the council's initials begin with its letter.
     */
    static Optional<String> fromDomain(String text, Map<String, Integer> domains, Map<String, Integer> kinds) {
        Optional<String> host = domains.entrySet().stream().filter(e -> WORDLIKE_LABEL.matcher(label(e.getKey())).matches())
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        String label = label(host.get());
        String place = Character.toUpperCase(label.charAt(0)) + label.substring(1);
        String kind = null;
        boolean initials = false;
        Matcher i = COUNCIL_INITIALS.matcher(text);
        while (i.find()) {
            if (i.group(1).equalsIgnoreCase(label.substring(0, 1))) {
                initials = true;
                String letter = i.group(2);
                kind = switch (letter) {
                    case "B", "MB" -> "Borough";
                    case "D" -> "District";
                    // "NCC" is a county or a city council: the paper's own words say which
                    default -> kinds.getOrDefault("City", 0) > kinds.getOrDefault("County", 0) ? "City"
                            : kinds.getOrDefault("County", 0) > kinds.getOrDefault("City", 0) ? "County" : null;
                };
                break;
            }
        }
        if (kind == null) {
            kind = kinds.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).orElse(null);
        }
        boolean printed = Pattern.compile("\\b" + Pattern.quote(place) + "\\b").matcher(text).find();
        if (kind == null || !(printed || initials)) {
            return Optional.empty();
        }
        return Optional.of(place + " " + kind + " Council");
    }

    /** How often the paper names a council by its kind alone: "the County Council", "To: City Council". */
    private static Map<String, Integer> bareKinds(String text) {
        Map<String, Integer> kinds = new HashMap<>();
        Matcher k = BARE_KIND.matcher(text);
        while (k.find()) {
            kinds.merge(k.group(1), 1, Integer::sum);
        }
        return kinds;
    }

    /**
     * A paper that calls its council by initials ("NCC", three times or more) and by its kind
     * ("the County Council") is the council of the place word that starts with the initial and
     * that the paper prints most ("Northby"); weighted by how often the initials are printed.
     */
    static Optional<Map.Entry<String, Double>> fromInitials(String text, Map<String, Integer> kinds) {
        Map<String, Integer> acronyms = new HashMap<>();
        Matcher i = COUNCIL_INITIALS.matcher(text);
        while (i.find()) {
            acronyms.merge(i.group(), 1, Integer::sum);
        }
        Optional<Map.Entry<String, Integer>> top = acronyms.entrySet().stream().filter(e -> e.getValue() >= 3)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        if (top.isEmpty()) {
            return Optional.empty();
        }
        String acronym = top.get().getKey();
        String kind = switch (acronym.substring(1, acronym.length() - 1)) {
            case "B" -> "Borough";
            case "MB" -> "Metropolitan Borough";
            case "D" -> "District";
            default -> kinds.getOrDefault("City", 0) > kinds.getOrDefault("County", 0) ? "City"
                    : kinds.getOrDefault("County", 0) > kinds.getOrDefault("City", 0) ? "County" : null;
        };
        if (kind == null || kinds.getOrDefault(kind.replace("Metropolitan ", ""), 0) < 1) {
            return Optional.empty();
        }
        Map<String, Integer> words = new HashMap<>();
        Matcher w = Pattern.compile("(?<![\\p{L}.])" + acronym.charAt(0) + "[a-z]{2,}\\b").matcher(text);
        while (w.find()) {
            if (!STOP_WORD.matcher(w.group()).matches() && !MONTH_OR_DAY.matcher(w.group()).matches()) {
                words.merge(w.group(), 1, Integer::sum);
            }
        }
        return words.entrySet().stream().filter(e -> e.getValue() >= 3)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> Map.entry(e.getKey() + " " + kind + " Council", top.get().getValue() + 2.0));
    }

    /** "Northby County Council" -> "Northby"; "Royal Borough of Eastby upon Avon" -> "Eastby upon Avon". */
    static String place(String council) {
        return CouncilPlaces.place(council);
    }

    private static boolean accepted(String name) {
        return isCouncil(name) && !name.equalsIgnoreCase("County Council") && !name.equalsIgnoreCase("City Council");
    }

    private static void count(String text, int from, int to, Map<String, Double> score, double weight) {
        count(text, from, to, score, weight, name -> true);
    }

    private static void count(String text, int from, int to, Map<String, Double> score, double weight,
            java.util.function.Predicate<String> also) {
        count(text, from, to, score, weight, also, new HashMap<>());
    }

    /** Adds {@code weight} for each council named in {@code text[from, to)}, and where each is first named into {@code first}. */
    private static void count(String text, int from, int to, Map<String, Double> score, double weight,
            java.util.function.Predicate<String> also, Map<String, Integer> first) {
        for (MatchResult m : councilMatches(from == 0 ? text : text.substring(from), to - from)) {
            String name = normalise(m.group());
            if (accepted(name) && also.test(name)) {
                score.merge(canonical(name), weight, Double::sum);
                first.putIfAbsent(canonical(name), from + m.start());
            }
        }
    }

    /**
     * {@link #COUNCIL} run only around the words every council's name holds: a name is a few words
     * before its first such word and, after a "Borough of" or "City of", a few after.
     */
    private static final AnchoredScan COUNCIL_SCAN = new AnchoredScan(COUNCIL,
            Pattern.compile("Council|COUNCIL|Authority|AUTHORITY|Borough|BOROUGH|City"), 160, 240);

    /** The matches of {@link #COUNCIL} in {@code text[0, to)}, as a scan of the whole text finds them. */
    public static List<MatchResult> councilMatches(CharSequence text, int to) {
        return COUNCIL_SCAN.matches(text, to);
    }
}
