package org.councilgraph.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.councilgraph.annotate.Annotations.BodyKind;
import org.councilgraph.annotate.Annotations.BodyMention;
import org.councilgraph.annotate.Annotations.Origin;
import org.councilgraph.annotate.Annotations.PersonMention;
import org.councilgraph.annotate.Annotations.PostMention;
import org.councilgraph.segment.ElectionNotice;

/**
 * The mentions an election notice makes: its candidates and subscribers (people the council
 * neither employs nor seats), the officer who signs it holding the Returning Officer's post, the
 * office being filled as a post of the council, and the candidates' parties as organisations. In a
 * notice the table says who is a person and the descriptions what is an organisation: names the
 * other readers find there (an address, a ward, a column heading read as a name) are dropped.
 */
record ElectionMentions(List<PersonMention> people, List<PostMention> posts, List<BodyMention> bodies) {

    static ElectionMentions of(List<ElectionNotice> notices, List<PersonMention> people, List<PostMention> posts,
                               List<BodyMention> bodies) {
        List<PersonMention> ps = new ArrayList<>(people.stream()
                .filter(p -> notices.stream().noneMatch(n -> n.span().contains(p.span().start()))).toList());
        List<PostMention> os = new ArrayList<>(posts);
        // the organisations a notice names are the candidates' parties: "the City of Westby Council area" is none
        List<BodyMention> bs = new ArrayList<>(bodies.stream().filter(b -> b.kind() != BodyKind.ORGANISATION
                || notices.stream().noneMatch(n -> n.span().contains(b.span().start()))).toList());
        for (ElectionNotice n : notices) {
            n.people().forEach(x -> ps.add(new PersonMention(x.name(), x.span(), Optional.empty(), Origin.NOTICE)));
            for (ElectionNotice.Signatory s : n.officers()) {
                ps.add(new PersonMention(s.name(), s.span(), Optional.of(s.post()), Origin.NOTICE));
                os.add(new PostMention(s.post(), s.span(), Optional.of(s.name())));
            }
            n.office().ifPresent(o -> os.add(new PostMention(o.label(), o.span(), Optional.empty())));
            n.parties().forEach(p -> bs.add(new BodyMention(p.name(), BodyKind.ORGANISATION, p.span(), p.name())));
        }
        ps.sort(Comparator.comparing(PersonMention::span));
        os.sort(Comparator.comparing(PostMention::span));
        bs.sort(Comparator.comparing(BodyMention::span));
        return new ElectionMentions(List.copyOf(ps), List.copyOf(os), List.copyOf(bs));
    }
}
