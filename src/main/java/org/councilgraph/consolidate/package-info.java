/**
 * Consolidation across papers, run over the whole store after a build: one node per real thing even
 * when no single paper says enough to know it (a council known by its mail domain, a paper that names
 * no council, one person or committee printed differently in two papers).
 * {@link org.councilgraph.consolidate.Consolidator} is the entry point; each kind of merge is a class
 * of its own that reads the store and returns renamings, and {@code GraphRewrite} applies them,
 * one write transaction per graph changed.
 *
 * <p>May use: Jena (to query and rewrite the store), resolve (IRI scheme, the unknown council's name,
 * chain-shortening of renamings), text (names, slugs, the lexicon loader), rule. Runs after store;
 * no earlier stage uses it.
 */
package org.councilgraph.consolidate;
