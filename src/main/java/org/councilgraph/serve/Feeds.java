package org.councilgraph.serve;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.councilgraph.vocab.CG;

/**
 * Atom 1.0 feeds, written with ROME: what is new about a committee, a person, a post, an Act or a
 * section, a search, or the whole dataset. Entry ids are the IRIs of what the entries are about
 * (a meeting, a report, a post holding, a paper), so an entry keeps its id across rebuilds; an
 * entry is {@code updated} on the date of its meeting or paper, or, when the papers give none,
 * when the store was last written (when the paper was read). Links point at the server that was
 * asked ({@code root}), the way the site's pages do; ids keep the store's real IRIs.
 */
final class Feeds {
    /** The Atom media type, as sent. */
    static final String CONTENT_TYPE = "application/atom+xml;charset=utf-8";

    /** A feed ready to send: its bytes, validators and when it last changed. */
    record Built(byte[] bytes, String etag, Instant lastModified) {
    }

    private final Site site;
    /** The address of the site's root on the server that was asked, ending in "/". */
    private final String root;

    Feeds(Site site, String root) {
        this.site = site;
        this.root = root.endsWith("/") ? root : root + "/";
    }

    /** True when entities of these types have a feed. */
    static boolean follows(Set<String> types) {
        return kind(types).isPresent();
    }

    private static Optional<String> kind(Set<String> types) {
        if (types.contains(FOAF.Person.getURI()) || types.contains(CG.Councillor.getURI()) || types.contains(CG.Officer.getURI())
                || types.contains(CG.CoOptedMember.getURI())) {
            return Optional.of("person");
        }
        if (types.contains(CG.LegislationSection.getURI()) || types.contains(CG.Legislation.getURI())) {
            return Optional.of("law");
        }
        if (types.contains(ORG.Post.getURI())) {
            return Optional.of("post");
        }
        if (types.contains(CG.Committee.getURI())) {
            return Optional.of("committee");
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- the feeds

    /** The feed of the entity at {@code path} (after {@code id/}); empty when it is unknown or has no feed. */
    Optional<Built> entity(String path, String self) {
        String iri = site.iriOf(path);
        Set<String> types = new java.util.LinkedHashSet<>();
        site.select(PageSparql.TYPES, "e", iri).forEach(r -> {
            if (r.get("t").isURIResource()) {
                types.add(r.getResource("t").getURI());
            }
        });
        Optional<String> kind = kind(types);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        String label = site.labels(List.of(iri)).getOrDefault(iri, Site.fallbackLabel(iri));
        Feed feed = feed(site.url("feed/" + path), label, self, browse(iri));
        List<Entry> entries = switch (kind.get()) {
            case "committee" -> FeedEntries.committee(this, site.select(FeedSparql.COMMITTEE, "e", iri));
            case "person" -> FeedEntries.person(this, site.select(FeedSparql.PERSON, "e", iri));
            case "post" -> FeedEntries.post(this, site.select(FeedSparql.POST, "e", iri), label);
            default -> FeedEntries.citers(this, site.select(FeedSparql.CITERS, "e", iri));
        };
        feed.setSubtitle(text(switch (kind.get()) {
            case "committee" -> "Meetings of " + label + ", newest first, with what each decided and its papers.";
            case "person" -> "Meetings " + label + " attended or sent apologies to, reports written or contact for, posts held.";
            case "post" -> "Who held " + label + ", as the papers name them over time.";
            default -> "Reports, agenda items and papers citing " + label + ".";
        }));
        return Optional.of(finish(feed, entries));
    }

    /** Search results as a feed: what a saved search would bring. */
    Built search(String q, String self) {
        String query = q == null ? "" : q.strip();
        Feed feed = feed(site.url("feed/search?q=" + SitePages.encode(query)), "Search: " + query, self,
                root + "search?q=" + SitePages.encode(query));
        String lucene = TextSearch.luceneQuery(query);
        List<QuerySolution> rows = lucene.isEmpty() ? List.of()
                : site.select(PageSparql.SEARCH, Map.of("q", NodeFactory.createLiteralString(lucene)));
        return finish(feed, FeedEntries.search(this, rows));
    }

    /** The papers in the dataset, newest first. */
    Built papers(String self) {
        Feed feed = feed(site.url("feed"), "Papers", self, root);
        feed.setSubtitle(text("Every paper read into the dataset, newest first by the meetings it records."));
        return finish(feed, FeedEntries.papers(this, site.select(FeedSparql.PAPERS, Map.of())));
    }

    // ---------------------------------------------------------------- parts

    private Feed feed(String id, String title, String self, String alternate) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(id);
        feed.setTitle("councilgraph: " + title);
        Person author = new Person();
        author.setName("councilgraph");
        author.setUri(root);
        feed.setAuthors(List.of(author));
        Generator g = new Generator();
        g.setValue("councilgraph");
        feed.setGenerator(g);
        feed.setAlternateLinks(List.of(link("alternate", alternate, "text/html")));
        feed.setOtherLinks(List.of(link("self", self, "application/atom+xml")));
        return feed;
    }

    private Built finish(Feed feed, List<Entry> entries) {
        Instant read = readAt();
        Map<String, Entry> unique = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e.getUpdated() == null) {
                e.setUpdated(Date.from(read));
            }
            unique.putIfAbsent(e.getId(), e);
        }
        List<Entry> sorted = new ArrayList<>(unique.values());
        sorted.sort(Comparator.comparing(Entry::getUpdated).reversed().thenComparing(Entry::getId));
        List<Entry> kept = sorted.subList(0, Math.min(FeedSparql.MAX_ENTRIES, sorted.size()));
        feed.setEntries(new ArrayList<>(kept));
        Instant updated = kept.stream().map(e -> e.getUpdated().toInstant()).max(Comparator.naturalOrder()).orElse(read);
        feed.setUpdated(Date.from(updated));
        try {
            byte[] bytes = new WireFeedOutput().outputString(feed, true).getBytes(StandardCharsets.UTF_8);
            // the feed can change only when the store does: that is when it was last modified
            Instant modified = updated.isAfter(read) ? updated : read;
            return new Built(bytes, etag(bytes), modified);
        } catch (FeedException e) {
            throw new IllegalStateException("could not write the feed " + feed.getId() + ": " + e.getMessage(), e);
        }
    }

    static Link link(String rel, String href, String type) {
        Link l = new Link();
        l.setRel(rel);
        l.setHref(href);
        if (type != null) {
            l.setType(type);
        }
        return l;
    }

    static Content text(String s) {
        Content c = new Content();
        c.setType(Content.TEXT);
        c.setValue(s);
        return c;
    }

    static Content html(String s) {
        Content c = new Content();
        c.setType(Content.HTML);
        c.setValue(s);
        return c;
    }

    /** Where a reader browses an IRI on the server that was asked: its page there, or the IRI itself when it is on the web. */
    String browse(String iri) {
        return site.href(iri).map(h -> h.startsWith(site.base()) ? root + h.substring(site.base().length()) : h).orElse(root);
    }

    Site site() {
        return site;
    }

    /** Each entry's date: its own or its meeting's, else its latest paper's (none when the papers give none). */
    Map<String, Instant> dates(Collection<String> iris) {
        Map<String, Instant> out = new LinkedHashMap<>();
        List<String> todo = iris.stream().distinct().toList();
        for (QuerySolution r : chunked(FeedSparql.DATES, todo)) {
            String x = EntityPages.uri(r, "x");
            instant(EntityPages.text(r, "date")).ifPresent(d -> out.put(x, d));
        }
        List<String> undated = todo.stream().filter(x -> !out.containsKey(x)).toList();
        if (!undated.isEmpty()) {
            Map<String, Instant> papers = paperDates();
            for (QuerySolution r : chunked(FeedSparql.GRAPHS, undated)) {
                Instant d = papers.get(EntityPages.uri(r, "g"));
                if (d != null) {
                    out.merge(EntityPages.uri(r, "x"), d, (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        return out;
    }

    private List<QuerySolution> chunked(String sparql, List<String> iris) {
        List<QuerySolution> rows = new ArrayList<>();
        for (int from = 0; from < iris.size(); from += 200) {
            StringBuilder values = new StringBuilder();
            iris.subList(from, Math.min(iris.size(), from + 200))
                    .forEach(i -> values.append(FmtUtils.stringForNode(NodeFactory.createURI(i))).append(' '));
            rows.addAll(site.selectOnce(sparql.replace("#VALUES#", values), Map.of()));
        }
        return rows;
    }

    private Map<String, Instant> paperDates;

    /** The date of every paper's graph: when its holdings were observed, else its meeting's, else the first meeting it names. */
    Map<String, Instant> paperDates() {
        if (paperDates == null) {
            paperDates = new java.util.HashMap<>();
            for (String q : List.of(FeedSparql.ANY, FeedSparql.MAIN, FeedSparql.OBSERVED)) {
                // each more trusted than the one before: its date replaces theirs
                for (QuerySolution r : site.select(q, Map.of())) {
                    instant(EntityPages.text(r, "date")).ifPresent(d -> paperDates.put(EntityPages.uri(r, "g"), d));
                }
            }
        }
        return paperDates;
    }

    /** "2025-03-12", "2025-03-12T14:00:00" or with an offset, as an instant (dates and local times as UTC). */
    static Optional<Instant> instant(String lexical) {
        if (lexical == null || lexical.isBlank()) {
            return Optional.empty();
        }
        try {
            if (lexical.length() == 10) {
                return Optional.of(LocalDate.parse(lexical).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            try {
                return Optional.of(OffsetDateTime.parse(lexical).toInstant());
            } catch (RuntimeException e) {
                return Optional.of(LocalDateTime.parse(lexical).toInstant(ZoneOffset.UTC));
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** When the store was last written, to the second: when its newest paper was read. */
    Instant readAt() {
        Path dir = site.store().location();
        long newest = 0;
        if (dir != null && Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.walk(dir, 3)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (Files.isRegularFile(f) && !f.getFileName().toString().equals("tdb.lock")) {
                        newest = Math.max(newest, Files.getLastModifiedTime(f).toMillis());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the store's times: " + e.getMessage(), e);
            }
        }
        return Instant.ofEpochSecond(newest / 1000);
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(h, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
