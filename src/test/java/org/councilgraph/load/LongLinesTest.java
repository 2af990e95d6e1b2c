package org.councilgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Cleaning and Markdown reading in time linear in the text, with no recursion per repetition: the
 * rewritten patterns give what the old ones gave on generated text (the old ones are the yardstick),
 * and a line of a hundred thousand spaces or a long table rule is read in well under a second where
 * the old ones took seconds a line or overflowed the stack.
 */
class LongLinesTest {
    private static final Pattern OLD_TRAILING = Pattern.compile("[ \\t]+\\n");
    private static final Pattern OLD_TABLE_RULE = Pattern.compile("(?m)^[ \\t]*\\|?[ \\t]*:?-{3,}:?[ \\t]*(\\|[ \\t]*:?-{3,}:?[ \\t]*)*\\|?[ \\t]*$");
    private static final Pattern OLD_TABLE_PIPE = Pattern.compile("\\s*\\|\\s*");
    private static final Pattern OLD_HARD_BREAK = Pattern.compile("(?m) {2,}$");
    private static final Pattern OLD_HR = Pattern.compile("(?m)^[ \\t]*([-*_][ \\t]*){3,}$");

    @Test
    void theRewrittenPatternsGiveWhatTheOldGaveOnGeneratedText() {
        List<String> parts = List.of(" ", "  ", "\t", "\n", "|", "-", "---", ":", "*", "_", "a", "x y", "\r", "| --- |");
        Random random = new Random(7);
        for (int t = 0; t < 30_000; t++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(20);
            for (int i = 0; i < len; i++) {
                b.append(parts.get(random.nextInt(parts.size())));
            }
            String s = b.toString();
            assertEquals(OLD_TRAILING.matcher(s).replaceAll("\n"), TextCleaner.trimLineEnds(s), () -> "trailing [" + s + "]");
            assertEquals(OLD_TABLE_RULE.matcher(s).replaceAll(""), MarkdownReader.TABLE_RULE.matcher(s).replaceAll(""), () -> "rule [" + s + "]");
            assertEquals(OLD_TABLE_PIPE.matcher(s).replaceAll("\t"), MarkdownReader.TABLE_PIPE.matcher(s).replaceAll("\t"), () -> "pipe [" + s + "]");
            assertEquals(OLD_HARD_BREAK.matcher(s).replaceAll(""), MarkdownReader.HARD_BREAK.matcher(s).replaceAll(""), () -> "break [" + s + "]");
            assertEquals(OLD_HR.matcher(s).replaceAll(""), MarkdownReader.HR.matcher(s).replaceAll(""), () -> "rule [" + s + "]");
        }
    }

    @Test
    void longLinesOfSpacesAndRulesAreReadInTime() {
        // lines just under the loader's longest: spaces ended by a word, not a line break (the old pattern tried
        // every space), a table rule of 20,000 columns, a dashed rule and a table row padded with spaces
        String spaces = (" ".repeat(99_000) + "x\n").repeat(4);
        String rule = "|" + "---|".repeat(20_000) + "\n";
        String dashes = "- ".repeat(45_000) + "\n";
        String row = "| a" + " ".repeat(90_000) + "b |\n";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertEquals("x\nx\nx\nx\n", TextCleaner.clean(spaces).replace(" ", ""));
            assertEquals("", MarkdownReader.TABLE_RULE.matcher(rule).replaceAll("").strip());
            assertEquals("", MarkdownReader.HR.matcher(dashes).replaceAll("").strip());
            assertEquals(row, MarkdownReader.HARD_BREAK.matcher(row).replaceAll(""));
            assertEquals(spaces, MarkdownReader.HARD_BREAK.matcher(spaces).replaceAll(""));
            String cells = "a" + " ".repeat(90_000) + "b | c";
            assertEquals(cells.replace(" | ", "\t"), MarkdownReader.TABLE_PIPE.matcher(cells).replaceAll("\t"));
            Paper p = MarkdownReader.read("westby.md", "# Westby\n\n" + rule + row + spaces, "0");
            assertEquals(List.of("Westby", "a", "b"), p.text().lines().map(String::strip).filter(l -> !l.isEmpty() && !l.equals("x"))
                    .flatMap(l -> List.of(l.split("\\s+")).stream()).toList());
        });
    }

    @Test
    void moreTextThanAnyPaperHoldsIsRefusedWithTheReason() {
        byte[] text = ("Westby Borough Council minutes, a line of them.\n").repeat(Loader.MAX_TEXT_CHARS / 48 + 1)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        PaperException e = org.junit.jupiter.api.Assertions.assertThrows(PaperException.class, () -> Loader.load("westby.txt", text));
        assertEquals("westby.txt", e.source());
        org.junit.jupiter.api.Assertions.assertTrue(e.reason().endsWith("characters of text, over the 20,000,000 limit for one paper"), e.reason());
    }
}
