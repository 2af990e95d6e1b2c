package org.councilgraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.segment.Layout.ContactBlock;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.Span;

/**
 * Contact blocks: "Officer(s) to Contact" (or "Contact officer:", "Report author:", "Contact:")
 * followed by a name, a post, a telephone number and an e-mail address, in whatever order and
 * over however many lines; several people may follow one heading. Also a name with its address in
 * brackets, as agenda front sheets print it: "Megan Holt (megan.holt@...)".
 */
final class ContactBlocks {
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    static final Pattern PHONE = Pattern.compile(
            "(?:\\+44\\s?\\(?0?\\)?\\s?|\\b0)\\d{2,4}\\)?[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}\\b|\\b0\\d{10}\\b|\\bExt(?:ension|\\.)?\\s*\\d[\\d ]{3,7}\\d");
    private static final Pattern HEADING = Pattern.compile(
            "(?im)^[ \\t]*(?:officers?(?:\\s*\\(s\\))?\\s+to\\s+contact|contact\\s+officers?(?:\\s*\\(s\\))?|officer\\s+contacts?|contact\\s+details|"
            + "report\\s+authors?|author\\s+contact\\s+details|lead\\s+officers?|contact\\s+for\\s+enquiries|enquiries\\s+to|"
            + "for\\s+further\\s+information(?:\\s+please)?\\s+contact|contact(?:\\s+person)?|ask\\s+for|presented\\s+by)[ \\t]*(?::|-|–)?[ \\t]*(?<rest>[^\\n]*)$");
    private static final Pattern NAME_WITH_EMAIL = Pattern.compile(
            "(?<name>[A-Z][a-z'’\\-]+(?:\\s+[A-Z][a-z'’\\-]+){1,2})\\s*\\(\\s*(?<email>" + EMAIL.pattern() + ")\\s*\\)");
    private static final Pattern LABEL = Pattern.compile("(?i)^(?:tel(?:ephone)?(?:\\.?\\s*no\\.?)?|phone|mobile|mob|direct\\s+line|e-?mail|email\\s+address)\\s*[:.]?\\s*");

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
        String text = lines.text();
        List<ContactBlock> out = new ArrayList<>();
        List<String> entries = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        if (!rest.isBlank()) {
            entries.add(rest.strip());
            spans.add(new Span(restStart, restStart + rest.length()));
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
            if (t.length() > 140 || t.matches("(?i)^(?:purpose|background|summary|executive summary|appendix|appendices|recommendations?|introduction|\\d+\\.\\s+[A-Z].{40,})\\b.*")) {
                break;
            }
            entries.add(t);
            spans.add(l.span(text));
        }
        String name = null;
        String post = null;
        String email = null;
        String phone = null;
        int start = -1;
        int end = -1;
        for (int k = 0; k < entries.size(); k++) {
            String e = entries.get(k);
            Span sp = spans.get(k);
            for (String piece : e.split("\\s*\\t\\s*|\\s{3,}")) {
                String p = piece.strip();
                if (p.isEmpty()) {
                    continue;
                }
                Matcher em = EMAIL.matcher(p);
                Matcher ph = PHONE.matcher(p);
                String unlabelled = LABEL.matcher(p).replaceFirst("");
                Optional<PersonName> asName = PersonName.parse(p.replaceAll("[,;]\\s*.*$", ""));
                if (asName.isPresent() && asName.get().hasGiven() && !p.contains("@")) {
                    if (name != null) {
                        out.add(new ContactBlock(name, Optional.ofNullable(post), Optional.ofNullable(email),
                                Optional.ofNullable(phone), new Span(start, end)));
                        post = null;
                        email = null;
                        phone = null;
                    }
                    name = asName.get().fullName();
                    start = sp.start();
                    end = sp.end();
                    String after = p.contains(",") ? p.substring(p.indexOf(',') + 1).strip() : "";
                    Matcher inlineEmail = EMAIL.matcher(p);
                    if (inlineEmail.find()) {
                        email = inlineEmail.group();
                    }
                    Matcher inlinePhone = PHONE.matcher(p);
                    if (inlinePhone.find()) {
                        phone = inlinePhone.group().strip();
                    }
                    after = EMAIL.matcher(PHONE.matcher(after).replaceAll("")).replaceAll("")
                            .replaceAll("(?i)\\(?\\s*(?:tel|telephone|email|e-mail)\\s*[:.]?\\s*\\)?", "").replaceAll("[()]", "").strip();
                    if (after.length() > 3) {
                        post = after.replaceAll("[,;:]+$", "").strip();
                    }
                    continue;
                }
                if (em.find()) {
                    if (email == null) {
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
                    continue;
                }
                if (ph.find()) {
                    if (phone == null) {
                        phone = ph.group().strip();
                    }
                    end = sp.end();
                    continue;
                }
                if (LABEL.matcher(p).find() && unlabelled.isBlank()) {
                    continue; // "Tel. No." with no number
                }
                if (name != null && post != null && email == null && phone == null && p.length() < 60
                        && !p.matches(".*\\d{3,}.*") && (post.matches(".*(?:,|\\band|&)$") || Character.isLowerCase(p.charAt(0))
                        || p.split(" ").length <= 2)) {
                    post = post + " " + p; // a post wrapped onto the next line
                    end = sp.end();
                    continue;
                }
                if (name != null && post == null && p.length() < 120 && !p.matches(".*\\d{3,}.*")) {
                    post = p.replaceAll("[,;:]+$", "").strip();
                    end = sp.end();
                    continue;
                }
                if (name != null && post != null) {
                    // something else: the block is over
                    k = entries.size();
                    break;
                }
            }
        }
        if (name != null) {
            out.add(new ContactBlock(name, Optional.ofNullable(post), Optional.ofNullable(email), Optional.ofNullable(phone),
                    new Span(start, Math.max(start, end))));
        }
        // a block of only an address with no person ("committees@...") names nobody; a "contact" in
        // running text that yields no address, number or post is not a contact block
        out.removeIf(c -> c.name() == null || c.name().isBlank()
                || c.email().isEmpty() && c.phone().isEmpty() && c.post().map(pp -> !AttendanceLists.looksLikeRole(pp)).orElse(true));
        return out;
    }

    /** "alice.trent@northby.gov.uk" names Alice Trent; a role mailbox names nobody. */
    static String nameFromEmail(String email) {
        String local = email.substring(0, email.indexOf('@'));
        String[] parts = local.split("[._]");
        if (parts.length != 2 || parts[0].length() < 2 || parts[1].length() < 2 || !parts[0].matches("[A-Za-z'-]+")
                || !parts[1].matches("[A-Za-z'-]+")) {
            return null;
        }
        String first = Character.toUpperCase(parts[0].charAt(0)) + parts[0].substring(1).toLowerCase();
        String last = Character.toUpperCase(parts[1].charAt(0)) + parts[1].substring(1).toLowerCase();
        String name = first + " " + last;
        return PersonName.parse(name).isPresent() ? name : null;
    }
}
