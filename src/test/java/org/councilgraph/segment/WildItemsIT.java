package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilgraph.Corpus;
import org.councilgraph.load.Loader;
import org.councilgraph.load.Paper;
import org.councilgraph.segment.Layout.ItemSection;
import org.junit.jupiter.api.Test;

/**
 * Items and decisions of wild papers of four councils, each in a numbering scheme or a way of recording
 * decisions of its own, read over the whole paper (whether or not a meeting heading is found is another
 * grammar's matter). Skipped when the corpus is absent.
 */
class WildItemsIT {
    private static List<ItemSection> items(String name) throws Exception {
        Paper p = Loader.load(Corpus.corpus("wild/" + name));
        return AgendaItems.find(new Lines(p.text()), 0, p.text().length());
    }

    private static List<String> numbers(List<ItemSection> items) {
        return items.stream().map(i -> i.number().orElse("-")).toList();
    }

    private static long resolutions(List<ItemSection> items) {
        return items.stream().mapToLong(i -> i.resolutions().size()).sum();
    }

    @Test
    void yearMonthAndMinuteNumbersWithTheirDecidingSentences() throws Exception {
        List<ItemSection> items = items("milburn-pc/minutes_2016-03-01.pdf");
        assertEquals(18, items.size(), numbers(items).toString());
        assertEquals("16.03.2", items.get(0).number().orElseThrow());
        assertTrue(numbers(items).contains("6.3.14"), "a slip in the prefix stays in the run: " + numbers(items));
        assertTrue(resolutions(items) >= 6, "deciding sentences: " + resolutions(items));
        List<ItemSection> newbiggin = items("newbiggin-pc/minutes_2019-09-03.pdf");
        assertEquals(12, newbiggin.size(), numbers(newbiggin).toString());
    }

    @Test
    void letteredSubItemsOfAScottishAgenda() throws Exception {
        List<String> n = numbers(items("garelochhead-cc/agenda_2021-08-17.pdf"));
        assertEquals(29, n.size(), n.toString());
        assertEquals(List.of("1", "1a", "1b", "1c", "2"), n.subList(0, 5));
        assertTrue(n.contains("8l"), n.toString());
    }

    @Test
    void bareNumbersOverTheirTitles() throws Exception {
        List<String> n = numbers(items("ayton-cc/minutes_2012-03-06.pdf"));
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), n);
    }

    @Test
    void proposedAndSecondedInEnglishAndWelsh() throws Exception {
        assertTrue(resolutions(items("manordeilo-salem-cc/minutes_2016-05-11_en.pdf")) >= 6);
        assertTrue(resolutions(items("manordeilo-salem-cc/minutes_2016-05-11_cy.pdf")) >= 6);
    }
}
