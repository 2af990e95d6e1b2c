package org.councilgraph.crawl;

import java.net.URI;

/** A URL that could not be fetched, and why, in words a user can act on. */
public final class FetchException extends Exception {
    private final URI uri;

    public FetchException(URI uri, String reason) {
        super(reason);
        this.uri = uri;
    }

    public URI uri() {
        return uri;
    }

    public String reason() {
        return getMessage();
    }
}
