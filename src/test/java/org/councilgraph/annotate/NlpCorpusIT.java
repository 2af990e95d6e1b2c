package org.councilgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.councilgraph.Corpus;
import org.councilgraph.load.Loader;
import org.councilgraph.load.PaperException;
import org.junit.jupiter.api.Test;

/**
 * On the real and wild papers of the corpus (PDF, web pages, text, English and Welsh), the model
 * asked only where a name could be finds the names it finds when asked about every sentence, at the
 * same places, and no others. What it may miss is by design: an ordinary word of the paper read as a
 * name at the start of a sentence that has no other capital ("Committee noted the forward plan").
 * Skipped when the corpus is absent.
 */
class NlpCorpusIT {
    @Test
    void everyPaperReadsTheSameNames() throws Exception {
        List<Path> papers = new ArrayList<>();
        for (String dir : List.of("real", "wild")) {
            try (Stream<Path> s = Files.walk(Corpus.corpus(dir))) {
                s.filter(p -> p.toString().matches(".*\\.(pdf|html?|txt)$")).sorted().forEach(papers::add);
            }
        }
        int read = 0;
        int names = 0;
        int lost = 0;
        for (Path p : papers) {
            String text;
            try {
                text = Loader.load(p).text();
            } catch (PaperException e) {
                continue;
            }
            List<Nlp.Entity> expected = NlpTest.everySentence(text);
            List<Nlp.Entity> found = Nlp.forThisThread().analyse(text).entities();
            List<Nlp.Entity> missed = expected.stream().filter(e -> !found.contains(e)).toList();
            assertEquals(expected.stream().filter(found::contains).toList(), found, p + ": a name the model does not read");
            for (Nlp.Entity e : missed) {
                assertTrue(!e.text().contains(" ") && Pattern.compile("\\b" + Pattern.quote(e.text().toLowerCase(Locale.ROOT)) + "\\b")
                        .matcher(text).find(), p + ": missed " + e);
            }
            read++;
            names += expected.size();
            lost += missed.size();
        }
        assertTrue(read >= 70 && names > 5000, read + " papers, " + names + " names");
        assertTrue(lost * 1000 <= names, lost + " of " + names + " names missed");
    }
}
