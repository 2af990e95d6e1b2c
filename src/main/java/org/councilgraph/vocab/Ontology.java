package org.councilgraph.vocab;

import java.io.IOException;
import java.io.InputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/** The councilgraph ontology as shipped in the jar ({@code ontology/councilgraph.ttl}). */
public final class Ontology {
    private Ontology() {
    }

    /** A fresh copy of the ontology. */
    public static Model model() {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = Ontology.class.getResourceAsStream("/ontology/councilgraph.ttl")) {
            if (in == null) {
                throw new IllegalStateException("ontology/councilgraph.ttl is missing from the classpath");
            }
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return m;
    }
}
