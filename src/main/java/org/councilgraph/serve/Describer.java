package org.councilgraph.serve;

import java.io.OutputStream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDFS;
import org.councilgraph.vocab.Prov;

/**
 * The RDF description of one entity, what {@code /data/...} serves in every format: the entity's
 * own triples (with the labels of what it links to), the links into it (with their labels and
 * types), the mentions it was read from, and the description document's own provenance: the source
 * documents whose graphs state something about the entity.
 */
final class Describer {

    private Describer() {
    }

    static Model describe(Site site, String iri, String documentUrl) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Site.PREFIXES);
        site.read(() -> {
            m.add(site.construct(PageSparql.DESCRIBE_OUT, "e", iri));
            m.add(site.construct(PageSparql.DESCRIBE_IN, "e", iri));
            m.add(site.construct(PageSparql.DESCRIBE_PROVENANCE, "e", iri));
            Resource doc = m.createResource(documentUrl);
            doc.addProperty(FOAF.primaryTopic, m.createResource(iri));
            for (QuerySolution row : site.select(PageSparql.DESCRIBE_GRAPHS, "e", iri)) {
                // a resource of this model, not of the store's: the description is built apart from the data
                Resource source = m.createResource(row.getResource("doc").getURI());
                doc.addProperty(Prov.wasDerivedFrom, source);
                if (row.contains("dl")) {
                    source.addProperty(RDFS.label, row.get("dl"));
                }
            }
            return null;
        });
        // the CONSTRUCT queries' prologue comes along with their triples; keep the standard prefixes only
        m.clearNsPrefixMap();
        m.setNsPrefixes(Site.PREFIXES);
        return m;
    }

    static void write(Model m, Conneg.Format format, OutputStream out) {
        RDFDataMgr.write(out, m, format.rdfFormat());
    }
}
