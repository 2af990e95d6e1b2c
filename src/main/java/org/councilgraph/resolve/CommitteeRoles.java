package org.councilgraph.resolve;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.councilgraph.resolve.Resolved.Kind;
import org.councilgraph.resolve.Resolved.Presence;
import org.councilgraph.segment.Layout.Attendee;
import org.councilgraph.segment.Layout.ContactBlock;
import org.councilgraph.segment.Layout.MeetingSection;
import org.councilgraph.segment.Layout.Status;
import org.councilgraph.segment.Layout;
import org.councilgraph.segment.MembershipLists;
import org.councilgraph.text.LoneOffices;
import org.councilgraph.text.PostTitles;
import org.councilgraph.text.Span;

/**
 * Who attended each meeting and how, who is a member of which committee in which role, and the
 * posts printed beside names in lists and contact blocks: what the paper's lists say of the people
 * already read.
 */
final class CommitteeRoles {
    /** A role that is a kind of membership, not a post: "Co-opted Member", "Substitute", "Councillor". */
    private static final Pattern MEMBERSHIP_ROLE = Pattern.compile("(?:" + ChairRoles.words("membership-qualifier") + ")?\\s*(?:"
            + ChairRoles.words("membership-noun") + ").*|" + ChairRoles.words("membership-alone"));
    private static final Pattern RESERVE_GROUP = Pattern.compile("(?:" + ChairRoles.words("reserve") + ").*");
    /** Posts that sit for the committee rather than the council. */
    private static final Pattern COMMITTEE_POST = Pattern.compile(".*\\b(?:" + ChairRoles.words("committee-post") + ")\\b.*");

    private final PaperEntities out;
    private final PersonClusters people;
    private final PaperPosts posts;

    CommitteeRoles(PaperEntities out, PersonClusters people, PaperPosts posts) {
        this.out = out;
        this.people = people;
        this.posts = posts;
    }

    /** Attendance and roles at every meeting, members of the lists outside meetings, officers' posts. */
    void read(Layout layout, List<MembershipLists.Listing> listings) {
        for (MeetingSection m : layout.meetings()) {
            meeting(m);
        }
        for (MembershipLists.Listing l : listings) {
            members(l.members(), out.committee(l.committee(), null), ChairRoles::memberRole, false);
        }
        for (ContactBlock c : layout.contacts()) {
            contactPost(c);
        }
    }

    /**
     * The members a committee-details page lists, with their roles ("Chair", a reserve member); a
     * name not read before is a new person.
     */
    void committeePages(Layout layout) {
        for (Layout.CommitteeSection c : layout.committees()) {
            String committeeIri = out.committee(c.name(), null);
            members(c.membership(), committeeIri, CommitteeRoles::pageRole, true);
        }
    }

    private static String pageRole(Attendee x) {
        boolean reserve = RESERVE_GROUP.matcher(x.group().orElse("").toLowerCase(Locale.ROOT)).matches();
        return x.role().filter(ChairRoles::isChair).map(ChairRoles::committeeRole).orElse(reserve ? "Reserve Member" : "Member");
    }

    private void meeting(MeetingSection m) {
        String committeeIri = out.committee(m.committee(), null);
        String meetingIri = out.iris.meeting(committeeIri, m.date());
        boolean minutes = m.role() == Layout.Role.MINUTES || m.role() == Layout.Role.DECISIONS;
        // a list under a heading; "Apologies for lateness were received from X" says X came, not who else did
        boolean listed = m.attendance().stream().anyMatch(x -> x.status() == Status.PRESENT && !inferred(x)
                && x.group().filter(g -> !g.isBlank()).isPresent());
        Set<String> substitutes = substitutes(m);
        Set<String> named = new LinkedHashSet<>();
        for (Attendee x : m.attendance()) {
            if (!inferred(x)) {
                Optional.ofNullable(people.find(x.name())).ifPresent(named::add);
            }
        }
        for (Attendee x : m.attendance()) {
            // a list of members leaves out the officers and guests who spoke: one read as in attendance from
            // what they did stays, unless a list already names them
            if (inferred(x) && listed && (x.status() != Status.IN_ATTENDANCE || named.contains(people.find(x.name())))) {
                inferredChair(x, committeeIri, meetingIri);
            } else {
                attendee(x, committeeIri, meetingIri, minutes, substitutes);
            }
        }
        // the minutes' own declarers were there, where no list says who was
        if (minutes && !listed) {
            declarersPresent(m, meetingIri);
        }
        members(m.membership(), committeeIri, ChairRoles::memberRole, false);
        if (minutes) {
            posts.chairInText(m, committeeIri);
        }
    }

    /** A substitute sits on the committee for the day, not as a member. */
    private Set<String> substitutes(MeetingSection m) {
        Set<String> out = new LinkedHashSet<>();
        for (Attendee x : m.attendance()) {
            if (x.status() == Status.SUBSTITUTE) {
                Optional.ofNullable(people.find(x.name())).ifPresent(out::add);
            }
        }
        return out;
    }

    /** A list says which members were there; what they did says no more, but who took the chair. */
    private void inferredChair(Attendee x, String committeeIri, String meetingIri) {
        String p = x.role().filter(ChairRoles::isChair).map(r -> people.find(x.name())).orElse(null);
        if (p != null) {
            roleOrPost(x.role().get(), p, committeeIri, meetingIri, x.span());
        }
    }

    /**
     * One listed at a meeting: their presence, their role, and, in minutes, their membership when
     * present as a member (not as a substitute) or as a co-opted member.
     */
    private void attendee(Attendee x, String committeeIri, String meetingIri, boolean minutes, Set<String> substitutes) {
        String p = people.find(x.name());
        if (p == null) {
            return;
        }
        Presence presence = switch (x.status()) {
            case APOLOGIES -> Presence.APOLOGIES;
            case ABSENT -> Presence.ABSENT;
            case IN_ATTENDANCE -> Presence.IN_ATTENDANCE;
            default -> Presence.PRESENT;
        };
        out.attended(meetingIri, p, presence, x.span());
        x.role().ifPresent(role -> roleOrPost(role, p, committeeIri, meetingIri, x.span()));
        if (!minutes || inferred(x) || x.status() != Status.PRESENT) {
            return;
        }
        PersonHint h = PersonHint.ofListed(x);
        boolean memberLike = h == PersonHint.MEMBER_LIST || h == PersonHint.MEMBER_POST || h == PersonHint.COUNCILLOR
                || PeopleReader.councillor(x) && h != PersonHint.CO_OPTED && h != PersonHint.OFFICER;
        if (!substitutes.contains(p) && memberLike && people.kindOf(p) != Kind.OFFICER) {
            out.membership(p, committeeIri, x.role().filter(ChairRoles::isChair).map(ChairRoles::committeeRole).orElse("Member"), x.span());
        } else if (h == PersonHint.CO_OPTED) {
            out.membership(p, committeeIri, "Co-opted Member", x.span());
        }
    }

    private void declarersPresent(MeetingSection m, String meetingIri) {
        for (Layout.DeclarationText d : m.declarations()) {
            String p = people.find(d.person());
            if (p != null) {
                out.attended(meetingIri, p, Presence.PRESENT, d.span());
            }
        }
    }

    private static boolean inferred(Attendee x) {
        return x.group().map(g -> g.startsWith("inferred")).orElse(false);
    }

    /** A contact block's officer holds the post printed under their name. */
    private void contactPost(ContactBlock c) {
        String p = people.find(c.name());
        if (p != null && c.post().isPresent()) {
            PostTitles.whole(c.post().get()).ifPresent(l -> posts.title(l, out.councilIri, p, c.span()));
        }
    }

    /**
     * The members a list names, each a member of the committee in the role {@code role} reads from
     * the list, and in any post printed with them; with {@code create}, a name not yet read is a new
     * person (a committee's own page lists its members), else it is passed over.
     */
    private void members(List<Attendee> list, String committeeIri, Function<Attendee, String> role, boolean create) {
        for (Attendee x : list) {
            String p = people.find(x.name());
            if (p == null && create) {
                p = people.readLate(x.name(), x.span(), PersonHint.MEMBER_LIST);
            }
            if (p == null) {
                continue;
            }
            String person = p;
            out.membership(person, committeeIri, role.apply(x), x.span());
            x.role().ifPresent(r -> roleOrPost(r, person, committeeIri, null, x.span()));
        }
    }

    /** A role in a list: a committee chair role, or a post the person holds. */
    private void roleOrPost(String printed, String person, String committeeIri, String meetingIri, Span span) {
        // "Secretary CC": the council's kind after the role is no part of it
        String role = LoneOffices.withoutCouncilKind(printed);
        if (ChairRoles.isChair(role)) {
            posts.chair(committeeIri, role, person, meetingIri, span);
            return;
        }
        String lower = role.toLowerCase(Locale.ROOT);
        if (MEMBERSHIP_ROLE.matcher(lower).matches()) {
            return;
        }
        LoneOffices.post(role).ifPresent(l -> posts.title(l, COMMITTEE_POST.matcher(l.toLowerCase(Locale.ROOT)).matches()
                ? committeeIri : out.councilIri, person, span));
    }
}
