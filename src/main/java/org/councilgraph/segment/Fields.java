package org.councilgraph.segment;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.Span;

/**
 * Labelled fields as report covers and front sheets print them: "Report of: ...", "DATE: 5 JUNE
 * 2026", "Subject: ...", a label sometimes broken over two lines ("REPORT\nTITLE:") and a value
 * that may run on over following lines until the next label or a blank line.
 */
final class Fields {
    /** "Cllr", "Mrs", "Dr": the titles printed before a name, as a regex alternation. */
    private static final String HONORIFICS = Lexicon.of("honorific-words.tsv").alternation();
    /** A field's value and where it was read. */
    record Field(String label, String value, Span span) {
    }

    /** Printed label (lower case) to the field it means. */
    private static final Map<String, String> LABELS = Lexicon.of("field-labels.tsv").map();
    /** Labels of one who answers for a report, not its writer ("Lead Member"): a writer's label printed too wins. */
    private static final java.util.Set<String> SECOND = Lexicon.of("field-labels.tsv").wordsWhere(2, "second");

    private static final Pattern LABEL_LINE = Pattern.compile(
            "(?im)^[ \\t]*(?<label>[A-Za-z][A-Za-z()’'& \\-/]{1,40}?)(?:\\s*\\(s\\))?[ \\t]*:[ \\t]*(?<value>[^\\n]*)$");

    /** A line that opens with a person's name and a post: another author in a "From:" list. */
    static final Pattern ANOTHER_AUTHOR = Pattern.compile(
            "^(?:(?:" + HONORIFICS + ")\\.?\\s+)?[A-Z][a-z]+(?:[ -][A-Z][a-z'’\\-]+){1,2}\\s*(?:,|\\s[–-])\\s+[A-Z].*");
    /** A second label inside a value, set off by a run of spaces. */
    private static final Pattern INLINE_LABEL = Pattern.compile("\\s{2,}([A-Z][A-Za-z ]{1,25}):\\s");

    /** A label broken over two lines: "REPORT\nTITLE:". */
    private static final Pattern BROKEN_LABEL = Pattern.compile("(?m)^([A-Z][A-Z ]{1,20})\\n(?=[A-Z][A-Z ]{1,20}:)");
    /** Any line that starts like a label, known or not: it ends the value above. */
    private static final Pattern LABEL_LIKE = Pattern.compile("(?i)^[A-Z][\\w ()/’'\\-]{0,40}:.*");
    private static final Pattern ROLE_QUALIFIER = Pattern.compile("(?i)(?:" + Lexicon.of("report-roles.tsv").alternationWhere(1, "qualifier") + ")\\s");
    /** The end of a label wrapped onto its own line: "Member:", "Chair(s):". */
    private static final Pattern LABEL_TAIL = Pattern.compile("\\p{Lu}?\\p{Ll}+(?:\\(s\\))?:(?:\\s.*)?");
    /** Labels after which the rest of an author's line is their post. */
    private static final Pattern POST_LABEL = Pattern.compile("job title|post|role|position|title");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_SLASHES = Pattern.compile("[\\s/]+$");

    private Fields() {
    }

    /** The canonical label for a printed label, or null when it is not a cover field. */
    static String canonical(String printed) {
        return LABELS.get(labelKey(printed));
    }

    private static String labelKey(String printed) {
        return SPACES.matcher(printed.toLowerCase(Locale.ROOT).replace("(s)", "")).replaceAll(" ").strip();
    }

    /**
     * Fields in {@code text} between {@code from} and {@code to}, keyed by canonical label (first
     * occurrence wins).
     */
    static Map<String, Field> read(String text, int from, int to) {
        Map<String, Field> out = new LinkedHashMap<>();
        java.util.Set<String> heldBySecond = new java.util.HashSet<>();
        // join labels broken over two lines: "REPORT\nTITLE:" -> "REPORT TITLE:" (same length)
        String joined = BROKEN_LABEL.matcher(text.substring(from, to)).replaceAll(m -> m.group(1) + " ");
        Matcher m = LABEL_LINE.matcher(joined);
        while (m.find()) {
            String key = canonical(m.group("label"));
            if (key == null) {
                continue;
            }
            Value v = runOn(joined, m, key);
            String value = SPACES.matcher(withInlineLabel(v.text(), key)).replaceAll(" ");
            value = TRAILING_SLASHES.matcher(value).replaceAll("").strip();
            boolean second = SECOND.contains(labelKey(m.group("label")));
            if (!value.isEmpty() && (!out.containsKey(key) || heldBySecond.contains(key) && !second)) {
                out.put(key, new Field(key, value, new Span(from + m.start("value"), from + v.end())));
                if (second) {
                    heldBySecond.add(key);
                } else {
                    heldBySecond.remove(key);
                }
            }
        }
        return out;
    }

    /** A field's value as read so far and where it ends. */
    private record Value(String text, int end) {
    }

    /** The value after label {@code m}: it runs on until a blank line or the next labelled line. */
    private static Value runOn(String joined, Matcher m, String key) {
        int valueEnd = m.end("value");
        String value = m.group("value").strip();
        int pos = m.end();
        int lines = 0;
        // an author list runs long ("From:" with four names and posts); other values are a few lines
        int maxLines = key.equals("report of") ? 16 : 6;
        while (pos < joined.length() && lines < maxLines) {
            int nl = joined.indexOf('\n', pos + 1);
            if (nl < 0) {
                nl = joined.length();
            }
            String next = joined.substring(pos + 1 > joined.length() ? joined.length() : pos + 1, nl).strip();
            if (next.isEmpty() && !value.isEmpty()) {
                int k = nextAuthor(joined, nl, key, lines);
                if (k < 0) {
                    break;
                }
                value = value + " / ";
                pos = k - 1;
                lines++;
                continue;
            }
            if (next.isEmpty()) {
                pos = nl;
                lines++;
                continue;
            }
            Matcher label = LABEL_LINE.matcher(next);
            if (label.matches() && canonical(label.group("label")) != null || LABEL_LIKE.matcher(next).matches()
                    || wrappedLabel(joined, nl, next)) {
                break;
            }
            // "Presented by: / Ann Westby / Director of Housing": a name on its own line, then the post
            boolean nameThenPost = key.equals("report of") && !value.isEmpty() && !value.contains(",")
                    && PersonName.parse(value).filter(PersonName::hasGiven).isPresent()
                    && Character.isUpperCase(next.charAt(0));
            value = value.isEmpty() ? next : value + (nameThenPost ? ", " : " ") + next;
            valueEnd = nl;
            pos = nl;
            lines++;
        }
        return new Value(value, valueEnd);
    }

    /**
     * "Relevant Cabinet\nMember:": a short line that opens with a report role's qualifier, whose next
     * line is one word and a colon, starts another field.
     */
    private static boolean wrappedLabel(String joined, int nl, String line) {
        if (nl >= joined.length() || line.length() > 40 || line.contains(":") || !ROLE_QUALIFIER.matcher(line).lookingAt()) {
            return false;
        }
        int after = joined.indexOf('\n', nl + 1);
        return LABEL_TAIL.matcher(joined.substring(nl + 1, after < 0 ? joined.length() : after).strip()).matches();
    }

    /**
     * "From: Ann Westby, Cabinet Member ... / (blank) / Carl Northby, Cabinet Member ...": authors set
     * apart by blank lines are still the one field. Where the next author starts after the blank at
     * {@code nl}, or -1.
     */
    private static int nextAuthor(String joined, int nl, String key, int lines) {
        int k = nl;
        while (k < joined.length() && Character.isWhitespace(joined.charAt(k))) {
            k++;
        }
        int kn = joined.indexOf('\n', k);
        String after = joined.substring(k, kn < 0 ? joined.length() : kn).strip();
        Matcher label = LABEL_LINE.matcher(after);
        if (key.equals("report of") && lines < 12 && ANOTHER_AUTHOR.matcher(after).matches()
                && !(label.matches() && canonical(label.group("label")) != null)) {
            return k;
        }
        return -1;
    }

    /** "Ann Westby    Job title: Head of Transport": a second label on the line ends the value, or gives the author's post. */
    private static String withInlineLabel(String value, String key) {
        Matcher inline = INLINE_LABEL.matcher(value);
        if (!inline.find()) {
            return value;
        }
        String rest = value.substring(inline.end()).strip();
        String before = value.substring(0, inline.start()).strip();
        if (POST_LABEL.matcher(inline.group(1).toLowerCase(Locale.ROOT)).matches() && key.equals("report of")) {
            return before + ", " + rest;
        }
        return before;
    }
}
