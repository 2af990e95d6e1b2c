package org.councilgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilgraph.CouncilGraph;
import org.councilgraph.load.Loader;
import org.councilgraph.resolve.Resolved.Person;
import org.councilgraph.resolve.Resolved.Post;
import org.councilgraph.resolve.Resolved.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who wrote the reports of minutes that name their authors in prose, post and name either way round. */
class ReportCreatorsTest {
    static Resolved paper;

    @BeforeAll
    static void analyse() throws Exception {
        String f = "minutes-authors-in-prose.txt";
        try (InputStream in = ReportCreatorsTest.class.getResourceAsStream("/reports/" + f)) {
            paper = new CouncilGraph("http://test/").analyse(Loader.load(f, in.readAllBytes()), f);
        }
    }

    private static Set<String> creators(String title) {
        Report r = paper.reports().stream().filter(x -> x.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError(title + " not among " + paper.reports().stream().map(Report::title).toList()));
        Set<String> out = paper.people().stream().filter(p -> r.creators().contains(p.iri())).map(Person::name).collect(Collectors.toSet());
        paper.posts().stream().filter(p -> r.creators().contains(p.iri())).map(Post::label).forEach(out::add);
        return out;
    }

    @Test
    void aHyphenInASurnameIsNoDashBeforeAPost() {
        assertEquals(Set.of("C Westby-Northby"), creators("TREASURY MANAGEMENT STRATEGY 2025/26"));
    }

    @Test
    void thePostBeforeTheNameIsTheAuthorsPostWithItsCommas() {
        assertEquals(Set.of("Tom Riverford"), creators("HOME TO SCHOOL TRAVEL POLICY"));
        Post member = paper.posts().stream().filter(p -> p.label().equals("Cabinet Member for Children, Families and Lifelong Learning"))
                .findFirst().orElseThrow(() -> new AssertionError(paper.posts().stream().map(Post::label).toList()));
        assertEquals(Set.of(paper.people().stream().filter(p -> p.name().equals("Tom Riverford")).findFirst().orElseThrow().iri()), member.holders());
        assertFalse(paper.people().stream().anyMatch(p -> p.name().contains("Lifelong")), paper.people().stream().map(Person::name).toList().toString());
    }
}
