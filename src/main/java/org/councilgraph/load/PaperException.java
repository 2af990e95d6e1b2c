package org.councilgraph.load;

/** A file that cannot be read as a council paper; the message names the file and the reason. */
public class PaperException extends Exception {
    private final String source;
    private final String reason;

    public PaperException(String source, String reason) {
        this(source, reason, null);
    }

    public PaperException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
        this.source = source;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    public String reason() {
        return reason;
    }
}
