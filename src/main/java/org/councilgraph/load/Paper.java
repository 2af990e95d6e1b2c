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
 * @param site     what a web page says of its site besides its text; {@link SiteMarks#NONE} for other formats
 */
public record Paper(String source, String format, String text, List<Page> pages, String sha256,
                    Optional<String> title, SiteMarks site) {

    public Paper {
        pages = List.copyOf(pages);
    }

    public Paper(String source, String format, String text, List<Page> pages, String sha256, Optional<String> title) {
        this(source, format, text, pages, sha256, title, SiteMarks.NONE);
    }

    /**
     * What a web page says of its site outside its printed words: the titles of the feeds it offers
     * ({@code <link rel="alternate" title="...">}), which name the publisher as the page's own title
     * often does not, and the names its image maps give to links to other sites (the partners'
     * logos of a footer), each printed as a line of the text; and the hosts of councils' sites its links,
     * forms and feeds point to ({@code gov.uk}, and papers sites hosted for a council), most used first
     * (a council's papers site links to its own pages and its council's home page by their full
     * addresses, which the printed words never show).
     */
    public record SiteMarks(List<String> feedTitles, List<String> outsideNames, List<String> linkedCouncilHosts) {
        public static final SiteMarks NONE = new SiteMarks(List.of(), List.of(), List.of());

        public SiteMarks {
            feedTitles = List.copyOf(feedTitles);
            outsideNames = List.copyOf(outsideNames);
            linkedCouncilHosts = List.copyOf(linkedCouncilHosts);
        }
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
