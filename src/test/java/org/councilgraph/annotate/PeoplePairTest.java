package org.councilgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilgraph.annotate.Annotations.PersonMention;
import org.councilgraph.annotate.Annotations.PostMention;
import org.junit.jupiter.api.Test;

/** People and the posts printed beside them, without the statistical model (no NER entities). */
class PeoplePairTest {
    private static Map<String, String> held(String text) {
        List<PostMention> posts = Posts.find(text);
        List<PersonMention> people = People.find(text, List.of(), posts);
        Map<String, String> out = new LinkedHashMap<>();
        for (PostMention p : People.pair(text, people, posts)) {
            out.put(p.label(), p.holder().map(h -> h.fullName()).orElse("-"));
        }
        return out;
    }

    @Test
    void postInBracketsAfterAName() {
        Map<String, String> h = held("IN ATTENDANCE: Dr P Quinlan (Director of Public Health), Mrs R Sanderson\n"
                + "(Corporate Director Adults, Health and Housing) and Mr T Upwood (General Counsel)\n");
        assertEquals("P Quinlan", h.get("Director of Public Health"));
        assertEquals("R Sanderson", h.get("Corporate Director Adults, Health and Housing"));
        assertEquals("T Upwood", h.get("General Counsel"));
    }

    @Test
    void aNameRunIntoTheFrontOfATitleHoldsItThoughNoModelReadIt() {
        String text = "Author of report - Alys Brandon Principal Engineer\n\n"
                + "The work of Graduated Response Practitioners is graduated and responsive.\n";
        Map<String, String> h = held(text);
        assertEquals("Alys Brandon", h.get("Principal Engineer"));
        assertTrue(h.keySet().stream().noneMatch(k -> k.startsWith("Alys")), h.toString());
        // a word the paper prints in lower case is no name's: the title's words stay the title's
        assertEquals(List.of("Alys Brandon"), People.find(text, List.of(), Posts.find(text)).stream().map(p -> p.name().fullName()).toList());
    }

    @Test
    void postAfterADashOrACommaAndTitlesJoinedByAnd() {
        Map<String, String> h = held("Mr. J. Halloran CC – Lead Member for Highways and Transport\n\n"
                + "Mrs Dunmore, Deputy Leader and Cabinet Member for Finance and Traded Services, provided an update.\n");
        assertEquals("J. Halloran", h.get("Lead Member for Highways and Transport"));
        assertEquals("Dunmore", h.get("Deputy Leader"));
        assertEquals("Dunmore", h.get("Cabinet Member for Finance and Traded Services"));
    }

    @Test
    void nameAfterATitle() {
        Map<String, String> h = held("She wrote to the Minister of State for Housing, Robin Ellerby, about it. "
                + "The visit of Foreign Secretary Gareth Pollard and Culture Secretary Lena Moss was welcomed.\n");
        assertEquals("Robin Ellerby", h.get("Minister of State for Housing"));
        assertEquals("Gareth Pollard", h.get("Foreign Secretary"));
        assertEquals("Lena Moss", h.get("Culture Secretary"));
        assertTrue(h.keySet().stream().noneMatch(k -> k.contains("Pollard")), h.toString());
    }

    @Test
    void anHonorificBeginningTheNameOfAThingIsNoPerson() {
        String text = "the redistribution of any remaining Councillor Ward Funding (CWF) be approved";
        assertTrue(People.find(text, List.of(), Posts.find(text)).isEmpty());
    }

    @Test
    void theModelsPersonIsNoPersonWhenItBeginsOrIsTheNameOfAThing() {
        String text = "Pupils now form part of Brookby Short Stay School, a short stay. Skills Journey\nPupils joined. "
                + "Ann Marlow Virtual School Annual Report was read. We work in partnership with Coram Ashdown on drama. "
                + "A reserve will be made in Frampton Wyke. Traffic goes via Hollis Road, Denby Road and Carter Lane.";
        List<Nlp.Entity> model = ModelReading.entities(text, "PERSON",
                "Brookby Short", "Skills Journey", "Ann Marlow", "Coram Ashdown", "Frampton Wyke", "Hollis Road");
        List<String> names = People.find(text, model, Posts.find(text)).stream().map(p -> p.name().fullName()).toList();
        // "short" is a word of the paper: "Brookby Short" begins "Brookby Short Stay School"; "Marlow" is no word, so Ann Marlow stays;
        // a partner is a body; a name after a preposition of place, or ending in a street's word, is a place
        assertEquals(List.of("Ann Marlow"), names);
    }
}
