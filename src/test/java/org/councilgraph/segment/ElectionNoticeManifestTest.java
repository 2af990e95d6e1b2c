package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.councilgraph.text.Lexicon;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Election notices (statement of persons nominated, notice of poll) in the layouts PDF text gives
 * them, as a manifest: each row of {@code election-notices.tsv} is a notice and what is read from it.
 */
class ElectionNoticeManifestTest {
    static Stream<Arguments> rows() {
        return Lexicon.resource("/org/councilgraph/segment/election-notices.tsv").rows().stream()
                .map(r -> Arguments.of(r.get(0).replace("\\n", "\n").replace("\\t", "\t"), r.get(1)));
    }

    static String describe(List<ElectionNotice> notices) {
        if (notices.isEmpty()) {
            return "(no notice)";
        }
        ElectionNotice n = notices.get(0);
        String officers = n.officers().stream().map(o -> o.name().fullName() + "=" + o.post()).collect(Collectors.joining("; "));
        String parties = n.parties().stream().map(ElectionNotice.Party::name).distinct().collect(Collectors.joining("; "));
        String people = n.people().stream().map(p -> (p.candidate() ? "C " : "S ") + p.name().fullName()).collect(Collectors.joining("; "));
        return n.office().map(ElectionNotice.Office::label).orElse("-") + " | " + (officers.isEmpty() ? "-" : officers)
                + " | " + (parties.isEmpty() ? "-" : parties) + " | " + people;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void readsTheNotice(String text, String expected) {
        assertEquals(expected, describe(ElectionNotices.read(text)));
    }
}
