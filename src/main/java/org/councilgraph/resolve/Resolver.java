package org.councilgraph.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.councilgraph.annotate.Annotations.BodyMention;
import org.councilgraph.annotate.Annotations;
import org.councilgraph.load.Paper;
import org.councilgraph.resolve.Resolved.Body;
import org.councilgraph.resolve.Resolved.BodyKind;
import org.councilgraph.resolve.Resolved.Document;
import org.councilgraph.segment.CouncilRef;
import org.councilgraph.segment.Layout;
import org.councilgraph.segment.MembershipLists;
import org.councilgraph.text.CouncilPlaces;

/**
 * The resolve stage: mentions to entities with stable IRIs. The one entry point of this package.
 *
 * <pre>{@code
 * Resolver resolver = new Resolver(new Iris("http://localhost:3030/"));
 * Resolved r = resolver.resolve(annotations, "papers/minutes.pdf");
 * }</pre>
 *
 * <p>A paper is resolved in steps, each a sub-resolver that reads part of the annotations and hands
 * what it finds to the paper's {@link PaperEntities}: meetings first (they key everything said at
 * them), then people (every printed form of a person one node), what the lists say of them, posts,
 * reports, declarations, bodies and legislation.
 */
public final class Resolver {
    /** The council of a paper that names none; the consolidation places such papers where the store shows whose they are. */
    public static final String UNKNOWN_COUNCIL = "Unknown council";

    private final Iris iris;

    public Resolver(Iris iris) {
        this.iris = iris;
    }

    public Iris iris() {
        return iris;
    }

    /**
     * Resolves one paper. {@code key} names the paper in its document IRI and graph IRI (a path
     * relative to the folder built, so the same file gives the same IRIs on every build).
     */
    public Resolved resolve(Annotations a, String key) {
        return resolve(a, key, "");
    }

    /**
     * Resolves one paper that comes from a known publisher: a paper that names no council (a report
     * cover with the committee's name only) is {@code publisher}'s, the council whose site it was fetched
     * from; one that names its council, or writes from its mail domain, is read as it says.
     */
    public Resolved resolve(Annotations a, String key, String publisher) {
        Layout layout = a.layout();
        Paper paper = layout.paper();
        CouncilRef council = layout.council().orElse(new CouncilRef.Named(publisher.isBlank() ? UNKNOWN_COUNCIL : publisher));
        Document document = new Document(iris.document(key), iris.graph(key), paper.source(), paper.format(), paper.sha256(),
                paper.title());
        PaperEntities out = new PaperEntities(iris, document, council.label(), layout.mainDate().orElse(null));
        List<MembershipLists.Listing> listings = layout.membershipListings();

        Proceedings proceedings = new Proceedings(out, layout);
        proceedings.meetings();

        PersonClusters people = new PersonClusters(out);
        new PeopleReader(a, listings, people).read();

        List<BodyResolver.Group> groups = BodyResolver.group(a.bodies(), council);
        PaperPosts posts = new PaperPosts(out, people, layout, owners(groups, out));
        CommitteeRoles roles = new CommitteeRoles(out, people, posts);
        roles.read(layout, listings);
        roles.committeePages(layout);
        posts.resolve(a.posts());

        proceedings.reports(new ReportCreators(out, people, posts), people);
        proceedings.declarations(people);
        bodies(a.bodies(), groups, out);
        LegislationResolver.resolve(a.citations(), Legislation.table(), iris, proceedings::citerAt).forEach(out::cited);
        return out.toResolved(paper, people.people());
    }

    /**
     * The council's and committees' mentions as evidence of them; services and outside bodies one
     * entity per body however it is printed.
     */
    private void bodies(List<BodyMention> mentions, List<BodyResolver.Group> groups, PaperEntities out) {
        for (BodyMention m : mentions) {
            switch (m.kind()) {
                case COUNCIL -> out.evidence(out.councilIri, m.span());
                case COMMITTEE -> out.committee(m.name(), m.span());
                default -> { }
            }
        }
        // "the Parish Council" in a paper of Westby Parish Council: the council's kind alone is the council itself
        String place = CouncilPlaces.place(out.councilName);
        String kind = out.councilName.startsWith(place + " ") ? out.councilName.substring(place.length() + 1) : "";
        for (BodyResolver.Group g : groups) {
            if (g.label().equalsIgnoreCase(out.councilName) || g.label().equalsIgnoreCase(kind)) {
                g.mentions().forEach(m -> out.evidence(out.councilIri, m.span()));
            } else {
                body(g, out);
            }
        }
    }

    /** The outside bodies by each name printed for them, with the IRI {@link #body} gives them: a title ending in one is its post. */
    private Map<String, PaperPosts.Owner> owners(List<BodyResolver.Group> groups, PaperEntities out) {
        Map<String, PaperPosts.Owner> owners = new HashMap<>();
        for (BodyResolver.Group g : groups) {
            if (g.kind() == Annotations.BodyKind.ORGANISATION && !g.label().equalsIgnoreCase(out.councilName)
                    && out.body(out.committeeIri(g.label())) == null) {
                PaperPosts.Owner o = new PaperPosts.Owner(iris.organisation(g.key()), g.label());
                owners.put(g.label().toLowerCase(Locale.ROOT), o);
                g.altLabels().forEach(a -> owners.put(a.toLowerCase(Locale.ROOT), o));
                g.mentions().forEach(m -> owners.put(m.printed().toLowerCase(Locale.ROOT), o));
            }
        }
        return owners;
    }

    private void body(BodyResolver.Group g, PaperEntities out) {
        String committeeIri = out.committeeIri(g.label());
        Body committee = out.body(committeeIri);
        if (g.kind() == Annotations.BodyKind.ORGANISATION && committee != null && committee.kind() == BodyKind.COMMITTEE) {
            // "the Westby Board meeting on 30 June": a board the paper says meets is that committee, not another body
            for (BodyMention m : g.mentions()) {
                out.evidence(committeeIri, m.span());
            }
            return;
        }
        boolean service = g.kind() == Annotations.BodyKind.SERVICE;
        String iri = service ? iris.service(out.councilSlug, g.key()) : iris.organisation(g.key());
        out.body(new Body(iri, g.label(), service ? BodyKind.SERVICE : BodyKind.ORGANISATION,
                service ? Optional.of(out.councilIri) : Optional.empty(), g.altLabels()));
        for (BodyMention m : g.mentions()) {
            out.evidence(iri, m.span());
        }
    }
}
