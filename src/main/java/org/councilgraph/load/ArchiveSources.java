package org.councilgraph.load;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.councilgraph.crawl.Archive;
import org.councilgraph.crawl.CouncilSites;

/**
 * The files of a crawl's archive ({@code manifest.tsv} beside {@code ws/}), each named by the URL it
 * was fetched from: the web service's answers, marked to be read as structured facts, and the papers.
 * A meeting's "Agenda and minutes" listing page is passed over (what it lists, the web service says
 * as facts); a manifest line whose file is gone is named, not read.
 */
final class ArchiveSources {
    /** The manifest's title of a meeting's answer is "COMMITTEE DATE": the date is not the committee's. */
    private static final Pattern TRAILING_DAY = Pattern.compile("\\s+\\d{4}-\\d{2}-\\d{2}$");
    static final String LISTING_PAGE = "agenda-and-minutes.html";

    private ArchiveSources() {
    }

    static boolean isArchive(Path dir) {
        return Files.isDirectory(dir) && Archive.isArchive(dir);
    }

    static List<Source> sources(Path root, Consumer<PaperException> onProblem) {
        List<Source> out = new ArrayList<>();
        List<Archive.Entry> entries;
        Map<String, String> about;
        try {
            entries = Archive.entriesOf(root);
            about = Archive.about(root);
        } catch (IOException e) {
            onProblem.accept(new PaperException(root.resolve(Archive.MANIFEST).toString(), "cannot be read: " + e.getMessage(), e));
            return out;
        }
        String council = council(about, entries);
        for (Archive.Entry e : entries) {
            Path file = root.resolve(e.file()).normalize();
            if (!file.startsWith(root.normalize()) || file.getFileName().toString().equals(LISTING_PAGE)) {
                continue;
            }
            if (!Files.isRegularFile(file)) {
                onProblem.accept(new PaperException(file.toString(), "listed in the archive's manifest for " + e.url() + " but missing"));
                continue;
            }
            boolean answer = e.file().startsWith(Archive.WS + "/");
            String committeeTitle = answer ? TRAILING_DAY.matcher(e.title()).replaceFirst("") : "";
            out.add(new Source(file, e.url(), Optional.of(new Source.Archived(council, e.committee(), committeeTitle, answer))));
        }
        return out;
    }

    /** The council the archive says it is of, else the one the register gives the site crawled. */
    private static String council(Map<String, String> about, List<Archive.Entry> entries) {
        if (!about.getOrDefault("council", "").isBlank()) {
            return about.get("council");
        }
        String site = about.getOrDefault("site", entries.isEmpty() ? "" : entries.get(0).url());
        try {
            return CouncilSites.bySite(URI.create(site)).map(CouncilSites.Site::name).orElse("");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
