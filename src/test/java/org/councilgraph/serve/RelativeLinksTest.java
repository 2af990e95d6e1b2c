package org.councilgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Links written relative to the page asked for, and the ETag comparison of conditional requests. */
class RelativeLinksTest {
    @ParameterizedTest
    @CsvSource({
        "'',                              static/style.css,            static/style.css",
        "'',                              '',                          ./",
        "search,                          list?class=x,                list?class=x",
        "page/person/westby/ann-lee,      static/style.css,            ../../../static/style.css",
        "page/person/westby/ann-lee,      '',                          ../../../",
        "page/person/westby/ann-lee,      ?q=1,                        ../../../?q=1",
        "dump/,                           dump/councilgraph.ttl,       ../dump/councilgraph.ttl",
        "id/committee/westby/cabinet,     page/committee/westby/cabinet, ../../../page/committee/westby/cabinet",
    })
    void aLinkResolvesFromThePageToTheSameAddressUnderTheSiteRoot(String here, String target, String expected) {
        String rel = Html.relative(here, target);
        assertEquals(expected, rel);
        // resolved in a browser at any root (another host, port or proxy path), it lands on the target
        for (String root : new String[] {"http://127.0.0.1:8080/", "https://example.org/councils/"}) {
            assertEquals(URI.create(root + target).normalize().toString(),
                    URI.create(root + here).resolve(rel).toString().replaceFirst("/\\./?$", "/"), root + here + " -> " + rel);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"abc\"              | \"abc\" | true",
        "W/\"abc\"            | \"abc\" | true",
        "\"x\", \"abc\"       | \"abc\" | true",
        "*                    | \"abc\" | true",
        "\"abcd\"             | \"abc\" | false",
        "\"x\", W/\"y\"       | \"abc\" | false",
    })
    void ifNoneMatchNamesTheCurrentVersion(String header, String etag, boolean current) {
        if (current) {
            assertTrue(Conditional.matches(header, etag));
        } else {
            assertFalse(Conditional.matches(header, etag));
        }
    }
}
