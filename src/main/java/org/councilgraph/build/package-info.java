/**
 * Running a build: which papers a build reads and what each is known by ({@link
 * org.councilgraph.build.PaperNames}), and the workers that analyse them within a time limit ({@link
 * org.councilgraph.build.PaperPool}). Used by the facade ({@code CouncilGraph}); uses {@code load}
 * (sources), {@code resolve} (the IRI scheme) and {@code text} (slugs), and no stage uses it.
 */
package org.councilgraph.build;
