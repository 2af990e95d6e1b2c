package org.councilgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.councilgraph.CouncilGraph;
import org.councilgraph.crawl.Crawler;
import org.councilgraph.store.GraphStore;
import org.councilgraph.vocab.Base;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code update}: crawl a council's ModernGov site into an archive, then build what is new or changed into a store. */
@Command(name = "update", mixinStandardHelpOptions = true,
        description = "Crawls a ModernGov site into an archive (as crawl does, politely: --delay-ms apart, robots.txt obeyed, "
            + "conditional requests for what the archive has), then builds the archive into a store (as build ARCHIVE does: "
            + "papers and answers whose content is unchanged are skipped). Exit 0, or 3 when something could not be fetched "
            + "or read (named, a line each; the rest is kept).")
public final class UpdateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CrawlOptions crawlOptions = new CrawlOptions();

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "TDB2 store directory (created if absent).")
    Path store;

    @Option(names = "--base-uri", defaultValue = Base.DEFAULT_BASE, description = "Base of every minted IRI (default: ${DEFAULT-VALUE}).")
    String baseUri;

    @Override
    public Integer call() throws IOException {
        CrawlCommand crawl = new CrawlCommand();
        crawl.spec = spec;
        crawl.o = crawlOptions;
        Crawler.Result fetched = crawl.crawl();
        try (CouncilGraph cg = new CouncilGraph(baseUri); GraphStore s = GraphStore.open(store)) {
            CouncilGraph.BuildReport r = cg.build(List.of(crawlOptions.archive), s, System.out);
            System.out.printf(Locale.ROOT, "%d stored, %d unchanged, %d failed in %.1f s%n", r.stored(), r.unchanged(), r.failures(),
                    r.millis() / 1000.0);
            return fetched.failures().isEmpty() && r.failures() == 0 ? 0 : 3;
        }
    }
}
