package org.councilgraph.annotate;

import java.util.List;
import java.util.Optional;
import org.councilgraph.segment.Layout;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.Span;

/**
 * What the annotate stage reads in a paper, on top of its layout: mentions of people, posts,
 * bodies (services, outside organisations, committees) and legislation, each with its span.
 *
 * @param layout    the paper's layout, from the segment stage
 * @param people    people named in the paper
 * @param posts     posts named, with a holder where the text pairs one with the post
 * @param bodies    council services, outside organisations and committees named
 * @param citations legislation cited
 * @param sentences sentence spans (CoreNLP), for quoting evidence
 * @param tokens    number of tokens CoreNLP read, for throughput figures
 */
public record Annotations(Layout layout, List<PersonMention> people, List<PostMention> posts, List<BodyMention> bodies,
                          List<Citation> citations, List<Span> sentences, int tokens) {

    /**
     * Where a mention came from, strongest evidence first: a staff list (which also makes the
     * person staff), a contact block, an honorific, a title in apposition, a list of names one to a
     * line that says nothing of their roles (public speakers, petitioners), the model alone; last, a
     * Returning Officer's election notice (candidates, subscribers, the officer signing), which says
     * nothing of the council's members or staff but who signs it.
     */
    public enum Origin { LIST, CONTACT, HONORIFIC, APPOSITION, ROLL, NER, NOTICE }

    /**
     * A person named.
     *
     * @param name   the name, parsed
     * @param span   where it was read
     * @param post   a post printed with the name ("Jo Westby, Director of ..."), if any
     * @param origin how the name was found
     */
    public record PersonMention(PersonName name, Span span, Optional<String> post, Origin origin) {
    }

    /**
     * A post named: "Director of Adult Social Services", "Cabinet Member for Finance".
     *
     * @param label  the post title as printed, tidied
     * @param span   where it was read
     * @param holder the person the text gives as holding it, if any
     */
    public record PostMention(String label, Span span, Optional<PersonName> holder) {
    }

    /** What kind of body a name is. */
    public enum BodyKind { SERVICE, ORGANISATION, COUNCIL, COMMITTEE }

    /**
     * A body named.
     *
     * @param name    the body's name, tidied: the full form where the text printed an acronym it defines
     * @param kind    service, outside organisation, council or committee
     * @param span    where it was read
     * @param printed the form printed at {@code span} ("CQC", "Northby Fostering Service")
     */
    public record BodyMention(String name, BodyKind kind, Span span, String printed) {
        public BodyMention(String name, BodyKind kind, Span span) {
            this(name, kind, span, name);
        }
    }

    /** What kind of instrument a citation is. */
    public enum InstrumentKind { ACT, REGULATIONS, ORDER, GUIDANCE, CODE }

    /**
     * A citation of legislation: one instrument and the sections cited of it at this place.
     *
     * @param title    the instrument's short title with its year: "Children Act 2004"
     * @param year     its year
     * @param sections section numbers as printed ("18(2)", "17")
     * @param kind     Act, regulations, order, statutory guidance, code
     * @param span     where it was read
     */
    public record Citation(String title, Optional<Integer> year, List<String> sections, InstrumentKind kind, Span span) {
    }
}
