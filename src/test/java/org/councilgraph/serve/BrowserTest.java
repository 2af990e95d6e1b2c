package org.councilgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site in a real browser (Debian's headless Chromium): a person page, the home page's search
 * and the query editor running an example query. Screenshots go to {@code target/screenshots/}.
 * Skipped when no Chromium is installed ({@code .ci/run} installs it).
 */
class BrowserTest {
    static final Path SHOTS = Path.of("target", "screenshots");
    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path dir;
    static Served s;
    static Chromium browser;

    @BeforeAll
    static void start() throws Exception {
        Path binary = Chromium.binary().orElse(null);
        if (binary == null) {
            return; // each test reports itself skipped
        }
        s = Served.start(dir, null, Served.allSamples(), false, Served.exampleQueries(dir));
        Files.createDirectories(SHOTS);
        browser = Chromium.launch(binary, dir.resolve("profile"), SHOTS.resolve("chromium.log"));
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

    private static String officer() {
        return s.first("SELECT ?p WHERE { ?p a cg:Officer . ?r cg:contactOfficer ?p } ORDER BY ?p LIMIT 1", "p");
    }

    @Test
    void aPersonPageReads() throws IOException {
        String person = officer();
        String name = s.first("SELECT ?n WHERE { <" + person + "> foaf:name ?n }", "n");
        browser.navigate(s.url("/page/" + person.substring((s.base + "id/").length())));
        assertEquals(name, browser.text("document.querySelector('h1').textContent"));
        assertTrue(browser.waitFor("document.querySelectorAll('section.diagram svg g.box').length > 1", WAIT),
                "the relationship picture is drawn");
        assertTrue(browser.waitFor("document.styleSheets.length > 0 && getComputedStyle(document.querySelector('header.site')).display === 'flex'", WAIT),
                "the stylesheet applies");
        assertTrue(browser.waitFor("[...document.querySelectorAll('section h2')].some(h => h.textContent === 'Reports')", WAIT));
        browser.screenshot(SHOTS.resolve("person.png"));
    }

    @Test
    void theHomePageSearchFindsAPerson() throws IOException {
        String person = officer();
        String name = s.first("SELECT ?n WHERE { <" + person + "> foaf:name ?n }", "n");
        browser.navigate(s.url("/"));
        assertTrue(browser.waitFor("document.querySelectorAll('table.counts tr').length > 5", WAIT), "counts by class");
        browser.screenshot(SHOTS.resolve("home.png"));
        browser.eval("document.getElementById('home-q').focus()");
        browser.type(name);
        browser.pressEnter();
        assertTrue(browser.waitFor("location.pathname.endsWith('/search') && document.querySelector('ol.results li') !== null", WAIT),
                "the search results page");
        String slug = person.substring(person.lastIndexOf('/'));
        assertTrue(browser.waitFor("[...document.querySelectorAll('ol.results a')].some(a => a.href.endsWith('" + slug + "'))", WAIT),
                "the person is among the results");
        browser.screenshot(SHOTS.resolve("search.png"));
    }

    @Test
    void theQueryEditorRunsAnExample() throws IOException {
        browser.navigate(s.url("/query?example=people"));
        assertTrue(browser.waitFor("window.yasgui && document.querySelector('.tabPanel.active .yasqe_queryButton')", WAIT),
                "YASGUI loaded from the webjar");
        assertTrue(browser.waitFor("document.querySelectorAll('.tabsList .tab').length >= 2 + " + Served.bundledQueryCount(), WAIT),
                "one tab per example: the two written here and the ones shipped in queries/");
        browser.eval("document.querySelector('.tabPanel.active .yasqe_queryButton').click()");
        assertTrue(browser.waitFor("document.querySelectorAll('.tabPanel.active .yasr_results tbody tr').length > 3", WAIT),
                "the example's results are shown");
        String name = s.first("SELECT ?n WHERE { ?p a foaf:Person ; foaf:name ?n } ORDER BY ?n LIMIT 1", "n");
        assertTrue(browser.waitFor("document.querySelector('.tabPanel.active .yasr_results').textContent.includes("
                + org.apache.jena.atlas.json.JSON.toStringFlat(new org.apache.jena.atlas.json.JsonString(name)) + ")", WAIT));
        browser.screenshot(SHOTS.resolve("query.png"));
    }
}
