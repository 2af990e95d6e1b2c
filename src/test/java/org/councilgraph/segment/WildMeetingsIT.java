package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.stream.Stream;
import org.councilgraph.Corpus;
import org.councilgraph.load.Loader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.councilgraph.Manifests;

/**
 * Papers of parish, town and community councils of ../shared/corpus/wild (English, Welsh, Scottish):
 * each gives its own meeting, body and date, first. Skipped when the corpus is absent.
 */
class WildMeetingsIT {
    static Stream<Arguments> papers() {
        return Manifests.cases("/org/councilgraph/segment/wild-meetings.tsv", 4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("papers")
    void theFirstMeetingIsThePapersOwn(String paper, String committee, String date, String time) throws Exception {
        Layout l = Segmenter.segment(Loader.load(Corpus.corpus("wild/" + paper)));
        assertFalse(l.meetings().isEmpty(), "no meeting read");
        Layout.MeetingSection m = l.meetings().get(0);
        assertEquals(committee, m.committee());
        assertEquals(date, m.date().toString());
        assertEquals(time, m.start().map(Object::toString).orElse("-"));
    }
}
