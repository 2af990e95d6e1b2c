package org.councilgraph.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.councilgraph.vocab.CG;

/**
 * What the dataset holds, counted once (the server never writes, so the counts hold while it
 * runs), and the two standard descriptions built from the counts: VoID at
 * {@code /.well-known/void} and the SPARQL 1.1 Service Description at the endpoint.
 */
final class DatasetDescription {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    /** The counts. */
    record Stats(long triples, long quads, long graphs, long entities, long documents,
                 Map<String, Long> classes, Map<String, Long> properties) {
    }

    private final Site site;
    private volatile Stats stats;

    DatasetDescription(Site site) {
        this.site = site;
    }

    Stats stats() {
        Stats s = stats;
        if (s == null) {
            synchronized (this) {
                if (stats == null) {
                    stats = count();
                }
                s = stats;
            }
        }
        return s;
    }

    private Stats count() {
        return site.read(() -> {
            long triples = number(PageSparql.COUNT_TRIPLES, Map.of());
            long quads = number(PageSparql.COUNT_QUADS, Map.of());
            long graphs = number(PageSparql.COUNT_GRAPHS, Map.of());
            long entities = number(PageSparql.COUNT_ENTITIES, Map.of("space", NodeFactory.createLiteralString(site.base() + "id/")));
            long documents = number(PageSparql.COUNT_DOCUMENTS, Map.of());
            Map<String, Long> classes = new LinkedHashMap<>();
            for (QuerySolution r : site.select(PageSparql.CLASS_COUNTS, Map.of())) {
                if (r.get("c").isURIResource()) {
                    classes.put(r.getResource("c").getURI(), r.getLiteral("n").getLong());
                }
            }
            Map<String, Long> properties = new LinkedHashMap<>();
            for (QuerySolution r : site.select(PageSparql.PROPERTY_COUNTS, Map.of())) {
                properties.put(r.getResource("p").getURI(), r.getLiteral("n").getLong());
            }
            return new Stats(triples, quads, graphs, entities, documents, classes, properties);
        });
    }

    private long number(String q, Map<String, org.apache.jena.graph.Node> bindings) {
        List<QuerySolution> rows = site.select(q, bindings);
        return rows.isEmpty() || !rows.get(0).contains("n") ? 0 : rows.get(0).getLiteral("n").getLong();
    }

    /** The dataset's own IRI, in the VoID document. */
    String datasetIri() {
        return site.url(".well-known/void#dataset");
    }

    Model voidModel() {
        Stats s = stats();
        Model m = model();
        Resource ds = m.createResource(datasetIri());
        ds.addProperty(RDF.type, m.createResource(VOID + "Dataset"));
        ds.addProperty(DCTerms.title, "councilgraph: council papers as linked data");
        ds.addProperty(DCTerms.description, "People, posts, committees, meetings, reports, resolutions, declarations of interest "
                + "and cited legislation read from the published papers of English local councils, each fact with its source "
                + "document, page and quoted words.");
        ds.addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(site.sparqlEndpoint()));
        ds.addProperty(m.createProperty(VOID, "dataDump"), m.createResource(site.url("dump/" + Dumps.NQUADS)));
        ds.addProperty(m.createProperty(VOID, "dataDump"), m.createResource(site.url("dump/" + Dumps.TURTLE)));
        ds.addProperty(m.createProperty(VOID, "uriSpace"), site.base() + "id/");
        ds.addProperty(m.createProperty(VOID, "rootResource"), m.createResource(site.url("")));
        ds.addLiteral(m.createProperty(VOID, "triples"), m.createTypedLiteral(s.triples(), XSDDatatype.XSDinteger));
        ds.addLiteral(m.createProperty(VOID, "entities"), m.createTypedLiteral(s.entities(), XSDDatatype.XSDinteger));
        ds.addLiteral(m.createProperty(VOID, "classes"), m.createTypedLiteral((long) s.classes().size(), XSDDatatype.XSDinteger));
        ds.addLiteral(m.createProperty(VOID, "properties"), m.createTypedLiteral((long) s.properties().size(), XSDDatatype.XSDinteger));
        for (String ns : vocabularies(s)) {
            ds.addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(ns));
        }
        ds.addProperty(m.createProperty(VOID, "feature"), m.createResource(FORMATS + "Turtle"));
        ds.addProperty(m.createProperty(VOID, "feature"), m.createResource(FORMATS + "N-Quads"));
        ds.addProperty(m.createProperty(VOID, "feature"), m.createResource(FORMATS + "JSON-LD"));
        ds.addProperty(m.createProperty(VOID, "feature"), m.createResource(FORMATS + "RDF_XML"));
        for (String example : examples()) {
            ds.addProperty(m.createProperty(VOID, "exampleResource"), m.createResource(example));
        }
        int i = 0;
        for (var c : s.classes().entrySet()) {
            Resource part = m.createResource(datasetIri().replace("#dataset", "#class-" + (++i)));
            ds.addProperty(m.createProperty(VOID, "classPartition"), part);
            part.addProperty(m.createProperty(VOID, "class"), m.createResource(c.getKey()));
            part.addLiteral(m.createProperty(VOID, "entities"), m.createTypedLiteral(c.getValue(), XSDDatatype.XSDinteger));
        }
        i = 0;
        for (var p : s.properties().entrySet()) {
            Resource part = m.createResource(datasetIri().replace("#dataset", "#property-" + (++i)));
            ds.addProperty(m.createProperty(VOID, "propertyPartition"), part);
            part.addProperty(m.createProperty(VOID, "property"), m.createResource(p.getKey()));
            part.addLiteral(m.createProperty(VOID, "triples"), m.createTypedLiteral(p.getValue(), XSDDatatype.XSDinteger));
        }
        return m;
    }

    /** One resource of each main kind, the first by IRI, so the list is the same on every start. */
    List<String> examples() {
        List<String> out = new ArrayList<>();
        for (Resource c : List.of(CG.Council, CG.Committee, CG.Meeting, CG.Councillor, CG.Officer, CG.Report, CG.Legislation)) {
            List<QuerySolution> rows = site.select(PageSparql.FIRST_OF_CLASS,
                    Map.of("c", c.asNode()));
            if (!rows.isEmpty()) {
                out.add(rows.get(0).getResource("s").getURI());
            }
        }
        return out;
    }

    private static List<String> vocabularies(Stats s) {
        List<String> out = new ArrayList<>();
        for (String ns : Site.PREFIXES.getNsPrefixMap().values()) {
            boolean used = s.properties().keySet().stream().anyMatch(p -> p.startsWith(ns))
                    || s.classes().keySet().stream().anyMatch(c -> c.startsWith(ns));
            if (used) {
                out.add(ns);
            }
        }
        out.sort(null);
        return out;
    }

    /** The SPARQL 1.1 Service Description of the endpoint. */
    Model serviceDescription() {
        Stats s = stats();
        Model m = model();
        Resource svc = m.createResource(site.sparqlEndpoint() + "#service");
        Property p = m.createProperty(SD, "endpoint");
        svc.addProperty(RDF.type, m.createResource(SD + "Service"));
        svc.addProperty(p, m.createResource(site.sparqlEndpoint()));
        svc.addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"));
        svc.addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "UnionDefaultGraph"));
        svc.addProperty(m.createProperty(SD, "defaultEntailmentRegime"), m.createResource("http://www.w3.org/ns/entailment/Simple"));
        svc.addProperty(m.createProperty(SD, "propertyFeature"), m.createResource("http://jena.apache.org/text#query"));
        for (String f : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "N-Triples", "JSON-LD", "RDF_XML")) {
            svc.addProperty(m.createProperty(SD, "resultFormat"), m.createResource(FORMATS + f));
        }
        Resource dataset = m.createResource(datasetIri());
        dataset.addProperty(RDF.type, m.createResource(SD + "Dataset"));
        svc.addProperty(m.createProperty(SD, "defaultDataset"), dataset);
        Resource dg = m.createResource();
        dataset.addProperty(m.createProperty(SD, "defaultGraph"), dg);
        dg.addProperty(RDF.type, m.createResource(SD + "Graph"));
        dg.addProperty(RDF.type, m.createResource(VOID + "Dataset"));
        dg.addProperty(DCTerms.description, "The union of all named graphs: one graph per source document, and the ontology.");
        dg.addLiteral(m.createProperty(VOID, "triples"), m.createTypedLiteral(s.triples(), XSDDatatype.XSDinteger));
        site.read(() -> {
            int[] n = {0};
            site.dataset().asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
                if (g.isURI() && n[0]++ < 5000) {
                    Resource ng = m.createResource();
                    dataset.addProperty(m.createProperty(SD, "namedGraph"), ng);
                    ng.addProperty(RDF.type, m.createResource(SD + "NamedGraph"));
                    ng.addProperty(m.createProperty(SD, "name"), m.createResource(g.getURI()));
                }
            });
            return null;
        });
        return m;
    }

    private static Model model() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Site.PREFIXES);
        m.setNsPrefix("void", VOID);
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("formats", FORMATS);
        return m;
    }
}
