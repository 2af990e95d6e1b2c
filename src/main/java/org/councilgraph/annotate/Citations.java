package org.councilgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations.Citation;
import org.councilgraph.annotate.Annotations.InstrumentKind;
import org.councilgraph.text.AnchoredScan;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.Span;

/**
 * The citation grammar for legislation as council papers write it:
 * <ul>
 *   <li>an instrument: "the Children Act 2004", "The Special Educational Needs and Disability
 *       Regulations 2014", "Equality Act 2010 (PSED)";</li>
 *   <li>several of one name: "the Children Acts of 1989 and 2004";</li>
 *   <li>sections: "section 18(2) of the Children Act 2004", "Sections 17 and 47", "s.17", "ss. 9 and
 *       10", "section 47 of the same Act", "section 17 of the 1989 Act";</li>
 *   <li>statutory guidance by title and year: "Working Together to Safeguard Children 2023".</li>
 * </ul>
 * A section with no Act named takes the Act the sentence (or, failing that, the paragraph) last named.
 */
final class Citations {
    private static final String CAP = "(?:[A-Z][A-Za-z'’\\-]*|\\([A-Z][A-Za-z'’\\-\\s]*\\))";
    /**
     * A statutory instrument's subject opened in brackets and closed only after its year, as papers
     * sometimes misprint "Parent (Subject) Regulations 2011": "Parent (Subject Regulations 2011)".
     */
    private static final String OPEN_CAP = "\\([A-Z][A-Za-z'’\\-]*";
    private static final String LINK = "(?:and|of|for|the|in|on|to|with|&|etc\\.?|by|from|at|into|under)";
    private static final Pattern INSTRUMENT = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?<title>" + CAP + "(?:\\s+(?:" + CAP + "|" + OPEN_CAP + "|" + LINK + ")){0,14}?\\s+(?<kind>Act|Acts|Regulations|Regulation|Order|Rules|"
            + "Code\\s+of\\s+Practice|Measure)(?![\\p{L}\\-])(?!\\s+Acts?\\b))(?:\\s+\\((?:England|Wales|England\\s+and\\s+Wales)\\))?"
            + "(?:\\s+(?:of\\s+)?\\(?(?<year>1[6-9]\\d{2}|20\\d{2})\\)?(?:\\s*(?:,|and|&)\\s*(?<year2>1[6-9]\\d{2}|20\\d{2}))*)?");
    private static final Pattern YEAR_LIST = Pattern.compile("(1[6-9]\\d{2}|20\\d{2})");
    private static final String NUM = "\\d{1,3}[A-Z]{0,2}(?:\\s?\\(\\d{1,3}[A-Za-z]?\\))*(?:\\s?\\([a-z]{1,3}\\))?";
    private static final Pattern SECTIONS = Pattern.compile(
            "(?i)\\b(?:sections?|ss?\\.|s(?=\\d))\\s*(?<nums>" + NUM + "(?:\\s*(?:,|and|&|or|to|-|–)\\s*(?:sections?\\s*)?" + NUM + ")*)"
            + "(?<of>\\s*,?\\s*(?:of|under|in)\\s+(?:the\\s+)?(?:(?<same>same|said|above|that|this|above-mentioned)\\s+Act|(?<yearAct>1[6-9]\\d{2}|20\\d{2})\\s+Act))?");
    private static final Pattern ONE_NUM = Pattern.compile(NUM);
    /**
     * Statutory guidance and codes by shape: "Statutory guidance on ...", "statutory guidance ‘Title’",
     * "X National Minimum Standards", "X Statutory Framework", "School Admissions Code", "X and Y Codes".
     */
    private static final Pattern GUIDANCE_SHAPE = Pattern.compile(
            "(?:(?<pyear>(?:19|20)\\d{2})\\s+)?(?:"
            + "(?<sg>Statutory\\s+[Gg]uidance\\s+(?:on|for)\\s+[^.:;()]{3,160}?)(?=\\s*(?:[.:;(]|$|\\s+(?:was|is|which|sets|published)\\b))"
            + "|[Ss]tatutory\\s+guidance,?\\s+[‘'\"“](?<quoted>[^’'\"”]{5,160})[’'\"”]"
            + "|(?<cg>(?:" + CAP + "\\s+){1,4}[Ss]tatutory\\s+[Gg]uidance(?:\\s+for\\s+local\\s+authorities)?)"
            + "|(?<nms>(?:" + CAP + "\\s+){0,2}National\\s+Minimum\\s+Standards)(?:\\s+(?<std>\\d{1,2}\\.\\d{1,2}))?"
            + "|(?<fw>(?:[A-Z]{2,6}|" + CAP + ")\\s+Statutory\\s+Framework)"
            + "|(?<codes>(?:" + CAP + "\\s+){1,3})and\\s+(?<codes2>(?:" + CAP + "\\s+){1,4})Codes\\b"
            + "|(?<code>(?:School|Admission|Admissions|Appeals?|Transparency|Prudential|Treasury|Management|Publicity|Accounting|Financial|"
            + "Governance|Local\\s+Government)(?:\\s+(?:School|Admissions?|Appeals?|Transparency|Management|Publicity|Accounting|"
            + "Local\\s+Authority|Government))*\\s+Code(?:\\s+for\\s+(?:[A-Z][a-z]+\\s+){0,2}(?:Authorities|Councils|Bodies))?)(?![\\p{L}\\-]|\\s+of\\s+Conduct)"
            // the national model code a council adopts as its own: "the Model Code of Conduct"
            + "|(?<model>(?:" + CAP + "\\s+){0,3}Model\\s+(?:" + CAP + "\\s+)?Code\\s+of\\s+Conduct))"
            + "(?:\\s*[:\\-–(]?\\s*(?<year>(?:19|20)\\d{2})\\)?)?");
    /** Statutory guidance councils cite by title and year ({@code lexicon/guidance-titles.tsv}). */
    private static final Pattern GUIDANCE = Pattern.compile(
            "(?i)\\b(?<title>" + Lexicon.of("guidance-titles.tsv").alternation().replace(" ", "\\s+") + ")"
            + "(?:\\s*[:\\-–(]?\\s*(?<year>20\\d{2}|19\\d{2})\\)?)?");
    private static final Pattern SECTION_OF = Pattern.compile("(?i)\\s*,?\\s*(?:of|under|in)?\\s*(?:the\\s+)?");
    private static final Lexicon CITATION_WORDS = Lexicon.of("citation-words.tsv");
    private static final Pattern NOT_AN_ACT = Pattern.compile(
            "(?i)^(?:" + CITATION_WORDS.alternationWhere(1, "determiner") + ")\\s+(?:" + CITATION_WORDS.alternationWhere(1, "instrument") + ")$"
            + "|^(?:[A-Z][a-z]+\\s+)?(?:Order|Rules)$|.*\\b(?:" + CITATION_WORDS.alternationWhere(1, "local-rules") + ")\\s+(?:Order|Rules)$");

    /** "TCPA 1990", "LGA 1972": an Act by its initials and year. */
    private static final Pattern ACT_INITIALS = Pattern.compile("\\b(?<initials>[A-Z]{2,7}A)\\s*(?<year>(?:19|20)\\d{2})\\b");
    /** The Acts of the register by year, their titles without the year: what "TCPA 1990" may stand for. */
    private static final java.util.Map<Integer, List<String>> ACTS_BY_YEAR = new java.util.HashMap<>();

    static {
        for (List<String> row : Lexicon.of("acts.tsv").rows()) {
            ACTS_BY_YEAR.computeIfAbsent(Integer.parseInt(row.get(1)), y -> new ArrayList<>()).add(row.get(0));
        }
    }

    private Citations() {
    }

    static List<Citation> find(String text, List<Span> sentences) {
        List<Citation> out = new ArrayList<>();
        instruments(text, out);
        actsByInitials(text, out);
        guidanceByTitle(text, out);
        guidanceByShape(text, out);
        out.sort((a, b) -> a.span().compareTo(b.span()));
        List<Citation> withSections = new ArrayList<>(out);
        Matcher s = SECTIONS.matcher(text);
        while (s.find()) {
            List<String> nums = new ArrayList<>();
            Matcher n = ONE_NUM.matcher(s.group("nums"));
            while (n.find()) {
                nums.add(n.group().replaceAll("\\s+", ""));
            }
            if (nums.isEmpty()) {
                continue;
            }
            Citation act = sectionOf(text, s, out, sentences);
            if (act == null || act.year().isEmpty()) {
                continue; // "S.74 of the Constitution", a section of nothing we can name
            }
            withSections.add(new Citation(act.title(), act.year(), nums, act.kind(), new Span(s.start(), s.end())));
        }
        withSections.sort((a, b) -> a.span().compareTo(b.span()));
        return withSections;
    }

    /** "the Children Act 2004", "the Children Acts of 1989 and 2004", "the Localism Act". */
    private static void instruments(String text, List<Citation> out) {
        Matcher m = INSTRUMENT.matcher(text);
        while (m.find()) {
            String title = tidyTitle(m.group("title"));
            if (title == null) {
                continue;
            }
            String kindWord = m.group("kind");
            InstrumentKind kind = kindOf(kindWord);
            Span span = new Span(m.start(), m.end());
            if (m.group("year") == null) {
                // an Act without a year is cited only when unambiguous: "the Localism Act" stays a name
                if (kind != InstrumentKind.ACT || title.split(" ").length < 2) {
                    continue;
                }
                out.add(new Citation(title, Optional.empty(), List.of(), kind, span));
                continue;
            }
            List<Integer> years = new ArrayList<>();
            Matcher y = YEAR_LIST.matcher(text.substring(m.start("year"), m.end()));
            while (y.find()) {
                years.add(Integer.parseInt(y.group(1)));
            }
            String singular = kindWord.equals("Acts") ? title.replaceAll("\\s+Acts$", " Act") : title;
            for (int year : years) {
                Citation c = new Citation(singular + " " + year, Optional.of(year), List.of(),
                        kindWord.equals("Acts") ? InstrumentKind.ACT : kind, span);
                out.add(years.size() == 1 ? withCommaHead(text, c) : c);
            }
        }
    }

    /**
     * "the Housing Grants, Construction and Regeneration Act 1996": an Act whose title holds a comma is read from the
     * comma on; the register's Act of that year that ends so, and whose first words the text prints before it (over a
     * line break as often as not), is the one cited.
     */
    private static Citation withCommaHead(String text, Citation c) {
        if (c.kind() != InstrumentKind.ACT || c.year().isEmpty()) {
            return c;
        }
        String cited = c.title();
        for (String full : ACTS_BY_YEAR.getOrDefault(c.year().get(), List.of())) {
            if (!full.endsWith(" " + cited) || full.indexOf(',') < 0) {
                continue;
            }
            String head = full.substring(0, full.length() - cited.length()).strip();
            int at = endsWithFolded(text, c.span().start(), head);
            if (at >= 0) {
                return new Citation(full, c.year(), c.sections(), c.kind(), new Span(at, c.span().end()));
            }
        }
        return c;
    }

    /** Where {@code head} starts when the text before {@code end} ends with it, spaces and line breaks folded; else -1. */
    private static int endsWithFolded(String text, int end, String head) {
        int p = end - 1;
        while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
            p--;
        }
        for (int k = head.length() - 1; k >= 0; k--) {
            char h = head.charAt(k);
            if (Character.isWhitespace(h)) {
                if (p < 0 || !Character.isWhitespace(text.charAt(p))) {
                    return -1;
                }
                while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
                    p--;
                }
                continue;
            }
            if (p < 0 || text.charAt(p) != h) {
                return -1;
            }
            p--;
        }
        return p + 1;
    }

    /**
     * "s.106 of the TCPA 1990": the one Act of the register of that year whose words the initials fit,
     * as a body's acronym fits its name ({@link Acronyms#fits}); none when two Acts of the year fit.
     */
    private static void actsByInitials(String text, List<Citation> out) {
        Matcher m = ACT_INITIALS.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group("year"));
            String initials = m.group("initials");
            List<String> fit = ACTS_BY_YEAR.getOrDefault(year, List.of()).stream()
                    .filter(t -> Acronyms.fits(initials, t.replaceAll("\\s+\\d{4}$", ""))).limit(2).toList();
            if (fit.size() == 1) {
                out.add(new Citation(fit.get(0), Optional.of(year), List.of(), InstrumentKind.ACT, new Span(m.start(), m.end())));
            }
        }
    }

    /** Statutory guidance cited by its title: "Working Together to Safeguard Children 2023". */
    private static void guidanceByTitle(String text, List<Citation> out) {
        Matcher g = GUIDANCE.matcher(text);
        while (g.find()) {
            String raw = g.group("title").replaceAll("\\s+", " ").strip();
            String t = Character.toUpperCase(raw.charAt(0)) + raw.substring(1);
            Optional<Integer> year = Optional.ofNullable(g.group("year")).map(Integer::valueOf);
            Span span = new Span(g.start(), g.end());
            if (out.stream().anyMatch(c -> c.span().overlaps(span))) {
                continue;
            }
            out.add(new Citation(year.map(yy -> t + " " + yy).orElse(t), year, List.of(), InstrumentKind.GUIDANCE, span));
        }
    }

    /** Statutory guidance and codes cited by their shape: "School Admissions Code", "X National Minimum Standards". */
    /**
     * {@link #GUIDANCE_SHAPE} run only around the words each of its shapes holds: a title is a few words
     * before its first such word, and a quoted or "on ..." title at most a sentence after it.
     */
    private static final AnchoredScan GUIDANCE_SCAN = new AnchoredScan(GUIDANCE_SHAPE,
            Pattern.compile("[Ss]tatutory|Standards|Framework|Codes?\\b"), 200, 240);

    private static void guidanceByShape(String text, List<Citation> out) {
        GUIDANCE_SCAN.forEach(text, text.length(), gs -> guidance(gs, out));
    }

    private static void guidance(Matcher gs, List<Citation> out) {
        Span span = new Span(gs.start(), gs.end());
        if (out.stream().anyMatch(c -> c.span().overlaps(span))) {
            return;
        }
        // a year printed after the title is part of how it is cited ("... Children 2023"); one before it only dates it
        Optional<Integer> titleYear = Optional.ofNullable(gs.group("year")).map(Integer::valueOf);
        Optional<Integer> year = titleYear.or(() -> Optional.ofNullable(gs.group("pyear")).map(Integer::valueOf));
        List<String> titles = new ArrayList<>();
        InstrumentKind kind = InstrumentKind.GUIDANCE;
        if (gs.group("codes") != null) {
            titles.add(gs.group("codes").strip() + " Code");
            titles.add(gs.group("codes2").strip() + " Code");
            kind = InstrumentKind.CODE;
        } else if (gs.group("code") != null || gs.group("model") != null) {
            titles.add(gs.group("code") != null ? gs.group("code") : gs.group("model"));
            kind = InstrumentKind.CODE;
        } else {
            String t = gs.group("sg") != null ? gs.group("sg") : gs.group("quoted") != null ? gs.group("quoted")
                    : gs.group("cg") != null ? gs.group("cg") : gs.group("nms") != null ? gs.group("nms") : gs.group("fw");
            titles.add(t);
        }
        List<String> sections = gs.group("std") != null ? List.of(gs.group("std")) : List.of();
        for (String raw : titles) {
            String t = raw.replaceAll("\\s+", " ").strip().replaceFirst("^(?:The|the|Under|under|In|in)\\s+", "");
            if (t.split(" ").length < 2) {
                continue;
            }
            String title = Character.toUpperCase(t.charAt(0)) + t.substring(1);
            String full = titleYear.map(yy -> title + " " + yy).orElse(title);
            out.add(new Citation(full, year, List.of(), kind, span));
            if (!sections.isEmpty()) {
                out.add(new Citation(full, year, sections, kind, span));
            }
        }
    }

    /** The instrument a section is of: named after it, "the same Act", the year's Act, or the sentence's. */
    private static Citation sectionOf(String text, Matcher s, List<Citation> out, List<Span> sentences) {
        Citation act = null;
        if (s.group("yearAct") != null) {
            int year = Integer.parseInt(s.group("yearAct"));
            act = lastBefore(out, text.length(), c -> c.year().orElse(-1) == year && c.kind() == InstrumentKind.ACT);
        } else if (s.group("same") != null) {
            act = lastBefore(out, s.start(), c -> c.kind() == InstrumentKind.ACT);
        } else {
            // "section 18(2) of the Children Act 2004": the instrument right after
            Citation next = out.stream().filter(c -> c.span().start() >= s.end() && c.span().start() - s.end() <= 12)
                    .findFirst().orElse(null);
            if (next != null && SECTION_OF.matcher(text.substring(s.end(), next.span().start())).matches()) {
                act = next;
            } else {
                Span sentence = sentences.stream().filter(x -> x.contains(s.start())).findFirst().orElse(null);
                if (sentence != null) {
                    act = lastBefore(out, s.start(), c -> c.kind() != InstrumentKind.GUIDANCE && sentence.contains(c.span().start()));
                    if (act == null) {
                        act = out.stream().filter(c -> c.kind() != InstrumentKind.GUIDANCE && sentence.contains(c.span().start())
                                && c.span().start() > s.end()).findFirst().orElse(null);
                    }
                }
            }
        }
        return act;
    }

    private static Citation lastBefore(List<Citation> list, int before, java.util.function.Predicate<Citation> p) {
        Citation best = null;
        for (Citation c : list) {
            if (c.span().start() < before && p.test(c) && c.sections().isEmpty()) {
                best = c;
            }
        }
        return best;
    }

    private static InstrumentKind kindOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("act")) {
            return InstrumentKind.ACT;
        }
        if (w.startsWith("regulation")) {
            return InstrumentKind.REGULATIONS;
        }
        if (w.startsWith("code")) {
            return InstrumentKind.CODE;
        }
        return InstrumentKind.ORDER;
    }

    /** Drops a leading "the"/"The" and sentence words caught before the title; null if not a title. */
    private static String tidyTitle(String raw) {
        String t = raw.replaceAll("\\s+", " ").strip();
        t = t.replaceFirst("^(?:The|the)\\s+", "");
        // words before the name proper ("Under the Children Act", "In The Children Act")
        t = t.replaceFirst("^(?:Under|In|Of|By|From|As|And|With|For|To|On|At|Within|Section|Sections|Part|Schedule)\\s+(?:the\\s+|The\\s+)?", "");
        t = t.replaceFirst("^(?:The|the)\\s+", "");
        t = closeBracket(t);
        if (t == null || t.split(" ").length < 2 || NOT_AN_ACT.matcher(t).matches()) {
            return null;
        }
        if (!Character.isUpperCase(t.charAt(0))) {
            return null;
        }
        return t;
    }

    private static final Pattern UNCLOSED = Pattern.compile("^(?<parent>[^()]*?)\\s*\\((?<subject>[^()]+?)\\s+(?<kind>\\S+)$");
    private static final Pattern CAPITAL_WORD = Pattern.compile("\\b[A-Z][A-Za-z'’\\-]*");

    /**
     * A title with its subject's bracket left open: an instrument made under a parent ("Parent
     * (Subject) Regulations") when a parent of two capitalised words or more stands before the
     * bracket; else the bracket only opened an aside, and the title is what follows it.
     */
    private static String closeBracket(String t) {
        if (t.chars().filter(c -> c == '(').count() == t.chars().filter(c -> c == ')').count()) {
            return t;
        }
        Matcher m = UNCLOSED.matcher(t);
        if (!m.matches()) {
            return null;
        }
        long capitals = CAPITAL_WORD.matcher(m.group("parent")).results().count();
        if (capitals >= 2 && kindOf(m.group("kind")) != InstrumentKind.ACT) {
            return m.group("parent") + " (" + m.group("subject") + ") " + m.group("kind");
        }
        return m.group("subject") + " " + m.group("kind");
    }
}
