package org.councilgraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.segment.Layout.ItemSection;
import org.councilgraph.segment.Layout.MeetingSection;
import org.councilgraph.segment.Layout.ReportCover;
import org.councilgraph.text.Casing;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.PostHeads;
import org.councilgraph.text.PostTitles;
import org.councilgraph.text.Span;

/**
 * Reports that minutes say were before a meeting. An item is a report, titled as the item, when
 * its minute says so:
 * <ul>
 *   <li>"The Committee considered a report of the Director of Children and Family Services";</li>
 *   <li>"The Director of Housing and Westby Neighbourhoods submitted a report";</li>
 *   <li>"Mr Northby, Deputy Leader and Cabinet Member for Finance, introduced the report",
 *       "Mrs Westby (Cabinet Member for Integrated Children's Services) introduced the report";</li>
 *   <li>"The Committee considered a report that sought approval ..." (no author);</li>
 * </ul>
 * or, on a web page, when the item links a document and is not one of the standing items (minutes,
 * apologies, declarations, public questions).
 */
final class MinuteReports {
    /** "Cllr", "Mrs", "Dr": the titles printed before a name, as a regex alternation. */
    private static final String HONORIFICS = Lexicon.of("honorific-words.tsv").alternation();
    /** A name with a bracket after it: "Jo Hale (Director of Children's Services)". */
    private static final Pattern BRACKET_AFTER = Pattern.compile("^(.+?)\\s*\\(([^)]+)\\)$");
    /** "joint ", "annual ": the words that may stand between the article and "report" (report-qualifiers.tsv). */
    private static final String QUALIFIED = "(?:(?:" + Lexicon.of("report-qualifiers.tsv").alternation() + ")\\s+)?";
    /** An author named in a sentence, which runs on over the line ends of its paragraph but not past a blank line. */
    private static final String SENTENCE_WHO = "(?<who>[A-Z](?:[^.;\\n]|\\n(?![ \\t]*\\n)){2,200})";
    /** "considered a report of/by/from WHO", "introduced the report of WHO", "submitted Report No 12 by WHO" (who wrote it, not who spoke to it). */
    private static final Pattern REPORT_OF = Pattern.compile(
            "(?i)\\b(?:considered|received|noted|had\\s+before\\s+it|was\\s+presented\\s+with|gave\\s+consideration\\s+to|consideration\\s+was\\s+given\\s+to|submitted|presented|gave|introduced|outlined|summarised"
            // "There had been circulated to Members only Report No. 13 by": the Scottish minute's form
            + "|circulated(?:\\s+to\\s+(?:all\\s+)?members(?:\\s+only)?)?)"
            + "\\s+(?:(?:an?|the)\\s+" + QUALIFIED + "(?:report|presentation|update)"
            // "There was submitted Report No 612-2000 by the Director of X": a numbered report, no article before it
            + "|report\\s+(?:no\\.?|number)\\s*[\\w/.-]+)\\s+(?:of|by|from)\\s+(?:the\\s+)?" + SENTENCE_WHO);
    /**
     * The agenda's line under an item's title that says whose report it is: "Report of the Director of X",
     * "A report from Ann Westby, Head of Y, is attached". The line opens so, and the author has a capital.
     */
    private static final Pattern REPORT_LINE = Pattern.compile(
            "(?m)^[ \\t]*(?:(?:An?|The)\\s+(?i:" + QUALIFIED + ")report|(?i:joint)\\s+(?i:report)|Report|REPORT)\\s+(?:" + ReportCovers.DATED + ")?(?i:of|by|from)\\s+(?i:the\\s+)?"
            + "(?<who>[A-Z][^.;\\n]{2,200})");
    /** "A report, submitted by the Chief Executive, presented ...", "The report was prepared by the Head of X". */
    private static final Pattern REPORT_BY = Pattern.compile(
            "(?i)\\b(?:an?|the)\\s+" + QUALIFIED + "report,?\\s+(?:(?:was|had\\s+been)\\s+)?(?:submitted|presented|prepared|produced)\\s+by\\s+(?:the\\s+)?"
            + SENTENCE_WHO);
    /** A web page's line under an item's title: "To consider the exempt report of the Director of X". */
    private static final Pattern TO_CONSIDER = Pattern.compile(
            "(?m)^[ \\t]*To\\s+(?:consider|receive|note)\\s+(?:an?|the)\\s+(?i:" + QUALIFIED + ")report\\s+(?:of|by|from)\\s+(?:the\\s+)?" + SENTENCE_WHO);
    /** "WHO submitted/introduced/presented a report". */
    private static final Pattern WHO_REPORTED = Pattern.compile(
            "(?<who>[A-Z](?:[^.;\\n]|\\n(?![ \\t]*\\n)){2,200}?)\\s+(?:submitted|submits|presented|presents|introduced|introduces|outlined|outlines)\\s+"
            // "presented the Annual Welsh Language Compliance Report": the report's own name between
            + "(?:an?|the|their|his|her)\\s+(?:(?:\\p{Lu}[\\w’'/&-]*|\\d{4}(?:/\\d{2,4})?|of|and|for)\\s+){0,8}?" + QUALIFIED + "(?i:report|presentation)\\b");
    /** "considered a report that ...": a report whose author the minute does not name. */
    private static final Pattern CONSIDERED = Pattern.compile(
            // "RESOLVED to note the report": the decision's own verb
            "(?i)\\b(?:(?:considered|received|noted|note|receive|had\\s+before\\s+it|consideration\\s+was\\s+given\\s+to|gave\\s+consideration\\s+to)\\s+(?:an?|the)\\s+" + QUALIFIED + "report"
            // "A report was submitted listing ...", "There was submitted a report": the passive
            + "|\\b(?:an?|the)\\s+" + QUALIFIED + "report\\s+(?:was|had\\s+been)\\s+(?:submitted|circulated|presented|considered|received|tabled)"
            + "|there\\s+(?:was|had\\s+been)\\s+(?:submitted|circulated|presented|tabled)\\s+(?:an?|the)\\s+" + QUALIFIED + "report"
            // "invited the Head of Housing to present the report": whoever speaks to it, a report was before the meeting
            + "|\\bto\\s+(?:present|introduce)\\s+(?:the|their|his|her)\\s+" + QUALIFIED + "report"
            // "Ann Westby presented the report to members": whoever spoke to it, the item had its report
            + "|\\b(?:presented|introduced|outlined|summarised)\\s+(?:the|their|his|her)\\s+(?:[\\w’'-]+\\s+){0,3}?" + QUALIFIED + "report\\b(?!\\s+(?:of|by|from)\\b)"
            // "This report seeks approval to ...": the agenda's summary of the report under the item
            + "|(?-i:(?:This|The)\\s+report)\\s+(?:seeks|sets\\s+out|provides|presents|updates|asks|informs|outlines|summarises|details|recommends|proposes))\\b");
    /**
     * "as set out in section 3 of the report", "to note the contents of the report": a decision that points into the
     * item's own report (not one "of" or "by" someone else). Evidence of a report only under an item's own title: a
     * decision record's labels and a report's sections ("Reasons for the Decision", "Recommendations") point into the
     * report of the item they belong to.
     */
    private static final Pattern POINTS_INTO = Pattern.compile("(?i)\\b(?:(?:set\\s+out|detailed|contained|described|appended|attached|included)"
            + "\\s+(?:in|within|at|to)\\s+(?:(?:section|paragraph|appendix|annex|table)\\s+[\\w.]+\\s+(?:of|to)\\s+)?"
            + "|(?:contents|recommendations?)\\s+(?:of|in)\\s+)the\\s+report\\b(?!\\s+(?:of|by|from)\\b)");
    private static final Lexicon RECORD_LABELS = Lexicon.of("decision-records.tsv");
    private static final Pattern SECTION_TITLE = Pattern.compile("(?i)(?:" + RECORD_LABELS.alternationWhere(1, "label") + "|"
            + RECORD_LABELS.alternationWhere(1, "stop") + "|" + Lexicon.of("report-section-headings.tsv").alternation() + ")\\b.*");
    /** "considered the Senior Data Officer's report": the author before the report, as a possessive. */
    private static final Pattern WHOSE_REPORT = Pattern.compile(
            "(?i:\\b(?:considered|received|noted|presented|introduced)\\s+the\\s+)(?<who>[A-Z][\\w&\\-]*(?:\\s+(?:[A-Z][\\w&\\-]*|of|and|for|&)){0,9}?)['’]s?\\s+"
            + "(?i:" + QUALIFIED + "report)\\b");
    /** Where an author's words end: a relative clause, a purpose, a participle. */
    private static final Pattern WHO_END = Pattern.compile(
            "(?i)(?:,\\s*|\\s+)(?:which|that|who|whose|on\\s+(?!behalf)|in\\s+relation|relative\\s+to|in\\s+respect|regarding|concerning|setting|providing|seeking|"
            + "outlining|updating|informing|detailing|presenting|summarising|about|for\\s+the\\s+(?:period|purpose|committee)|to\\s+(?:provide|update|inform|seek|set)|"
            + "and\\s+the\\s+(?!Director|Head|Chief|Cabinet|Lead|Assistant|Deputy|Strategic|Executive|Corporate)|copy\\s+of|"
            // "The report by the Director of Regeneration invites the Panel to comment": the report's own verb
            + "(?:invites|seeks|asks|sets\\s+out|provides|recommends|proposes|requests|informs|updates|outlines|summarises)\\s|"
            // "A report, submitted by the Chief Executive, sought approval": the report's verb after the author, past
            + "(?:sought|presented|provided|set\\s+out|outlined|gave|asked|invited|informed|updated|summarised|recommended|proposed|requested|detailed)\\s|"
            + "(?:is|are|was|were)\\s+(?:attached|enclosed|circulated|to\\s+follow|presented|submitted|introduced|considered|received|tabled)|attached|recommending)\\b.*$");
    /** "(attached)", "(to follow)", "(pages 5 - 20)", "(CA7)": a note on the paper, after its author. */
    private static final Pattern PAPER_NOTE = Pattern.compile(
            "(?i)\\s*\\((?:attached|enclosed|herewith|circulated|to\\s+follow|to\\s+be\\s+circulated|pages?\\s+[^)]{1,20}|report\\s+no\\.?\\s*[^)]{1,20}"
            // "(CA7)", "(HOSC/22/22)": the paper's reference
            + "|(?-i:[A-Z]{1,6}[ /-]?\\d{1,4}(?:/\\d{2,4}){0,2}))\\)\\.?\\s*$");
    private static final Pattern STANDING_ITEM = Pattern.compile(
            "(?i)^(?:the\\s+)?(?:minutes(?:\\s+of\\s+.*)?|apologies.*|declarations?\\s+of\\s+interests?.*|(?:public\\s+)?questions?.*|"
            + "public\\s+(?:question\\s+time|forum|participation|statements?)|items?\\s+from\\s+the\\s+public|petitions?|statements?|"
            + "chair'?s\\s+announcements?|announcements?|urgent\\s+(?:business|items?).*|any\\s+other\\s+business|date\\s+of\\s+(?:the\\s+)?next\\s+meeting|"
            + "welcome.*|exclusion\\s+of\\s+(?:the\\s+)?(?:press|public).*)$");

    /** An item titled with its report's author before a dash: "REPORT OF THE HEAD OF PLANNING - ENFORCEMENT UPDATE". */
    private static final Pattern AUTHOR_IN_TITLE = Pattern.compile(
            "(?i)^(?:joint\\s+)?report\\s+(?:of|by|from)\\s+(?:the\\s+)?(?<who>[^–-]{3,120}?)\\s+[-–]\\s+(?<title>\\S.{2,})$");
    /** An item titled with its report's author after a dash: "WASTE STRATEGY - REPORT BY DIRECTOR OF PLACE", as Scottish minutes print it. */
    private static final Pattern AUTHOR_AFTER_TITLE = Pattern.compile(
            "(?i)^(?<title>\\S.{2,}?)\\s+[-–—]\\s+(?:joint\\s+)?report\\s+(?:of|by|from)\\s+(?:the\\s+)?(?<who>[^–—]{3,120})$");
    /**
     * An agenda's item titled with its report's author, a post, after a dash or in a bracket: "Community Safety Update –
     * Assistant Director, Regulatory Services", "Fees and Charges 2026/27 (Director of Finance)". Read only when the
     * words after the title are a post title by themselves.
     */
    private static final Pattern POST_AFTER_TITLE = Pattern.compile(
            "^(?<title>\\S.{2,}?)\\s+(?:[-–—]\\s+(?<who>[^–—()]{3,120})|\\((?<bracketed>[^()]{3,120})\\))$");
    /** "(Cab.22.1.2025/4)", "(Forward Plan No 009/25)": the paper's reference after an item's title, a digit and a slash in a few words. */
    private static final Pattern REFERENCE_NOTE = Pattern.compile("\\s*\\((?<ref>(?:[^()\\s]+\\s+){0,3}[^()\\s]*\\d[^()\\s]*/[^()\\s]+)\\)$");
    /** "(2024/25)": a year or years in brackets are the title's own. */
    private static final Pattern YEARS = Pattern.compile("\\d{4}/\\d{2,4}");

    /** The item's title as its report's: without the paper's reference printed after it. */
    static String withoutReference(String title) {
        Matcher m = REFERENCE_NOTE.matcher(title);
        return m.find() && m.start() > 0 && !YEARS.matcher(m.group("ref")).matches() ? title.substring(0, m.start()) : title;
    }

    /** "X was unable to attend but had submitted a report": a written report before the meeting. */
    private static final Pattern SUBMITTED = Pattern.compile(
            "(?i)\\b(?:had\\s+|has\\s+)?(?:submitted|sent|provided|forwarded)\\s+(?:a|an|the|their|his|her)\\s+(?:written\\s+)?report\\b");
    /** An item titled as a report: "Police Report", "Treasurer's Report". */
    private static final Pattern REPORT_TITLE = Pattern.compile("(?i).*\\breport$");
    /**
     * A report named at a line's start and said to be before the meeting: "Westby Report: Presented by
     * ...", "A Secretary Report was emailed to members".
     */
    private static final Pattern NAMED_REPORT = Pattern.compile(
            "(?m)^[ \\t]*(?:(?:An?|The)\\s+)?(?<title>(?:\\p{Lu}[\\w’'&\\-]*\\s+){1,4}Report)(?::\\s*(?i:presented\\s+by)\\b"
            + "|\\s+(?:was|has\\s+been|had\\s+been)\\s+(?:e-?mailed|circulated|presented|tabled|submitted|distributed)\\b)");
    private static final Pattern PREVIOUS_MINUTES = Pattern.compile("(?i).*\\bminutes\\s+of\\s+(?:the\\s+)?(?:previous\\s+)?meeting.*");
    private static final Pattern HONORIFIC_START = Pattern.compile("^(?:" + HONORIFICS + ")\\b.*");
    /** "The Director of Housing": a post named with capitals after "The". */
    private static final Pattern THE_TITLED = Pattern.compile("^The\\s+(?:[A-Z][\\w’'-]*|of|and|for|&)(?:\\s+(?:[A-Z][\\w’'-]*|of|and|for|&)){0,6}$");

    private MinuteReports() {
    }

    /**
     * An item with a document of its own (a file link, pages of the pack) is put to the meeting as a report, unless
     * {@code covered} says the paper already carries that report's cover.
     */
    static List<ReportCover> find(String text, List<MeetingSection> meetings, java.util.function.Predicate<String> covered) {
        List<ReportCover> out = new ArrayList<>();
        for (MeetingSection m : meetings) {
            for (ItemSection item : m.items()) {
                if (STANDING_ITEM.matcher(item.title()).matches()
                        || PREVIOUS_MINUTES.matcher(item.title()).matches()) {
                    continue;
                }
                String body = item.body().of(text);
                String window = body.length() > 2000 ? body.substring(0, 2000) : body;
                Optional<String> who = Optional.empty();
                Span span = null;
                // the first that says whose report it is: the agenda's line, or the minute's sentence
                Matcher r = first(REPORT_OF.matcher(window), REPORT_LINE.matcher(window), TO_CONSIDER.matcher(window), REPORT_BY.matcher(window));
                if (r != null) {
                    who = author(r.group("who"));
                    span = new Span(item.body().start() + r.start(), item.body().start() + r.end());
                }
                Matcher w = WHO_REPORTED.matcher(window);
                while (who.isEmpty() && w.find()) {
                    String raw = sentenceTail(w.group("who"));
                    Optional<String> a = author(raw);
                    // a post ("The Director of ..."), a titled name, or "The X Y" naming an office in capitals
                    if (a.isPresent() && (PostHeads.namesPost(a.get()) || HONORIFIC_START.matcher(raw).matches()
                            || THE_TITLED.matcher(raw).matches())) {
                        who = a;
                        span = new Span(item.body().start() + w.start(), item.body().start() + w.end());
                    }
                }
                if (who.isEmpty()) {
                    Matcher p = WHOSE_REPORT.matcher(window);
                    if (p.find() && PostHeads.namesPost(p.group("who"))) {
                        who = author(p.group("who"));
                        span = new Span(item.body().start() + p.start(), item.body().start() + p.end());
                    }
                }
                if (who.isEmpty()) {
                    // "Report Author: Ann Westby, Director of X", "Submitted by: Cllr. Y": the item's own fields
                    Fields.Field f = Fields.read(text, item.body().start(), item.body().start() + window.length()).get("report of");
                    if (f != null) {
                        who = author(f.value());
                        span = f.span();
                    }
                }
                boolean considered = span != null || CONSIDERED.matcher(window).find()
                        || POINTS_INTO.matcher(window).find() && !SECTION_TITLE.matcher(item.title().strip()).matches()
                        || REPORT_TITLE.matcher(item.title().strip()).matches() && SUBMITTED.matcher(window).find();
                if (span == null && named(m, item, window, out)) {
                    continue;
                }
                // "REPORT OF THE DIRECTOR (PLANNING) - A.1 - 24/0187/OUT - LAND AT WESTBY": whose report it is, then its title
                String title = withoutReference(item.title());
                boolean authored = false;
                for (Pattern form : List.of(AUTHOR_IN_TITLE, AUTHOR_AFTER_TITLE)) {
                    Matcher a = form.matcher(title);
                    if (a.matches()) {
                        title = a.group("title");
                        who = who.isPresent() ? who : author(Casing.readable(a.group("who")));
                        considered = true;
                        authored = true;
                        break;
                    }
                }
                Matcher p = POST_AFTER_TITLE.matcher(title);
                if (!authored && p.matches()) {
                    String post = p.group("who") != null ? p.group("who") : p.group("bracketed");
                    if (PostTitles.isPost(post.strip()) && !pluralHead(post)) {
                        title = p.group("title");
                        who = who.isPresent() ? who : Optional.of(post.strip().replaceAll("\\s+", " "));
                        considered = true;
                    }
                }
                if (considered) {
                    out.add(new ReportCover(title, span != null ? span : item.titleSpan(), who, Optional.of(m.committee()),
                            Optional.of(m.date()), item.number(), List.of(), item.body()));
                } else if (item.hasDocument() && !covered.test(title)) {
                    out.add(new ReportCover(title, item.titleSpan(), Optional.empty(), Optional.of(m.committee()),
                            Optional.of(m.date()), item.number(), List.of(), item.body()));
                }
            }
        }
        return out;
    }

    /** "Heads of Terms": a title's head in the plural names a kind of document or a group, no author. */
    private static boolean pluralHead(String post) {
        for (String w : post.strip().split("[\\s,]+")) {
            String head = PostHeads.head(w);
            if (head != null) {
                return !w.toLowerCase(java.util.Locale.ROOT).equals(head);
            }
        }
        return false;
    }

    /** Of the matchers, the one that finds first in its text, advanced to that find; null when none finds. */
    private static Matcher first(Matcher... ms) {
        Matcher best = null;
        for (Matcher m : ms) {
            if (m.find() && (best == null || m.start() < best.start())) {
                best = m;
            }
        }
        return best;
    }

    /** Adds the reports {@code window} names at a line's start ("A Secretary Report was emailed"); whether any. */
    private static boolean named(MeetingSection m, ItemSection item, String window, List<ReportCover> out) {
        boolean any = false;
        Matcher n = NAMED_REPORT.matcher(window);
        while (n.find()) {
            Span span = new Span(item.body().start() + n.start("title"), item.body().start() + n.end("title"));
            out.add(new ReportCover(n.group("title").replaceAll("\\s+", " "), span, Optional.empty(), Optional.of(m.committee()),
                    Optional.of(m.date()), item.number(), List.of(), item.body()));
            any = true;
        }
        return any;
    }

    /** The clause a subject starts: after the last sentence or clause break before the verb. */
    private static String sentenceTail(String s) {
        String t = s.replaceAll("\\s+", " ");
        int cut = Math.max(t.lastIndexOf(". "), Math.max(t.lastIndexOf(": "), t.lastIndexOf("; ")));
        t = cut >= 0 ? t.substring(cut + 2) : t;
        // "1. Mr Riverford (...)": a paragraph number
        return t.replaceFirst("^\\d+[.)]\\s*", "").strip();
    }

    /**
     * The author's words tidied: "Mrs Westby (Cabinet Member for X)" and "Mr Northby, Deputy
     * Leader and Cabinet Member for X" both read "Name, Post"; "the Director of X which provided" loses
     * its clause; "The Director" loses its article.
     */
    static Optional<String> author(String raw) {
        String s = raw.replaceAll("\\s+", " ").strip();
        s = PAPER_NOTE.matcher(s).replaceFirst("");
        s = WHO_END.matcher(s).replaceFirst("");
        s = s.replaceFirst("^(?i)the\\s+", "").replaceAll("[,\\s]+$", "");
        Matcher paren = BRACKET_AFTER.matcher(s);
        if (paren.matches()) {
            s = paren.group(1).strip() + ", " + paren.group(2).strip();
        }
        // "Chief Executive, Ann Westby": the post first, then the name; read as "Ann Westby, Chief Executive"
        int comma = s.lastIndexOf(", ");
        if (comma > 0 && PostHeads.namesPost(s.substring(0, comma))
                && PersonName.parse(s.substring(comma + 2)).filter(PersonName::hasGiven).isPresent()) {
            s = s.substring(comma + 2) + ", " + s.substring(0, comma);
        }
        if (s.length() < 4 || s.length() > 180) {
            return Optional.empty();
        }
        return Optional.of(s);
    }
}
