/**
 * The emit stage: a {@link org.councilgraph.resolve.Resolved} paper to quads in the paper's own named
 * graph, written to a Jena {@code StreamRDF} the caller supplies (the store's loader, a file, a test
 * collector). {@link org.councilgraph.emit.Emitter#emit} is the entry point; it states each kind of
 * entity in its own method, in the standard vocabularies first and the councilgraph terms as well, with
 * a {@code cg:Mention} for the provenance of every fact read.
 *
 * <p>May use: resolve (the Resolved record and the IRIs), load (the paper, for pages and quotes),
 * vocab, Jena. Never store or serve: it does not know where its quads go.
 */
package org.councilgraph.emit;
