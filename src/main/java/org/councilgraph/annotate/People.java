package org.councilgraph.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations.Origin;
import org.councilgraph.annotate.Annotations.PersonMention;
import org.councilgraph.annotate.Annotations.PostMention;
import org.councilgraph.rule.Cascade;
import org.councilgraph.rule.Rule;
import org.councilgraph.rule.Verdict;
import org.councilgraph.segment.Layout.StaffEntry;
import org.councilgraph.segment.PlausibleNames;
import org.councilgraph.text.Casing;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.PostTitles;
import org.councilgraph.text.Span;

/**
 * People named in a paper: names with an honorific ("Councillor Westby", "Mrs K Northby", "Dr Ada
 * Penrose"), plural honorifics ("Councillors Ashby, Brook and Carr"), names in staff layouts (see
 * {@link StaffLists}), names printed beside a post title, and the persons CoreNLP's model finds,
 * kept only when they parse as a given name (or initials) and a surname and are not the start of a
 * body's name ("Westby Short Breaks"; {@link ModelPersons}). Pairing them with their posts is
 * {@link PostHolders}' work.
 */
final class People {
    private static final Lexicon THINGS = Lexicon.of("thing-words.tsv");
    /** Head words of the names of bodies and things, never a person's surname. */
    private static final String THING_WORDS = THINGS.alternationWhere(1, "thing");
    private static final Pattern HONORIFIC_NAME = Pattern.compile(
            "\\b(?<h>" + Phrases.alternation(PersonName.SCANNED_HONORIFICS) + ")\\.?"
            + "(?:[ \\t]+|[ \\t]*\\n[ \\t]*)(?<n>(?:(?:Dr|Prof)\\.?\\s+)?(?:[A-Z]\\.?[ \\t]?){0,3}[A-Z][A-Za-z'’\\-]+(?:[ ][A-Z]\\.?(?=[ ][A-Z][a-z]))?(?:(?: |[ ]?\\n(?=[A-Z][A-Za-z'’\\-]+(?![A-Za-z'’\\-]|[ ][A-Z][a-z])))(?!(?:and|of|the|for)\\b)[A-Z][A-Za-z'’\\-]+){0,2})"
            + "(?<s>[ \\t]+(?:" + Phrases.alternation(PersonName.SCANNED_SUFFIXES) + "))?");
    /**
     * Between two words of one name in a plural list: spaces, or one line break where the paper wraps
     * the name, so only before a word that ends it (a comma, "and", a bracket or the line's end after
     * it). A blank line, or a word with more after it ("Officers present:"), begins something else.
     */
    private static final String LIST_NAME_GAP = "(?:[ \\t]+|[ \\t]*\\n[ \\t]*(?=[A-Z][A-Za-z'’\\-]+(?:[ \\t]*(?:[,.;()]|\\n|$)|[ \\t]+(?:and|&)\\b)))";
    private static final String LIST_NAME = "[A-Z][A-Za-z'’\\-]+(?:" + LIST_NAME_GAP + "[A-Z][A-Za-z'’\\-]+){0,2}";
    private static final Pattern PLURAL = Pattern.compile(
            "\\b(?:Councillors|Cllrs)\\.?\\s+(?<list>" + LIST_NAME + "(?:\\s*(?:,|and|&)\\s*(?:(?:Dr|Mr|Mrs|Ms)\\.?\\s+)?" + LIST_NAME + "){1,15})");
    private static final Pattern LIST_SPLIT = Pattern.compile("\\s*(?:,|\\band\\b|&)\\s*");
    /** Words after a name that make it the start of a body's or a place's name, not a person. */
    static final Pattern BODY_AFTER = Pattern.compile(
            "^[\\s’']*(?:s\\s+)?(?<between>(?:[A-Z][a-z]+\\s+){0,2})(?:" + THING_WORDS + "|" + THINGS.alternationWhere(1, "after-name") + ")\\b");
    /** Last words of the names of things, never of people (unlike "Hall", "Park" or "Ward", which are surnames too). */
    static final Pattern NOT_SURNAME = Pattern.compile(
            "\\s(?:" + THING_WORDS + "|" + THINGS.alternationWhere(1, "not-surname") + ")$");
    /** Two capitalised words before the rest of a title: "Ann Westby Principal Engineer". */
    private static final Pattern NAME_IN_FRONT = Pattern.compile("^(\\p{Lu}\\p{Ll}[\\p{L}'’-]+)[ \\t]+(\\p{Lu}\\p{Ll}[\\p{L}'’-]+)[ \\t]+(?=\\p{Lu})");
    /** A name printed after a title: "Minister of State for Care, Ann Westby", "Foreign Secretary Ivo Northby". */
    private static final Pattern NAME_AFTER = Pattern.compile(
            ",?[ \\t]*(\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:[ \\t]*\\n?[ \\t]*\\p{Lu}\\p{Ll}[\\p{L}'’-]*){1,2})(?![\\p{L}'’-])(?=\\s*(?:[,.;:)]|\\band\\b|\\n|$)|[ \\t]+\\p{Ll})");
    /** Two capitalised words ending a title's line: the name of its holder, perhaps. */
    private static final Pattern NAME_ENDING = Pattern.compile("(?<=[ \\t])(\\p{Lu}\\p{Ll}[\\p{L}'’-]+)[ \\t]+(\\p{Lu}\\p{Ll}[\\p{L}'’-]+)$");
    private static final Pattern MIDDLE_INITIAL = Pattern.compile("[A-Z]\\.?");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BLANKS = Pattern.compile("[ \\t]+");
    private static final Pattern HONORIFIC_FIRST = Pattern.compile("(?:Councillor|Cllr|Dr|Mr|Mrs|Ms)\\b.*");
    private static final Pattern TITLED = Pattern.compile("(?i)mayor|lord|lady|sir|dame");

    /** One match of an honorific and the name after it, trimmed of the words that begin a clause. */
    record Honorific(Matcher m, String trimmed, Optional<PersonName> name, String after) {
        @Override
        public String toString() {
            return trimmed == null ? m.group() : trimmed;
        }
    }

    /** "Councillor Ward Funding": the honorific begins the name of a thing. */
    static final Rule<Honorific> BEGINS_A_THING = Rule.named("honorificBeginsAThing", h -> h.trimmed() == null);
    /** "Assistant City Mayor Councillor Westby": the mayor's title is a post, the honorific follows. */
    static final Rule<Honorific> MAYOR_BEFORE_HONORIFIC = Rule.named("mayorBeforeHonorific", h -> h.m().group("h").equals("Mayor")
            && (!h.trimmed().contains(" ") || HONORIFIC_FIRST.matcher(h.m().group("n")).matches()));
    static final Rule<Honorific> UNPARSED = Rule.named("noName", h -> h.name().isEmpty());
    /** "Lord Westby Hall", "Sir Northby Trust": a title before the name of a body or a place. */
    static final Rule<Honorific> TITLE_BEFORE_A_BODY = Rule.named("titleBeforeABody",
            h -> BODY_AFTER.matcher(h.after()).find() && TITLED.matcher(h.name().get().honorific()).matches());
    static final Cascade<Honorific> HONORIFIC = Cascade.<Honorific>named("person-honorific")
            .reject(BEGINS_A_THING)
            .reject(MAYOR_BEFORE_HONORIFIC)
            .reject(UNPARSED)
            .reject(TITLE_BEFORE_A_BODY)
            .otherwise(true);

    /** A name read beside a post title: after it, or run into its front. */
    record Beside(String printed, Span span, Optional<PersonName> name, List<PersonMention> found, boolean alone) {
        Beside(String printed, Span span, Optional<PersonName> name, List<PersonMention> found) {
            this(printed, span, name, found, false);
        }

        @Override
        public String toString() {
            return printed;
        }
    }

    static final Rule<Beside> NO_FULL_NAME = Rule.named("noFullName", b -> b.name().isEmpty());
    static final Rule<Beside> OVERLAPS_FOUND = Rule.named("overlapsAPersonFound",
            b -> b.found().stream().anyMatch(x -> x.span().overlaps(b.span())));
    /** "Foreign Secretary Culture Secretary": the words after a title are a title. */
    static final Rule<Beside> IS_A_TITLE = Rule.named("isATitle", b -> PostTitles.whole(b.printed()).isPresent());
    static final Cascade<Beside> AFTER_TITLE = Cascade.<Beside>named("person-after-title")
            .reject(NO_FULL_NAME)
            .reject(OVERLAPS_FOUND)
            .reject(IS_A_TITLE)
            .otherwise(true);
    static final Cascade<Beside> IN_FRONT = Cascade.<Beside>named("person-before-title")
            .reject(NO_FULL_NAME)
            .reject(OVERLAPS_FOUND)
            .otherwise(true);
    /** "Westby Assembly Member Ann Eastby" over a page about her: the name is printed elsewhere on its own. */
    static final Rule<Beside> NOT_PRINTED_ALONE = Rule.named("notPrintedAloneElsewhere", b -> !b.alone());
    /** "Director Children's Services": a body's head noun ends a remit, not a name. */
    static final Rule<Beside> BODY_HEAD_SURNAME = Rule.named("bodyHeadSurname", b -> {
        String last = b.printed().substring(b.printed().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return BodyWords.SERVICE_HEADS.contains(last) || BodyWords.ORG_HEADS.contains(last);
    });
    static final Cascade<Beside> ENDING_TITLE = Cascade.<Beside>named("person-ending-title")
            .reject(NO_FULL_NAME)
            .reject(BODY_HEAD_SURNAME)
            .reject(OVERLAPS_FOUND)
            .reject(NOT_PRINTED_ALONE)
            .otherwise(true);

    private People() {
    }

    /** The people of {@code text}: honorific names, the names of the staff layouts segment read, names beside posts, the model's. */
    static List<PersonMention> find(String text, List<Nlp.Entity> entities, List<PostMention> posts, List<StaffEntry> staff) {
        List<PersonMention> out = new ArrayList<>();
        honorificNames(text, out);
        pluralHonorifics(text, out);
        Set<String> lower = PlausibleNames.lowerCaseWords(text);
        staffListed(staff, out);
        namesAfterTitles(text, posts, lower, out);
        ModelPersons.read(text, entities, posts, lower, out);
        namesInFrontOfTitles(text, posts, lower, out);
        namesEndingTitles(text, posts, lower, out);
        out.sort(Comparator.comparing(PersonMention::span));
        return NameLists.complete(text, out, posts, lower);
    }

    /** "Councillor Westby", "Mrs K Northby", "Dr Ada Penrose CBE". */
    private static void honorificNames(String text, List<PersonMention> out) {
        Matcher m = HONORIFIC_NAME.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.end();
            String name = m.group("n");
            int wrap = name.indexOf('\n');
            // (or a word in capitals after one printed small: "Cllr Westby" over "NORTHBY TRUST – ...", a heading's)
            boolean whole = wrap > 0 && (SPACES.split(name.substring(0, wrap).strip()).length >= 2
                    || Casing.isUpper(name.substring(wrap).strip()) && !Casing.isUpper(name.substring(0, wrap)));
            if (whole) {
                // "Councillor R L Westby" over "Work commitments": the name was whole at its line's end; "Mr Jim" over "Westby said" runs on
                name = name.substring(0, wrap).stripTrailing();
            }
            String printed = m.group("h") + BLANKS.matcher(text.substring(m.end("h"), m.start("n"))).replaceAll(" ")
                    + name.replace('\n', ' ') + (m.group("s") == null || whole ? "" : m.group("s"));
            String trimmed = trimTrailingWords(printed);
            Optional<PersonName> n = trimmed == null ? Optional.empty() : PersonName.parse(trimmed);
            int end = m.start() + (trimmed == null ? 0 : trimmed.length());
            String after = text.substring(Math.min(end, text.length()), Math.min(text.length(), end + 30));
            Honorific h = new Honorific(m, trimmed, n, after);
            Verdict v = HONORIFIC.decide(h);
            if (v.accepted()) {
                out.add(new PersonMention(n.get(), new Span(m.start(), end), Optional.empty(), Origin.HONORIFIC));
            } else if (v.rule().equals(MAYOR_BEFORE_HONORIFIC.name())) {
                from = m.end("h");
            }
        }
    }

    /** "Councillors Ashby, Brook and Carr": each a councillor. */
    private static void pluralHonorifics(String text, List<PersonMention> out) {
        Matcher p = PLURAL.matcher(text);
        while (p.find()) {
            int base = p.start("list");
            for (String piece : LIST_SPLIT.split(p.group("list"))) {
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
    }

    private static void staffListed(List<StaffEntry> staff, List<PersonMention> out) {
        for (StaffEntry e : staff) {
            if (out.stream().noneMatch(x -> x.span().overlaps(e.span()))) {
                out.add(new PersonMention(e.name(), e.span(), e.post(), Origin.LIST));
            }
        }
    }

    /** Names printed after a title, which the model may miss: "Minister of State for Care, Ann Westby". */
    private static void namesAfterTitles(String text, List<PostMention> posts, Set<String> lower, List<PersonMention> out) {
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
                String printed = SPACES.matcher(n.group(1)).replaceAll(" ");
                Beside b = new Beside(printed, new Span(n.start(1), n.end(1)), fullName(printed, lower), out);
                if (AFTER_TITLE.decide(b).accepted()) {
                    out.add(new PersonMention(b.name().get(), b.span(), Optional.empty(), Origin.APPOSITION));
                }
            }
        }
    }

    private static Optional<PersonName> fullName(String printed, Set<String> lower) {
        return PersonName.parse(printed).filter(x -> x.hasGiven() && !x.givenIsInitials() && PlausibleNames.plausible(x, lower));
    }

    /** A name run into the front of a title the model did not read as a person: "Ann Westby Principal Engineer". */
    private static void namesInFrontOfTitles(String text, List<PostMention> posts, Set<String> lower, List<PersonMention> out) {
        for (PostMention post : posts) {
            Matcher front = NAME_IN_FRONT.matcher(text.substring(post.span().start(), post.span().end()));
            if (!front.lookingAt() || PostTitles.whole(text.substring(post.span().start() + front.end(), post.span().end())).isEmpty()) {
                continue;
            }
            Span span = new Span(post.span().start(), post.span().start() + front.end(2));
            String printed = front.group(1) + " " + front.group(2);
            Optional<PersonName> name = fullName(printed, lower).filter(x -> PostTitles.head(front.group(1)) == null
                    && PostTitles.head(front.group(2)) == null
                    // neither word is one the paper prints in lower case: "Lifelong Learning Practitioners" is a title
                    && !lower.contains(front.group(1).toLowerCase(Locale.ROOT))
                    && !lower.contains(front.group(2).toLowerCase(Locale.ROOT)));
            Beside b = new Beside(printed, span, name, out);
            if (IN_FRONT.decide(b).accepted()) {
                out.add(new PersonMention(name.get(), span, Optional.empty(), Origin.APPOSITION));
            }
        }
    }

    /**
     * A name that ends the line of a title ("Westby Assembly Member Ann Eastby", a member's page heading), which
     * the title grammar read as the title's remit: a full name whose words are no post's, the rest of the line a
     * title, and the name printed elsewhere in the paper as a line, a cell or a sentence's words of its own.
     */
    private static void namesEndingTitles(String text, List<PostMention> posts, Set<String> lower, List<PersonMention> out) {
        for (PostMention post : posts) {
            String printed = post.span().of(text);
            Matcher end = NAME_ENDING.matcher(printed);
            if (!end.find() || end.start() == 0 || PostTitles.whole(printed.substring(0, end.start()).strip()).isEmpty()
                    || PostTitles.head(end.group(1)) != null || PostTitles.head(end.group(2)) != null) {
                continue;
            }
            String name = end.group(1) + " " + end.group(2);
            Span span = new Span(post.span().start() + end.start(), post.span().end());
            Beside b = new Beside(name, span, fullName(name, lower), out, printedAlone(text, name, span));
            if (ENDING_TITLE.decide(b).accepted()) {
                out.add(new PersonMention(b.name().get(), span, Optional.empty(), Origin.APPOSITION));
            }
        }
    }

    /** True when {@code name} is printed somewhere besides {@code here} with no capitalised word run onto either side. */
    private static boolean printedAlone(String text, String name, Span here) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if (at != here.start() && !wordRunsOn(text, at - 1, -1) && !wordRunsOn(text, end, 1)) {
                return true;
            }
        }
        return false;
    }

    /** True when a letter, or a capitalised word after one space or tab, touches a name from position {@code i} going {@code step}. */
    private static boolean wordRunsOn(String text, int i, int step) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        if (Character.isLetter(c) || c == '-' || c == '\'' || c == '’') {
            return true;
        }
        int j = i + step;
        if ((c == ' ' || c == '\t') && j >= 0 && j < text.length()) {
            char d = text.charAt(j);
            return step > 0 ? Character.isUpperCase(d) : Character.isLetter(d);
        }
        return false;
    }

    /**
     * "Councillor Westby Declared" -> the name stops before a word that starts a clause; but in
     * "Councillor Ward Funding" the honorific begins the name of a thing: no name at all (null).
     */
    private static String trimTrailingWords(String printed) {
        String[] w = printed.split(" ");
        int end = w.length;
        for (int i = 2; i < w.length; i++) {
            if (MIDDLE_INITIAL.matcher(w[i]).matches() && i + 1 < w.length) {
                continue; // a middle initial: "Dr Imelda A Northby"
            }
            String lw = w[i].toLowerCase().replace(".", "");
            if (PersonName.NOT_NAME_WORDS.contains(lw) || PostTitles.head(w[i]) != null) {
                if (PostTitles.head(w[i]) == null && !lw.endsWith("ed") && Character.isUpperCase(w[i].charAt(0))) {
                    return null;
                }
                end = i;
                break;
            }
        }
        return String.join(" ", java.util.Arrays.copyOf(w, end));
    }
}
