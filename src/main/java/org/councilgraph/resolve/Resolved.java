package org.councilgraph.resolve;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.councilgraph.load.Paper;
import org.councilgraph.text.Span;

/**
 * The output of the resolve stage: the entities a paper speaks of, each with its stable IRI, and
 * the facts that link them, each with the span of the paper it was read from. The emit stage turns
 * this into triples; nothing here knows RDF.
 *
 * @param paper    the paper
 * @param document the paper as an entity (its IRI and named graph)
 * @param council  the council that published it
 * @param people   people, one per real person in the paper
 * @param posts    posts, with holders where named
 * @param bodies   committees, services and outside organisations
 * @param meetings meetings recorded, summoned or referred to
 * @param items    agenda items
 * @param reports  officer reports
 * @param resolutions resolutions, one per resolved point
 * @param declarations declarations of interest
 * @param memberships committee memberships and their roles
 * @param attendance who was at which meeting, and how
 * @param seats    the party and ward of councillors, where a source states them
 * @param laws     legislation and the sections cited
 * @param citations which report, item or document cites which instrument or section
 * @param evidence where each fact was read (page, span, quote)
 */
public record Resolved(Paper paper, Document document, Body council, List<Person> people, List<Post> posts,
                       List<Body> bodies, List<Meeting> meetings, List<Item> items, List<Report> reports,
                       List<Resolution> resolutions, List<Declaration> declarations, List<Membership> memberships,
                       List<Attendance> attendance, List<Seat> seats, List<Law> laws, List<Citation> citations, List<Evidence> evidence) {

    /** The paper as a source document. */
    public record Document(String iri, String graph, String source, String format, String sha256, Optional<String> title) {
    }

    /** What a person is, as the graph types them. */
    public enum Kind { COUNCILLOR, OFFICER, CO_OPTED, OTHER }

    /** A person: name in the fullest form the paper supports, other printed forms as alternatives. */
    public record Person(String iri, String name, Set<String> altLabels, Kind kind, Optional<String> honorific,
                         Optional<String> email, Optional<String> phone) {
    }

    /** A post, which exists whether or not the paper names its holder. */
    public record Post(String iri, String label, String postIn, Set<String> holders, LocalDate observedOn) {
    }

    /** What kind of body. */
    public enum BodyKind { COUNCIL, COMMITTEE, SERVICE, ORGANISATION }

    /**
     * A council, committee, council service or outside organisation; {@code sameAs} the IRI of the same thing
     * elsewhere (a council's ONS statistical geography), where known.
     */
    public record Body(String iri, String label, BodyKind kind, Optional<String> parent, Set<String> altLabels, Optional<String> sameAs) {
        public Body(String iri, String label, BodyKind kind, Optional<String> parent, Set<String> altLabels) {
            this(iri, label, kind, parent, altLabels, Optional.empty());
        }
    }

    /** A meeting of a committee on a day. */
    public record Meeting(String iri, String label, String committee, LocalDate date, Optional<LocalTime> start,
                          Optional<LocalTime> end, Optional<Place> venue, Optional<String> chair,
                          Optional<org.councilgraph.segment.Layout.MeetingStatus> status) {
    }

    /** A venue. */
    public record Place(String iri, String name) {
    }

    /** An agenda item of a meeting. */
    public record Item(String iri, String meeting, Optional<String> number, String title) {
    }

    /**
     * An officer report: who it is of, who to contact, where it was considered, and the URL it is
     * published at when a source gives it.
     */
    public record Report(String iri, String title, List<String> creators, List<String> contacts, Optional<String> consideredAt,
                         Optional<String> source) {
    }

    /** One resolved point under an item; a decision record's point has no item ({@code null}), and no meeting when it was taken at none. */
    public record Resolution(String iri, String item, String meeting, String text) {
    }

    /** A declaration of interest made at a meeting. */
    public record Declaration(String iri, String person, String meeting, String text) {
    }

    /** A committee role: member, chair, vice-chair, co-opted member, standing invitee. */
    public record Membership(String iri, String person, String committee, String role, String roleIri) {
    }

    /** How a person was at a meeting. */
    public enum Presence { PRESENT, IN_ATTENDANCE, APOLOGIES, ABSENT }

    /** One person's attendance at one meeting. */
    public record Attendance(String meeting, String person, Presence presence) {
    }

    /** A councillor's party and ward, as a source states them (each empty when not stated). */
    public record Seat(String person, Optional<String> party, Optional<String> ward) {
    }

    /** An Act, regulations, order or guidance, or a section of one. */
    public record Law(String iri, String label, boolean section, Optional<String> partOf, Optional<String> number,
                      Optional<Integer> year, Optional<String> sameAs, String instrumentKind) {
    }

    /** A citation: {@code citer} references {@code cited}. */
    public record Citation(String citer, String cited) {
    }

    /**
     * Where a fact was read: {@code subject} (and, for a relation, {@code property} and {@code object})
     * at {@code span} of the paper.
     */
    public record Evidence(String subject, Optional<String> property, Optional<String> object, Span span) {
    }
}
