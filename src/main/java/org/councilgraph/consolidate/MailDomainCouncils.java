package org.councilgraph.consolidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.councilgraph.text.Slugs;

/**
 * A paper that names no council but prints its officers' e-mail addresses ("Contact: ...
 * @northby.gov.uk") belongs to the council whose other papers print addresses on that domain.
 */
final class MailDomainCouncils {
    /** A council labelled by its mail domain ("northby.gov.uk"): the resolve stage knew it by no name. */
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.gov\\.uk");

    private MailDomainCouncils() {
    }

    /** Domain-only councils to the slug of the named council that prints addresses on that domain. */
    static Map<String, String> find(Dataset ds) {
        Map<String, Set<String>> domainsOf = new TreeMap<>();
        Map<String, String> labelOf = new TreeMap<>();
        StoreQuery.select(ds, """
                SELECT ?c ?label ?mbox WHERE { GRAPH ?g { ?c a cg:Council ; rdfs:label ?label .
                  OPTIONAL { ?p cg:council ?c ; foaf:mbox ?mbox } } }""", s -> {
                String c = s.getResource("c").getURI();
                labelOf.put(c, s.getLiteral("label").getString());
                Set<String> d = domainsOf.computeIfAbsent(c, k -> new TreeSet<>());
                if (s.contains("mbox")) {
                    String m = s.getResource("mbox").getURI().toLowerCase(Locale.ROOT);
                    int at = m.indexOf('@');
                    if (at > 0) {
                        d.add(m.substring(at + 1));
                    }
                }
            });
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, String> e : labelOf.entrySet()) {
            String label = e.getValue();
            if (!DOMAIN.matcher(label).matches()) {
                continue;
            }
            List<String> named = new ArrayList<>();
            for (Map.Entry<String, Set<String>> d : domainsOf.entrySet()) {
                if (!d.getKey().equals(e.getKey()) && !DOMAIN.matcher(labelOf.get(d.getKey())).matches() && d.getValue().contains(label)) {
                    named.add(d.getKey());
                }
            }
            if (named.size() == 1) {
                out.put(Slugs.slug(label), Slugs.slug(labelOf.get(named.get(0))));
            }
        }
        return out;
    }
}
