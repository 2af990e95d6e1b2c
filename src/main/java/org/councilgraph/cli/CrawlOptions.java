package org.councilgraph.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of a crawl, shared by {@code crawl} and {@code update}. */
final class CrawlOptions {
    @Option(names = "--site", paramLabel = "URL", description = "The ModernGov site, e.g. https://democracy.westby.gov.uk")
    URI site;

    @Option(names = "--council", paramLabel = "NAME|CODE", description = "A council by register code or name; its site "
            + "is found in the register when --site is not given.")
    String council;

    @Option(names = "--archive", required = true, paramLabel = "DIR", description = "Where the archive is kept (created if absent).")
    Path archive;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of meetings (default: a year ago).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of meetings (default: 90 days ahead).")
    LocalDate to;

    @Option(names = "--committee", paramLabel = "ID", description = "Only this committee (repeatable).")
    List<String> committees = new ArrayList<>();

    @Option(names = "--delay-ms", defaultValue = "1000", description = "Milliseconds between requests to the site (default ${DEFAULT-VALUE}).")
    long delayMs;

    @Option(names = "--max-mb", defaultValue = "50", description = "Largest document downloaded, in MB (default ${DEFAULT-VALUE}).")
    long maxMb;
}
