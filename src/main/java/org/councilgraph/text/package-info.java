/**
 * Text utilities every stage shares: dates and times as English papers print them, people's names,
 * capitals, slugs, string similarity, character spans, and {@link org.councilgraph.text.Lexicon}, the
 * one loader of the word lists and tables kept as data under {@code org/councilgraph/lexicon/}.
 *
 * <p>May use: the JDK only. Used by every stage; knows nothing of papers, layouts or graphs.
 */
package org.councilgraph.text;
