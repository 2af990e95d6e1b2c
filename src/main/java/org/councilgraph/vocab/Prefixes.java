package org.councilgraph.vocab;

import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * The prefixes of the graph contract, in one place: every namespace the graph uses is spelled once,
 * by its vocabulary class (Jena's {@code FOAF}, {@code ORG}, {@code DCTerms}, {@code SKOS}, {@code OWL},
 * {@code RDFS}, {@code RDF}, {@code XSD}; this package's {@link CG}, {@link Schema}, {@link Prov}).
 *
 * <pre>{@code
 * String q = Prefixes.SPARQL + "SELECT ?p WHERE { ?p a foaf:Person }";
 * model.setNsPrefixes(Prefixes.MAPPING);
 * }</pre>
 */
public final class Prefixes {
    /** Prefix to namespace, written on RDF output and used for display names; locked. */
    public static final PrefixMapping MAPPING = PrefixMapping.Factory.create()
            .setNsPrefix("cg", CG.NS)
            .setNsPrefix("foaf", FOAF.NS)
            .setNsPrefix("org", ORG.NS)
            .setNsPrefix("schema", Schema.NS)
            .setNsPrefix("dcterms", DCTerms.NS)
            .setNsPrefix("prov", Prov.NS)
            .setNsPrefix("skos", SKOS.uri)
            .setNsPrefix("owl", OWL.NS)
            .setNsPrefix("rdfs", RDFS.uri)
            .setNsPrefix("rdf", RDF.uri)
            .setNsPrefix("xsd", XSD.NS)
            .lock();

    /** The SPARQL prologue every query of the code starts with: one PREFIX line per entry of {@link #MAPPING}. */
    public static final String SPARQL = prologue(MAPPING.getNsPrefixMap());

    private Prefixes() {
    }

    private static String prologue(Map<String, String> prefixes) {
        return prefixes.entrySet().stream()
                .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">\n")
                .collect(Collectors.joining());
    }
}
