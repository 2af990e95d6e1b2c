package org.councilgraph.load;

import java.nio.file.Path;

/**
 * A paper found for a build: the file to read, and the name it is published under.
 *
 * @param file the file as found (the PATH given, or a path under it): what the build reads and what its
 *             output lines name
 * @param name the PATH's own name and the file's path below it, with {@code /} between folders
 *             ("westby/2025-01/minutes.txt" for PATH "westby" or "/home/someone/westby"; "minutes.txt" for
 *             PATH "a/minutes.txt"): the paper's {@code dcterms:source} and what its graph IRI is made
 *             from, so folders given apart, or one after another, name their papers apart, the same
 *             folder built from anywhere names them alike, and no path above it is published
 */
public record Source(Path file, String name) {
}
