package org.councilgraph.serve;

import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * Content negotiation: the formats the site offers and the choice among them for an Accept header.
 * Ties go to the server's order, so {@code *}{@code /*} (curl, most RDF libraries) gets Turtle and
 * only a client that prefers HTML, as browsers do, gets a page.
 */
final class Conneg {
    private Conneg() {
    }

    /** One offered representation: its media type, the extension that names it, and how to write it. */
    record Format(String name, String mediaType, String extension, Lang lang, RDFFormat rdfFormat) {
        boolean html() {
            return lang == null;
        }

        String contentType() {
            return mediaType + (mediaType.startsWith("text/") || mediaType.endsWith("json") ? ";charset=utf-8" : "");
        }
    }

    static final Format TURTLE = new Format("Turtle", "text/turtle", "ttl", Lang.TURTLE, RDFFormat.TURTLE_PRETTY);
    static final Format JSONLD = new Format("JSON-LD", "application/ld+json", "jsonld", Lang.JSONLD, RDFFormat.JSONLD11);
    static final Format NTRIPLES = new Format("N-Triples", "application/n-triples", "nt", Lang.NTRIPLES, RDFFormat.NTRIPLES);
    static final Format RDFXML = new Format("RDF/XML", "application/rdf+xml", "rdf", Lang.RDFXML, RDFFormat.RDFXML_PRETTY);
    static final Format HTML = new Format("HTML", "text/html", "html", null, null);

    /** RDF formats, in the server's order of preference. */
    static final List<Format> RDF = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML);
    /** What an entity IRI offers. */
    static final List<Format> ALL = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML, HTML);

    /** Other names clients use for the same formats. */
    private static final List<String[]> ALIASES = List.of(
            new String[] {"application/xhtml+xml", "html"},
            new String[] {"application/x-turtle", "ttl"},
            new String[] {"application/json", "jsonld"},
            new String[] {"text/plain", "nt"});

    static Optional<Format> byExtension(String ext, List<Format> offer) {
        return offer.stream().filter(f -> f.extension().equals(ext)).findFirst();
    }

    /**
     * The best offered format for {@code accept} (null or blank means anything), or empty when the
     * client accepts none of them (406).
     */
    static Optional<Format> choose(String accept, List<Format> offer) {
        if (accept == null || accept.isBlank() || !accept.contains("/")) {
            // no header, or one that names no media type: ignored, as HTTP allows
            return Optional.of(offer.get(0));
        }
        AcceptList ranges;
        try {
            ranges = new AcceptList(accept);
        } catch (RuntimeException e) {
            return Optional.of(offer.get(0));
        }
        Format best = null;
        double bestQ = 0;
        for (Format f : offer) {
            double q = quality(ranges, f.mediaType());
            for (String[] alias : ALIASES) {
                if (alias[1].equals(f.extension())) {
                    // an alias counts a little less than the format's own name
                    q = Math.max(q, quality(ranges, alias[0]) * 0.99);
                }
            }
            if (q > bestQ) {
                best = f;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The q the most specific matching range gives {@code type}; 0 when none matches. */
    private static double quality(AcceptList ranges, String type) {
        MediaType mt = MediaType.create(type);
        MediaRange chosen = null;
        for (MediaRange r : ranges.entries()) {
            if (r.accepts(mt) && (chosen == null || r.moreGroundedThan(chosen))) {
                chosen = r;
            }
        }
        if (chosen == null) {
            return 0;
        }
        double q = chosen.get_q();
        // a wildcard match is a little weaker than a named one at the same q: "text/html, */*" means HTML
        boolean wildcard = chosen.getType().equals("*") || chosen.getSubType().equals("*");
        return wildcard ? q * 0.98 : q;
    }
}
