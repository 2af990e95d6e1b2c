/**
 * Named rules: the extractor's acceptances and rejections written as small named predicates,
 * combined by and/or/not and ordered in a {@link org.councilgraph.rule.Cascade}, so that every
 * decision can say which rule made it (the way jsoup's {@code select.Evaluator} subclasses are
 * combined by {@code CombiningEvaluator}). {@link org.councilgraph.rule.Explain} collects those
 * decisions for the {@code explain} command.
 *
 * <p>May use: the JDK only. Used by segment, annotate and resolve.
 */
package org.councilgraph.rule;
