package org.councilgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Atom feeds over a store of the sample papers whose IRIs are under another host than the
 * server's (as a store built with the default base and served on another port): every feed parses
 * with ROME as Atom 1.0 with its required elements and unique entry ids; ids are the store's IRIs
 * while links point at the server asked; conditional requests get 304; pages link their feeds,
 * and to the rest of the site relatively.
 */
class FeedsTest {
    static final String BASE = "http://localhost:3030/";

    @TempDir
    static Path dir;
    static Served s;

    @BeforeAll
    static void serve() throws IOException {
        s = Served.start(dir, BASE, Served.allSamples(), true, null);
    }

    @AfterAll
    static void stop() {
        if (s != null) {
            s.close();
        }
    }

    private static String feedPath(String iri) {
        return "/feed/" + iri.substring((BASE + "id/").length());
    }

    /** The feed at {@code path}, parsed by ROME, checked for what Atom 1.0 requires of a feed and its entries. */
    private static Feed atom(String path) {
        HttpResponse<String> r = s.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"), path);
        Feed feed;
        try {
            feed = (Feed) new WireFeedInput().build(new StringReader(r.body()));
        } catch (Exception e) {
            throw new AssertionError(path + " is not a feed ROME reads: " + e.getMessage(), e);
        }
        assertEquals("atom_1.0", feed.getFeedType(), path);
        assertNotNull(feed.getId(), path + ": feed id");
        assertTrue(URI.create(feed.getId()).isAbsolute(), path + ": the feed id is an absolute IRI");
        assertTrue(feed.getTitle() != null && !feed.getTitle().isBlank(), path + ": feed title");
        assertNotNull(feed.getUpdated(), path + ": feed updated");
        assertFalse(feed.getAuthors().isEmpty(), path + ": a feed author stands for entries that name none");
        assertTrue(feed.getOtherLinks().stream().anyMatch(l -> l.getRel().equals("self")), path + ": rel=self");
        Set<String> ids = new HashSet<>();
        for (Entry e : feed.getEntries()) {
            assertTrue(ids.add(e.getId()), path + ": entry id repeated: " + e.getId());
            assertTrue(URI.create(e.getId()).isAbsolute(), path + ": entry id is an IRI: " + e.getId());
            assertTrue(e.getTitleEx() != null && !e.getTitleEx().getValue().isBlank(), path + ": entry title");
            assertNotNull(e.getUpdated(), path + ": entry updated");
            assertFalse(e.getAlternateLinks().isEmpty(), path + ": an entry with no content links to its page");
            assertTrue(feed.getUpdated().compareTo(e.getUpdated()) >= 0, path + ": the feed is as new as its newest entry");
        }
        return feed;
    }

    private static List<String> ids(Feed f) {
        return f.getEntries().stream().map(Entry::getId).toList();
    }

    @Test
    void aCommitteeFeedListsItsMeetingsNewestFirstWithTheirIrisAsIds() {
        String committee = s.first("SELECT ?k WHERE { ?k a cg:Committee . ?mt cg:committee ?k } GROUP BY ?k ORDER BY DESC(COUNT(?mt)) ?k LIMIT 1", "k");
        Feed f = atom(feedPath(committee));
        List<String> meetings = new ArrayList<>();
        for (QuerySolution r : s.query("SELECT ?mt WHERE { ?mt cg:committee <" + committee + "> ; schema:startDate ?d } ORDER BY DESC(?d)")) {
            meetings.add(r.getResource("mt").getURI());
        }
        assertTrue(meetings.size() > 1, "the samples hold several meetings of one committee");
        assertEquals(meetings, ids(f), "one entry per meeting, newest first, its id the meeting's IRI");
        for (int i = 1; i < f.getEntries().size(); i++) {
            assertTrue(f.getEntries().get(i - 1).getUpdated().compareTo(f.getEntries().get(i).getUpdated()) >= 0);
        }
        assertEquals(BASE + "feed/" + committee.substring((BASE + "id/").length()), f.getId(), "the feed's id is under the store's base");
        for (Entry e : f.getEntries()) {
            Link page = e.getAlternateLinks().get(0);
            assertTrue(page.getHref().startsWith(s.url("/page/")), "links go to the server asked: " + page.getHref());
            assertEquals(200, s.get(page.getHref().substring(s.url("").length())).statusCode(), page.getHref());
        }
        String decided = s.first("SELECT ?v WHERE { ?mt cg:committee <" + committee + "> . ?i cg:meeting ?mt . ?r cg:agendaItem ?i ; rdf:value ?v } LIMIT 1", "v");
        assertTrue(f.getEntries().stream().anyMatch(e -> e.getSummary().getValue().contains(decided)), "what was decided is in the entry");
    }

    @Test
    void personPostLawSearchAndDatasetFeedsAreValidAtom() {
        String officer = s.first("SELECT ?p WHERE { ?p a cg:Officer . ?r cg:contactOfficer ?p } ORDER BY ?p LIMIT 1", "p");
        Feed person = atom(feedPath(officer));
        String report = s.first("SELECT ?r WHERE { ?r cg:contactOfficer <" + officer + "> } ORDER BY ?r LIMIT 1", "r");
        assertTrue(ids(person).contains(report), "the reports a person is contact officer for");

        String holding = s.first("SELECT ?h WHERE { ?h a cg:PostHolding ; cg:post ?post } ORDER BY ?h LIMIT 1", "h");
        String post = s.first("SELECT ?p WHERE { <" + holding + "> cg:post ?p }", "p");
        assertTrue(ids(atom(feedPath(post))).contains(holding), "a post's feed carries its holdings");

        String section = s.first("SELECT ?x WHERE { ?x a cg:LegislationSection . ?c dcterms:references ?x } ORDER BY ?x LIMIT 1", "x");
        String act = s.first("SELECT ?a WHERE { <" + section + "> dcterms:isPartOf ?a }", "a");
        String citer = s.first("SELECT ?c WHERE { ?c dcterms:references <" + section + "> } ORDER BY ?c LIMIT 1", "c");
        assertTrue(ids(atom(feedPath(section))).contains(citer), "a section's feed carries what cites it");
        assertTrue(ids(atom(feedPath(act))).contains(citer), "an Act's feed carries what cites its sections");

        String name = s.first("SELECT ?n WHERE { <" + officer + "> foaf:name ?n }", "n");
        assertTrue(ids(atom("/feed/search?q=" + SitePages.encode(name))).contains(officer), "a search feed finds the person");

        Feed papers = atom("/feed");
        assertEquals(s.count("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a cg:SourceDocument }"), papers.getEntries().size(),
                "one entry per paper");
        // a paper's date is the day it was read as (its holdings' observedOn), not a later meeting it refers to
        int dated = 0;
        for (QuerySolution r : s.query("SELECT ?d (MAX(STR(?o)) AS ?on) WHERE { GRAPH ?g { ?g prov:wasDerivedFrom ?d . "
                + "?h cg:observedOn ?o } } GROUP BY ?d")) {
            Entry e = papers.getEntries().stream().filter(x -> x.getId().equals(r.getResource("d").getURI())).findFirst().orElseThrow();
            assertEquals(r.getLiteral("on").getString(), e.getUpdated().toInstant().toString().substring(0, 10), e.getId());
            dated++;
        }
        assertTrue(dated > 0);
    }

    @Test
    void aSecondRequestWithTheValidatorsIsNotModified() {
        String committee = s.first("SELECT ?k WHERE { ?k a cg:Committee } ORDER BY ?k LIMIT 1", "k");
        for (String path : List.of(feedPath(committee), "/feed", "/feed/search?q=school")) {
            HttpResponse<String> first = s.get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String modified = first.headers().firstValue("Last-Modified").orElseThrow();
            HttpResponse<String> again = s.get(path, "If-None-Match", etag);
            assertEquals(304, again.statusCode(), path);
            assertEquals("", again.body());
            assertEquals(etag, again.headers().firstValue("ETag").orElse(null));
            assertEquals(304, s.get(path, "If-Modified-Since", modified).statusCode(), path + " by date");
            assertEquals(200, s.get(path, "If-None-Match", "\"something-else\"").statusCode(), path + ": another version");
            assertEquals(200, s.get(path, "If-None-Match", "\"something-else\"", "If-Modified-Since", modified).statusCode(),
                    path + ": If-None-Match decides when both are sent");
            assertEquals(first.body(), s.get(path).body(), path + ": the same feed twice");
        }
        assertNotEquals(s.get("/feed").headers().firstValue("ETag"), s.get(feedPath(committee)).headers().firstValue("ETag"));
    }

    @Test
    void entityPagesLinkTheirFeedsAndPagesWithoutOneSayNothing() {
        String committee = s.first("SELECT ?k WHERE { ?k a cg:Committee } ORDER BY ?k LIMIT 1", "k");
        String pagePath = "/page/" + committee.substring((BASE + "id/").length());
        Document page = Jsoup.parse(s.get(pagePath).body(), s.url(pagePath));
        Element alt = page.selectFirst("head link[rel=alternate][type=application/atom+xml]");
        assertNotNull(alt, "the page links its feed");
        assertEquals(s.url(feedPath(committee)), alt.absUrl("href"));
        Element follow = page.selectFirst("main .follow a[href]");
        assertNotNull(follow, "a follow link the reader sees");
        assertEquals(alt.absUrl("href"), follow.absUrl("href"));
        atom(URI.create(alt.absUrl("href")).getPath());

        String meeting = s.first("SELECT ?m WHERE { ?m a cg:Meeting } ORDER BY ?m LIMIT 1", "m");
        Document mp = Jsoup.parse(s.get("/page/" + meeting.substring((BASE + "id/").length())).body());
        assertTrue(mp.select("link[type=application/atom+xml]").isEmpty(), "a meeting has no feed of its own");
        assertEquals(404, s.get(feedPath(meeting)).statusCode());
        assertEquals(404, s.get("/feed/person/no-council/nobody").statusCode());

        Document home = Jsoup.parse(s.get("/").body(), s.url("/"));
        assertEquals(s.url("/feed"), home.selectFirst("head link[type=application/atom+xml]").absUrl("href"), "the home page: the papers");
        Document search = Jsoup.parse(s.get("/search?q=school").body(), s.url("/search?q=school"));
        assertEquals(s.url("/feed/search?q=school"), search.selectFirst(".follow a.feed").absUrl("href"), "a search can be followed");
    }

    @Test
    void pagesLinkTheSiteRelativelySoAnotherPortStaysOnTheSite() {
        String committee = s.first("SELECT ?k WHERE { ?k a cg:Committee . ?m org:organization ?k } ORDER BY ?k LIMIT 1", "k");
        String pagePath = "/page/" + committee.substring((BASE + "id/").length());
        Document page = Jsoup.parse(s.get(pagePath).body(), s.url(pagePath));
        assertEquals(s.url("/static/style.css"), page.selectFirst("link[rel=stylesheet]").absUrl("href"));
        assertEquals(s.url("/search"), page.selectFirst("header form.search").absUrl("action"));
        long people = 0;
        for (Element a : page.select("a[href]")) {
            String href = a.attr("href");
            assertFalse(href.startsWith(BASE), "no link leaves for the store's base host: " + href);
            if (a.absUrl("href").startsWith(s.url("/page/person/"))) {
                people++;
            }
        }
        assertTrue(people > 0, "the committee's people are linked on this server");
        assertTrue(page.selectFirst("p.iri code").text().startsWith(BASE + "id/"), "the page states the real IRI");
        String ttl = s.get(pagePath.replaceFirst("^/page/", "/data/") + ".ttl").body();
        assertTrue(ttl.contains(BASE + "id/"), "the RDF states the store's IRIs");
        assertFalse(ttl.contains(s.url("/id/")), "and not the server's address");
    }

    @Test
    void hostileTextInAFeedIsEscaped() {
        String path = "/feed/person/test-council/eve-hostile";
        Feed f = atom(path);
        assertTrue(f.getTitle().contains(Served.HOSTILE_NAME), "the name is there, as text");
        assertTrue(f.getEntries().stream().anyMatch(e -> e.getTitleEx().getValue().contains(Served.HOSTILE_POST)),
                "the post's name is there, as text");
        assertFalse(s.get(path).body().contains("<script"), "no markup from the papers reaches the feed unescaped");
        for (Entry e : f.getEntries()) {
            assertTrue(Jsoup.parse(e.getSummary().getValue()).select("script, iframe, img").isEmpty(), "summary markup is ours alone");
        }
    }
}
