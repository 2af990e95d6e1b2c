package org.councilgraph.annotate;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.councilgraph.annotate.Annotations.BodyMention;
import org.councilgraph.annotate.Annotations.Citation;
import org.councilgraph.annotate.Annotations.PersonMention;
import org.councilgraph.annotate.Annotations.PostMention;
import org.councilgraph.segment.CouncilRef;
import org.councilgraph.segment.Layout;
import org.councilgraph.text.Span;

/**
 * The annotate stage: a paper's layout to {@link Annotations}. The one entry point of this package.
 *
 * <pre>{@code
 * Annotations a = Annotator.annotate(layout);
 * a.people();     // "Jo Westby" at 5012..5019, with her post where printed beside her
 * a.citations();  // "Children Act 2004", sections [18(2)]
 * }</pre>
 *
 * <p>CoreNLP supplies sentences and the person/organisation model; rules supply the things with a
 * fixed shape (honorific names, post titles, body names, citations). The CoreNLP pipeline is the
 * calling thread's own, loaded once.
 */
public final class Annotator {
    private Annotator() {
    }

    public static Annotations annotate(Layout layout) {
        return annotate(layout, Nlp.forThisThread());
    }

    public static Annotations annotate(Layout layout, Nlp nlp) {
        return annotate(layout, nlp.analyse(layout.paper().text()));
    }

    /** Annotates with a CoreNLP reading already made (development tools cache it between runs). */
    public static Annotations annotate(Layout layout, Nlp.Result nlpResult) {
        String text = layout.paper().text();
        List<PostMention> posts = Posts.find(text);
        List<Layout.StaffEntry> staff = layout.staff();
        List<PersonMention> people = People.find(text, nlpResult.entities(), posts, staff);
        // the rules read names of bodies; the model's organisations fill in proper names the rules miss
        List<BodyMention> bodies = Bodies.find(text, layout.council().flatMap(CouncilRef::name).orElse(null), layout.paper().format().equals("text/html"), people, posts,
                nlpResult.entities(), layout.tables());
        bodies = PageLines.read(text, layout.paper().format().equals("text/html"), OutsideLinks.add(text, layout.paper().site().outsideNames(), bodies));
        bodies = ContactUnits.merge(text, layout.contacts(), bodies);
        bodies = OfficerUnits.add(text, layout, bodies);
        Set<Integer> titleStarts = new HashSet<>();
        layout.meetings().forEach(m -> m.items().stream().filter(i -> i.number().isPresent()).forEach(i -> titleStarts.add(i.titleSpan().start())));
        bodies = Bodies.pastItemNumbers(text, bodies, titleStarts);
        // a name the paper prints as a body's ("in partnership with Westby Arts") is that body's wherever the model calls it a person
        Set<String> bodyNames = new HashSet<>();
        bodies.stream().filter(b -> b.kind() == Annotations.BodyKind.ORGANISATION).forEach(b -> {
            bodyNames.add(b.name());
            bodyNames.add(b.printed().replaceAll("\\s+", " "));
        });
        people = people.stream().filter(p -> p.origin() != Annotations.Origin.NER
                || !bodyNames.contains(text.substring(p.span().start(), p.span().end()).replaceAll("\\s+", " "))).toList();
        posts = PageLines.memberships(text, bodies, posts);
        posts = Posts.spoken(text, PostHolders.pair(text, people, posts, staff));
        List<Citation> citations = Citations.find(text, nlpResult.sentences());
        if (!layout.elections().isEmpty()) {
            ElectionMentions e = ElectionMentions.of(layout.elections(), people, posts, bodies);
            people = e.people();
            posts = e.posts();
            bodies = e.bodies();
        }
        return new Annotations(layout, people, posts, bodies, citations, nlpResult.sentences(), nlpResult.tokens());
    }

    /** The sentence holding {@code offset}, or a window around it when sentences are unknown. */
    public static Span sentenceAt(Annotations a, int offset) {
        Optional<Span> s = a.sentences().stream().filter(x -> x.contains(offset)).findFirst();
        return s.orElseGet(() -> new Span(Math.max(0, offset - 100), Math.min(a.layout().paper().text().length(), offset + 100)));
    }
}
