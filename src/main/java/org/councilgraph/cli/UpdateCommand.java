package org.councilgraph.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.councilgraph.CouncilGraph;
import org.councilgraph.crawl.Crawler;
import org.councilgraph.store.GraphStore;
import org.councilgraph.vocab.Base;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code update}: crawl a council's ModernGov site into an archive, then build what is new or changed into a store. */
@Command(name = "update", mixinStandardHelpOptions = true,
        description = {"Crawls a ModernGov site into an archive (as crawl does, politely: --delay-ms apart, robots.txt obeyed,",
            "conditional requests for what the archive has), then builds the archive into a store (as build ARCHIVE does:",
            "papers and answers whose content is unchanged are skipped). Exit 0, or 3 when something could not be fetched",
            "or read (named, a line each; the rest is kept)."})
public final class UpdateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

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

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "TDB2 store directory (created if absent).")
    Path store;

    @Option(names = "--base-uri", defaultValue = Base.DEFAULT_BASE, description = "Base of every minted IRI (default: ${DEFAULT-VALUE}).")
    String baseUri;

    @Option(names = "--delay-ms", defaultValue = "1000", description = "Milliseconds between requests to the site (default ${DEFAULT-VALUE}).")
    long delayMs;

    @Option(names = "--max-mb", defaultValue = "50", description = "Largest document downloaded, in MB (default ${DEFAULT-VALUE}).")
    long maxMb;

    @Override
    public Integer call() throws IOException {
        CrawlCommand crawl = new CrawlCommand();
        crawl.spec = spec;
        crawl.site = site;
        crawl.council = council;
        crawl.archive = archive;
        crawl.from = from;
        crawl.to = to;
        crawl.committees = committees;
        crawl.delayMs = delayMs;
        crawl.maxMb = maxMb;
        Crawler.Result fetched = crawl.crawl();
        try (CouncilGraph cg = new CouncilGraph(baseUri); GraphStore s = GraphStore.open(store)) {
            CouncilGraph.BuildReport r = cg.build(List.of(archive), s, System.out);
            System.out.printf(Locale.ROOT, "%d stored, %d unchanged, %d failed in %.1f s%n", r.stored(), r.unchanged(), r.failures(),
                    r.millis() / 1000.0);
            return fetched.failures().isEmpty() && r.failures() == 0 ? 0 : 3;
        }
    }
}
