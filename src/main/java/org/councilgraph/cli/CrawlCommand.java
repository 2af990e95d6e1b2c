package org.councilgraph.cli;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.councilgraph.crawl.Archive;
import org.councilgraph.crawl.CouncilSites;
import org.councilgraph.crawl.Crawler;
import org.councilgraph.crawl.Fetcher;
import org.councilgraph.crawl.ModernGov;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code crawl}: fetch a ModernGov site's committees, meetings and documents into an archive. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = "Walks a ModernGov site's web service (GetCommittees, GetMeetings, GetMeeting), keeps each answer, "
            + "and downloads every document linked from the meetings into an archive with a manifest (URL, retrieved-at, "
            + "ETag, Last-Modified, SHA-256, size, committee, meeting, item). One request at a time, --delay-ms apart; "
            + "robots.txt obeyed; Retry-After honoured; a second crawl asks conditionally. Progress on stderr. "
            + "Exit 0, or 3 when something could not be fetched (named, a line each; the rest is kept).")
public final class CrawlCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CrawlOptions o = new CrawlOptions();

    @Override
    public Integer call() throws IOException {
        Crawler.Result r = crawl();
        return r.failures().isEmpty() ? 0 : 3;
    }

    /** The crawl, its summary on stderr; the archive records the site and the council it publishes for. */
    Crawler.Result crawl() throws IOException {
        URI base = o.site != null ? o.site : siteOf(o.council);
        if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme())) {
            throw new ParameterException(spec.commandLine(), "--site must be an http(s) URL, got '" + base + "'");
        }
        LocalDate last = o.to != null ? o.to : LocalDate.now().plusDays(90);
        LocalDate first = o.from != null ? o.from : LocalDate.now().minusYears(1);
        Fetcher fetcher = new Fetcher(Fetcher.Politeness.defaults().withDelay(o.delayMs).withMaxBytes(o.maxMb * 1024 * 1024),
                version(), e -> System.err.println(e));
        Archive a = Archive.open(o.archive);
        Optional<CouncilSites.Site> publisher = o.council != null ? CouncilSites.find(o.council) : CouncilSites.bySite(base);
        a.describe(base.toString(), publisher.map(CouncilSites.Site::name).orElse(o.council == null ? "" : o.council),
                publisher.map(CouncilSites.Site::code).orElse(""));
        Crawler.Result r = new Crawler(new ModernGov(base), fetcher, a, System.err::println)
                .crawl(new Crawler.Options(first, last, o.committees));
        System.err.printf("%d requests: %d files new or changed, %d unchanged, %d could not be fetched%n",
                r.fetched(), r.stored(), r.unchanged(), r.failures().size());
        return r;
    }

    private URI siteOf(String council) {
        if (council == null) {
            throw new ParameterException(spec.commandLine(), "give --site URL or --council NAME|CODE");
        }
        CouncilSites.Site s = CouncilSites.find(council).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "no council '" + council + "' in the register (give its code, e.g. MAN, or --site URL)"));
        if (!s.moderngov()) {
            throw new ParameterException(spec.commandLine(), s.name() + " publishes through " + s.system()
                    + " (" + s.baseUrl() + "), not ModernGov: crawl reads ModernGov sites only");
        }
        return URI.create(s.baseUrl());
    }

    static String version() {
        String v = CrawlCommand.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
