/**
 * The serve stage: a store, read-only, as an embedded Fuseki SPARQL endpoint and a linked-data site.
 * {@link org.councilgraph.serve.Server#start} is the entry point. The endpoint's guard ({@link
 * org.councilgraph.serve.EndpointGuard}) sets each query's time limit, row cap and turn, refuses what
 * must not run, and caches answers; the site ({@code Web}) answers every entity
 * IRI in Turtle, JSON-LD and HTML, and serves search, feeds, the query editor with the example queries
 * (paged, {@code Paging}), dumps, VoID and the service description.
 *
 * <p>May use: store (the dataset, its text index and query functions), vocab. Never reads papers or
 * writes the store.
 */
package org.councilgraph.serve;
