package org.councilgraph.segment;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The register of UK local authorities shipped as data ({@code /org/councilgraph/councils/}: mySociety's
 * "UK local authority names and codes", CC-BY-4.0, and Democracy Club's list of papers sites, MIT; see the
 * README there): every printed form of a principal council's name the register knows ("Northby CC",
 * "northby county council", "County of Northby") to the council, its official name and its GSS code, and the
 * host of its papers site to the council (a gov.uk host's label, or the first label of a site hosted for it:
 * "northby" of "northby.moderngov.co.uk", which is its own domain's too). Parish, town and community councils
 * are not in it.
 */
public final class CouncilRegister {
    /** A council of the register: its code, official name, place ("nice name"), GSS code and whether it still exists. */
    public record Entry(String code, String name, String place, String gss, boolean current) {
    }

    private static final String ROOT = "/org/councilgraph/councils/";
    /** The words a council's printed name ends with: only a name ending so is looked up inside a longer phrase. */
    private static final Pattern HEAD = Pattern.compile("\\b(?:Council|COUNCIL|Authority|AUTHORITY)\\b");
    /** How many words before its head a council's name may have ("Royal Borough of Westby and Eastby Council"). */
    private static final int MAX_WORDS = 9;
    private static final int MAX_CHARS = 160;
    private static final Pattern HEAD_AT_END = Pattern.compile("(?i)\\b(?:council|authority)$");
    /** "Borough of Northby", "THE CITY OF WESTBY": a place named with its standing. */
    private static final Pattern PLACE_AFTER = Pattern.compile("(?i)(?:the\\s+)?(?:(?:royal|london)\\s+)?(?:borough|city|county)\\s+of\\s+(.+)");
    private static final Pattern AND = Pattern.compile("\\band\\b");
    private static final Pattern NOT_KEY = Pattern.compile("[^a-z0-9]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Map<String, Entry> BY_CODE = new HashMap<>();
    private static final Map<String, List<String>> CODES_BY_FORM = new HashMap<>();
    private static final Map<String, String> CODE_BY_HOST = new HashMap<>();
    /** Hosts of papers sites that name their council by their first label, as its own domain does. */
    private static final Pattern HOSTED_SITE = Pattern.compile("([a-z][a-z0-9-]*)\\.(?:moderngov\\.co\\.uk|cmis\\.uk\\.com|cmis-ni\\.org)");
    /** A Welsh council's own domain: "democracy.northby.gov.wales". */
    private static final Pattern WELSH_SITE = Pattern.compile("(?:[a-z0-9-]+\\.)*([a-z][a-z0-9-]*)\\.gov\\.wales");
    /** A domain label that is a word, as a council's short name is ("northby", not "northby-dc" or "nbc2"). */
    private static final Pattern WORD_LABEL = Pattern.compile("[a-z]{3,}");

    static {
        for (CSVRecord r : read("uk_local_authorities_current.csv")) {
            Entry e = new Entry(r.get("local-authority-code"), r.get("official-name"), r.get("nice-name"), r.get("gss-code"),
                    r.get("end-date").isBlank());
            BY_CODE.put(e.code(), e);
            form(e.name(), e.code());
        }
        for (CSVRecord r : read("lookup_name_to_registry.csv")) {
            form(r.get("la-name"), r.get("local-authority-code"));
        }
        Map<String, java.util.Set<String>> hostedLabels = new HashMap<>();
        for (CSVRecord r : read("council_websites.csv")) {
            String host = r.get("base-url").replaceFirst("^[a-z]+://", "").replaceFirst("[/:?].*$", "").toLowerCase(Locale.ROOT);
            String code = r.get("local-authority-code");
            if (!BY_CODE.containsKey(code)) {
                continue;
            }
            if (host.endsWith(".gov.uk")) {
                String[] labels = host.substring(0, host.length() - ".gov.uk".length()).split("\\.");
                CODE_BY_HOST.putIfAbsent(labels[labels.length - 1], code);
            } else {
                // a papers site the software's maker hosts ("northby.moderngov.co.uk") or on a Welsh domain: its label
                // is the council's own domain's, as its officers' e-mail addresses print it ("@northby.gov.uk")
                hostedLabel(host).ifPresent(label -> hostedLabels.computeIfAbsent(label, k -> new java.util.TreeSet<>()).add(code));
            }
        }
        // a site two councils share names neither alone, unless one of them is the only one still existing
        hostedLabels.forEach((label, codes) -> {
            List<String> current = codes.stream().filter(c -> BY_CODE.get(c).current()).toList();
            if (codes.size() == 1 || current.size() == 1) {
                CODE_BY_HOST.putIfAbsent(label, codes.size() == 1 ? codes.iterator().next() : current.get(0));
            }
        });
        // a council calls itself by the name of its web domain ("Northby Council" of northby.gov.uk, whatever
        // its official name): that is one more printed form of it, unless the form names another council
        for (Map.Entry<String, String> h : CODE_BY_HOST.entrySet()) {
            if (WORD_LABEL.matcher(h.getKey()).matches() && !CODES_BY_FORM.containsKey(key(h.getKey() + " Council"))) {
                form(h.getKey() + " Council", h.getValue());
            }
        }
    }

    private CouncilRegister() {
    }

    /** The label a papers site not on gov.uk names its council by: "northby" of "northby.moderngov.co.uk". */
    private static Optional<String> hostedLabel(String host) {
        Matcher m = HOSTED_SITE.matcher(host);
        if (m.matches()) {
            return Optional.of(m.group(1));
        }
        m = WELSH_SITE.matcher(host);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The council whose site a web address's host is: a gov.uk host ("democracy.northby.gov.uk"), or a papers
     * site hosted for it ("northby.moderngov.co.uk", "democracy.northby.gov.wales").
     */
    public static Optional<Entry> bySite(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".gov.uk")) {
            return byHost(h.substring(0, h.length() - ".gov.uk".length()));
        }
        return hostedLabel(h).map(CODE_BY_HOST::get).map(BY_CODE::get);
    }

    private static void form(String printed, String code) {
        List<String> codes = CODES_BY_FORM.computeIfAbsent(key(printed), k -> new ArrayList<>());
        if (!codes.contains(code)) {
            codes.add(code);
        }
    }

    /** The register's council of that code ("NBY"). */
    public static Optional<Entry> byCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * The council whose printed form {@code printed} is, whole: "NORTHBY COUNTY COUNCIL", "Northby CC". A form two
     * councils share (a county and the unitary that replaced it) is the one that still exists, else the one whose
     * official name it is.
     */
    public static Optional<Entry> byForm(String printed) {
        List<String> codes = CODES_BY_FORM.get(key(printed));
        if (codes == null) {
            return Optional.empty();
        }
        String k = key(printed);
        return codes.stream().map(BY_CODE::get).filter(e -> e != null)
                .max((a, b) -> Integer.compare(rank(a, k), rank(b, k)));
    }

    private static int rank(Entry e, String k) {
        return (key(e.name()).equals(k) ? 2 : 0) + (e.current() ? 1 : 0);
    }

    /**
     * The council named at the end of a phrase that ends with a council's head word: the longest run of its last
     * words that is a printed form ("Ann Westby Northby County Council" is Northby County Council).
     */
    public static Optional<Entry> within(String phrase) {
        String[] w = SPACES.split(phrase.strip());
        if (w.length == 0 || !HEAD.matcher(w[w.length - 1]).matches()) {
            return Optional.empty();
        }
        for (int from = Math.max(0, w.length - 1 - MAX_WORDS); from < w.length - 1; from++) {
            Optional<Entry> e = byForm(String.join(" ", java.util.Arrays.copyOfRange(w, from, w.length)));
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }

    /**
     * The council a heading line names alone: a form of the register ending in its head word ("CITY OF NORTHBY
     * COUNCIL"), or a place of the register after "Borough of", "City of" or "County of" ("Borough of Northby").
     */
    public static Optional<Entry> masthead(String line) {
        String l = SPACES.matcher(line.strip()).replaceAll(" ");
        if (HEAD_AT_END.matcher(l).find()) {
            return byForm(l);
        }
        Matcher p = PLACE_AFTER.matcher(l);
        return p.matches() ? byForm(p.group(1)) : Optional.empty();
    }

    /** The council whose papers site is on that gov.uk host ("democracy.northby" or "northby", without ".gov.uk"). */
    public static Optional<Entry> byHost(String host) {
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        String label = labels[labels.length - 1];
        String code = CODE_BY_HOST.get(label);
        if (code == null) {
            // "northby-cc": the site's label with the initials of the kind of council after a hyphen
            int dash = label.lastIndexOf('-');
            if (dash > 0) {
                code = CODE_BY_HOST.get(label.substring(0, dash));
                if (code != null && !kindInitials(BY_CODE.get(code)).equals(label.substring(dash + 1))) {
                    code = null;
                }
            }
        }
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code));
    }

    /** "dc" of "Northby District Council": the initials of what the official name says after the place. */
    private static String kindInitials(Entry e) {
        String rest = e.name().startsWith(e.place()) ? e.name().substring(e.place().length()) : "";
        StringBuilder sb = new StringBuilder();
        for (String w : rest.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                sb.append(Character.toLowerCase(w.charAt(0)));
            }
        }
        return sb.toString();
    }

    /** Every council the text names by a printed form ending in its head word, once per mention, in order. */
    public static List<Entry> named(String text) {
        List<Entry> out = new ArrayList<>();
        Matcher m = HEAD.matcher(text);
        while (m.find()) {
            // the name is on the head's line, and no longer than a council's name can be
            int from = Math.max(text.lastIndexOf('\n', m.start()) + 1, m.start() - MAX_CHARS);
            within(text.substring(from, m.end())).ifPresent(out::add);
        }
        return out;
    }

    /** A printed form as the register is looked up: lower case, "&" and "and" dropped, punctuation a space. */
    static String key(String name) {
        String k = AND.matcher(name.toLowerCase(Locale.ROOT).replace('&', ' ')).replaceAll(" ");
        return NOT_KEY.matcher(k).replaceAll(" ").strip();
    }

    private static List<CSVRecord> read(String file) {
        try (Reader in = new InputStreamReader(CouncilRegister.class.getResourceAsStream(ROOT + file), StandardCharsets.UTF_8)) {
            return new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords());
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException("the council register " + file + " could not be read",
                    e instanceof IOException io ? io : new IOException(e));
        }
    }
}
