package org.councilgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonString;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site served on a port other than its base's (a store built with the default base
 * {@code http://localhost:3030/} and served elsewhere), in headless Chromium: a committee page
 * loads styled, its feed link is followed to the feed, a person link is followed without leaving
 * the server, and a post's holders are shown over time. Screenshots of the committee's timeline
 * and the post's holders go to {@code target/screenshots/}. Skipped when no Chromium is installed.
 */
class FeedsBrowserIT {
    static final String BASE = "http://localhost:3030/";
    static final Path SHOTS = Path.of("target", "screenshots");
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String STYLED = "document.styleSheets.length > 0 && document.styleSheets[0].cssRules.length > 0"
            + " && getComputedStyle(document.querySelector('header.site')).display === 'flex'";

    @TempDir
    static Path dir;
    static Served s;
    static Chromium browser;

    @BeforeAll
    static void start() throws Exception {
        Path binary = Chromium.binary().orElse(null);
        if (binary == null) {
            return;
        }
        // the samples, and three invented Cabinet minutes over two years whose Director of Housing changes
        Path westby = Path.of(FeedsBrowserIT.class.getResource("/fixtures/westby-cabinet").toURI());
        s = Served.start(dir, BASE, List.of(Served.samples(), westby), false, null);
        Files.createDirectories(SHOTS);
        browser = Chromium.launch(binary, dir.resolve("profile"), SHOTS.resolve("chromium-feeds.log"));
    }

    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(browser != null, "no chromium binary (set CHROMIUM or install Debian's chromium): skipped");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (browser != null) {
            browser.close();
        }
        if (s != null) {
            s.close();
        }
    }

    private static String js(String s) {
        return JSON.toStringFlat(new JsonString(s));
    }

    private static String pageOf(String iri) {
        return s.url("/page/" + iri.substring((BASE + "id/").length()));
    }

    @Test
    void aCommitteePageFollowsItsFeedAndItsPeopleOnTheServerAsked() throws IOException {
        assertTrue(s.port != 3030, "served on another port than the base's");
        // the committee whose meetings span the most years
        String committee = s.first("SELECT ?k WHERE { ?k a cg:Committee . ?mt cg:committee ?k ; schema:startDate ?d . "
                + "?m org:organization ?k } GROUP BY ?k ORDER BY DESC(COUNT(DISTINCT SUBSTR(STR(?d), 1, 4))) ?k LIMIT 1", "k");
        String origin = js(s.url(""));
        browser.navigate(pageOf(committee));
        assertTrue(browser.waitFor(STYLED, WAIT), "the stylesheet applies on another port");
        assertTrue(browser.waitFor("document.querySelectorAll('section.timeline h3').length > 1"
                + " && document.querySelectorAll('section.timeline ul.decided li').length > 0", WAIT),
                "meetings by year, with what each decided");
        browser.screenshot(SHOTS.resolve("committee-timeline.png"));

        // the feed: the page's <link rel=alternate> and its visible follow link name the same feed, on this server
        String feed = browser.text("document.querySelector('link[rel=alternate][type=\"application/atom+xml\"]').href");
        assertEquals(feed, browser.text("document.querySelector('.follow a.feed').href"));
        assertTrue(feed.startsWith(s.url("/feed/")), feed);
        browser.eval("document.querySelector('.follow a.feed').click()");
        assertTrue(browser.waitFor("location.href === " + js(feed) + " && document.readyState === 'complete'", WAIT),
                "the follow link leads to the feed");
        // Chromium shows a feed as text (it has no feed reader); what it was sent is Atom
        assertTrue(browser.text("fetch(location.href).then(r => r.headers.get('content-type'))").startsWith("application/atom+xml"));
        assertTrue(browser.text("document.body.textContent").contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">"), "the feed is shown");
        // the feed as a reader takes it: this address fetched again and parsed as XML
        String atom = "new DOMParser().parseFromString(t, 'application/xml').getElementsByTagNameNS('http://www.w3.org/2005/Atom', ";
        assertTrue(browser.eval("fetch(location.href).then(r => r.text()).then(t => " + atom + "'entry').length)")
                .getAsNumber().value().intValue() > 0, "the feed has entries");
        String firstEntryPage = browser.text("fetch(location.href).then(r => r.text()).then(t => [..." + atom + "'entry')[0]"
                + ".getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')].find(l => l.getAttribute('rel') === 'alternate')"
                + ".getAttribute('href'))");
        assertTrue(firstEntryPage.startsWith(s.url("/page/meeting/")), "entries link to pages on this server: " + firstEntryPage);

        // back on the page, a person link stays on this server
        browser.navigate(pageOf(committee));
        assertTrue(browser.waitFor("[...document.querySelectorAll('section a')].some(a => a.href.includes('/page/person/'))", WAIT));
        String person = browser.text("[...document.querySelectorAll('section a')].find(a => a.href.includes('/page/person/')).href");
        assertTrue(person.startsWith(s.url("/page/person/")), "the person link is mapped to this server: " + person);
        browser.eval("[...document.querySelectorAll('section a')].find(a => a.href.includes('/page/person/')).click()");
        assertTrue(browser.waitFor("location.href === " + js(person) + " && document.readyState === 'complete'", WAIT),
                "the click lands on the person's page");
        assertTrue(browser.waitFor("location.origin === " + origin, WAIT), "still on the server asked");
        assertTrue(browser.waitFor(STYLED, WAIT), "styled there too");
        String iri = BASE + "id/" + person.substring(s.url("/page/").length());
        assertEquals(s.first("SELECT ?n WHERE { <" + iri + "> rdfs:label ?n }", "n"), browser.text("document.querySelector('h1').textContent"));
        assertTrue(browser.waitFor("document.querySelector('p.iri code').textContent === " + js(iri), WAIT),
                "the page states the real IRI, under the store's base");
    }

    @Test
    void aPostPageShowsItsHoldersOverTime() throws IOException {
        String post = s.first("SELECT ?p WHERE { ?h a cg:PostHolding ; cg:post ?p } GROUP BY ?p ORDER BY DESC(COUNT(?h)) ?p LIMIT 1", "p");
        List<String> holders = new java.util.ArrayList<>();
        for (var r : s.query("SELECT ?who (MIN(STR(?d)) AS ?first) WHERE { ?h cg:post <" + post + "> ; cg:holder ?p ; cg:observedOn ?d . "
                + "?p rdfs:label ?who } GROUP BY ?who ORDER BY ?first")) {
            holders.add(r.getLiteral("who").getString());
        }
        assertTrue(holders.size() > 1, "the fixtures give a post two holders over time: " + holders);
        browser.navigate(pageOf(post));
        assertTrue(browser.waitFor(STYLED, WAIT));
        assertTrue(browser.waitFor("[...document.querySelectorAll('section.timeline h2')].some(h => h.textContent === 'Holders over time')"
                + " && document.querySelector('section.timeline li .when') !== null", WAIT), "the holders, dated");
        assertTrue(browser.waitFor("document.querySelector('link[type=\"application/atom+xml\"]') !== null", WAIT), "a post has a feed");
        assertEquals(String.join("|", holders), browser.text("[...document.querySelectorAll('section.timeline li .fact > a')]"
                + ".map(a => a.textContent).join('|')"), "holders in the order the papers first name them");
        browser.screenshot(SHOTS.resolve("post-holders.png"));
    }
}
