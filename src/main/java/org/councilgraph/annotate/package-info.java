/**
 * The annotate stage: a paper's {@link org.councilgraph.segment.Layout} to its {@link
 * org.councilgraph.annotate.Annotations}, the mentions read from its sentences, each with its span:
 * people (with the honorifics and posts printed beside them), post titles, bodies (councils,
 * committees, the council's own units and services, outside organisations), and citations of Acts
 * and their sections. {@link org.councilgraph.annotate.Annotator#annotate} is the entry point.
 * CoreNLP supplies sentences and its person/organisation model, loaded once per thread; rules supply
 * what has a fixed shape, as named predicates in {@link org.councilgraph.rule.Cascade}s, their words
 * in the lexicon tables under {@code org/councilgraph/lexicon/}.
 *
 * <p>May use: segment (the layout, and the register of councils), text (names, casing, grammars, the
 * lexicon loader), rule. Never load a paper again, resolve, emit, store or serve.
 */
package org.councilgraph.annotate;
