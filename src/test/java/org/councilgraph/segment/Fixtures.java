package org.councilgraph.segment;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.councilgraph.load.Loader;
import org.councilgraph.load.Paper;
import org.councilgraph.load.PaperException;

/** Test papers: fixtures under src/test/resources/fixtures, or text written in the test. */
final class Fixtures {
    private Fixtures() {
    }

    static Paper load(String name) {
        try {
            return Loader.load(Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI()));
        } catch (URISyntaxException | PaperException e) {
            throw new IllegalStateException(name, e);
        }
    }

    static Layout layout(String name) {
        return Segmenter.segment(load(name));
    }

    /** A plain-text paper holding {@code text}. */
    static Paper text(String text) {
        return new Paper("test.txt", "text/plain", text.endsWith("\n") ? text : text + "\n", List.of(), "0", Optional.empty());
    }

    /** A paper written in the test ({@code name} says its format: "page.html", "minutes.txt"), segmented. */
    static Layout segmented(String name, String content) {
        try {
            return Segmenter.segment(Loader.load(name, content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (PaperException e) {
            throw new IllegalStateException(name, e);
        }
    }

    static Layout.MeetingSection only(Layout l) {
        if (l.meetings().size() != 1) {
            throw new AssertionError("expected one meeting, got " + l.meetings());
        }
        return l.meetings().get(0);
    }

}
