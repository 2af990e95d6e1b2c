/**
 * The survey: a yardstick for papers that have no gold. It builds papers into a store, then reads
 * each paper's named graph back through the graph contract (never the extractor's internals) and
 * says what kind of paper it is, what was found in it, and what a paper of that kind should have
 * and lacks; then the share of papers with each structure, by kind and by council.
 *
 * <p>May use: load (to read a paper's first lines for its kind), the facade to build, store, vocab,
 * resolve (its name for an unknown council),
 * text.
 */
package org.councilgraph.survey;
