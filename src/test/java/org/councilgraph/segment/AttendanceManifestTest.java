package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.councilgraph.segment.Layout.Attendee;
import org.councilgraph.text.Lexicon;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Attendance as councils print it (grids, running text, roles before and after names, bilingual and
 * Scottish headings, apology sentences), as a manifest: each row of {@code attendance-lines.tsv} is the
 * front of some minutes and what the lists and sentences read from it.
 */
class AttendanceManifestTest {
    static Stream<Arguments> rows() {
        return Lexicon.resource("/org/councilgraph/segment/attendance-lines.tsv").rows().stream()
                .map(r -> Arguments.of(r.get(0).replace("\\n", "\n").replace("\\t", "\t"), r.get(1)));
    }

    /** What a meeting section reads: the lists, a grid's marked names, then sentences where no list entry stands. */
    static List<Attendee> read(String text) {
        List<Attendee> out = new ArrayList<>(AttendanceLists.lists(new Lines(text), 0, text.length()));
        for (Attendee a : AttendanceKeys.read(new Lines(text), 0, text.length())) {
            if (out.stream().noneMatch(x -> x.span().overlaps(a.span()))) {
                out.add(a);
            }
        }
        for (Attendee a : AttendanceLists.sentences(text, 0, text.length())) {
            if (AttendanceLists.notListed(out, a)) {
                out.add(a);
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void readsTheAttendance(String text, String expected) {
        String got = read(text).stream()
                .map(a -> a.status() + " " + a.name() + a.role().map(r -> " [" + r + "]").orElse(""))
                .collect(Collectors.joining(" ; "));
        assertEquals(expected, got);
    }
}
