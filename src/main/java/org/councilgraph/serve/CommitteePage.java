package org.councilgraph.serve;

import java.util.List;
import java.util.Set;
import org.apache.jena.vocabulary.ORG;
import org.jsoup.nodes.Element;

/** The page of a committee: members and roles, posts, and its meetings by year with what each decided. */
final class CommitteePage extends EntityPages {
    CommitteePage(Site site, String iri, String path, Set<String> types) {
        super(site, iri, path, types);
    }

    @Override
    void body() {
        Element dl = props("Committee");
        links(ORG.subOrganizationOf.getURI()).forEach(o -> html.link(prop(dl, "Of"), o, labelOf(o)));
        listSection("Members and roles", site.select(PageSparql.COMMITTEE_MEMBERS, "e", iri), (li, r) -> {
            Element f = fact(li);
            link(f, r, "p", "person");
            f.appendText(", ");
            f.appendElement("span").addClass("role").text(orElse(text(r, "role"), "Member"));
            sources(li, uri(r, "m"), List.of(ORG.member.getURI()), uri(r, "p"), null);
        });
        postsIn();
        Timelines.committee(this);
    }
}
