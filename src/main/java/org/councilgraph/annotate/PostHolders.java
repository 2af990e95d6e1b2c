package org.councilgraph.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations.Origin;
import org.councilgraph.annotate.Annotations.PersonMention;
import org.councilgraph.annotate.Annotations.PostMention;
import org.councilgraph.segment.Layout.StaffEntry;
import org.councilgraph.text.LoneOffices;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.PostTitles;
import org.councilgraph.text.Span;

/**
 * Pairs people with the posts printed beside them and returns the posts, holders filled in:
 * posts from staff layouts; a post in brackets or after a dash or comma filling the rest of the
 * segment after a name ("Dr A Riverford (Director of Public Health)"); a name run into the front of
 * a post title ("Ann Westby Head of Service") or a name after the title ("Minister of State for
 * Care, Ivo Northby", "Foreign Secretary Jo Eastby"); and titles joined to a held one by "and"
 * ("Mr Westby, Deputy Leader and Cabinet Member for Finance").
 */
final class PostHolders {
    /** A bracket after a name, as lookingAt() reads it from the end of the name. */
    private static final Pattern BRACKET = Pattern.compile("[ \\t]*\\n?[ \\t]*\\(([^()]{3,140})\\)");
    /** A dash after a name and what follows it on the line. */
    private static final Pattern DASH = Pattern.compile("[ \\t]*[–—-][ \\t]*(\\S[^\\n]*)");
    /** A note in brackets at the end of a line about how or when someone attended, not part of the post. */
    private static final Pattern ATTENDANCE_NOTE = Pattern.compile("\\s*\\((?:online|virtual\\w*|remote\\w*|agenda item[^)]*|item[^)]*)\\)\\s*$");
    /** "Councillor " or "Cllr. " before a holder's name on a field's line. */
    private static final Pattern COUNCILLOR_TITLE = Pattern.compile("(?:Councillor|Cllr\\.?)[ \\t]+");
    /** What ends a field's label: its colon and a plural's bracket ("Cabinet Member(s):"). */
    private static final Pattern LABEL_END = Pattern.compile("[:(s)\\s]+$");
    private static final Pattern LEAD = Pattern.compile("^(?:[\\s,;:–—\\-(]+|(?:and|&)\\s+)+");
    private static final Pattern TRAIL = Pattern.compile("[\\s,;:–—\\-(]+$");
    private static final Pattern JOINED = Pattern.compile("(?s)\\s*(?:,|and|&)\\s*");
    private static final Pattern AND = Pattern.compile("\\s*(?:and|&)\\s*");
    private static final Pattern BEFORE_POST = Pattern.compile("[ \\t]*(?:,|\\(|–|-|—)\\s*(?:the\\s+)?");
    /** After a name: "was appointed as", "be elected", or a bare "as" (group 1 absent) after an appointing verb. */
    private static final Pattern APPOINTED = Pattern.compile("(?i)[ \\t]*\\n?[ \\t]*(?:((?:(?:was|were|is|be|been|has\\s+been)\\s+)?"
            + "(?:duly\\s+|unanimously\\s+)?(?:re-?)?(?:appointed|elected|co-?opted)\\s+(?:as\\s+)?)|as\\s+)(?:the\\s+)?(?:new\\s+)?(?-i:(?=\\p{Lu}))");
    private static final Pattern APPOINTING_BEFORE = Pattern.compile("(?i)\\b(?:appoint|elect|nominat|propos|co-?opt)\\w*\\b[^.;:]*$");
    /** A clause's words: up to a stop, a semicolon, a bracket or a comma. */
    private static final Pattern CLAUSE = Pattern.compile("[^.,;:()\\n]+(?:\\n[^.,;:()\\n]+)?");
    private static final Pattern WORD_END = Pattern.compile("[\\p{L}’'&-]+(?=\\s|$)");
    /** A report's field naming a part, at the start of its line, its label perhaps wrapped: "Relevant Cabinet\\nMember:". */
    private static final Pattern ROLE_FIELD = Pattern.compile(
            "(?m)^[ \\t]*\\p{Lu}\\p{L}+[ \\t]+((?:\\p{L}+(?:[ \\t]*&[ \\t]*\\p{L}+)?[ \\t\\n]+)?\\p{L}+)(?:\\(s\\)|s)?[ \\t]*:");
    /** ", Westby Housing": the remit after a holder's name, wrapped onto one more line only after a joining word. */
    private static final Pattern FIELD_REMIT = Pattern.compile(",[ \\t]*(\\p{Lu}[^,:\\n]*(?<=\\s(?:and|&|of|for))\\n[^,:\\n]+|\\p{Lu}[^,:\\n]*)[ \\t]*(?:\\n|$)");
    private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*\\n[ \\t]*");
    private static final Pattern AFTER_POST = Pattern.compile("[ \\t]*(?:,|\\()?[ \\t]*");

    private final String text;
    private final List<PersonMention> people;
    private final List<PostMention> out = new ArrayList<>();
    private final List<Span> claimed = new ArrayList<>();

    private PostHolders(String text, List<PersonMention> people) {
        this.text = text;
        this.people = people;
    }

    /** The posts of {@code text} paired with the people holding them, the staff layouts segment read first. */
    static List<PostMention> pair(String text, List<PersonMention> people, List<PostMention> posts, List<StaffEntry> staff) {
        PostHolders h = new PostHolders(text, people);
        h.staffPosts(staff);
        h.postsBesideNames();
        h.grammarPosts(posts);
        h.appointments();
        h.fieldHolders();
        h.joinedTitles();
        return h.out;
    }

    /** 1. The posts staff layouts print for their names. */
    private void staffPosts(List<StaffEntry> staff) {
        Map<Span, StaffEntry> listed = new HashMap<>();
        for (StaffEntry e : staff) {
            listed.put(e.span(), e);
        }
        for (PersonMention p : people) {
            if (p.origin() == Origin.LIST && p.post().isPresent()) {
                Span ps = Optional.ofNullable(listed.get(p.span())).flatMap(StaffEntry::postSpan).orElse(p.span());
                out.add(new PostMention(p.post().get(), ps, Optional.of(p.name())));
                claimed.add(ps);
            }
        }
    }

    /** 2. A post filling a bracket after a name, or the rest of the line after "Name –". */
    private void postsBesideNames() {
        for (PersonMention p : people) {
            int e = p.span().end();
            Matcher br = BRACKET.matcher(text).region(e, Math.min(text.length(), e + 160));
            br.useTransparentBounds(true).useAnchoringBounds(false);
            if (br.lookingAt() && claim(LoneOffices.post(br.group(1)), new Span(br.start(1), br.end(1)), p)) {
                continue;
            }
            int lineEnd = text.indexOf('\n', e);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            Matcher dash = DASH.matcher(text).region(e, lineEnd);
            if (dash.lookingAt()) {
                String rest = ATTENDANCE_NOTE.matcher(dash.group(1)).replaceAll("").stripTrailing();
                claim(LoneOffices.post(rest), new Span(dash.start(1), dash.start(1) + rest.length()), p);
            }
        }
    }

    /** Adds {@code post} at {@code ps}, held by {@code p}, unless a layout read that place already. */
    private boolean claim(Optional<String> post, Span ps, PersonMention p) {
        if (post.isPresent() && claimed.stream().noneMatch(c -> c.overlaps(ps))) {
            out.add(new PostMention(post.get(), ps, Optional.of(p.name())));
            claimed.add(ps);
            return true;
        }
        return false;
    }

    /** 3. The grammar's posts, less what a layout already read, with names run into them cut off. */
    private void grammarPosts(List<PostMention> posts) {
        for (PostMention post : posts) {
            if (claimed.stream().anyMatch(c -> c.overlaps(post.span()))) {
                continue;
            }
            Held held = cutNames(post);
            if (held == null) {
                continue;
            }
            PersonName holder = held.holder() != null ? held.holder() : adjacent(held.post());
            out.add(new PostMention(held.post().label(), held.post().span(), Optional.ofNullable(holder)));
        }
    }

    private record Held(PostMention post, PersonName holder) {
    }

    /** The post with the names that overlap it cut off, and the holder they name; null when no title is left. */
    private Held cutNames(PostMention post) {
        PostMention q = post;
        PersonName holder = null;
        for (PersonMention person : people) {
            Span ps = person.span();
            if (!ps.overlaps(q.span())) {
                continue;
            }
            if (ps.start() <= q.span().start() && ps.end() < q.span().end()) {
                // "Ann Westby Director of ...": the name run into the front of the title; but
                // "Ivo Northby and Culture Secretary" is a name joined to the next title
                Optional<PostMention> cut = retitle(q, ps.end(), q.span().end());
                if (cut.isEmpty()) {
                    return null;
                }
                boolean joined = JOINED.matcher(text.substring(ps.end(), cut.get().span().start())).matches();
                q = cut.get();
                holder = joined ? null : person.name();
            } else if (ps.start() > q.span().start()) {
                // "Chair, Ola Westby": the name after the title
                Optional<PostMention> cut = retitle(q, q.span().start(), ps.start());
                if (cut.isEmpty()) {
                    return null;
                }
                q = cut.get();
                holder = person.name();
            } else {
                return null;
            }
        }
        return new Held(q, holder);
    }

    /**
     * 4. "Jo Westby was appointed as Treasurer", "agreed to appoint Jo Westby as Secretary": the office
     * an appointment or election gives the person named in it.
     */
    private void appointments() {
        for (PersonMention p : people) {
            int e = p.span().end();
            Matcher m = APPOINTED.matcher(text).region(e, Math.min(text.length(), e + 200));
            if (m.lookingAt() && (m.group(1) != null || appointingBefore(p.span().start()))) {
                appointedTitle(m.end()).ifPresent(sp -> claim(LoneOffices.post(sp.of(text)), sp, p));
            }
        }
    }

    /** "appoint", "elect", "propose" shortly before a name, in the same sentence. */
    private boolean appointingBefore(int start) {
        return APPOINTING_BEFORE.matcher(text.substring(Math.max(0, start - 60), start)).find();
    }

    /** The longest run of words from {@code from}, within its clause, that names a post; empty when none. */
    private Optional<Span> appointedTitle(int from) {
        Matcher clause = CLAUSE.matcher(text).region(from, Math.min(text.length(), from + 120));
        if (!clause.lookingAt()) {
            return Optional.empty();
        }
        String words = clause.group();
        Matcher w = WORD_END.matcher(words);
        List<Integer> ends = new ArrayList<>();
        while (w.find() && ends.size() < 8) {
            ends.add(w.end());
        }
        for (int i = ends.size() - 1; i >= 0; i--) {
            if (LoneOffices.post(words.substring(0, ends.get(i))).isPresent()) {
                return Optional.of(new Span(from, from + ends.get(i)));
            }
        }
        return Optional.empty();
    }

    /**
     * 5. "Relevant Cabinet Member:" then "Councillor Jo Westby, Housing": a report's field naming the
     * part played, and under it each holder with their remit, is the post "Cabinet Member, Housing".
     */
    private void fieldHolders() {
        Matcher f = ROLE_FIELD.matcher(text);
        while (f.find()) {
            String role = f.group(1).replaceAll("\\s+", " ");
            if (!Posts.reportRole(LABEL_END.matcher(f.group()).replaceAll("")) || PostTitles.whole(role).isEmpty()) {
                continue;
            }
            int at = f.end();
            for (int n = 0; n < 4; n++) {
                Optional<Integer> next = heldRemit(role, at);
                if (next.isEmpty()) {
                    break;
                }
                at = next.get();
            }
        }
    }

    /** The holder starting the line at or after {@code at} and the remit after their comma; where the next line starts. */
    private Optional<Integer> heldRemit(String role, int at) {
        int ls = at;
        while (ls < text.length() && (text.charAt(ls) == ' ' || text.charAt(ls) == '\t' || text.charAt(ls) == '\n' && ls == at)) {
            ls++;
        }
        for (PersonMention p : people) {
            if (p.span().start() != ls && (p.span().start() < ls || !COUNCILLOR_TITLE.matcher(text).region(ls, p.span().start()).matches())) {
                continue;
            }
            Matcher r = FIELD_REMIT.matcher(text).region(p.span().end(), Math.min(text.length(), p.span().end() + 160));
            if (!r.lookingAt() || PostTitles.whole(r.group(1)).isPresent()) {
                return Optional.empty();
            }
            Span sp = new Span(r.start(1), r.end(1));
            claim(Optional.of(role + ", " + r.group(1).replaceAll("\\s+", " ").strip()), sp, p);
            return Optional.of(r.end());
        }
        return Optional.empty();
    }

    /** 6. "Deputy Leader and Cabinet Member for ...": a title joined to a held one by "and". */
    private void joinedTitles() {
        out.sort(Comparator.comparing(PostMention::span));
        for (int i = 1; i < out.size(); i++) {
            PostMention prev = out.get(i - 1);
            PostMention cur = out.get(i);
            if (cur.holder().isEmpty() && prev.holder().isPresent() && prev.span().end() <= cur.span().start()
                    && AND.matcher(text.substring(prev.span().end(), cur.span().start())).matches()) {
                out.set(i, new PostMention(cur.label(), cur.span(), prev.holder()));
            }
        }
    }

    /** "Jo Westby\nClerk to the Council": a signature, the name alone on its line and the title starting the next. */
    private boolean signature(Span person, Span post) {
        int ls = text.lastIndexOf('\n', person.start() - 1) + 1;
        return LINE_BREAK.matcher(text.substring(person.end(), post.start())).matches()
                && text.substring(ls, person.start()).isBlank();
    }

    private Optional<PostMention> retitle(PostMention q, int from, int to) {
        String part = text.substring(from, to);
        String unled = LEAD.matcher(part).replaceAll("");
        Optional<String> label = PostTitles.whole(TRAIL.matcher(unled).replaceAll(""));
        if (label.isEmpty()) {
            return Optional.empty();
        }
        int lead = part.length() - unled.length();
        int trail = part.length() - TRAIL.matcher(part).replaceAll("").length();
        int s = from + lead;
        return Optional.of(new PostMention(label.get(), new Span(s, Math.max(s, to - trail)), Optional.empty()));
    }

    /**
     * The person printed next to a post: "Name, Post", "Name (Post", "Name – Post" before it, or
     * "Post, Name" / "Post Name" after it; null when none.
     */
    private PersonName adjacent(PostMention post) {
        PersonName after = null;
        for (PersonMention person : people) {
            if (person.name().surname().isEmpty()) {
                continue;
            }
            int gapAfterPerson = post.span().start() - person.span().end();
            if (gapAfterPerson >= 0 && gapAfterPerson <= 8
                    && (BEFORE_POST.matcher(text.substring(person.span().end(), post.span().start())).matches()
                    || signature(person.span(), post.span()))) {
                return person.name();
            }
            int gapAfterPost = person.span().start() - post.span().end();
            if (gapAfterPost >= 0 && gapAfterPost <= 4 && after == null) {
                String between = text.substring(post.span().end(), person.span().start());
                if (AFTER_POST.matcher(between).matches() && !between.isEmpty()) {
                    after = person.name();
                }
            }
        }
        return after;
    }
}
