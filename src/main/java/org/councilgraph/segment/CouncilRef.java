package org.councilgraph.segment;

import java.util.Optional;

/**
 * The council a paper belongs to, as the paper shows it: by a name it prints ("Northby County
 * Council"), or only by the gov.uk domain its officers write from ("northby.gov.uk"), which the
 * cross-paper consolidation later matches to a named council of the store.
 */
public sealed interface CouncilRef permits CouncilRef.Named, CouncilRef.ByMailDomain {

    /** What the council is called until something better is known: its name, else its mail domain. */
    String label();

    /** The name the paper prints, empty for a council known by its mail domain only. */
    Optional<String> name();

    /** A council the paper names. */
    record Named(String printed) implements CouncilRef {
        @Override
        public String label() {
            return printed;
        }

        @Override
        public Optional<String> name() {
            return Optional.of(printed);
        }
    }

    /** A council known only by the gov.uk domain of the addresses the paper prints. */
    record ByMailDomain(String domain) implements CouncilRef {
        @Override
        public String label() {
            return domain;
        }

        @Override
        public Optional<String> name() {
            return Optional.empty();
        }
    }
}
