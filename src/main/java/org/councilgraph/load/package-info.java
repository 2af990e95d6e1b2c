/**
 * The load stage: a file (PDF, ModernGov HTML, plain text, Markdown) to a
 * {@link org.councilgraph.load.Paper}: its text, cleaned and decoded, with page offsets and a content
 * hash. {@link org.councilgraph.load.Loader} is the entry point; a file it cannot read raises a
 * {@link org.councilgraph.load.PaperException} naming the file and the reason.
 *
 * <p>A crawl's archive is read by its manifest: each file named by the URL it was fetched from, the web
 * service's answers marked for {@code service}, which reads them as structured facts.
 *
 * <p>May use: PDFBox, jsoup, the JDK, crawl (an archive's manifest and the council register), text (the lexicon
 * loader). Never any later stage.
 */
package org.councilgraph.load;
