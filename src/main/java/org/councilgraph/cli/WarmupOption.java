package org.councilgraph.cli;

import picocli.CommandLine.Option;

/** The benches' warm-up: the server is asked the queries before anything is timed. */
final class WarmupOption {
    @Option(names = "--warmup", defaultValue = "20", description = "Seconds of asking the queries from 4 clients before "
            + "anything is timed, so the server is measured as it runs for days, its code compiled, not in its first "
            + "seconds (default ${DEFAULT-VALUE}; 0: none, a cold server).")
    int seconds;
}
