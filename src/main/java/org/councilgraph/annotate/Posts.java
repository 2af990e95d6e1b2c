package org.councilgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations.PostMention;
import org.councilgraph.rule.Cascade;
import org.councilgraph.rule.Rule;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.PostTitles;
import org.councilgraph.text.PostTokens.Tok;
import org.councilgraph.text.PostTokens;
import org.councilgraph.text.Span;

/**
 * Post titles named in a paper's running text, read by the post-title grammar ({@link PostTitles})
 * at every head word, less those that name no post of the paper: a report template's field naming
 * the part someone plays ("Relevant Director:"), a glossary's definition, a title put before a noun
 * to name something else ("the Designated Teacher conference").
 */
public final class Posts {
    private static final Lexicon REPORT_ROLES = Lexicon.of("report-roles.tsv");
    /**
     * A report template's field naming the part someone plays in the report, not a post: "Relevant
     * Director:", "Lead Director: Jo Westby", "Relevant Cabinet Member:". A qualifier of that kind and a head,
     * with no remit; the person's own title is printed elsewhere.
     */
    private static final Pattern REPORT_ROLE = Pattern.compile(
            "(?i)(?:" + REPORT_ROLES.alternationWhere(1, "qualifier") + ")\\s+(?:\\p{L}+(?:\\s*&\\s*\\p{L}+)?\\s+)?(?:" + REPORT_ROLES.alternationWhere(1, "head")
            + ")s?(?:\\s*/\\s*(?:" + REPORT_ROLES.alternationWhere(1, "second") + "))?");
    /** Nouns a title is put in front of to name something else: "IV coordinator meetings", "Social Worker vacancy rate". */
    private static final Pattern MODIFIED = Lexicon.of("nouns-after-titles.tsv").pattern("^[ \\t]*(?:%s)\\b");
    private static final Pattern POSSESSIVE = Pattern.compile("([\\p{L}]+)['’]s\\s+\\S");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Titles fixed by statute that the grammar would read shorter ("Responsible Financial Officer"). */
    private static final Pattern FIXED = Pattern.compile("\\b(?:" + Lexicon.of("fixed-post-titles.tsv").alternation() + ")\\b");
    private static final Pattern FIELD_BEFORE = Pattern.compile("[\\s\\d.)*•|#]*");
    private static final Pattern FIELD_AFTER = Pattern.compile("(?s)[ \\t]*(?:/[ \\t]*\\p{L}+[ \\t]*)?:.*|[ \\t]*\\n.*");

    /** Where a title was read, for the rules that decide whether it names a post of the paper. */
    record Spoken(String text, PostMention post) {
        String printed() {
            return post.span().of(text);
        }

        @Override
        public String toString() {
            return printed().replaceAll("\\s+", " ");
        }
    }

    /** "Lead Director:" starting its line: a report's field, not a post. */
    static final Rule<Spoken> REPORT_ROLE_FIELD = Rule.named("reportRoleField", s -> reportRoleField(s.text(), s.post().span()));
    static final Rule<Spoken> HOLDER_PRINTED = Rule.named("holderPrinted", s -> s.post().holder().isPresent());
    /** "IRO Independent Reviewing Officer": a glossary line only defines the title. */
    static final Rule<Spoken> GLOSSARY_DEFINITION = Rule.named("glossaryDefinition", Posts::defined);
    /** "the Designated Teacher conference": the title names something else. */
    static final Rule<Spoken> BEFORE_A_NOUN = Rule.named("beforeANoun",
            s -> MODIFIED.matcher(s.text().substring(s.post().span().end(), Math.min(s.text().length(), s.post().span().end() + 20))).find());
    /** "Officer's Comment", "Chief Executive's Office": a thing of a post's, not a post. */
    static final Rule<Spoken> OWNED_BY_TITLE = Rule.named("ownedByTitle", s -> ownedByTitle(s.printed()));
    /** "Contact Officer: Ann Westby": a field's label and its value, the post read from "Officer" with the name as its remit. */
    static final Rule<Spoken> LABEL_OVER_VALUE = Rule.named("labelOverValue", s -> labelOverValue(s.text(), s.post().span()));
    static final Cascade<Spoken> SPOKEN = Cascade.<Spoken>named("post-spoken")
            .reject(REPORT_ROLE_FIELD)
            .reject(LABEL_OVER_VALUE)
            .accept(HOLDER_PRINTED)
            .reject(GLOSSARY_DEFINITION)
            .reject(BEFORE_A_NOUN.or(OWNED_BY_TITLE))
            .otherwise(true);

    private Posts() {
    }

    /** Every post title of the text, the longer where two overlap, none reaching back past a title read on an earlier line. */
    static List<PostMention> find(String text) {
        List<PostMention> out = new ArrayList<>();
        List<Tok> toks = PostTokens.of(text);
        int lastEnd = -1;
        int floorAfter = -1;
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (!t.word() || t.start() < lastEnd) {
                continue;
            }
            Optional<PostTitles.Found> f = PostTitles.at(text, toks, i, false, floor(text, toks, floorAfter, t));
            boolean added = f.isPresent() && add(out, f.get());
            if (f.isPresent() && !added && floorAfter >= 0) {
                // "Strategic Lead - Housing and Service Manager - Community Safety": a title whose modifiers reach back
                // into the remit of the one before it on its line starts after that one
                f = PostTitles.at(text, toks, i, false, floorAfter);
                added = f.isPresent() && add(out, f.get());
            }
            if (added) {
                lastEnd = f.get().span().end();
                floorAfter = f.get().lastToken();
            }
        }
        Matcher fixed = FIXED.matcher(text);
        while (fixed.find()) {
            Span sp = new Span(fixed.start(), fixed.end());
            add(out, new PostTitles.Found(PostTitles.tidy(fixed.group()), sp, -1, -1));
        }
        out.sort(java.util.Comparator.comparing(PostMention::span));
        return slashJoined(text, out);
    }

    private static final Pattern SLASH = Pattern.compile("[ \\t]?/[ \\t]?");

    /** "Depute Chief Executive/Director of Corporate Development": two titles joined by a slash are one post. */
    private static List<PostMention> slashJoined(String text, List<PostMention> posts) {
        List<PostMention> out = new ArrayList<>();
        for (PostMention p : posts) {
            PostMention last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && p.span().start() > last.span().end()
                    && SLASH.matcher(text.substring(last.span().end(), p.span().start())).matches()) {
                out.set(out.size() - 1, new PostMention(last.label() + "/" + p.label(), new Span(last.span().start(), p.span().end()),
                        Optional.empty()));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Modifiers never reach back into a title already read on an earlier line; on the same line a
     * longer title may take in a shorter ("Development Consultant Officers").
     */
    private static int floor(String text, List<Tok> toks, int floorAfter, Tok t) {
        if (floorAfter < 0) {
            return -1;
        }
        int lineEnd = text.indexOf('\n', toks.get(floorAfter).end());
        return lineEnd < t.start() && lineEnd >= 0 ? floorAfter : -1;
    }

    /** "Cabinet Lead" then "Cabinet Lead Member for ...": the longer title wins. False when an overlap keeps the earlier. */
    private static boolean add(List<PostMention> out, PostTitles.Found f) {
        Span sp = f.span();
        out.removeIf(x -> sp.contains(x.span()));
        if (out.stream().anyMatch(x -> x.span().overlaps(sp))) {
            return false;
        }
        out.add(new PostMention(f.label(), sp, Optional.empty()));
        return true;
    }

    /** True for a label that names a part played in a report ("Relevant Director"); see {@link #reportRoleField}. */
    static boolean reportRole(String label) {
        return REPORT_ROLE.matcher(SPACES.matcher(label).replaceAll(" ").strip()).matches();
    }

    /** True when {@code label} is printed at {@code span} as a report's field ("Lead Director:" starting its line). */
    private static final Pattern QUALIFIER_BEFORE = Pattern.compile("(?i)(?:^|\\s)(?:" + REPORT_ROLES.alternationWhere(1, "qualifier") + ")[ \\t]*$");

    private static boolean labelOverValue(String text, Span span) {
        if (span.of(text).indexOf(':') < 0) {
            return false;
        }
        int ls = text.lastIndexOf('\n', span.start() - 1) + 1;
        return QUALIFIER_BEFORE.matcher(text.substring(ls, span.start())).find();
    }

    static boolean reportRoleField(String text, Span span) {
        if (!reportRole(span.of(text))) {
            return false;
        }
        int ls = text.lastIndexOf('\n', span.start() - 1) + 1;
        String before = text.substring(ls, span.start());
        String after = text.substring(span.end(), Math.min(text.length(), span.end() + 20));
        return FIELD_BEFORE.matcher(before).matches() && FIELD_AFTER.matcher(after).matches();
    }

    /**
     * The titles that name a post of the paper, less those a glossary line only defines ("IRO
     * Independent Reviewing Officer") and those put before a noun to name something else ("the
     * Designated Teacher conference"), unless a holder is printed with them.
     */
    static List<PostMention> spoken(String text, List<PostMention> posts) {
        List<PostMention> out = new ArrayList<>();
        for (PostMention p : posts) {
            if (SPOKEN.decide(new Spoken(text, p)).accepted()) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean defined(Spoken s) {
        String text = s.text();
        Span span = s.post().span();
        int ls = text.lastIndexOf('\n', span.start() - 1) + 1;
        int le = text.indexOf('\n', span.end());
        String line = text.substring(ls, le < 0 ? text.length() : le);
        Matcher g = Acronyms.GLOSSARY_LINE.matcher(line);
        return g.matches() && ls + g.start(2) <= span.start() && Acronyms.fits(g.group(1), g.group(2));
    }

    private static boolean ownedByTitle(String printed) {
        Matcher m = POSSESSIVE.matcher(printed);
        while (m.find()) {
            if (PostTitles.head(m.group(1)) != null) {
                return true;
            }
        }
        return false;
    }
}
