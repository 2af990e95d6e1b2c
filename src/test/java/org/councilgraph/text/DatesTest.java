package org.councilgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Dates and times as councils print them, as a manifest (text, first date, first time). */
class DatesTest {
    static Stream<Arguments> forms() {
        return Lexicon.resource("/org/councilgraph/text/dates.tsv").rows().stream()
                .map(r -> Arguments.of(r.get(0).replace("\\n", "\n"), r.get(1), r.get(2)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void readsTheFirstDateAndTime(String text, String date, String time) {
        assertEquals(date, Dates.first(text).map(f -> f.date().toString()).orElse("-"));
        assertEquals(time, Dates.times(text).stream().findFirst().map(t -> t.time().toString()).orElse("-"));
    }

    @Test
    void aDayAndMonthWithoutYearTakesTheDefaultYearOnlyWhenGiven() {
        assertTrue(Dates.first("the next meeting on 4 November").isEmpty());
        assertEquals(LocalDate.of(2025, 11, 4), Dates.find("the next meeting on 4th November", 2025).get(0).date());
    }

    @Test
    void theOneMonthTableGivesEnglishNamesToTheBodyGrammarAndEveryFormToDates() {
        Lexicon months = Lexicon.of("month-forms.tsv");
        assertEquals(12, months.wordsWhere(2, "full").size());
        assertEquals(12, months.wordsWhere(2, "welsh").size());
        assertEquals(LocalDate.of(2024, 9, 3), Dates.first("3 Sept 2024").get().date());
    }

    @Test
    void welshTimesOfDay() {
        assertEquals(java.time.LocalTime.of(14, 0), Dates.times("Dydd Iau, 25ain Ionawr, 2024 2.00 yp").get(0).time());
        assertEquals(java.time.LocalTime.of(10, 0), Dates.times("10.00 yb").get(0).time());
        assertEquals(java.time.LocalTime.of(19, 0), Dates.times("7.00 y.h.").get(0).time());
        assertTrue(Dates.times("within 1 year").isEmpty());
    }
}
