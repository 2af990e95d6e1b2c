package org.councilgraph.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations.PostMention;
import org.councilgraph.resolve.Resolved.Post;
import org.councilgraph.segment.Layout.MeetingSection;
import org.councilgraph.segment.Layout;
import org.councilgraph.text.CouncilPlaces;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.LoneOffices;
import org.councilgraph.text.PostTitles;
import org.councilgraph.text.Slugs;
import org.councilgraph.text.Span;

/**
 * The posts of one paper. Spellings that differ only in joining words and punctuation ("Director of
 * Children and Family Services", "Director Children and Family Services") are one post; a shortened
 * title that begins exactly one longer title of the paper ("Strategic Director" for "Strategic
 * Director of Westby Services") is that post; a plural is the singular post when the paper has it.
 *
 * <p>Titles are {@linkplain #title read} from lists and roles, then {@linkplain #resolve resolved}
 * against each other with the titles the annotate stage found in the text; a title read after that
 * ({@link #titleLate}, a report's byline) is resolved against them as it comes.
 */
final class PaperPosts {
    /** An organisation's acronym in front of a title: possessive ("WCA's"), or bare ("NCC"). */
    private static final Pattern OWNER = Pattern.compile("(?:([A-Z]{2,6})['’]s|([A-Z]{2,6}))\\s+(?=[A-Z])");
    private static final Pattern LEADING_THE = Pattern.compile("^(?:the|The)\\s+");
    private static final Pattern LAST_WORD_ONLY = Pattern.compile(".*\\s");
    private static final Pattern LONE_HEAD_TITLE = Pattern.compile("(?i)mayor|leader");
    private static final Pattern THE_CHAIR = Pattern.compile("\\b[Tt]he\\s+(Chair(?:" + ChairRoles.words("chair-suffix") + ")?|(?i:" + ChairRoles.words("chair-other") + ")|Vice[\\s-][Cc]hair(?:man)?)\\b");
    private static final Pattern BARE_HEAD = Pattern.compile("\\b[Tt]he\\s+(\\p{Lu}[\\p{L}-]+)\\b(?!\\s+(?:of|for)\\b|\\s+\\p{Lu})");
    private static final Pattern LABEL_WORDS = Pattern.compile("[\\s,:]+");
    private static final Pattern LONGER_TITLE_GOES_ON = Pattern.compile("^(?:\\s+(?:of|for|and)\\b|\\s*[,:–]).*");

    private static final Pattern LOCAL_COUNCIL = Pattern.compile("(?i).*\\b(?:" + Lexicon.of("council-kinds.tsv").alternationWhere(1, "local")
            + ")\\s+council");
    /** A capitalised word before it on the line, but "The": "Parish Clerk", "Vice Convenor". */
    private static final Pattern CAPITAL_BEFORE = Pattern.compile("(?<![\\p{L}.])(?!(?:The|THE)[ \\t])\\p{Lu}[\\p{L}.]*[ \\t]+$");
    /** A capitalised word after no other capitalised word, and before no remit or possession but its report. */
    private static final Pattern LONE_WORD = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)\\b"
            + "(?!\\s+(?:of|to|for)\\b|-|['’](?!s\\s+[Rr]eport\\b))");

    /** What joins a title to the outside body it is held in: "Chief Executive, Westby Trust", "Director of the Westby Trust". */
    private static final Pattern OWNER_LINK = Pattern.compile("(?i)\\s*,\\s*|\\s+(?:of|at)\\s+(?:the\\s+)?");

    /** An outside body of the paper, as resolved: its IRI and its name. */
    record Owner(String iri, String name) {
    }

    private final PaperEntities out;
    private final PersonClusters people;
    /** The outside bodies by each name printed for them, in lower case: a title ending in one is a post of that body. */
    private final Map<String, Owner> owners;
    /** The posts of outside bodies read so far. */
    private final Set<String> outsidePosts = new LinkedHashSet<>();
    private final Layout layout;
    private final String text;
    /** The council's initials, which a title may carry in front ("NCC Cabinet Member for ..."). */
    private final String councilInitials;
    /** Post IRI by the key of its title, for spellings that differ in joining words only. */
    private final Map<String, String> postByKey = new LinkedHashMap<>();

    PaperPosts(PaperEntities out, PersonClusters people, Layout layout) {
        this(out, people, layout, Map.of());
    }

    PaperPosts(PaperEntities out, PersonClusters people, Layout layout, Map<String, Owner> owners) {
        this.out = out;
        this.owners = owners;
        this.people = people;
        this.layout = layout;
        this.text = layout.paper().text();
        this.councilInitials = PostKeys.councilInitials(out.councilSlug);
    }

    // ---------------------------------------------------------------- titles

    /** The post a title names, held by {@code holder} (null: unknown), in {@code postIn}; null when no title. */
    String title(String label, String postIn, String holder, Span span) {
        String held = heldOutside(label, postIn, holder, span);
        if (held != null) {
            return held;
        }
        String l = label(label);
        if (l == null) {
            return null;
        }
        if (postIn.equals(out.councilIri) && ChairRoles.isChair(l)) {
            String chair = committeeChairCalled(l);
            if (chair != null) {
                // "the Convenor" of a paper whose meeting's chair is printed "Convenor": that chair, not a post of the council's
                if (holder != null) {
                    out.statement(holder, "holds", chair, span);
                }
                out.holdPost(chair, out.post(chair).label(), out.post(chair).postIn(), holder);
                out.evidence(chair, span);
                return chair;
            }
            // a parish, town or community council is its own meeting's committee: its chair is that meeting's
            Optional<String> whole = layout.meetings().stream().map(MeetingSection::committee)
                    .filter(c -> c.equalsIgnoreCase(out.councilName)).findFirst();
            if (whole.isPresent()) {
                return chair(out.committee(whole.get(), null), l, holder, null, span);
            }
        }
        return hold(l, PostKeys.key(l), out.councilSlug, postIn, holder, span);
    }

    /**
     * "Group Chief Executive, Westby Combined Authority", "Chief Executive of Healthwatch Northby": a title that ends
     * in an outside body the paper names is that body's post, printed without it; null when it is none.
     */
    private String heldOutside(String label, String postIn, String holder, Span span) {
        if (owners.isEmpty() || !postIn.equals(out.councilIri)) {
            return null;
        }
        Matcher link = OWNER_LINK.matcher(label);
        while (link.find()) {
            Owner o = owners.get(label.substring(link.end()).strip().toLowerCase(Locale.ROOT));
            String l = o == null ? null : label(label.substring(0, link.start()));
            if (l != null && PostTitles.isPost(l)) {
                String iri = hold(l, o.iri() + " " + PostKeys.key(l), Slugs.slug(o.name()), o.iri(), holder, span);
                outsidePosts.add(iri);
                return iri;
            }
        }
        return null;
    }

    /** The one committee chair post of this paper printed {@code label}; null when none or several. */
    private String committeeChairCalled(String label) {
        List<Post> called = out.posts().stream()
                .filter(p -> !p.postIn().equals(out.councilIri) && p.label().equalsIgnoreCase(label)).toList();
        return called.size() == 1 ? called.get(0).iri() : null;
    }

    /** As {@link #title}, for a title read after the paper's posts were resolved: resolved against them. */
    String titleLate(String label, String postIn, String holder, Span span) {
        String held = heldOutside(label, postIn, holder, span);
        if (held != null) {
            return held;
        }
        String l = label(label);
        if (l == null) {
            return null;
        }
        String key = PostKeys.key(l);
        if (!postByKey.containsKey(key)) {
            // "the Strategic Director" on a report cover is the paper's "Strategic Director of ..."
            String target = referent(key, l, holder == null ? Set.of() : null);
            if (target != null) {
                postByKey.put(key, target);
            }
        }
        return hold(l, key, out.councilSlug, postIn, holder, span);
    }

    /** The title as printed, without the owner in front; null for a head word alone, a reference to a post. */
    private String label(String label) {
        // "Secretary CC": the initials of the kind of council the post is in are no part of its title
        String printed = LoneOffices.withoutCouncilKind(LEADING_THE.matcher(PostTitles.tidy(label)).replaceAll(""));
        Matcher owner = OWNER.matcher(printed);
        // "WCA's Director of Place", "NCC Cabinet Member for ...": the owner in front is no part of the title
        String l = owner.lookingAt() && (owner.group(1) != null || owner.group(2).equalsIgnoreCase(councilInitials))
                && (PostTitles.isPost(printed.substring(owner.end())) || LoneOffices.is(printed.substring(owner.end())))
                ? printed.substring(owner.end()) : printed;
        l = withoutOwnCouncil(l);
        if (l.length() < 3 || PostTitles.head(LAST_WORD_ONLY.matcher(l).replaceAll("")) != null && !l.contains(" ")
                && !LONE_HEAD_TITLE.matcher(l).matches() && !LoneOffices.is(l)) {
            return null;
        }
        return l;
    }

    /**
     * "Director of Public Health, Westby City Council": the council's own name after a comma is where the
     * post is held, no part of its title; so is the name's start, where a list's wrapped line lost the rest
     * ("Democratic Services Officer, Westby City" over "Council"), and its initials ("Governance Officer, WCA").
     */
    private String withoutOwnCouncil(String l) {
        int comma = l.lastIndexOf(',');
        if (comma < 0 || out.councilName == null) {
            return l;
        }
        String after = LEADING_THE.matcher(l.substring(comma + 1).strip()).replaceAll("").toLowerCase(Locale.ROOT);
        String council = out.councilName.toLowerCase(Locale.ROOT);
        String initials = CouncilPlaces.initials(out.councilName).toLowerCase(Locale.ROOT);
        boolean own = !after.isEmpty() && (council.equals(after) || council.startsWith(after + " ")
                || initials.length() >= 3 && initials.equals(after));
        return own && PostTitles.isPost(l.substring(0, comma).strip()) ? l.substring(0, comma).strip() : l;
    }

    /** The post {@code l} of the body {@code postIn} (its IRI under {@code slug}), held by {@code holder} when known. */
    private String hold(String l, String key, String slug, String postIn, String holder, Span span) {
        String iri = postByKey.computeIfAbsent(key, k -> out.iris.post(slug, l));
        if (holder != null) {
            out.statement(holder, "holds", iri, span);
            people.hint(holder, () -> PersonHint.ofPost(l));
        }
        out.holdPost(iri, l, postIn, holder);
        out.evidence(iri, span);
        return iri;
    }

    // ---------------------------------------------------------------- committee chairs

    /** The committee's chair post, when a chair is named or "the Chair" speaks in the minutes. */
    String chair(String committeeIri, String role, String holder, String meetingIri, Span span) {
        String key = ChairRoles.committeeRole(role);
        String postIri = out.iris.committeePost(committeeIri, key);
        if (holder != null) {
            out.statement(holder, "holds", postIri, span);
        }
        Post old = out.post(postIri);
        out.holdPost(postIri, old == null ? ChairRoles.postLabel(role, () -> chairWordAt(span)) : old.label(), committeeIri, holder);
        out.evidence(postIri, span);
        if (holder != null && meetingIri != null && key.equals("Chair")) {
            out.chairOf(meetingIri, holder);
        }
        return postIri;
    }

    /** "The Chair welcomed ...": the minutes' chair is a post of the committee even when unnamed. */
    void chairInText(MeetingSection m, String committeeIri) {
        Matcher t = THE_CHAIR.matcher(text).region(m.span().start(), Math.min(text.length(), m.span().end()));
        if (t.find()) {
            chair(committeeIri, t.group(1), null, null, new Span(t.start(1), t.end(1)));
        }
    }

    /** The word for the chair in the meeting section holding {@code span}, else in the paper. */
    private String chairWordAt(Span span) {
        if (span != null) {
            for (MeetingSection m : layout.meetings()) {
                if (m.span().contains(span.start())) {
                    return ChairRoles.chairWord(m.span().of(text));
                }
            }
        }
        return ChairRoles.chairWord(text);
    }

    /** True when {@code holder} holds the committee post of that chair role ("Vice-Chair"). */
    private boolean holdsCommitteeChair(String holder, String role) {
        for (Post p : out.posts()) {
            if (!p.postIn().equals(out.councilIri) && p.holders().contains(holder) && ChairRoles.isChair(p.label())
                    && ChairRoles.committeeRole(p.label()).equals(role)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- resolving the paper's posts

    /** The titles the text names, then the paper's posts resolved against each other. */
    void resolve(List<PostMention> mentions) {
        fromText(mentions);
        localOfficers();
        mergeSpellings();
        propagateHolders();
        references();
    }

    /**
     * "The Clerk reported", "Treasurer's Report", "c. Secretary": a parish, town or community council
     * has one of each of its offices, so a paper's word for one, standing alone, is the council's post
     * even where no holder is named; not "Secretary of State", nor a word another title ends in
     * ("Parish Clerk", read by the grammar), nor a thing of the office's but its report.
     */
    private void localOfficers() {
        if (layout.council().map(c -> LOCAL_COUNCIL.matcher(c.label().strip()).matches()).orElse(false)) {
            Matcher m = LONE_WORD.matcher(text);
            while (m.find()) {
                if (LoneOffices.is(m.group(1)) && !CAPITAL_BEFORE.matcher(text.substring(Math.max(0, m.start() - 25), m.start())).find()) {
                    title(m.group(1), out.councilIri, null, new Span(m.start(1), m.end(1)));
                }
            }
        }
    }

    private void fromText(List<PostMention> mentions) {
        for (PostMention p : mentions) {
            String holder = p.holder().map(people::find).orElse(null);
            if (holder != null && ChairRoles.isChair(p.label()) && holdsCommitteeChair(holder, ChairRoles.committeeRole(p.label()))) {
                continue; // "Councillor Westby – Vice Chair": the committee's vice-chair, read from its list
            }
            title(p.label(), out.councilIri, holder, p.span());
        }
    }

    /**
     * A plural is the singular post when the paper has that; a short title that begins exactly one
     * longer title ("Strategic Director" of "Strategic Director of Westby Services"), and has no holder
     * the longer lacks, is that post.
     */
    private void mergeSpellings() {
        for (Map.Entry<String, String> e : new ArrayList<>(postByKey.entrySet())) {
            String key = e.getKey();
            String iri = e.getValue();
            Post p = out.post(iri);
            if (p == null || !postByKey.get(key).equals(iri)) {
                continue;
            }
            String target = referent(key, p.label(), p.holders());
            if (target == null || target.equals(iri) || !out.hasPost(target)) {
                continue;
            }
            if (outsidePosts.contains(iri) && !outsidePosts.contains(target)) {
                if (!out.post(target).label().equalsIgnoreCase(p.label())) {
                    continue; // an outside body's "Independent Chair" is none of the council's titles it begins
                }
                // "the Group Chief Executive" in a paper that names the body's Group Chief Executive: that post
                String council = target;
                target = iri;
                iri = council;
            }
            out.mergePost(iri, target);
            for (Map.Entry<String, String> k : postByKey.entrySet()) {
                if (k.getValue().equals(iri)) {
                    k.setValue(target);
                }
            }
        }
    }

    /**
     * The post a title refers to: its singular; or the one longer title it begins, when the
     * shorter has no holder the longer lacks ({@code holders} null: unknown, so no such match).
     */
    private String referent(String key, String label, Set<String> holders) {
        String singular = PostKeys.key(PostKeys.singular(label));
        if (!singular.equals(key) && postByKey.containsKey(singular) && out.hasPost(postByKey.get(singular))) {
            return postByKey.get(singular);
        }
        if (holders == null) {
            return null;
        }
        Set<String> longer = new LinkedHashSet<>();
        String prefix = label.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : postByKey.entrySet()) {
            Post q = out.post(e.getValue());
            if (q == null || e.getKey().equals(key) || !q.holders().containsAll(holders)) {
                continue;
            }
            String ql = q.label().toLowerCase(Locale.ROOT);
            if (ql.length() > prefix.length() && ql.startsWith(prefix)
                    && LONGER_TITLE_GOES_ON.matcher(ql.substring(prefix.length())).matches()) {
                longer.add(e.getValue());
            }
        }
        return longer.size() == 1 ? longer.iterator().next() : null;
    }

    /**
     * A title printed without a holder, that differs from a held title of the paper only by a
     * redundant word, has that holder: "the Cabinet Lead Member for Westby stated" is the Lead
     * Member for Westby named in the list.
     */
    private void propagateHolders() {
        for (Post a : out.posts()) {
            if (!a.holders().isEmpty() || !postByKey.containsValue(a.iri())) {
                continue;
            }
            Set<String> from = new LinkedHashSet<>();
            int sources = 0;
            for (Post b : out.posts()) {
                if (b.iri().equals(a.iri()) || b.holders().size() != 1 || !postByKey.containsValue(b.iri())) {
                    continue;
                }
                if (differByRedundantWord(a, b)) {
                    from.addAll(b.holders());
                    sources++;
                }
            }
            if (sources == 1) {
                out.replacePost(new Post(a.iri(), a.label(), a.postIn(), from, a.observedOn()));
                // the evidence is where the unheld title was read
                Optional<Span> at = out.firstSighting(a.iri());
                for (String h : from) {
                    at.ifPresent(sp -> out.statement(h, "holds", a.iri(), sp));
                }
            }
        }
    }

    private static boolean differByRedundantWord(Post a, Post b) {
        Set<String> ta = new LinkedHashSet<>(List.of(PostKeys.key(a.label()).split(" ")));
        Set<String> tb = new LinkedHashSet<>(List.of(PostKeys.key(b.label()).split(" ")));
        Set<String> onlyA = new LinkedHashSet<>(ta);
        onlyA.removeAll(tb);
        Set<String> onlyB = new LinkedHashSet<>(tb);
        onlyB.removeAll(ta);
        onlyA.addAll(onlyB);
        return onlyA.size() == 1 && PostKeys.REDUNDANT_WORDS.contains(onlyA.iterator().next());
    }

    /**
     * References to the paper's posts that are not titles: an acronym the paper defines ("Director
     * of Westby Services (DWS)", then "the DWS"), and a head word alone ("the Director stated")
     * where one post of the paper has that head. They are evidence of the post, never posts of their own.
     */
    private void references() {
        Map<String, Set<String>> byHead = new LinkedHashMap<>();
        Map<String, String> byAcronym = new LinkedHashMap<>();
        for (Post p : out.posts()) {
            if (!p.postIn().equals(out.councilIri)) {
                continue;
            }
            String first = LABEL_WORDS.split(p.label())[0];
            String h = PostTitles.head(first);
            if (h != null && !p.label().equalsIgnoreCase(first)) {
                byHead.computeIfAbsent(h, k -> new LinkedHashSet<>()).add(p.iri());
            }
            Matcher def = Pattern.compile(Pattern.quote(p.label()) + "\\s*\\((\\p{Lu}{2,8})\\)").matcher(text);
            if (def.find()) {
                byAcronym.merge(def.group(1), p.iri(), (x, y) -> x.equals(y) ? x : "");
            }
        }
        acronymReferences(byAcronym);
        headReferences(byHead);
    }

    private void acronymReferences(Map<String, String> byAcronym) {
        for (Map.Entry<String, String> e : byAcronym.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue; // two posts share the acronym: no reference is certain
            }
            Matcher m = Pattern.compile("\\b" + e.getKey() + "\\b(?!\\))").matcher(text);
            while (m.find()) {
                out.evidence(e.getValue(), new Span(m.start(), m.end()));
            }
        }
    }

    private void headReferences(Map<String, Set<String>> byHead) {
        Matcher m = BARE_HEAD.matcher(text);
        while (m.find()) {
            String h = PostTitles.head(m.group(1));
            Set<String> candidates = h == null ? Set.of() : byHead.getOrDefault(h, Set.of());
            if (candidates.size() == 1 && !ChairRoles.isChair(m.group(1))) {
                out.evidence(candidates.iterator().next(), new Span(m.start(1), m.end(1)));
            }
        }
    }
}
