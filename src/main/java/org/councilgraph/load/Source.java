package org.councilgraph.load;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A paper found for a build: the file to read, and the name it is published under.
 *
 * @param file     the file as found (the PATH given, or a path under it): what the build reads and what its
 *                 output lines name
 * @param name     the PATH's own name and the file's path below it, with {@code /} between folders
 *                 ("westby/2025-01/minutes.txt" for PATH "westby" or "/home/someone/westby"; "minutes.txt" for
 *                 PATH "a/minutes.txt"): the paper's {@code dcterms:source} and what its graph IRI is made
 *                 from, so folders given apart, or one after another, name their papers apart, the same
 *                 folder built from anywhere names them alike, and no path above it is published; for a file
 *                 of a crawl's archive, the URL it was fetched from
 * @param archived what a crawl's archive knows of the file, for files found in one
 */
public record Source(Path file, String name, Optional<Archived> archived) {
    public Source(Path file, String name) {
        this(file, name, Optional.empty());
    }

    /** True for an answer of a council's web service, which is read as structured facts rather than as a paper. */
    public boolean serviceAnswer() {
        return archived.map(Archived::serviceAnswer).orElse(false);
    }

    /**
     * What a crawl's archive records of one of its files.
     *
     * @param council        the council the site publishes for (the register's name), empty when unknown
     * @param committeeId    the committee the file belongs to, by the site's id, empty when none
     * @param committeeTitle that committee's title, empty when not recorded
     * @param serviceAnswer  true for an answer of the site's web service
     */
    public record Archived(String council, String committeeId, String committeeTitle, boolean serviceAnswer) {
    }
}
