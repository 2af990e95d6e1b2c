/**
 * The resolve stage: one paper's mentions (its {@link org.councilgraph.annotate.Annotations}, with the
 * {@link org.councilgraph.segment.Layout} they were read from) to entities with stable IRIs, as one
 * {@link org.councilgraph.resolve.Resolved} record. {@link org.councilgraph.resolve.Resolver} is the
 * entry point; it runs the sub-resolvers (proceedings, people, committee roles, posts, report
 * authors, bodies, legislation) as a sequence of named steps, each handing what it finds to the
 * paper's one accumulator, {@link org.councilgraph.resolve.PaperEntities}.
 *
 * <p>A web service's answer, whose facts are structured already, is resolved by {@link
 * org.councilgraph.resolve.ServiceResolver} into the same accumulator and IRIs.
 *
 * <p>May use: load (the paper), service (a web service's answer read), segment (its layout and council reference), annotate (its mentions,
 * and for now the post-title grammar, through {@code PostGrammar} only), text (names, slugs, the
 * lexicon loader), rule. Never emit, store, serve or consolidate; does not re-run segment's or
 * annotate's readers except where marked (membership lists, the paper's date), which are to become
 * fields of the layout.
 */
package org.councilgraph.resolve;
