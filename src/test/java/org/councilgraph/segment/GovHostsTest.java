package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The one-pass host finder against the patterns it replaced, which are the yardstick for what it must
 * find: the same hosts on ordinary text and on thousands of generated tangles of dots, hyphens, at
 * signs and combining marks; and on a long line, an answer in time where the patterns overflowed.
 */
class GovHostsTest {
    private static final Pattern HOST = Pattern.compile("(?i)(?:@|//|www\\.|\\b)((?:[a-z0-9-]+\\.)*?([a-z0-9-]+))\\.gov\\.uk\\b");
    private static final Pattern MAIL = Pattern.compile("(?i)@((?:[a-z0-9-]+\\.)*?[a-z0-9-]+)\\.gov\\.uk\\b");

    private static Map<String, Integer> byPattern(String text, Pattern p) {
        Map<String, Integer> out = new HashMap<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.merge(m.group(1).toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return out;
    }

    @Test
    void findsWhatThePatternFoundInAPapersContactLines() {
        String text = """
                Contact: Jo Bloggs, planning.team@westby.gov.uk, 01234 567890
                See www.northby.gov.uk/meetings or https://democracy.riverford.gov.uk/ieListDocuments.aspx
                Not a host: westby.gov.ukz, nor gov.uk alone; WWW.EASTBY.GOV.UK shouts.
                """;
        assertEquals(byPattern(text, HOST), GovHosts.hosts(text));
        assertEquals(Map.of("westby", 1, "northby", 1, "democracy.riverford", 1, "eastby", 1), GovHosts.hosts(text));
        assertEquals(Map.of("westby", 1), GovHosts.mailHosts(text));
        assertEquals(byPattern(text, MAIL), GovHosts.mailHosts(text));
    }

    @Test
    void findsWhatThePatternFoundOnGeneratedTangles() {
        List<String> parts = List.of("a", "Bc", "-", ".", "@", "/", "//", "www.", "WwW.", "gov", "uk", ".gov.uk", ".GOV.uk",
                " ", "_", "é", "\u0301", "9", "\n", "x-y", "..", "ß");
        Random random = new Random(16);
        for (int t = 0; t < 30_000; t++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(24);
            for (int i = 0; i < len; i++) {
                b.append(parts.get(random.nextInt(parts.size())));
            }
            String text = b.toString();
            assertEquals(byPattern(text, HOST), GovHosts.hosts(text), () -> "hosts of [" + text + "]");
            assertEquals(byPattern(text, MAIL), GovHosts.mailHosts(text), () -> "mail hosts of [" + text + "]");
        }
    }

    @Test
    void aLongLineOfDottedWordsIsReadInLinearTime() {
        // 2 MB on one line: the pattern overflowed the stack on such a chain, and tried it from every label
        String chain = "a.".repeat(1_000_000);
        String mail = "x@" + "b-c.".repeat(400_000) + "gov.uk";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertEquals(Map.of(), GovHosts.hosts(chain));
            Map<String, Integer> hosts = GovHosts.hosts(mail);
            assertEquals(1, hosts.size());
            assertEquals(400_000 * 4 - 1, hosts.keySet().iterator().next().length());
            assertEquals(hosts, GovHosts.mailHosts(mail));
        });
    }
}
