package org.councilgraph.load;

import java.util.List;
import java.util.Optional;

/**
 * A council paper as plain text, the output of the load stage.
 *
 * <p>Every later stage works on {@link #text()} and reports character offsets into it, so a fact can
 * be traced back to the words it came from and, for PDFs, to the page.
 *
 * @param source   the file path or URL the paper was read from, as given
 * @param format   the media type the bytes were sniffed as ({@code application/pdf}, {@code text/html},
 *                 {@code text/markdown} or {@code text/plain})
 * @param text     the paper's text, one line per layout line, blocks separated by blank lines
 * @param pages    page spans over {@code text}; empty for formats without pages
 * @param sha256   hex digest of the bytes read, the paper's identity for incremental builds
 * @param title    a title the format carries itself (HTML {@code <title>}, PDF info), if any
 */
public record Paper(String source, String format, String text, List<Page> pages, String sha256,
                    Optional<String> title) {

    public Paper {
        pages = List.copyOf(pages);
    }

    /** The 1-based page holding character {@code offset}, or 0 when the paper has no pages. */
    public int pageAt(int offset) {
        for (Page p : pages) {
            if (offset >= p.start() && offset < p.end()) {
                return p.number();
            }
        }
        return pages.isEmpty() ? 0 : pages.get(pages.size() - 1).number();
    }

    /** One page of a paged format: characters {@code [start, end)} of the paper's text. */
    public record Page(int number, int start, int end) {
    }
}
