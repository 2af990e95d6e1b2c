package org.councilgraph;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The development corpus in {@code ../shared} (or {@code $COUNCILGRAPH_SHARED}). A user's clone has
 * no corpus: tests that read it call {@link #shared()} and are skipped, not failed, when it is absent.
 */
public final class Corpus {
    private Corpus() {
    }

    /** The shared folder, or the test is skipped. */
    public static Path shared() {
        String env = System.getenv("COUNCILGRAPH_SHARED");
        Path p = env != null ? Path.of(env) : Path.of("..", "shared");
        assumeTrue(Files.isDirectory(p.resolve("corpus")), "no ../shared corpus beside the project: skipped");
        return p;
    }

    public static Path corpus(String name) {
        Path p = shared().resolve("corpus").resolve(name);
        assumeTrue(Files.exists(p), name + " is not in the corpus: skipped");
        return p;
    }

    /** A bundled sample paper, from the classpath. */
    public static Path sample(String name) {
        try {
            return Path.of(Corpus.class.getResource("/samples/" + name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("sample " + name + " missing", e);
        }
    }
}
