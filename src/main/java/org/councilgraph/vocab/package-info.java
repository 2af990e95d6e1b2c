/**
 * The graph contract's vocabularies, each namespace spelled once: {@link org.councilgraph.vocab.CG}
 * (the councilgraph terms), {@link org.councilgraph.vocab.Schema} (schema.org, http form),
 * {@link org.councilgraph.vocab.Prov} (PROV-O); FOAF, ORG, Dublin Core, SKOS, OWL, RDF, RDFS and XSD
 * are Jena's own vocabulary classes. {@link org.councilgraph.vocab.Prefixes} holds the one prefix
 * mapping and the one SPARQL prologue every query of the code starts with.
 *
 * <p>May use: Jena only. Used by emit, store, resolve's consolidation, eval, bench and serve.
 */
package org.councilgraph.vocab;
