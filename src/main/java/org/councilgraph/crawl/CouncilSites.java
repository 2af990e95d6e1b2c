package org.councilgraph.crawl;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Which site publishes a council's papers, from the register shipped as data
 * ({@code /org/councilgraph/councils/}, mySociety's names and codes, CC-BY-4.0, and Democracy Club's
 * list of papers sites, MIT; see the README there): a council named by its register code ("WBY") or by
 * any printed form of its name the register knows.
 */
public final class CouncilSites {
    /** A council's papers site: its code, official name, the system behind it, and the base URL. */
    public record Site(String code, String name, String system, String baseUrl) {
        public boolean moderngov() {
            return system.equalsIgnoreCase("ModernGov");
        }
    }

    private static final String ROOT = "/org/councilgraph/councils/";
    private static final Map<String, Site> BY_CODE = new HashMap<>();
    private static final Map<String, String> CODE_BY_NAME = new HashMap<>();

    static {
        for (CSVRecord r : read("council_websites.csv")) {
            Site s = new Site(r.get("local-authority-code"), r.get("official-name"), r.get("cms-type"), r.get("base-url"));
            BY_CODE.put(s.code().toUpperCase(Locale.ROOT), s);
            CODE_BY_NAME.put(key(s.name()), s.code());
        }
        for (CSVRecord r : read("lookup_name_to_registry.csv")) {
            CODE_BY_NAME.putIfAbsent(key(r.get("la-name")), r.get("local-authority-code"));
        }
    }

    private CouncilSites() {
    }

    /** The site of the council named by {@code codeOrName}, if the register lists one. */
    public static Optional<Site> find(String codeOrName) {
        Site byCode = BY_CODE.get(codeOrName.strip().toUpperCase(Locale.ROOT));
        if (byCode != null) {
            return Optional.of(byCode);
        }
        String code = CODE_BY_NAME.get(key(codeOrName));
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code.toUpperCase(Locale.ROOT)));
    }

    /** The council whose register entry names {@code site}'s host as its papers site, if one does. */
    public static Optional<Site> bySite(URI site) {
        String host = site.getHost();
        if (host == null) {
            return Optional.empty();
        }
        return BY_CODE.values().stream().filter(s -> host.equalsIgnoreCase(hostOf(s.baseUrl())))
                .min(java.util.Comparator.comparing(Site::code));
    }

    private static String hostOf(String url) {
        try {
            return URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('&', ' ').replaceAll("\\band\\b", " ").replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static List<CSVRecord> read(String file) {
        try (Reader in = new InputStreamReader(CouncilSites.class.getResourceAsStream(ROOT + file), StandardCharsets.UTF_8)) {
            return new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords());
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException("the council register " + file + " could not be read",
                    e instanceof IOException io ? io : new IOException(e));
        }
    }
}
