package org.councilgraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.text.Casing;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.Span;

/**
 * Reads the notices a Returning Officer publishes for an election: a paper one of whose lines is a
 * notice's title ({@code election-notice-titles.tsv}) is one notice. Its office comes from "Election
 * of a District Councillor" / "for election as a Councillor for"; its signatory from the line beside
 * "Returning Officer" at the foot; its parties from the candidates' descriptions
 * ({@code political-parties.tsv}, or any "... Party" printed on one line); its people from the table
 * of candidates ({@link ElectionTables}).
 */
public final class ElectionNotices {
    private static final Pattern TITLE = Lexicon.of("election-notice-titles.tsv").pattern("(?i)^\\W*(?:%s)\\W*$");
    private static final Lexicon OFFICES = Lexicon.of("election-offices.tsv");
    private static final Pattern OFFICE = Pattern.compile("(?i)\\belection\\s+(?:as|of)\\s+(?:an?\\s+|the\\s+)?"
            + "(?<title>(?-i:(?:\\p{Lu}[\\p{L}-]+[ \\t]+){0,3})(?<head>" + OFFICES.alternation() + "))\\b"
            + "(?:[ \\t]+(?:for|of)[ \\t]+(?<area>(?-i:\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+(?:and[ \\t]+)?\\p{Lu}[\\p{L}'’-]+){0,3})))?");
    private static final Pattern KNOWN_PARTY = Lexicon.of("political-parties.tsv").pattern("(?<![\\p{L}'’])(?:%s)(?![\\p{L}])");
    /** "Labour Party", "The Westby Independents Party (WIP)": a party's name printed on one line. */
    private static final Pattern ANY_PARTY = Pattern.compile("(?<![\\p{L}\\d'’`])(?:The[ \\t]+)?(?:\\p{Lu}[\\p{L}'’`-]+[ \\t]+(?:(?:and|of|for)[ \\t]+)?){1,4}Party(?:[ \\t]+\\([A-Z]{2,6}\\))?(?![\\p{L}])");
    private static final Pattern CANDIDATE_WORD = Pattern.compile("^\\s+Candidate\\b");
    private static final Pattern OFFICER_LINE = Pattern.compile("(?i)^(?:dated:?\\s*)?(?<post>(?:(?:acting|deputy)\\s+)?returning\\s+officer)\\.?$");
    private static final Pattern NAME_COMMA_OFFICER = Pattern.compile("^(?<name>[\\p{Lu}][\\p{L}'’. -]+?),\\s*(?<post>(?:(?:Acting|Deputy)\\s+)?Returning\\s+Officer)\\.?$");
    private static final Pattern AFTER_DATE = Pattern.compile("(?i)^dated\\b.*?\\b\\d{4}\\b[.,]?\\s*(?<rest>.*)$");
    private static final Pattern NAME_WORDS = Pattern.compile("^(?:\\p{Lu}[\\p{L}'’-]*\\.?\\s+){1,3}\\p{Lu}[\\p{L}'’-]+$");

    private ElectionNotices() {
    }

    /** The election notice the paper is, if it is one. */
    public static List<ElectionNotice> read(String text) {
        return read(new Lines(text));
    }

    /** The election notice the paper of these lines is, if it is one: the lines the segmenter has already split. */
    static List<ElectionNotice> read(Lines lines) {
        String text = lines.text();
        if (!titled(lines)) {
            return List.of();
        }
        List<ElectionNotice.Party> parties = parties(text);
        List<ElectionNotice.Nominee> people = ElectionTables.read(lines, parties);
        // a title alone (an agenda item "Notice of Election") is no notice: its table of candidates makes it one
        if (people.stream().noneMatch(ElectionNotice.Nominee::candidate)) {
            return List.of();
        }
        return List.of(new ElectionNotice(new Span(0, text.length()), office(text), people, parties, officers(lines)));
    }

    /** A line, or two lines read together ("STATEMENT OF PERSONS" / "NOMINATED AND NOTICE OF POLL"), is a notice's title. */
    private static boolean titled(Lines lines) {
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (t.length() >= 120) {
                continue; // a paragraph, never a title: no second line joined to it for every line of the paper
            }
            if (TITLE.matcher(t).matches() || i + 1 < lines.size() && TITLE.matcher(t + " " + lines.get(i + 1).text()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The office, singular: "Election of District Councillors" fills the office of District Councillor. */
    static Optional<ElectionNotice.Office> office(String text) {
        Matcher m = OFFICE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String title = m.group("title").replaceAll("\\s+", " ").strip();
        if (title.toLowerCase(Locale.ROOT).endsWith("councillors")) {
            title = title.substring(0, title.length() - 1);
        }
        boolean areaIsTitle = m.group("area") != null && OFFICES.rows().stream().anyMatch(r -> Lexicon.cell(r, 1).equals("area")
                && m.group("head").matches("(?i)" + r.get(0)));
        if (areaIsTitle) {
            title = title + " " + m.group().substring(m.end("title") - m.start()).strip().replaceAll("\\s+", " ");
            return Optional.of(new ElectionNotice.Office(title, new Span(m.start("title"), m.end())));
        }
        return Optional.of(new ElectionNotice.Office(title, new Span(m.start("title"), m.end("title"))));
    }

    /** The parties of the candidates' descriptions, each printed form once per place, "Candidate" left off. */
    static List<ElectionNotice.Party> parties(String text) {
        List<ElectionNotice.Party> out = new ArrayList<>();
        for (Pattern p : List.of(KNOWN_PARTY, ANY_PARTY)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Span s = new Span(m.start(), m.end());
                if (out.stream().noneMatch(x -> x.span().overlaps(s))) {
                    Matcher c = CANDIDATE_WORD.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 20));
                    Span whole = c.lookingAt() ? new Span(m.start(), c.end()) : s;
                    out.add(new ElectionNotice.Party(m.group().replaceAll("\\s+", " "), whole));
                }
            }
        }
        out.sort(java.util.Comparator.comparing(ElectionNotice.Party::span));
        return out;
    }

    /** Who signs as Returning Officer: the name beside the post's line, above it after the date, or below it. */
    static List<ElectionNotice.Signatory> officers(Lines lines) {
        List<ElectionNotice.Signatory> out = new ArrayList<>();
        String text = lines.text();
        for (Lines.Line l : lines.all()) {
            Matcher same = NAME_COMMA_OFFICER.matcher(l.text());
            if (same.matches()) {
                Span s = l.span(text);
                add(out, same.group("name"), new Span(s.start() + same.start("name"), s.start() + same.end("name")), same.group("post"));
                continue;
            }
            Matcher m = OFFICER_LINE.matcher(l.text());
            if (!m.matches()) {
                continue;
            }
            String post = Casing.titleCase(m.group("post").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
            Lines.Line above = previousNonBlank(lines, l.index());
            if (above != null && signedAbove(out, above, text, post)) {
                continue;
            }
            // "Decision of the / Returning Officer" heads a column: what follows is no signature
            boolean heading = l.index() > 0 && ElectionTables.HEADING.matcher(lines.get(l.index() - 1).text()).matches();
            if (!heading && l.index() + 1 < lines.size()) {
                Lines.Line below = lines.get(l.index() + 1);
                if (NAME_WORDS.matcher(below.text()).matches()) {
                    add(out, below.text(), below.span(text), post);
                }
            }
        }
        return out;
    }

    private static Lines.Line previousNonBlank(Lines lines, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 2; j--) {
            if (!lines.get(j).blank()) {
                return lines.get(j);
            }
        }
        return null;
    }

    private static boolean signedAbove(List<ElectionNotice.Signatory> out, Lines.Line above, String text, String post) {
        Matcher d = AFTER_DATE.matcher(above.text());
        if (!d.matches() || !NAME_WORDS.matcher(d.group("rest")).matches()) {
            return false;
        }
        Span s = above.span(text);
        add(out, d.group("rest"), new Span(s.start() + d.start("rest"), s.start() + d.end("rest")), post);
        return true;
    }

    private static void add(List<ElectionNotice.Signatory> out, String printed, Span span, String post) {
        String natural = Casing.isUpper(printed) ? Casing.titleCase(printed.toLowerCase(Locale.ROOT)) : printed;
        String flat = natural.replaceAll("\\s+", " ").strip();
        // the signature line's shape is the evidence: a surname the parser doubts ("Westby-McNorth") is kept
        Optional<PersonName> n = PersonName.parse(flat).filter(PersonName::hasGiven)
                .or(() -> Optional.of(new PersonName("", flat.substring(0, flat.lastIndexOf(' ')), flat.substring(flat.lastIndexOf(' ') + 1), "", false)));
        if (n.isPresent() && out.stream().noneMatch(x -> x.name().key().equals(n.get().key()))) {
            out.add(new ElectionNotice.Signatory(n.get(), span, post));
        }
    }
}
