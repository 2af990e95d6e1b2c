package org.councilgraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.segment.Layout.ContactBlock;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.Span;

/**
 * Contact blocks: "Officer(s) to Contact" (or "Contact officer:", "Report author:", "Contact:")
 * followed by a name, a post, a telephone number and an e-mail address, in whatever order and
 * over however many lines; several people may follow one heading. Also a name with its address in
 * brackets, as agenda front sheets print it: "Ann Westby (ann.westby@...)".
 */
final class ContactBlocks {
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    static final Pattern PHONE = Pattern.compile(
            "(?:\\+44\\s?\\(?0?\\)?\\s?|\\b0)\\d{2,4}\\)?[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}\\b|\\b0\\d{10}\\b|\\bExt(?:ension|\\.)?\\s*\\d[\\d ]{3,7}\\d");
    private static final Pattern HEADING = Pattern.compile(
            "(?im)^[ \\t]*(?:" + Lexicon.of("contact-headings.tsv").alternation() + ")[ \\t]*(?::|-|–)?[ \\t]*(?<rest>[^\\n]*)$");
    private static final Pattern NAME_WITH_EMAIL = Pattern.compile(
            "(?<name>[A-Z][a-z'’\\-]+(?:\\s+[A-Z][a-z'’\\-]+){1,2})\\s*\\(\\s*(?<email>" + EMAIL.pattern() + ")\\s*\\)");
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(?:" + Lexicon.of("contact-labels.tsv").alternation() + ")\\s*[:.]?\\s*");

    /** Where a report's own text starts below its contact block. */
    private static final Pattern REPORT_SECTION = Pattern.compile(
            "(?i)^(?:" + Lexicon.of("report-section-headings.tsv").alternation() + "|\\d+\\.\\s+[A-Z].{40,})\\b.*");
    /** A line's pieces: cells of a table, columns set apart by spaces. */
    private static final Pattern PIECES = Pattern.compile("\\s*\\t\\s*|\\s{3,}");
    /** "Rita Westby  Tel: 01234 567890": a labelled detail run on after the name, a piece of its own. */
    private static final Pattern BEFORE_LABEL = Pattern.compile(
            "\\s+(?=(?i:" + Lexicon.of("contact-labels.tsv").alternation() + ")\\s*:)");
    private static final Pattern AFTER_COMMA = Pattern.compile("[,;]\\s*.*$");
    private static final Pattern CONTACT_LABEL = Pattern.compile(
            "(?i)\\(?\\s*(?:" + Lexicon.of("contact-words.tsv").alternationWhere(2, "block") + ")\\s*[:.]?\\s*\\)?");
    private static final Pattern BRACKETS = Pattern.compile("[()]");
    /** Where a person's details begin after their post: a label, a number or an address, perhaps after "on". */
    private static final Pattern DETAILS = Pattern.compile("(?i)[,;]?\\s*(?:\\bon\\s+)?(?:\\(?\\s*\\b(?:"
            + Lexicon.of("contact-labels.tsv").alternation() + ")\\b|" + PHONE.pattern() + "|" + EMAIL.pattern() + "|\\()");
    /** "Jo Westby (Head of Waste Services)": a name, its post in brackets. */
    private static final Pattern NAME_THEN_BRACKET = Pattern.compile("^(?<name>[^(),]+?)\\s*\\((?<post>[^()@]+)\\)\\s*$");
    /** "Job title: Head of Waste Services": the label of a post's own line. */
    private static final Pattern POST_LABEL = Pattern.compile("(?i)^(?:job\\s+title|title|post|position|role|designation)\\s*:\\s*");
    private static final Pattern BRACKET_AFTER = Pattern.compile("\\s*\\([^()]*\\)\\s*$");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[,;:]+$");
    private static final Pattern FIGURES = Pattern.compile(".*\\d{3,}.*");
    /** A post that runs on: "Director of Housing," / "Planning and". */
    private static final Pattern OPEN_END = Pattern.compile(".*(?:,|\\band|&)$");
    private static final Pattern EMAIL_LOCAL_SEPARATOR = Pattern.compile("[._]");
    private static final Pattern NAME_PART = Pattern.compile("[A-Za-z'-]+");

    private ContactBlocks() {
    }

    static List<ContactBlock> find(Lines lines) {
        String text = lines.text();
        List<ContactBlock> out = new ArrayList<>();
        Matcher h = HEADING.matcher(text);
        while (h.find()) {
            int lineIndex = lines.indexAt(h.start());
            List<ContactBlock> block = parseBlock(lines, lineIndex, h.group("rest"), h.start("rest"));
            out.addAll(block);
        }
        Matcher m = NAME_WITH_EMAIL.matcher(text);
        while (m.find()) {
            Optional<PersonName> n = PersonName.parse(m.group("name"));
            Span span = new Span(m.start(), m.end());
            if (n.isPresent() && out.stream().noneMatch(c -> c.span().overlaps(span))) {
                out.add(new ContactBlock(n.get().fullName(), Optional.empty(), Optional.of(m.group("email")), Optional.empty(), span));
            }
        }
        return out;
    }

    /** People under one heading; {@code rest} is what followed the heading on its line. */
    private static List<ContactBlock> parseBlock(Lines lines, int headingLine, String rest, int restStart) {
        Block block = new Block();
        read:
        for (Entry e : entries(lines, headingLine, rest, restStart)) {
            for (String cell : PIECES.split(e.text())) {
                for (String piece : BEFORE_LABEL.split(cell)) {
                    String p = piece.strip();
                    if (!p.isEmpty() && !block.take(p, e.span())) {
                        break read;
                    }
                }
            }
        }
        block.close();
        List<ContactBlock> out = block.people;
        // a block of only an address with no person ("committees@...") names nobody; a "contact" in
        // running text that yields no address, number or post is not a contact block
        out.removeIf(c -> c.name() == null || c.name().isBlank()
                || c.email().isEmpty() && c.phone().isEmpty() && c.post().map(pp -> !AttendanceLists.looksLikeRole(pp)).orElse(true));
        return out;
    }

    /** A line of a contact block (or what followed the heading on its line) and where it was read. */
    private record Entry(String text, Span span) {
    }

    /** The lines under a heading, up to three blank lines, a long line or the report's first section. */
    private static List<Entry> entries(Lines lines, int headingLine, String rest, int restStart) {
        List<Entry> entries = new ArrayList<>();
        if (!rest.isBlank()) {
            entries.add(new Entry(rest.strip(), new Span(restStart, restStart + rest.length())));
        }
        int blanks = 0;
        for (int j = headingLine + 1; j < lines.size() && j < headingLine + 30; j++) {
            Lines.Line l = lines.get(j);
            if (l.blank()) {
                if (++blanks > 2) {
                    break;
                }
                continue;
            }
            blanks = 0;
            String t = l.text();
            if (t.length() > 140 || REPORT_SECTION.matcher(t).matches()) {
                break;
            }
            entries.add(new Entry(t, l.span(lines.text())));
        }
        return entries;
    }

    /** The people of one block, read piece by piece: a name starts a person, what follows fills in their details. */
    private static final class Block {
        final List<ContactBlock> people = new ArrayList<>();
        String name;
        String post;
        String email;
        String phone;
        int start = -1;
        int end = -1;

        /** Reads one piece; false when the piece ends the block. */
        boolean take(String p, Span sp) {
            Matcher em = EMAIL.matcher(p);
            Matcher ph = PHONE.matcher(p);
            String unlabelled = LABEL.matcher(p).replaceFirst("");
            String beforeComma = AFTER_COMMA.matcher(p).replaceAll("");
            Optional<PersonName> asName = PersonName.parse(BRACKET_AFTER.matcher(beforeComma).replaceAll(""));
            if (asName.isPresent() && asName.get().hasGiven() && !beforeComma.contains("@")) {
                person(p, asName.get(), sp);
            } else if (em.find()) {
                // an address on a line of its own is the person's when it spells their name, not a team's
                // ("committees@..." under the names of two officers)
                if (email == null && (name == null || addresses(name, em.group()))) {
                    email = em.group();
                }
                if (name == null) {
                    name = nameFromEmail(em.group());
                    start = sp.start();
                }
                end = sp.end();
                if (ph.find() && phone == null) {
                    phone = ph.group().strip();
                }
            } else if (ph.find()) {
                if (phone == null) {
                    phone = ph.group().strip();
                }
                end = sp.end();
            } else if (LABEL.matcher(p).find() && unlabelled.isBlank()) {
                return true; // "Tel. No." with no number
            } else if (wrappedPost(p)) {
                post = post + " " + p; // a post wrapped onto the next line
                end = sp.end();
            } else if (name != null && post == null && p.length() < 120 && !FIGURES.matcher(p).matches()) {
                post = TRAILING_MARKS.matcher(POST_LABEL.matcher(p).replaceFirst("")).replaceAll("").strip();
                end = sp.end();
            } else {
                return name == null || post == null; // something else after a name and post: the block is over
            }
            return true;
        }

        /** A name: the person before it is complete; a post, address or number may follow it on its line. */
        private void person(String p, PersonName n, Span sp) {
            if (name != null) {
                people.add(new ContactBlock(name, Optional.ofNullable(post), Optional.ofNullable(email), Optional.ofNullable(phone),
                        new Span(start, end)));
                post = null;
                email = null;
                phone = null;
            }
            name = n.fullName();
            start = sp.start();
            end = sp.end();
            String after = p.contains(",") ? p.substring(p.indexOf(',') + 1).strip() : "";
            // the post ends where the details begin: "Head of Waste Services, Tel: 01234 ...", "..., on 01234 ..."
            Matcher details = DETAILS.matcher(after);
            if (details.find()) {
                after = after.substring(0, details.start());
            }
            Matcher bracketed = NAME_THEN_BRACKET.matcher(p);
            if (after.isBlank() && bracketed.matches() && AttendanceLists.looksLikeRole(bracketed.group("post").strip())) {
                after = bracketed.group("post"); // "Jo Westby (Head of Waste Services)"
            }
            Matcher inlineEmail = EMAIL.matcher(p);
            if (inlineEmail.find()) {
                email = inlineEmail.group();
            }
            Matcher inlinePhone = PHONE.matcher(p);
            if (inlinePhone.find()) {
                phone = inlinePhone.group().strip();
            }
            after = BRACKETS.matcher(CONTACT_LABEL.matcher(EMAIL.matcher(PHONE.matcher(after).replaceAll("")).replaceAll(""))
                    .replaceAll("")).replaceAll("").strip();
            if (after.length() > 3) {
                post = TRAILING_MARKS.matcher(after).replaceAll("").strip();
            }
        }

        private boolean wrappedPost(String p) {
            return name != null && post != null && email == null && phone == null && p.length() < 60
                    && !FIGURES.matcher(p).matches() && (OPEN_END.matcher(post).matches() || Character.isLowerCase(p.charAt(0))
                    || p.split(" ").length <= 2);
        }

        /** Adds the person being read, if any. */
        void close() {
            if (name != null) {
                people.add(new ContactBlock(name, Optional.ofNullable(post), Optional.ofNullable(email), Optional.ofNullable(phone),
                        new Span(start, Math.max(start, end))));
            }
        }
    }

    /** True when the address's local part holds a word of the name: "jo.northby@" of Jo Northby. */
    static boolean addresses(String name, String email) {
        String local = email.substring(0, email.indexOf('@')).toLowerCase(java.util.Locale.ROOT);
        for (String w : PersonName.key(name).split("[ '-]")) {
            if (w.length() >= 3 && local.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "alice.trent@northby.gov.uk" names Alice Trent; a role mailbox names nobody. */
    static String nameFromEmail(String email) {
        String local = email.substring(0, email.indexOf('@'));
        String[] parts = EMAIL_LOCAL_SEPARATOR.split(local);
        if (parts.length != 2 || parts[0].length() < 2 || parts[1].length() < 2 || !NAME_PART.matcher(parts[0]).matches()
                || !NAME_PART.matcher(parts[1]).matches()) {
            return null;
        }
        String first = Character.toUpperCase(parts[0].charAt(0)) + parts[0].substring(1).toLowerCase();
        String last = Character.toUpperCase(parts[1].charAt(0)) + parts[1].substring(1).toLowerCase();
        String name = first + " " + last;
        return PersonName.parse(name).isPresent() ? name : null;
    }
}
