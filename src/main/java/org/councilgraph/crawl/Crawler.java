package org.councilgraph.crawl;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.councilgraph.text.Slugs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Walks a ModernGov site: GetCommittees, then GetMeetings for each committee over the dates asked,
 * then GetMeeting for each meeting, and keeps each answer in the archive ({@code ws/}); then each
 * meeting's "Agenda and minutes" page and every document linked from the meeting's items or from that
 * page ({@code papers/}, by committee and meeting). What cannot be had is named and skipped; the rest
 * is kept.
 */
public final class Crawler {
    static final String WS = Archive.WS;
    static final String PAPERS = "papers";

    /** What to crawl: meetings between two days, of all committees or of those named by id. */
    public record Options(LocalDate from, LocalDate to, List<String> committees) {
    }

    /** How a crawl went: requests, files new or changed, files unchanged, and what could not be had. */
    public record Result(int fetched, int stored, int unchanged, List<String> failures) {
    }

    private final ModernGov site;
    private final Fetcher fetcher;
    private final Archive archive;
    private final Consumer<String> progress;
    private int fetched;
    private int stored;
    private int unchanged;
    private final List<String> failures = new ArrayList<>();

    public Crawler(ModernGov site, Fetcher fetcher, Archive archive, Consumer<String> progress) {
        this.site = site;
        this.fetcher = fetcher;
        this.archive = archive;
        this.progress = progress;
    }

    public Result crawl(Options o) {
        byte[] list = fetch(site.committees(), WS + "/GetCommittees.xml", Archive.Context.NONE);
        if (list != null) {
            try {
                for (ModernGov.Committee c : ModernGov.committees(list)) {
                    if (!c.deleted() && (o.committees().isEmpty() || o.committees().contains(c.id()))) {
                        committee(c, o);
                    }
                }
            } catch (ModernGov.BadAnswer e) {
                fail(site.committees(), e.getMessage());
            }
        }
        return new Result(fetched, stored, unchanged, List.copyOf(failures));
    }

    private void committee(ModernGov.Committee c, Options o) {
        URI uri = site.meetings(c.id(), o.from(), o.to());
        String file = WS + "/GetMeetings-" + safe(c.id()) + "-" + o.from() + "-" + o.to() + ".xml";
        byte[] body = fetch(uri, file, new Archive.Context(c.id(), "", "", c.title()));
        if (body == null) {
            return;
        }
        try {
            for (ModernGov.MeetingRef m : ModernGov.meetings(body)) {
                meeting(c, m);
            }
        } catch (ModernGov.BadAnswer e) {
            fail(uri, e.getMessage());
        }
    }

    private void meeting(ModernGov.Committee c, ModernGov.MeetingRef m) {
        URI uri = site.meeting(m.id());
        Archive.Context cx = new Archive.Context(c.id(), m.id(), "", c.title() + " " + m.date());
        byte[] body = fetch(uri, WS + "/GetMeeting-" + safe(m.id()) + ".xml", cx);
        if (body == null) {
            return;
        }
        String folder = PAPERS + "/" + safe(c.id()) + "-" + Slugs.slug(c.title()) + "/" + m.date() + "-" + safe(m.id());
        Set<URI> done = new LinkedHashSet<>();
        try {
            for (ModernGov.LinkedDoc d : ModernGov.documents(body, site.site())) {
                if (done.add(d.url())) {
                    document(d.url(), folder + "/" + safe(d.attachmentId()) + "-" + Slugs.slug(d.title()),
                            new Archive.Context(c.id(), m.id(), d.item(), d.title()));
                }
            }
        } catch (ModernGov.BadAnswer e) {
            fail(uri, e.getMessage());
            return;
        }
        if (!m.status().equalsIgnoreCase("cancelled")) {
            packs(c, m, folder, done);
        }
    }

    /** The meeting's page and the printed packs it links under /documents/ (minutes, agenda packs). */
    private void packs(ModernGov.Committee c, ModernGov.MeetingRef m, String folder, Set<URI> done) {
        URI page = site.documentsPage(c.id(), m.id());
        byte[] html = fetch(page, folder + "/agenda-and-minutes.html", new Archive.Context(c.id(), m.id(), "", "Agenda and minutes"));
        if (html == null) {
            return;
        }
        for (Element a : Jsoup.parse(new String(html, StandardCharsets.UTF_8), page.toString()).select("a[href]")) {
            String href = a.absUrl("href");
            if (!href.contains("/documents/") || !href.toLowerCase().matches(".*\\.(pdf|docx?|html?)$")) {
                continue;
            }
            URI target;
            try {
                target = URI.create(href.replace(" ", "%20"));
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (Fetcher.sameHost(site.site(), target) && done.add(target)) {
                String name = target.getPath().substring(target.getPath().lastIndexOf('/') + 1);
                document(target, folder + "/" + Slugs.slug(name.replaceAll("\\.[A-Za-z]+$", "")),
                        new Archive.Context(c.id(), m.id(), "", a.text()));
            }
        }
    }

    private void document(URI uri, String fileWithoutExtension, Archive.Context cx) {
        Archive.Entry known = archive.entry(uri.toString()).orElse(null);
        String file = known != null && known.file().startsWith(fileWithoutExtension) ? known.file() : null;
        fetchInto(uri, file, fileWithoutExtension, cx);
    }

    private byte[] fetch(URI uri, String file, Archive.Context cx) {
        return fetchInto(uri, file, null, cx);
    }

    /**
     * Fetches {@code uri} (conditionally when the archive has it) and keeps it at {@code file}, or, when
     * the file's name waits on its content, at {@code stem} plus the extension the content shows.
     * Returns the body (the archived one after a 304), or null when it could not be had.
     */
    private byte[] fetchInto(URI uri, String file, String stem, Archive.Context cx) {
        String url = uri.toString();
        Fetcher.Validators known = archive.entry(url).map(Archive.Entry::validators).orElse(Fetcher.Validators.NONE);
        try {
            boolean have = archive.body(url).isPresent();
            Fetcher.Response r = fetcher.get(uri, have ? known : Fetcher.Validators.NONE);
            fetched++;
            if (r.notModified()) {
                archive.unchanged(url, r.validators());
                unchanged++;
                return archive.body(url).orElse(null);
            }
            String target = file != null ? file : stem + extension(r.body(), r.contentType());
            if (archive.store(url, target, r.body(), r.validators(), cx)) {
                stored++;
            } else {
                unchanged++;
            }
            return r.body();
        } catch (FetchException e) {
            fail(uri, e.reason());
        } catch (IOException e) {
            fail(uri, "could not be written to the archive: " + e.getMessage());
        }
        return null;
    }

    static String extension(byte[] body, String contentType) {
        String head = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1).stripLeading().toLowerCase();
        if (head.startsWith("%pdf")) {
            return ".pdf";
        }
        if (head.startsWith("pk")) {
            return ".docx";
        }
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || contentType.contains("html")) {
            return ".html";
        }
        return contentType.contains("xml") ? ".xml" : ".txt";
    }

    private void fail(URI uri, String reason) {
        String line = uri + ": " + reason;
        failures.add(line);
        progress.accept("FAILED  " + line);
    }

    /** An id as the server sends it, made safe for a file name. */
    private static String safe(String id) {
        String s = id.replaceAll("[^A-Za-z0-9_-]", "_");
        return s.isEmpty() ? "_" : s.length() > 40 ? s.substring(0, 40) : s;
    }
}
