/**
 * The store: a TDB2 dataset holding one named graph per paper, written through a Jena
 * {@code StreamRDF} and read by SPARQL. {@link org.councilgraph.store.GraphStore} replaces a paper's
 * graph whole, tells whether a paper changed since it was stored (its content hash) and lists the
 * papers stored. {@link org.councilgraph.store.NewestCitations} is the store's own query function
 * ({@code cg:newestCitations}): each Act's citations kept newest first.
 *
 * <p>May use: Jena (TDB2, ARQ), vocab. Never the extraction stages.
 */
package org.councilgraph.store;
