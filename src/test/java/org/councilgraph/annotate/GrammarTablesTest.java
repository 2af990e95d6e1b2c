package org.councilgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.councilgraph.annotate.Annotations.PersonMention;
import org.councilgraph.annotate.Annotations.PostMention;
import org.councilgraph.segment.StaffLayouts;
import org.councilgraph.text.PostTitles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The post and people grammars as tables of sentences and what they read (see {@link RuleTable}):
 * {@code posts.tsv}, {@code segments.tsv}, {@code people.tsv}, {@code held.tsv}.
 */
class GrammarTablesTest {
    private static Stream<DynamicTest> cases(String table, java.util.function.Consumer<RuleTable.Row> check) {
        return RuleTable.read(table).stream().map(r -> DynamicTest.dynamicTest(table + " " + r.name(), () -> check.accept(r)));
    }

    @TestFactory
    Stream<DynamicTest> postTitlesInRunningText() {
        return cases("posts.tsv", r -> assertEquals(r.list(1),
                Posts.find(r.cell(0)).stream().map(PostMention::label).toList()));
    }

    @TestFactory
    Stream<DynamicTest> postTitlesFillingASegment() {
        return cases("segments.tsv", r -> {
            assertEquals(r.cell(1).equals("-") ? Optional.empty() : Optional.of(r.cell(1)), PostTitles.whole(r.cell(0)));
            assertEquals(r.cell(2).equals("yes"), PostTitles.isPost(r.cell(0)));
        });
    }

    @TestFactory
    Stream<DynamicTest> peopleAndHowTheyWereFound() {
        return cases("people.tsv", r -> {
            String text = r.cell(0);
            List<Nlp.Entity> model = ModelReading.entities(text, "PERSON", r.list(1).toArray(String[]::new));
            List<String> found = new ArrayList<>();
            for (PersonMention p : People.find(text, model, Posts.find(text), StaffLayouts.read(text))) {
                found.add(p.name().fullName() + "=" + p.origin());
            }
            assertEquals(r.list(2), found);
        });
    }

    @TestFactory
    Stream<DynamicTest> postsAndTheirHolders() {
        return cases("held.tsv", r -> {
            String text = r.cell(0);
            List<PostMention> posts = Posts.find(text);
            List<PersonMention> people = People.find(text, List.of(), posts, StaffLayouts.read(text));
            List<String> held = new ArrayList<>();
            for (PostMention p : PostHolders.pair(text, people, posts, StaffLayouts.read(text))) {
                held.add(p.label() + "=" + p.holder().map(h -> h.fullName()).orElse("-"));
            }
            assertEquals(r.list(1), held);
        });
    }
}
