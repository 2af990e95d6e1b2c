package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.councilgraph.serve.EndpointGuard;
import org.councilgraph.serve.Server;
import org.junit.jupiter.api.Test;

/** The endpoint's limits from the command line of {@code serve}, over the system properties, over the defaults. */
class ServeCommandTest {
    @Test
    void limitsFromTheCommandLine() {
        Server.Options o = ServeCommand.optionsOf("--store", "s", "--query-timeout", "2.5", "--max-rows", "50", "--cache-mb", "0");
        assertEquals(new EndpointGuard.Limits(2500, 50, 0), o.limits());
    }

    @Test
    void systemPropertiesThenDefaultsWhereTheCommandLineIsSilent() {
        System.setProperty(EndpointGuard.MAX_ROWS_PROPERTY, "77");
        try {
            Server.Options o = ServeCommand.optionsOf("--store", "s", "--query-timeout", "5");
            EndpointGuard.Limits d = EndpointGuard.Limits.DEFAULT;
            assertEquals(new EndpointGuard.Limits(5000, 77, d.cacheBytes()), o.limits());
        } finally {
            System.clearProperty(EndpointGuard.MAX_ROWS_PROPERTY);
        }
    }
}
