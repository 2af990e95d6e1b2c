package org.councilgraph.store;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A write to the store failed because the disk holding it is full. What the store held before that
 * write's transaction is kept (TDB2 recovers the last commit when the store is next opened); the
 * writing should stop, since every later write would fail the same way.
 */
public final class StoreFullException extends RuntimeException {
    private final transient Path location;
    private final long freeBytes;

    StoreFullException(Path location, long freeBytes, Throwable cause) {
        super(String.format(Locale.ROOT, "the disk holding the store %s is full (%d MB free)", location, freeBytes >> 20),
                cause);
        this.location = location;
        this.freeBytes = freeBytes;
    }

    public Path location() {
        return location;
    }

    public long freeBytes() {
        return freeBytes;
    }
}
