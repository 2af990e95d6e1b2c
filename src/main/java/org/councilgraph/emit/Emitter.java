package org.councilgraph.emit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.councilgraph.load.Paper;
import org.councilgraph.resolve.Iris;
import org.councilgraph.resolve.Resolved.Evidence;
import org.councilgraph.resolve.Resolved;
import org.councilgraph.vocab.CG;
import org.councilgraph.vocab.Prov;
import org.councilgraph.vocab.Schema;

/**
 * The emit stage: a resolved paper to quads, all in the paper's own named graph, written to a
 * Jena {@link StreamRDF} the caller supplies (the store's loader, a file writer, a test collector:
 * the emitter never knows which). The one entry point of this package.
 *
 * <pre>{@code
 * StreamRDF sink = StreamRDFLib.dataset(datasetGraph);
 * Emitter.emit(resolved, iris, sink);
 * }</pre>
 *
 * <p>Every core fact is stated in ORG, FOAF, schema.org, Dublin Core or PROV first, then typed with
 * the councilgraph class as well (graph contract). Every fact read from the paper also gets a
 * {@code cg:Mention}: the page, the character span and the words it was read from.
 */
public final class Emitter {
    /** Longest quote kept on a mention, in characters. */
    static final int MAX_QUOTE = 400;

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The part-word left at the end of a shortened text. */
    private static final Pattern CUT_WORD = Pattern.compile("\\s+\\S*$");
    private static final Pattern EXTENSION = Pattern.compile("(?i)ext(?:ension|\\.)?");
    private static final Pattern NOT_TEL = Pattern.compile("[^0-9+;=ext]");

    private final StreamRDF out;
    private final Node graph;

    private Emitter(StreamRDF out, String graphIri) {
        this.out = out;
        this.graph = NodeFactory.createURI(graphIri);
    }

    public static void emit(Resolved r, Iris iris, StreamRDF sink) {
        new Emitter(sink, r.document().graph()).write(r, iris);
    }

    /** The paper's facts, one kind of entity after another. */
    private void write(Resolved r, Iris iris) {
        document(r.document(), r.council());
        council(r.council());
        r.bodies().forEach(this::body);
        r.people().forEach(p -> person(p, r.council()));
        r.posts().forEach(this::post);
        r.memberships().forEach(this::membership);
        r.meetings().forEach(this::meeting);
        r.attendance().forEach(this::attendance);
        r.seats().forEach(this::seat);
        r.items().forEach(this::item);
        r.reports().forEach(this::report);
        r.resolutions().forEach(this::resolution);
        r.declarations().forEach(this::declaration);
        r.laws().forEach(this::legislation);
        r.citations().forEach(ci -> uri(ci.citer(), DCTerms.references, ci.cited()));
        mentions(r, iris);
    }

    /** The source document and the graph derived from it. */
    private void document(Resolved.Document d, Resolved.Body council) {
        String doc = d.iri();
        uri(d.graph(), Prov.wasDerivedFrom, doc);
        type(doc, CG.SourceDocument, FOAF.Document);
        source(doc, d);
        lit(doc, DCTerms.format, d.format());
        lit(doc, CG.sha256, d.sha256());
        lit(doc, RDFS.label, d.title().orElse(fileName(d.source())));
        d.title().ifPresent(t -> lit(doc, DCTerms.title, t));
        uri(doc, CG.council, council.iri());
    }

    /** Where the paper was read from. */
    private void source(String doc, Resolved.Document d) {
        lit(doc, DCTerms.source, d.source());
    }

    private void council(Resolved.Body c) {
        type(c.iri(), CG.Council, ORG.FormalOrganization);
        lit(c.iri(), RDFS.label, c.label());
        c.sameAs().ifPresent(s -> uri(c.iri(), OWL.sameAs, s));
    }

    /** A committee, a service, another organisation or a council the paper names. */
    private void body(Resolved.Body b) {
        switch (b.kind()) {
            case COMMITTEE -> committee(b);
            case SERVICE -> service(b);
            case ORGANISATION -> type(b.iri(), ORG.Organization);
            case COUNCIL -> type(b.iri(), CG.Council, ORG.FormalOrganization);
        }
        lit(b.iri(), RDFS.label, b.label());
        b.altLabels().forEach(a -> lit(b.iri(), SKOS.altLabel, a));
    }

    private void committee(Resolved.Body b) {
        type(b.iri(), CG.Committee, ORG.Organization);
        b.parent().ifPresent(p -> uri(b.iri(), ORG.subOrganizationOf, p));
    }

    private void service(Resolved.Body b) {
        type(b.iri(), CG.Service, ORG.OrganizationalUnit);
        b.parent().ifPresent(p -> uri(b.iri(), ORG.unitOf, p));
    }

    private void person(Resolved.Person p, Resolved.Body council) {
        type(p.iri(), FOAF.Person);
        switch (p.kind()) {
            case COUNCILLOR -> type(p.iri(), CG.Councillor);
            case OFFICER -> type(p.iri(), CG.Officer);
            case CO_OPTED -> type(p.iri(), CG.CoOptedMember);
            default -> { }
        }
        lit(p.iri(), FOAF.name, p.name());
        lit(p.iri(), RDFS.label, p.name());
        p.altLabels().forEach(a -> lit(p.iri(), SKOS.altLabel, a));
        p.honorific().ifPresent(h -> lit(p.iri(), FOAF.title, h));
        p.email().ifPresent(e -> uri(p.iri(), FOAF.mbox, "mailto:" + e.strip()));
        p.phone().ifPresent(t -> uri(p.iri(), FOAF.phone, "tel:" + telephone(t)));
        uri(p.iri(), CG.council, council.iri());
    }

    /** A post, its holders and, when the paper is dated, each holding as observed on that day. */
    private void post(Resolved.Post p) {
        type(p.iri(), ORG.Post);
        lit(p.iri(), RDFS.label, p.label());
        uri(p.iri(), ORG.postIn, p.postIn());
        for (String h : p.holders()) {
            uri(h, ORG.holds, p.iri());
            uri(p.iri(), ORG.heldBy, h);
            if (p.observedOn() != null) {
                String holding = p.iri() + "/holding/" + h.substring(h.lastIndexOf('/') + 1);
                type(holding, CG.PostHolding);
                uri(holding, CG.post, p.iri());
                uri(holding, CG.holder, h);
                date(holding, CG.observedOn, p.observedOn());
            }
        }
    }

    private void membership(Resolved.Membership m) {
        type(m.iri(), ORG.Membership);
        uri(m.iri(), ORG.member, m.person());
        uri(m.iri(), ORG.organization, m.committee());
        uri(m.iri(), ORG.role, m.roleIri());
        type(m.roleIri(), ORG.Role);
        lit(m.roleIri(), RDFS.label, m.role());
    }

    private void meeting(Resolved.Meeting m) {
        type(m.iri(), CG.Meeting, Schema.Event);
        lit(m.iri(), RDFS.label, m.label());
        uri(m.iri(), CG.committee, m.committee());
        if (m.start().isPresent()) {
            dateTime(m.iri(), Schema.startDate, m.date(), m.start().get());
        } else {
            date(m.iri(), Schema.startDate, m.date());
        }
        m.end().ifPresent(e -> dateTime(m.iri(), Schema.endDate, m.date(), e));
        m.status().ifPresent(s -> uri(m.iri(), Schema.eventStatus,
                (s == org.councilgraph.segment.Layout.MeetingStatus.CANCELLED ? Schema.EventCancelled : Schema.EventPostponed).getURI()));
        m.venue().ifPresent(v -> {
            uri(m.iri(), Schema.location, v.iri());
            type(v.iri(), Schema.Place);
            lit(v.iri(), Schema.name, v.name());
            lit(v.iri(), RDFS.label, v.name());
        });
        m.chair().ifPresent(ch -> uri(m.iri(), CG.chairedBy, ch));
    }

    /** Present and in attendance are both schema:attendee; officers in attendance are also cg:inAttendance. */
    private void attendance(Resolved.Attendance a) {
        switch (a.presence()) {
            case PRESENT -> uri(a.meeting(), Schema.attendee, a.person());
            case IN_ATTENDANCE -> {
                uri(a.meeting(), Schema.attendee, a.person());
                uri(a.meeting(), CG.inAttendance, a.person());
            }
            case APOLOGIES -> uri(a.meeting(), CG.apologiesFrom, a.person());
            case ABSENT -> uri(a.meeting(), CG.absent, a.person());
        }
    }

    /** A councillor's party and ward, as stated. */
    private void seat(Resolved.Seat s) {
        s.party().ifPresent(p -> lit(s.person(), CG.party, p));
        s.ward().ifPresent(w -> lit(s.person(), CG.ward, w));
    }

    private void item(Resolved.Item i) {
        type(i.iri(), CG.AgendaItem);
        uri(i.iri(), CG.meeting, i.meeting());
        i.number().ifPresent(n -> lit(i.iri(), CG.itemNumber, n));
        lit(i.iri(), DCTerms.title, i.title());
        lit(i.iri(), RDFS.label, i.number().map(n -> n + ". ").orElse("") + i.title());
    }

    private void report(Resolved.Report rep) {
        type(rep.iri(), CG.Report, FOAF.Document);
        lit(rep.iri(), DCTerms.title, rep.title());
        lit(rep.iri(), RDFS.label, rep.title());
        rep.creators().forEach(x -> uri(rep.iri(), DCTerms.creator, x));
        rep.contacts().forEach(x -> uri(rep.iri(), CG.contactOfficer, x));
        rep.consideredAt().ifPresent(x -> uri(rep.iri(), CG.consideredAt, x));
        rep.source().ifPresent(x -> lit(rep.iri(), DCTerms.source, x));
    }

    private void resolution(Resolved.Resolution res) {
        type(res.iri(), CG.Resolution);
        uri(res.iri(), CG.agendaItem, res.item());
        uri(res.iri(), CG.meeting, res.meeting());
        lit(res.iri(), RDF.value, res.text());
        lit(res.iri(), RDFS.label, shorten(res.text(), 120));
    }

    private void declaration(Resolved.Declaration dec) {
        type(dec.iri(), CG.DeclarationOfInterest);
        uri(dec.iri(), CG.declaredBy, dec.person());
        uri(dec.iri(), CG.meeting, dec.meeting());
        lit(dec.iri(), RDF.value, dec.text());
        lit(dec.iri(), RDFS.label, shorten(dec.text(), 120));
    }

    /** An Act or instrument, or one of its sections. */
    private void legislation(Resolved.Law l) {
        if (l.section()) {
            type(l.iri(), CG.LegislationSection);
            l.partOf().ifPresent(p -> uri(l.iri(), DCTerms.isPartOf, p));
            l.number().ifPresent(n -> lit(l.iri(), CG.sectionNumber, n));
        } else {
            type(l.iri(), CG.Legislation);
            l.year().ifPresent(y -> out.quad(Quad.create(graph, node(l.iri()), node(CG.year),
                    NodeFactory.createLiteralDT(Integer.toString(y), XSDDatatype.XSDgYear))));
            lit(l.iri(), CG.instrumentKind, l.instrumentKind().toLowerCase());
        }
        lit(l.iri(), RDFS.label, l.label());
        l.sameAs().ifPresent(s -> uri(l.iri(), OWL.sameAs, s));
    }

    /** Provenance: one cg:Mention per fact read, with its page, span and quoted words. */
    private void mentions(Resolved r, Iris iris) {
        String doc = r.document().iri();
        Paper paper = r.paper();
        int n = 0;
        for (Evidence e : r.evidence()) {
            String m = iris.mention(doc, ++n);
            type(m, CG.Mention);
            uri(m, CG.mentionOf, e.subject());
            e.property().map(Emitter::property).ifPresent(p -> uri(m, CG.statesProperty, p.getURI()));
            e.object().ifPresent(o -> uri(m, CG.statesValue, o));
            uri(m, Prov.wasDerivedFrom, doc);
            int page = paper.pageAt(e.span().start());
            if (page > 0) {
                integer(m, CG.page, page);
            }
            integer(m, CG.startOffset, e.span().start());
            integer(m, CG.endOffset, e.span().end());
            lit(m, CG.quote, shorten(SPACES.matcher(e.span().of(paper.text())).replaceAll(" ").strip(), MAX_QUOTE));
        }
    }

    private static final Map<String, Property> PROPERTIES = Map.of(
            "holds", ORG.holds,
            "PRESENT", Schema.attendee,
            "IN_ATTENDANCE", CG.inAttendance,
            "APOLOGIES", CG.apologiesFrom,
            "ABSENT", CG.absent,
            "contactOfficer", CG.contactOfficer,
            "creator", DCTerms.creator,
            "references", DCTerms.references);

    private static Property property(String key) {
        return PROPERTIES.getOrDefault(key, RDFS.seeAlso);
    }

    // ---------------------------------------------------------------- writing helpers

    private static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node node(Resource r) {
        return r.asNode();
    }

    private void type(String s, Resource... classes) {
        for (Resource c : classes) {
            out.quad(Quad.create(graph, node(s), RDF.type.asNode(), c.asNode()));
        }
    }

    private void uri(String s, Property p, String o) {
        if (s != null && o != null) {
            out.quad(Quad.create(graph, node(s), p.asNode(), node(o)));
        }
    }

    private void lit(String s, Property p, String value) {
        if (value != null && !value.isBlank()) {
            out.quad(Quad.create(graph, node(s), p.asNode(), NodeFactory.createLiteralString(value)));
        }
    }

    private void integer(String s, Property p, long value) {
        out.quad(Quad.create(graph, node(s), p.asNode(), NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger)));
    }

    private void date(String s, Property p, LocalDate d) {
        out.quad(Quad.create(graph, node(s), p.asNode(), NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
    }

    private void dateTime(String s, Property p, LocalDate d, LocalTime t) {
        out.quad(Quad.create(graph, node(s), p.asNode(),
                NodeFactory.createLiteralDT(LocalDateTime.of(d, t).toString() + (t.getSecond() == 0 ? ":00" : ""), XSDDatatype.XSDdateTime)));
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : CUT_WORD.matcher(s.substring(0, max - 1)).replaceAll("") + "…";
    }

    /** "01632 960 123" to "+441632960123", the RFC 3966 form a tel: IRI wants. */
    static String telephone(String printed) {
        String digits = NOT_TEL.matcher(EXTENSION.matcher(printed).replaceAll(";ext=")).replaceAll("");
        if (digits.startsWith("0") && !digits.startsWith("00")) {
            digits = "+44" + digits.substring(1);
        }
        return digits;
    }

    private static String fileName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return slash < 0 ? source : source.substring(slash + 1);
    }

}
