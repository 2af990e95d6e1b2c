package org.councilgraph.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF to text with PDFBox, one page at a time so that page numbers survive for provenance.
 *
 * <p>Council packs are Word documents printed to PDF, with the committee name, a date or "Page 12"
 * repeated at the top or bottom of every page. Lines that recur in the same place on many pages are
 * running headers and footers, not content, and are dropped; so are bare page numbers.
 */
final class PdfReader {
    /** Fewer characters per page than this on every page means there is no text layer to read. */
    private static final int MIN_CHARS_PER_PAGE = 20;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(page\\s*)?\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?|[-\u2013 ]*\\d{1,4}[-\u2013 ]*|[ivxl]{1,6}");

    private PdfReader() {
    }

    static Paper read(String source, byte[] bytes, String sha256) throws PaperException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int n = doc.getNumberOfPages();
            if (n == 0) {
                throw new PaperException(source, "PDF has no pages");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            stripper.setAddMoreFormatting(false);
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("\n");
            List<List<String>> pages = new ArrayList<>(n);
            int chars = 0;
            for (int i = 1; i <= n; i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String text = TextCleaner.clean(stripper.getText(doc));
                chars += text.strip().length();
                pages.add(new ArrayList<>(List.of(text.split("\n", -1))));
            }
            if (chars < MIN_CHARS_PER_PAGE * n && chars < 200) {
                throw new PaperException(source, "PDF has no text layer (" + n
                        + " page(s) of images, " + chars + " characters); run OCR on it first");
            }
            dropRunningHeadersAndFooters(pages);
            StringBuilder out = new StringBuilder();
            List<Paper.Page> spans = new ArrayList<>(n);
            for (int i = 0; i < pages.size(); i++) {
                int start = out.length();
                String page = String.join("\n", pages.get(i)).strip();
                out.append(page).append("\n\n");
                spans.add(new Paper.Page(i + 1, start, out.length()));
            }
            return new Paper(source, Format.PDF.mediaType(), out.toString(), spans, sha256, title(doc));
        } catch (InvalidPasswordException e) {
            throw new PaperException(source, "PDF is encrypted with a password (no empty user password opens it)", e);
        } catch (IOException e) {
            throw new PaperException(source, "not a readable PDF: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // PDFBox throws unchecked exceptions on some corrupt streams; one bad file must not stop a build
            throw new PaperException(source, "PDF could not be parsed: " + e, e);
        }
    }

    private static Optional<String> title(PDDocument doc) {
        PDDocumentInformation info = doc.getDocumentInformation();
        String t = info == null ? null : info.getTitle();
        return t == null || t.isBlank() ? Optional.empty() : Optional.of(t.strip());
    }

    /**
     * Drops the first and last few lines of each page that recur (digits aside) on at least half the
     * pages of a document of three or more pages, and bare page numbers in those positions.
     */
    static void dropRunningHeadersAndFooters(List<List<String>> pages) {
        final int edge = 3;
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> page : pages) {
            for (String key : edgeKeys(page, edge)) {
                counts.merge(key, 1, Integer::sum);
            }
        }
        int threshold = Math.max(3, (pages.size() + 1) / 2);
        for (List<String> page : pages) {
            List<Integer> nonBlank = new ArrayList<>();
            for (int i = 0; i < page.size(); i++) {
                if (!page.get(i).isBlank()) {
                    nonBlank.add(i);
                }
            }
            List<Integer> edges = new ArrayList<>();
            for (int k = 0; k < nonBlank.size() && k < edge; k++) {
                edges.add(nonBlank.get(k));
            }
            for (int k = Math.max(edge, nonBlank.size() - edge); k < nonBlank.size(); k++) {
                edges.add(nonBlank.get(k));
            }
            for (int idx : edges) {
                String line = page.get(idx).strip();
                boolean recurring = pages.size() >= 3 && counts.getOrDefault(key(line), 0) >= threshold;
                if (recurring || PAGE_NUMBER.matcher(line).matches()) {
                    page.set(idx, "");
                }
            }
        }
    }

    private static List<String> edgeKeys(List<String> page, int edge) {
        List<String> lines = page.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<String> keys = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            if (k < edge || k >= lines.size() - edge) {
                keys.add(key(lines.get(k)));
            }
        }
        return keys.stream().distinct().toList();
    }

    private static String key(String line) {
        return DIGITS.matcher(line.strip()).replaceAll("#");
    }
}
