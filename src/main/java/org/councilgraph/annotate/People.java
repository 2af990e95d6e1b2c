package org.councilgraph.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations.Origin;
import org.councilgraph.annotate.Annotations.PersonMention;
import org.councilgraph.annotate.Annotations.PostMention;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.Span;

/**
 * People named in a paper: names with an honorific ("Councillor Gregg", "Mrs K Fairbairn", "Dr Anna
 * May"), plural honorifics ("Councillors Harker, Rathore and Qureshi"), names in staff layouts (see
 * {@link StaffLists}) and the persons CoreNLP's model finds, kept only when they parse as a given
 * name (or initials) and a surname and are not the start of a body's name ("Brookside Short Breaks").
 */
final class People {
    private static final Pattern HONORIFIC_NAME = Pattern.compile(
            "\\b(?<h>County\\s+Councillor|Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Canon|Revd|Rev|Sir|Dame|Lord|Lady|Baroness|Mayor)\\.?"
            + "(?:[ \\t]+|[ \\t]*\\n[ \\t]*)(?<n>(?:(?:Dr|Prof)\\.?\\s+)?(?:[A-Z]\\.?[ \\t]?){0,3}[A-Z][A-Za-z'’\\-]+(?:[ ][A-Z]\\.?(?=[ ][A-Z][a-z]))?(?:(?: |[ ]?\\n(?=[A-Z][A-Za-z'’\\-]+(?![A-Za-z'’\\-]|[ ][A-Z][a-z])))(?!(?:and|of|the|for)\\b)[A-Z][A-Za-z'’\\-]+){0,2})"
            + "(?<s>[ \\t]+(?:CC|MP|OBE|MBE|CBE))?");
    private static final Pattern PLURAL = Pattern.compile(
            "\\b(?:Councillors|Cllrs)\\.?\\s+(?<list>[A-Z][A-Za-z'’\\-]+(?:\\s+[A-Z][A-Za-z'’\\-]+){0,2}(?:\\s*(?:,|and|&)\\s*(?:(?:Dr|Mr|Mrs|Ms)\\.?\\s+)?[A-Z][A-Za-z'’\\-]+(?:\\s+[A-Z][A-Za-z'’\\-]+){0,2}){1,15})");
    /** Head words of the names of bodies and things, never a person's surname. */
    private static final String THING_WORDS = "Journey|Award|Programme|Project|Partnership|Hub|Fund|Scheme|Ltd|Limited|Plc|LLP|Group|"
            + "Academy|College|Foundation|Trust|Centre|Center|Schools?|Primary|Nursery|Library|Hospital";
    /** Words after a name that make it the start of a body's or a place's name, not a person. */
    private static final Pattern BODY_AFTER = Pattern.compile(
            "^[\\s’']*(?:s\\s+)?(?<between>(?:[A-Z][a-z]+\\s+){0,2})(?:" + THING_WORDS + "|Short\\s+Breaks|Hall|House|Road|Street|Lane|"
            + "Avenue|Way|Park|Associates|Consulting|Court|Close|Drive|Crescent|Gardens|Square|Village|Ward|Estate|Church)\\b");

    /** Two capitalised words before the rest of a title: "Alys Brandon Principal Engineer". */
    private static final Pattern NAME_IN_FRONT = Pattern.compile("^(\\p{Lu}\\p{Ll}[\\p{L}'’-]+)[ \\t]+(\\p{Lu}\\p{Ll}[\\p{L}'’-]+)[ \\t]+(?=\\p{Lu})");
    /** Prepositions of place: a name after them is a place's. */
    private static final Pattern PLACE_BEFORE = Pattern.compile("\\b(?:in|at|via|near|outside|around|towards|within)\\s+$");
    /** Words after which a name is a body's, not a person's. */
    private static final Pattern PARTNER_BEFORE = Pattern.compile(
            "(?i)\\b(?:(?:partnership|collaboration|contract|partnered)\\s+with|commissioned\\s+from|sponsored\\s+by|funded\\s+by)\\s+(?:the\\s+)?$");
    /** Last words of the names of things, never of people (unlike "Hall", "Park" or "Ward", which are surnames too). */
    static final Pattern NOT_SURNAME = Pattern.compile(
            "\\s(?:" + THING_WORDS + "|Awards|Playgrounds?|Strategy|Plan|Policy|Service|Team)$");
    /** A bracket after a name, as lookingAt() reads it from the end of the name. */
    private static final Pattern BRACKET = Pattern.compile("[ \\t]*\\n?[ \\t]*\\(([^()]{3,140})\\)");
    /** A name printed after a title: "Minister of State for Care, Robert Ashdown", "Foreign Secretary Alan Mercer". */
    private static final Pattern NAME_AFTER = Pattern.compile(
            ",?[ \\t]*(\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:[ \\t]*\\n?[ \\t]*\\p{Lu}\\p{Ll}[\\p{L}'’-]*){1,2})(?![\\p{L}'’-])(?=\\s*(?:[,.;:)]|\\band\\b|\\n|$)|[ \\t]+\\p{Ll})");
    /** A dash after a name and what follows it on the line. */
    private static final Pattern DASH = Pattern.compile("[ \\t]*[–—-][ \\t]*(\\S[^\\n]*)");

    private People() {
    }

    static List<PersonMention> find(String text, List<Nlp.Entity> entities, List<PostMention> posts) {
        return find(text, entities, posts, StaffLists.find(text));
    }

    /** As {@link #find(String, List, List)}, the paper's staff layouts read already. */
    static List<PersonMention> find(String text, List<Nlp.Entity> entities, List<PostMention> posts, List<StaffLists.Entry> staff) {
        List<PersonMention> out = new ArrayList<>();
        Matcher m = HONORIFIC_NAME.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.end();
            String printed = m.group("h") + text.substring(m.end("h"), m.start("n")).replaceAll("[ \\t]+", " ") + m.group("n").replace('\n', ' ')
                    + (m.group("s") == null ? "" : m.group("s"));
            String trimmed = trimTrailingWords(printed);
            if (trimmed == null) {
                continue;
            }
            if (m.group("h").equals("Mayor") && (!trimmed.contains(" ") || m.group("n").matches("(?:Councillor|Cllr|Dr|Mr|Mrs|Ms)\\b.*"))) {
                from = m.end("h"); // "Assistant City Mayor Councillor Rowntree": the mayor's title is a post, the honorific follows
                continue;
            }
            Optional<PersonName> n = PersonName.parse(trimmed);
            int end = m.start() + trimmed.length();
            if (n.isPresent() && BODY_AFTER.matcher(text.substring(Math.min(end, text.length()), Math.min(text.length(), end + 30))).find()
                    && n.get().honorific().matches("(?i)mayor|lord|lady|sir|dame")) {
                continue;
            }
            n.ifPresent(name -> out.add(new PersonMention(name, new Span(m.start(), end), Optional.empty(), Origin.HONORIFIC)));
        }
        Matcher p = PLURAL.matcher(text);
        while (p.find()) {
            String list = p.group("list");
            int base = p.start("list");
            for (String piece : list.split("\\s*(?:,|\\band\\b|&)\\s*")) {
                if (piece.isBlank()) {
                    continue;
                }
                Optional<PersonName> n = PersonName.parse("Councillor " + piece.strip());
                int at = text.indexOf(piece.strip(), base);
                if (n.isPresent() && at >= 0) {
                    Span span = new Span(at, at + piece.strip().length());
                    if (out.stream().noneMatch(x -> x.span().overlaps(span))) {
                        out.add(new PersonMention(n.get(), span, Optional.empty(), Origin.HONORIFIC));
                    }
                }
            }
        }
        java.util.Set<String> lower = StaffLists.lowerCaseWords(text);
        for (StaffLists.Entry e : staff) {
            if (out.stream().noneMatch(x -> x.span().overlaps(e.span()))) {
                out.add(new PersonMention(e.name(), e.span(), e.post(), Origin.LIST));
            }
        }
        // names printed after a title, which the model may miss: "Minister of State for Care, Robert Ashdown"
        for (PostMention post : posts) {
            List<Integer> starts = new ArrayList<>();
            starts.add(post.span().end());
            int comma = post.span().of(text).lastIndexOf(',');
            if (comma > 0) {
                starts.add(post.span().start() + comma);
            }
            for (int at : starts) {
                Matcher n = NAME_AFTER.matcher(text).region(at, Math.min(text.length(), at + 60));
                if (!n.lookingAt()) {
                    continue;
                }
                String printed = n.group(1).replaceAll("\\s+", " ");
                Span span = new Span(n.start(1), n.end(1));
                Optional<PersonName> name = PersonName.parse(printed).filter(x -> x.hasGiven() && !x.givenIsInitials()
                        && StaffLists.plausible(x, lower));
                if (name.isPresent() && out.stream().noneMatch(x -> x.span().overlaps(span))
                        && Posts.whole(printed).isEmpty()) {
                    out.add(new PersonMention(name.get(), span, Optional.empty(), Origin.APPOSITION));
                }
            }
        }
        java.util.Set<String> places = places(text, entities);
        for (Nlp.Entity e : entities) {
            if (!e.type().equals("PERSON")) {
                continue;
            }
            if (places.contains(e.text().replaceAll("\\s+", " ").strip())) {
                continue; // "a river reserve in Frampton Cotterell"; "Westby Cycling Hub, Frampton Cotterell" where the paper also says "in Frampton Cotterell"
            }
            if (out.stream().anyMatch(x -> x.span().overlaps(e.span()))) {
                continue;
            }
            if (posts.stream().anyMatch(x -> x.span().contains(e.span()))) {
                continue;
            }
            String t = e.text().replaceAll("\\s+", " ").strip();
            if (t.contains("\n") || t.matches(".*\\d.*") || t.length() < 5) {
                continue;
            }
            String after = text.substring(e.span().end(), Math.min(text.length(), e.span().end() + 30));
            Matcher body = BODY_AFTER.matcher(after);
            String lastWord = t.substring(t.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
            // words between the name and the body's word make one name only when the "surname" is a common word: "Oakby Short Stay School"
            if (body.find() && (body.group("between").isEmpty() || lower.contains(lastWord)) || after.startsWith("(s)")) {
                continue; // "Coram Shakespeare Schools Foundation", "Levy Ward(s)", "Oakby Short Stay School"
            }
            String before = text.substring(Math.max(0, e.span().start() - 40), e.span().start());
            if (PARTNER_BEFORE.matcher(before).find()) {
                continue; // "in partnership with Coram Ashdown": partners, sponsors and contractors are bodies, whatever the model says
            }
            if (NOT_SURNAME.matcher(t).find()) {
                continue; // "Artsmark Journey": the model's person ends in a word no surname is
            }
            PersonName.parse(t).filter(n -> StaffLists.plausible(n, lower))
                    .ifPresent(name -> out.add(new PersonMention(name, e.span(), Optional.empty(), Origin.NER)));
        }
        // a name run into the front of a title the model did not read as a person: "Alys Brandon Principal Engineer"
        for (PostMention post : posts) {
            Matcher front = NAME_IN_FRONT.matcher(text.substring(post.span().start(), post.span().end()));
            if (!front.lookingAt() || Posts.whole(text.substring(post.span().start() + front.end(), post.span().end())).isEmpty()) {
                continue;
            }
            Span span = new Span(post.span().start(), post.span().start() + front.end(2));
            Optional<PersonName> name = PersonName.parse(front.group(1) + " " + front.group(2))
                    .filter(x -> x.hasGiven() && !x.givenIsInitials() && StaffLists.plausible(x, lower)
                            && Posts.head(front.group(1)) == null && Posts.head(front.group(2)) == null
                            // neither word is one the paper prints in lower case: "Graduated Response Practitioners" is a title
                            && !lower.contains(front.group(1).toLowerCase(java.util.Locale.ROOT))
                            && !lower.contains(front.group(2).toLowerCase(java.util.Locale.ROOT)));
            if (name.isPresent() && out.stream().noneMatch(x -> x.span().overlaps(span))) {
                out.add(new PersonMention(name.get(), span, Optional.empty(), Origin.APPOSITION));
            }
        }
        out.sort(Comparator.comparing(PersonMention::span));
        return NameLists.complete(text, out, posts, lower);
    }

    /**
     * The model's persons that the paper, somewhere, puts after a preposition of place ("in Lawrence
     * Weston", not "in Jo Hart's absence"): a paper means one thing by one name, so they are places
     * wherever they are printed.
     */
    private static java.util.Set<String> places(String text, List<Nlp.Entity> entities) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Nlp.Entity e : entities) {
            if (!e.type().equals("PERSON")) {
                continue;
            }
            String before = text.substring(Math.max(0, e.span().start() - 40), e.span().start());
            String after = text.substring(e.span().end(), Math.min(text.length(), e.span().end() + 2));
            if (PLACE_BEFORE.matcher(before).find() && !after.matches("['’].*")) {
                out.add(e.text().replaceAll("\\s+", " ").strip());
            }
        }
        return out;
    }

    /**
     * "Councillor Gregg Declared" -> the name stops before a word that starts a clause; but in
     * "Councillor Ward Funding" the honorific begins the name of a thing: no name at all (null).
     */
    private static String trimTrailingWords(String printed) {
        String[] w = printed.split(" ");
        int end = w.length;
        for (int i = 2; i < w.length; i++) {
            if (w[i].matches("[A-Z]\\.?") && i + 1 < w.length) {
                continue; // a middle initial: "Dr Philippa A Nason"
            }
            String lw = w[i].toLowerCase().replace(".", "");
            if (PersonName.NOT_NAME_WORDS.contains(lw) || Posts.head(w[i]) != null) {
                if (Posts.head(w[i]) == null && !lw.endsWith("ed") && Character.isUpperCase(w[i].charAt(0))) {
                    return null;
                }
                end = i;
                break;
            }
        }
        return String.join(" ", java.util.Arrays.copyOf(w, end));
    }

    /**
     * Pairs people with the posts printed beside them and returns the posts, holders filled in:
     * posts from staff layouts; a post in brackets or after a dash or comma filling the rest of the
     * segment after a name ("Dr A Okonjo (Director of Public Health)"); a name run into the front of
     * a post title ("Ffion Grace Head of Service") or a name after the title ("Minister of State for
     * Care, Robert Ashdown", "Foreign Secretary Alan Mercer"); and titles joined to a held one by
     * "and" ("Mr Lindley, Deputy Leader and Cabinet Member for Finance").
     */
    static List<PostMention> pair(String text, List<PersonMention> people, List<PostMention> posts) {
        return pair(text, people, posts, StaffLists.find(text));
    }

    /** As {@link #pair(String, List, List)}, the paper's staff layouts read already. */
    static List<PostMention> pair(String text, List<PersonMention> people, List<PostMention> posts, List<StaffLists.Entry> staff) {
        List<PostMention> out = new ArrayList<>();
        List<Span> claimed = new ArrayList<>();
        // 1. staff layouts
        java.util.Map<Span, StaffLists.Entry> listed = new java.util.HashMap<>();
        for (StaffLists.Entry e : staff) {
            listed.put(e.span(), e);
        }
        for (PersonMention p : people) {
            if (p.origin() == Origin.LIST && p.post().isPresent()) {
                Span ps = Optional.ofNullable(listed.get(p.span())).flatMap(StaffLists.Entry::postSpan).orElse(p.span());
                out.add(new PostMention(p.post().get(), ps, Optional.of(p.name())));
                claimed.add(ps);
            }
        }
        // 2. a post filling a bracket, or the rest of the line after "Name –" / "Name,"
        for (PersonMention p : people) {
            int e = p.span().end();
            Matcher br = BRACKET.matcher(text).region(e, Math.min(text.length(), e + 160));
            br.useTransparentBounds(true).useAnchoringBounds(false);
            if (br.lookingAt()) {
                Optional<String> post = Posts.whole(br.group(1));
                Span ps = new Span(br.start(1), br.end(1));
                if (post.isPresent() && claimed.stream().noneMatch(c -> c.overlaps(ps))) {
                    out.add(new PostMention(post.get(), ps, Optional.of(p.name())));
                    claimed.add(ps);
                    continue;
                }
            }
            int lineEnd = text.indexOf('\n', e);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            Matcher dash = DASH.matcher(text).region(e, lineEnd);
            if (dash.lookingAt()) {
                String rest = dash.group(1).replaceAll("\\s*\\((?:online|virtual\\w*|remote\\w*|agenda item[^)]*|item[^)]*)\\)\\s*$", "")
                        .stripTrailing();
                Optional<String> post = Posts.whole(rest);
                Span ps = new Span(dash.start(1), dash.start(1) + rest.length());
                if (post.isPresent() && claimed.stream().noneMatch(c -> c.overlaps(ps))) {
                    out.add(new PostMention(post.get(), ps, Optional.of(p.name())));
                    claimed.add(ps);
                }
            }
        }
        // 3. the grammar's posts, less what a layout already read, with names run into them cut off
        for (PostMention post : posts) {
            if (claimed.stream().anyMatch(c -> c.overlaps(post.span()))) {
                continue;
            }
            PostMention q = post;
            PersonName holder = null;
            for (PersonMention person : people) {
                Span ps = person.span();
                if (!ps.overlaps(q.span())) {
                    continue;
                }
                if (ps.start() <= q.span().start() && ps.end() < q.span().end()) {
                    // "Alice Trent Director of ...": the name run into the front of the title; but
                    // "Alan Mercer and Culture Secretary" is a name joined to the next title
                    Optional<PostMention> cut = retitle(text, q, ps.end(), q.span().end());
                    if (cut.isEmpty()) {
                        q = null;
                        break;
                    }
                    boolean joined = text.substring(ps.end(), cut.get().span().start()).matches("(?s)\\s*(?:,|and|&)\\s*");
                    q = cut.get();
                    holder = joined ? null : person.name();
                } else if (ps.start() > q.span().start()) {
                    // "Chair, Ola Lindqvist": the name after the title
                    Optional<PostMention> cut = retitle(text, q, q.span().start(), ps.start());
                    if (cut.isEmpty()) {
                        q = null;
                        break;
                    }
                    q = cut.get();
                    holder = person.name();
                } else {
                    q = null;
                    break;
                }
            }
            if (q == null) {
                continue;
            }
            if (holder == null) {
                holder = adjacent(text, q, people);
            }
            out.add(new PostMention(q.label(), q.span(), Optional.ofNullable(holder)));
        }
        // 4. "Deputy Leader and Cabinet Member for ...": a title joined to a held one by "and"
        out.sort(Comparator.comparing(PostMention::span));
        for (int i = 1; i < out.size(); i++) {
            PostMention prev = out.get(i - 1);
            PostMention cur = out.get(i);
            if (cur.holder().isEmpty() && prev.holder().isPresent() && prev.span().end() <= cur.span().start()
                    && text.substring(prev.span().end(), cur.span().start()).matches("\\s*(?:and|&)\\s*")) {
                out.set(i, new PostMention(cur.label(), cur.span(), prev.holder()));
            }
        }
        return out;
    }

    private static Optional<PostMention> retitle(String text, PostMention q, int from, int to) {
        String part = text.substring(from, to);
        String lead0 = "^(?:[\\s,;:–—\\-(]+|(?:and|&)\\s+)+";
        Optional<String> label = Posts.whole(part.replaceAll(lead0, "").replaceAll("[\\s,;:–—\\-(]+$", ""));
        if (label.isEmpty()) {
            return Optional.empty();
        }
        int lead = part.length() - part.replaceAll(lead0, "").length();
        int trail = part.length() - part.replaceAll("[\\s,;:–—\\-(]+$", "").length();
        int s = from + lead;
        return Optional.of(new PostMention(label.get(), new Span(s, Math.max(s, to - trail)), Optional.empty()));
    }

    /**
     * The person printed next to a post: "Name, Post", "Name (Post", "Name – Post" before it, or
     * "Post, Name" / "Post Name" after it; null when none.
     */
    private static PersonName adjacent(String text, PostMention post, List<PersonMention> people) {
        PersonName after = null;
        for (PersonMention person : people) {
            if (person.name().surname().isEmpty()) {
                continue;
            }
            int gapAfterPerson = post.span().start() - person.span().end();
            if (gapAfterPerson >= 0 && gapAfterPerson <= 8) {
                String between = text.substring(person.span().end(), post.span().start());
                if (between.matches("[ \\t]*(?:,|\\(|–|-|—)\\s*(?:the\\s+)?")) {
                    return person.name();
                }
            }
            int gapAfterPost = person.span().start() - post.span().end();
            if (gapAfterPost >= 0 && gapAfterPost <= 4 && after == null) {
                String between = text.substring(post.span().end(), person.span().start());
                if (between.matches("[ \\t]*(?:,|\\()?[ \\t]*") && !between.isEmpty()) {
                    after = person.name();
                }
            }
        }
        return after;
    }
}
