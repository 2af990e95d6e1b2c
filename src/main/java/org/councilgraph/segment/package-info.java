/**
 * The segment stage: a paper's text to its {@link org.councilgraph.segment.Layout}, read from the shape
 * of the page (headings, numbered lines, lists, labelled fields), not from the meaning of sentences.
 * {@link org.councilgraph.segment.Segmenter#segment} is the entry point; it cuts the paper into meeting
 * sections and report covers, reads items, attendance, resolutions, declarations and contact blocks
 * inside them, the membership lists printed outside any meeting, the staff layouts (names with their
 * posts), the tables set as text and the election notices a Returning Officer publishes (candidates, subscribers, parties, the office, the signing officer), so that no later stage reads the page again. Word lists live in the lexicon tables under {@code org/councilgraph/lexicon/}; the
 * accept-or-reject decisions are named rules in {@link org.councilgraph.rule.Cascade}s.
 *
 * <p>May use: load (the paper), text (dates, names, casing, the lexicon loader), rule. Never annotate,
 * resolve, emit, store or serve.
 */
package org.councilgraph.segment;
