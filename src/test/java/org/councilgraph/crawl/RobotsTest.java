package org.councilgraph.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** robots.txt as RFC 9309 reads it, a case a row: the file (\n between lines), a path, allowed or not. */
class RobotsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            User-agent: *\\nDisallow: /documents/                                     | /documents/g1/a.pdf        | false
            User-agent: *\\nDisallow: /documents/                                     | /mgWebService.asmx/X       | true
            User-agent: *\\nDisallow: /\\n\\nUser-agent: councilgraph\\nAllow: /       | /documents/a.pdf           | true
            User-agent: councilgraph\\nDisallow: /mgConvert2PDF.aspx                  | /mgConvert2PDF.aspx?ID=4   | false
            User-agent: *\\nDisallow: /\\nAllow: /mgWebService.asmx                    | /mgWebService.asmx/GetX    | true
            User-agent: *\\nDisallow: /*.pdf$                                         | /documents/a.pdf           | false
            User-agent: *\\nDisallow: /*.pdf$                                         | /documents/a.pdf?x=1       | true
            User-agent: *\\nDisallow: /ie*Documents                                   | /ieListDocuments.aspx?MId=1 | false
            User-agent: other-bot\\nDisallow: /                                       | /anything                  | true
            # a comment only                                                        | /anything                  | true
            User-agent: *\\nDisallow:                                                 | /anything                  | true
            """)
    void rules(String file, String path, boolean allowed) {
        assertEquals(allowed, Robots.parse(file.replace("\\n", "\n"), Fetcher.AGENT_TOKEN).allows(path));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            User-agent: *\\nCrawl-delay: 5     | 5000
            User-agent: *\\nCrawl-delay: 0.5   | 500
            User-agent: *\\nCrawl-delay: soon  | 0
            User-agent: *\\nCrawl-delay: 9999  | 120000
            """)
    void crawlDelayIsAFloorOnOurDelay(String file, long millis) {
        assertEquals(millis, Robots.parse(file.replace("\\n", "\n"), Fetcher.AGENT_TOKEN).crawlDelayMillis());
    }
}
