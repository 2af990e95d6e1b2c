package org.councilgraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations.PersonMention;
import org.councilgraph.annotate.Annotations.PostMention;
import org.councilgraph.annotate.Annotations;
import org.councilgraph.resolve.PersonClusters.Cluster;
import org.councilgraph.segment.Layout.Attendee;
import org.councilgraph.segment.Layout.ContactBlock;
import org.councilgraph.segment.Layout.MeetingSection;
import org.councilgraph.segment.Layout;
import org.councilgraph.segment.MembershipLists;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.Similarity;
import org.councilgraph.text.Span;

/**
 * Reads the people of one paper into {@link PersonClusters}, the most informative mentions first
 * (lists, contact blocks, names with given names) so that a surname alone finds its person, then
 * settles them: e-mail addresses to the people they name, misspelt surnames to their person.
 */
final class PeopleReader {
    private static final Pattern EMAIL = Pattern.compile("([A-Za-z][A-Za-z'-]+)[._]([A-Za-z][A-Za-z'-]+)@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /** A description after a name: "Ann Westby, a former officer"; "(a social researcher". */
    private static final Pattern APPOSITIVE = Pattern.compile("[ \\t]*(?:,|\\()[ \\t\\n]*(?:a|an)\\s+([^,.;()\\n]{3,80})");
    private static final Pattern STAFF_WORDS = Lexicon.of("staff-words.tsv").pattern("(?i).*\\b(?:%s)\\b.*");
    private static final Pattern SIGNING_LABEL = Lexicon.of("signing-labels.tsv").pattern("(?i)^[\\s\\-–•*]*(?:%s)\\s*:\\s*$");

    private final Annotations a;
    private final Layout layout;
    private final String text;
    private final List<MembershipLists.Listing> listings;
    private final PersonClusters people;

    PeopleReader(Annotations a, List<MembershipLists.Listing> listings, PersonClusters people) {
        this.a = a;
        this.layout = a.layout();
        this.text = layout.paper().text();
        this.listings = listings;
        this.people = people;
    }

    /** Reads every person of the paper and settles them. */
    void read() {
        lists();
        contacts();
        mentions();
        nominees();
        declarers();
        emails();
        misspelt();
        people.settle();
    }

    private void lists() {
        for (MeetingSection m : layout.meetings()) {
            listed(m.membership());
            listed(m.attendance());
        }
        for (MembershipLists.Listing l : listings) {
            listed(l.members());
        }
    }

    private void contacts() {
        for (ContactBlock c : layout.contacts()) {
            Cluster cl = people.clusterOf(people.read(c.name(), c.span(), PersonHint.OFFICER));
            if (cl != null) {
                c.email().ifPresent(e -> cl.email = cl.email == null ? e : cl.email);
                c.phone().ifPresent(p -> cl.phone = cl.phone == null ? p : cl.phone);
            }
        }
    }

    private void mentions() {
        List<PersonMention> mentions = new ArrayList<>(a.people());
        mentions.sort(Comparator.comparingInt((PersonMention p) -> p.name().hasGiven() ? 0 : 1).thenComparing(PersonMention::span));
        for (PersonMention p : mentions) {
            PersonHint hint = p.name().councillor() ? PersonHint.COUNCILLOR : p.post().map(PersonHint::ofPost).orElse(PersonHint.NONE);
            Cluster c = people.clusterOf(people.read(p.name(), p.span(), hint));
            if (c == null) {
                continue;
            }
            if (inOfficerReport(p.span()) || p.origin() == Annotations.Origin.LIST) {
                c.hints.add(PersonHint.REPORT_TEXT);
            }
            if (signsForTheCouncil(p.span())) {
                c.hints.add(PersonHint.OFFICER);
            }
            appositive(c, p.span());
        }
    }

    /** An election notice prints its candidates and subscribers surname first: that form is a label too. */
    private void nominees() {
        for (org.councilgraph.segment.ElectionNotice n : layout.elections()) {
            for (org.councilgraph.segment.ElectionNotice.Nominee x : n.people()) {
                Cluster c = people.clusterOf(people.find(x.name()));
                if (c != null && !x.printed().equals(x.name().fullName())) {
                    c.printed.add(x.printed());
                }
            }
        }
    }

    private void declarers() {
        for (MeetingSection m : layout.meetings()) {
            for (Layout.DeclarationText d : m.declarations()) {
                people.read(d.person(), d.span(), PersonHint.NONE);
            }
        }
    }

    /**
     * The people of one list. Where most names of a list or its heading carry a councillor's
     * honorific, a name without one is someone else: "Ann Westby" among "Cllr ..." members.
     */
    private void listed(List<Attendee> list) {
        Map<String, int[]> byGroup = new LinkedHashMap<>();
        for (Attendee x : list) {
            int[] n = byGroup.computeIfAbsent(x.group().orElse("") + "|" + x.status(), k -> new int[2]);
            n[0]++;
            if (councillor(x)) {
                n[1]++;
            }
        }
        for (Attendee x : list) {
            int[] n = byGroup.get(x.group().orElse("") + "|" + x.status());
            PersonHint hint = PersonHint.ofListed(x);
            if (hint == PersonHint.MEMBER_LIST && !councillor(x) && n[0] >= 3 && n[1] * 2 > n[0]) {
                hint = PersonHint.NONE;
            }
            people.read(x.name(), x.span(), hint);
        }
    }

    static boolean councillor(Attendee x) {
        return PersonClusters.parse(x.name()).map(PersonName::councillor).orElse(false);
    }

    /** A name in the pages of an officer report (not in minutes), where unlabelled people are staff. */
    private boolean inOfficerReport(Span s) {
        for (Layout.ReportCover r : layout.reports()) {
            if (r.itemNumber().isEmpty() && r.body().contains(s.start())) {
                return layout.meetings().stream().noneMatch(m -> m.role() == Layout.Role.MINUTES && m.span().contains(s.start()));
            }
        }
        return false;
    }

    /**
     * A name under a report's signing label ("Signed: ...", "Report author: ..."): reports are signed
     * off, implication by implication, by the council's own officers.
     */
    private boolean signsForTheCouncil(Span s) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
        return SIGNING_LABEL.matcher(text.substring(lineStart, s.start())).matches();
    }

    /** ", a former officer" marks staff; ", a social researcher" someone else. */
    private void appositive(Cluster c, Span s) {
        Matcher m = APPOSITIVE.matcher(text).region(s.end(), Math.min(text.length(), s.end() + 120));
        m.useTransparentBounds(true).useAnchoringBounds(false);
        if (m.lookingAt()) {
            c.hints.add(STAFF_WORDS.matcher(m.group(1)).matches() ? PersonHint.OFFICER : PersonHint.EXTERNAL);
        }
    }

    /** An address "ann.westby@..." in the paper belongs to the Ann Westby it names. */
    private void emails() {
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            String first = m.group(1).toLowerCase(Locale.ROOT);
            String last = m.group(2).toLowerCase(Locale.ROOT);
            for (Cluster c : people.all()) {
                if (c.email != null) {
                    continue;
                }
                PersonName b = c.best();
                String given = b.given().split(" ")[0].toLowerCase(Locale.ROOT);
                if (PersonName.key(b.surname()).equals(last) && !b.givenIsInitials() && given.length() > 1
                        && (first.equals(given) || first.startsWith(given) || given.startsWith(first))) {
                    c.email = m.group();
                }
            }
        }
    }

    /**
     * "Dr Westbey (Director of Public Health)" is "Dr A Westby (Director of Public Health)": a name
     * printed by surname alone, one letter from the surname of the only other holder of the same
     * post in the paper, is that person misspelt.
     */
    private void misspelt() {
        for (Set<Cluster> holders : holdersByPost().values()) {
            if (holders.size() != 2) {
                continue;
            }
            List<Cluster> two = new ArrayList<>(holders);
            for (int k = 0; k < 2; k++) {
                Cluster bare = two.get(k);
                Cluster full = two.get(1 - k);
                if (!bare.hasGiven() && full.hasGiven() && oneLetterApart(bare, full)) {
                    people.mergeMisspelt(bare, full);
                }
            }
        }
    }

    private Map<String, Set<Cluster>> holdersByPost() {
        Map<String, Set<Cluster>> byPost = new LinkedHashMap<>();
        for (PostMention p : a.posts()) {
            if (p.holder().isEmpty()) {
                continue;
            }
            Cluster c = people.clusterOf(people.find(p.holder().get()));
            if (c != null) {
                byPost.computeIfAbsent(PostKeys.key(p.label()), k -> new LinkedHashSet<>()).add(c);
            }
        }
        return byPost;
    }

    private static boolean oneLetterApart(Cluster bare, Cluster full) {
        String sb = bare.best().surnameKey();
        String sf = full.best().surnameKey();
        boolean clash = bare.names.stream().anyMatch(x -> full.names.stream().anyMatch(y -> PersonClusters.genderClash(x, y)));
        return !sb.equals(sf) && Similarity.editDistance(sb, sf) <= 1 && Math.min(sb.length(), sf.length()) >= 4 && !clash;
    }
}
