package org.councilgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.councilgraph.annotate.Annotations.BodyKind;
import org.councilgraph.load.Loader;
import org.councilgraph.segment.Segmenter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.councilgraph.Manifests;

/** What annotate reads from the parts of a web page that are no paper's prose (image maps, menus, a member's page), as a manifest. */
class WebPageBodiesManifestTest {
    static Stream<Arguments> pages() {
        return Manifests.cases("/org/councilgraph/annotate/web-page-bodies.tsv", 4);
    }

    @ParameterizedTest(name = "{1} / {2} / {3}")
    @MethodSource("pages")
    void readsTheBodiesPostsAndPeopleOfThePage(String html, String organisations, String posts, String people) throws Exception {
        Annotations a = Annotator.annotate(Segmenter.segment(Loader.load("page.html", html.getBytes(StandardCharsets.UTF_8))),
                new Nlp.Result(List.of(), List.of(), 0));
        if (!organisations.equals("*")) {
            assertEquals(set(organisations), a.bodies().stream().filter(b -> b.kind() == BodyKind.ORGANISATION)
                    .map(b -> b.name()).collect(Collectors.toCollection(TreeSet::new)));
        }
        if (!posts.equals("*")) {
            assertEquals(set(posts), a.posts().stream().map(p -> p.label()).collect(Collectors.toCollection(TreeSet::new)));
        }
        assertEquals(set(people), a.people().stream().map(p -> p.name().fullName()).collect(Collectors.toCollection(TreeSet::new)));
    }

    private static TreeSet<String> set(String joined) {
        List<String> items = joined.equals("none") ? List.of() : Arrays.asList(joined.split("\\|"));
        return new TreeSet<>(items);
    }
}
