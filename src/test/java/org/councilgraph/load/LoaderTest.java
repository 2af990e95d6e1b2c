package org.councilgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.councilgraph.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoaderTest {
    @Test
    void readsPdfPageByPageWithoutRunningHeadersOrPageNumbers() throws Exception {
        Paper p = Loader.load(Corpus.sample("riverford-school-place-planning-report.pdf"));
        assertEquals("application/pdf", p.format());
        assertEquals(3, p.pages().size());
        String page3 = p.text().substring(p.pages().get(2).start(), p.pages().get(2).end());
        assertTrue(page3.contains("Officers to Contact"), page3);
        assertEquals(3, p.pageAt(p.text().indexOf("Dana Okafor")));
        // the running header printed on every page and the "Page N" footers are artefacts, not text
        assertFalse(p.text().contains("Cabinet - 12 March 2025 - School Place Planning"), p.text());
        assertFalse(p.text().contains("Page 2"), p.text());
        assertTrue(p.title().isPresent());
    }

    @Test
    void readsModernGovStylePageAsBlocksAndDropsScriptsAndNavigation() throws Exception {
        Paper p = Loader.load(Corpus.sample("riverford-scrutiny-2025-05-20-minutes.html"));
        assertEquals("text/html", p.format());
        assertTrue(p.text().contains("Children and Young People Scrutiny Committee - Tuesday, 20 May 2025 6.00 pm"));
        assertTrue(p.text().matches("(?s).*\\n7\\.\\s+Apologies for Absence\\nMinutes:\\n.*"), p.text());
        assertFalse(p.text().contains("window.tracking"), "script text is not paper text");
        assertFalse(p.text().contains("Committees"), "site navigation is not paper text");
        // document text that merely mentions markup stays as words
        assertTrue(p.text().contains("<script>alert(1)</script>"));
    }

    @Test
    void sniffsMarkdownInsideATxtFileAndReadsItAsText(@TempDir Path dir) throws Exception {
        String md = Files.readString(Corpus.sample("riverford-scrutiny-2025-05-20-agenda.md"));
        Path f = dir.resolve("agenda-export.txt");
        Files.writeString(f, md);
        Paper p = Loader.load(f);
        assertEquals("text/markdown", p.format());
        assertTrue(p.text().contains("MEETING OF THE CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE"));
        assertFalse(p.text().contains("**"), "emphasis marks are gone");
        assertTrue(p.text().contains("Sam Yardley (Democratic Services Officer) (sam.yardley@riverford.gov.uk)"), p.text());
    }

    @Test
    void sniffsHtmlWithoutAnHtmlExtension(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("page.download");
        Files.copy(Corpus.sample("riverford-scrutiny-2025-05-20-minutes.html"), f);
        assertEquals("text/html", Loader.load(f).format());
    }

    @Test
    void decodesLatin1AndUtf16Text(@TempDir Path dir) throws Exception {
        String s = "Minutes of the Caf\u00e9 Working Group \u2013 Councillor Zo\u00eb Brontë present.\n";
        Path latin = dir.resolve("latin.txt");
        Files.write(latin, s.replace("\u2013", "-").getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(Loader.load(latin).text().contains("Zo\u00eb Bront\u00eb"));
        Path utf16 = dir.resolve("utf16.txt");
        Files.write(utf16, s.getBytes(StandardCharsets.UTF_16));
        assertTrue(Loader.load(utf16).text().contains("Caf\u00e9 Working Group \u2013 Councillor"));
    }

    @Test
    void badFilesFailWithTheFileAndTheReason(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.pdf"));
        PaperException e = assertThrows(PaperException.class, () -> Loader.load(empty));
        assertTrue(e.getMessage().startsWith(empty.toString()), e.getMessage());
        assertTrue(e.reason().contains("empty"), e.reason());
        Path junk = dir.resolve("junk.pdf");
        Files.write(junk, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
        PaperException j = assertThrows(PaperException.class, () -> Loader.load(junk));
        assertTrue(j.reason().contains("PDF"), j.reason());
    }

    @Test
    void collectsFoldersRecursivelyInAStableOrderAndReportsMissingPaths(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b/c"));
        Files.writeString(dir.resolve("b/c/z.txt"), "x");
        Files.writeString(dir.resolve("a.txt"), "x");
        Files.writeString(dir.resolve(".hidden.txt"), "x");
        List<PaperException> problems = new ArrayList<>();
        List<Path> files = Loader.collect(List.of(dir, dir.resolve("missing")), problems::add);
        assertEquals(List.of(dir.resolve("a.txt"), dir.resolve("b/c/z.txt")), files);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).reason().contains("no such"));
    }

    @Test
    void readsEveryRealPaperInTheCorpus() throws Exception {
        Path real = Corpus.shared().resolve("corpus/real");
        List<Path> files = Loader.collect(List.of(real), e -> {
            throw new AssertionError(e.getMessage());
        });
        assertTrue(files.size() >= 20, "files: " + files.size());
        for (Path f : files) {
            Paper p = Loader.load(f);
            assertTrue(p.text().length() > 200, f + " yields text");
            if (f.toString().endsWith(".pdf")) {
                assertFalse(p.pages().isEmpty(), f + " keeps its pages");
            }
        }
    }
}
