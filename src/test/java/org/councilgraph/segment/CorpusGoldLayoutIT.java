package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.Corpus;
import org.councilgraph.load.Loader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every meeting date and every numbered agenda item of the hand-made gold is in the layout.
 * Skipped when the corpus is absent.
 */
class CorpusGoldLayoutIT {
    private static final Pattern DATE = Pattern.compile("\"date\":\\s*\"(\\d{4}-\\d{2}-\\d{2})\"");
    private static final Pattern ITEM = Pattern.compile("\"meeting_date\":\\s*\"(\\d{4}-\\d{2}-\\d{2})\",\\s*\"number\":\\s*\"(\\w+)\"");

    @ParameterizedTest
    @CsvSource({
        "001_a71e74bfbea0b0ca.txt, 001_a71e74bfbea0b0ca.json",
        "002_f7735343b5bffc8e.txt, 002_f7735343b5bffc8e.json",
        "003_d9b3b29813789449.txt, 003_d9b3b29813789449.json",
        "real/kent/cabinet_2025-01-30_printed_minutes.pdf, cabinet_2025-01-30_printed_minutes.json",
        "real/kingston/Agenda_151.html, Agenda_151.json",
    })
    void goldMeetingsAndItemsAreFound(String paper, String gold) throws Exception {
        Path p = Corpus.corpus(paper);
        String json = Files.readString(Corpus.corpus("gold/" + gold));
        Layout l = Segmenter.segment(Loader.load(p));
        Set<LocalDate> dates = new HashSet<>();
        l.meetings().forEach(m -> dates.add(m.date()));
        l.references().forEach(r -> dates.add(r.date()));
        l.reports().forEach(r -> r.meetingDate().ifPresent(dates::add));
        Matcher d = DATE.matcher(json);
        while (d.find()) {
            assertTrue(dates.contains(LocalDate.parse(d.group(1))), paper + ": meeting of " + d.group(1));
        }
        Set<String> items = new HashSet<>();
        l.meetings().forEach(m -> m.items().forEach(i -> items.add(m.date() + " " + i.number().orElse(""))));
        Matcher i = ITEM.matcher(json);
        while (i.find()) {
            assertTrue(items.contains(i.group(1) + " " + i.group(2)), paper + ": item " + i.group(2) + " of " + i.group(1));
        }
    }

}
