package org.councilgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations.Origin;
import org.councilgraph.annotate.Annotations.PersonMention;
import org.councilgraph.annotate.Annotations.PostMention;
import org.councilgraph.rule.Cascade;
import org.councilgraph.rule.Rule;
import org.councilgraph.segment.PlausibleNames;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.PostTitles;
import org.councilgraph.text.Span;

/**
 * Lists of people one to a line, with nothing but a number or a bullet before each name and at most
 * an affiliation after it: the public forum's statements and questions, petitioners, speakers.
 *
 * <pre>
 * 04 Nicola Westby
 * 05 Sue Northby, Westby Cycling Campaign
 * 06 Dr Imelda A Eastby
 * 07 Barnaby and Tamsin Riverford
 * </pre>
 *
 * The model reads names by their context, and a list gives it none: it finds some lines' names and
 * misses others. Where most lines of such a list already hold a person, the others are read the
 * same way (a line's name the model cut short is read whole; two given names before one surname are
 * two people).
 */
final class NameLists {
    /**
     * The name part of a list line: a number or bullet, the name, then a comma, bracket or dash, or a table's gap
     * ("Councillor Ann Westby          Leader, Westby Council": the post in a column of its own).
     */
    private static final Pattern LINE = Pattern.compile(
            "^[ \\t]*(?:\\d{1,3}[.)]?|[•·▪●◦*\\-])?[ \\t]*(?<name>[^,(–—\\n]*?)[ \\t]*(?:(?:[,(–—]|(?<=\\S)[ ]{3,}|\\t)[^\\n]*)?$",
            Pattern.MULTILINE);
    private static final String WORD = "(?:Mc|Mac|O['’])?\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}\\p{Ll}+)*";
    /** A name: an honorific, initials or given names, a surname; or two given names sharing one surname. */
    private static final Pattern NAME = Pattern.compile(
            "(?:(?<h>" + String.join("|", PersonName.HONORIFICS.stream().map(Pattern::quote).toList()) + ")\\.?[ \\t]+)?"
            + "(?:(?<pair>" + WORD + ")[ \\t]+(?:and|&)[ \\t]+)?"
            + "(?<rest>(?:(?:\\p{Lu}\\.?[ \\t]+){1,3}|" + WORD + "[ \\t]+(?:\\p{Lu}\\.?[ \\t]+)?)(?:" + WORD + "[ \\t]+)?" + WORD + ")");
    private static final int MIN_LINES = 3;

    private NameLists() {
    }

    /**
     * The people of {@code found} with those of name lists added and cut-short names made whole.
     * {@code lower} holds the words the paper prints in lower case (see PlausibleNames.plausible).
     */
    static List<PersonMention> complete(String text, List<PersonMention> found, List<PostMention> posts, Set<String> lower) {
        List<PersonMention> out = new ArrayList<>(found);
        List<Candidate> run = new ArrayList<>();
        Matcher m = LINE.matcher(text);
        while (m.find()) {
            String line = m.group();
            if (line.isBlank()) {
                continue; // a list spaced out by blank lines is one list
            }
            Candidate c = candidate(text, m, posts, lower);
            if (c == null) {
                close(run, out);
                run.clear();
            } else {
                run.add(c);
            }
        }
        close(run, out);
        out.sort(java.util.Comparator.comparing(PersonMention::span));
        return out;
    }

    private record Candidate(PersonName name, Span span, PersonName pair, Span pairSpan, boolean numbered) {
    }

    /** A line's name as the rules judge it: as printed, the parse of its name, where it is. */
    record Line(String printed, Optional<PersonName> parsed, boolean honorificAndPair, Span span, List<PostMention> posts,
                Set<String> lower) {
        @Override
        public String toString() {
            return printed;
        }
    }

    /** "Mr Barnaby and Tamsin ...": read no further than the model did. */
    static final Rule<Line> HONORIFIC_AND_PAIR = Rule.named("honorificBeforeTwoNames", Line::honorificAndPair);
    static final Rule<Line> NO_NAME = Rule.named("noName", l -> l.parsed().isEmpty());
    static final Rule<Line> IMPLAUSIBLE = Rule.named("implausibleName", l -> !PlausibleNames.plausible(l.parsed().get(), l.lower()));
    static final Rule<Line> A_TITLE = Rule.named("isATitle", l -> PostTitles.whole(l.printed()).isPresent());
    static final Rule<Line> THING_WORD_LAST = Rule.named("endsInAThingsWord", l -> People.NOT_SURNAME.matcher(" " + l.printed()).find());
    static final Rule<Line> IN_A_POST = Rule.named("insideAPostTitle", l -> l.posts().stream().anyMatch(p -> p.span().overlaps(l.span())));
    static final Cascade<Line> NAME_LINE = Cascade.<Line>named("person-list-line")
            .reject(HONORIFIC_AND_PAIR)
            .reject(NO_NAME)
            .reject(IMPLAUSIBLE)
            .reject(A_TITLE)
            .reject(THING_WORD_LAST)
            .reject(IN_A_POST)
            .otherwise(true);

    private static Candidate candidate(String text, Matcher line, List<PostMention> posts, Set<String> lower) {
        String printed = line.group("name");
        Matcher n = NAME.matcher(printed);
        if (printed.isEmpty() || !n.matches()) {
            return null;
        }
        int at = line.start("name");
        Span span = new Span(at + (n.group("pair") == null ? 0 : n.start("rest")), at + printed.length());
        boolean honorificAndPair = n.group("h") != null && n.group("pair") != null;
        Optional<PersonName> parsed = honorificAndPair ? Optional.empty() : PersonName.parse(n.group("h") == null ? n.group("rest") : printed);
        if (NAME_LINE.decide(new Line(printed, parsed, honorificAndPair, span, posts, lower)).rejected()) {
            return null;
        }
        PersonName name = parsed.get();
        PersonName pair = null;
        Span pairSpan = null;
        if (n.group("pair") != null && name.hasGiven()) {
            pair = PersonName.parse(n.group("pair") + " " + name.surname()).orElse(null);
            pairSpan = new Span(at + n.start("pair"), at + n.end("pair"));
        }
        boolean numbered = text.substring(line.start(), line.start("name")).strip().length() > 0;
        return new Candidate(name, span, pair, pairSpan, numbered);
    }

    /** Reads a finished run of name lines as a list when it is long enough and mostly read already. */
    private static void close(List<Candidate> run, List<PersonMention> out) {
        if (run.size() < MIN_LINES || run.stream().anyMatch(c -> !c.numbered()) && run.stream().anyMatch(Candidate::numbered)) {
            return;
        }
        long read = run.stream().filter(c -> out.stream().anyMatch(p -> c.span().overlaps(p.span()))).count();
        if (read * 2 < run.size()) {
            return;
        }
        for (Candidate c : run) {
            List<PersonMention> inside = out.stream().filter(p -> c.span().overlaps(p.span())).toList();
            if (inside.stream().anyMatch(p -> !c.span().contains(p.span()))) {
                continue; // a mention reaching past the line's name was read with more context than a list gives
            }
            if (inside.stream().noneMatch(p -> p.span().equals(c.span()))) {
                Optional<String> post = inside.stream().map(PersonMention::post).flatMap(Optional::stream).findFirst();
                // the line's whole name, on the strongest evidence any part of it was read by
                Origin origin = inside.stream().map(PersonMention::origin).min(Enum::compareTo).filter(o -> o.compareTo(Origin.ROLL) < 0)
                        .orElse(Origin.ROLL);
                out.removeAll(inside);
                out.add(new PersonMention(c.name(), c.span(), post, origin));
            }
            if (c.pair() != null && out.stream().noneMatch(p -> p.span().overlaps(c.pairSpan()))) {
                out.add(new PersonMention(c.pair(), c.pairSpan(), Optional.empty(), Origin.ROLL));
            }
        }
    }
}
