package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.councilgraph.Corpus;
import org.councilgraph.load.Loader;
import org.councilgraph.segment.Layout.Attendee;
import org.councilgraph.text.LoneOffices;
import org.junit.jupiter.api.Test;

/**
 * The offices local councils' attendance lists print beside names (../shared/corpus/wild, skipped
 * when absent): a clerk after the title, a community council's officers with its initials after
 * them ("Secretary CC"), read as posts by {@link LoneOffices}.
 */
class WildLoneOfficesIT {
    private static Map<String, String> offices(String paper) throws Exception {
        String text = Loader.load(Corpus.corpus("wild/" + paper)).text();
        List<Attendee> list = AttendanceLists.lists(new Lines(text), 0, text.length());
        Map<String, String> out = new TreeMap<>();
        for (Attendee a : list) {
            Optional<String> post = a.role().flatMap(LoneOffices::post);
            post.ifPresent(p -> out.put(a.name(), p));
        }
        return out;
    }

    @Test
    void aClerkInTheListIsTheClerksPost() throws Exception {
        assertEquals("Clerk", offices("milburn-pc/minutes_2016-03-01.pdf").get("J Connelly"));
        assertEquals("Clerk", offices("newbiggin-pc/minutes_2019-09-03.pdf").get("J Brampton"));
    }

    @Test
    void aCommunityCouncilsOfficersWithoutItsInitials() throws Exception {
        Map<String, String> o = offices("garelochhead-cc/minutes_2017-10-24.pdf");
        assertEquals("Convenor", o.get("Watson Robinson"), o.toString());
        assertEquals("Secretary", o.get("Andrea Wise"), o.toString());
        assertEquals("Treasurer", o.get("Fiona Robinson"), o.toString());
        assertEquals(null, o.get("Mary Gray"), "a member is no office: " + o);
    }
}
