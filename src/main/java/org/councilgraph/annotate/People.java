package org.councilgraph.annotate;

import java.util.ArrayList;
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
 * People named in running text: names with an honorific ("Councillor Gregg", "Mrs S Chandler",
 * "Dr Anna May"), plural honorifics ("Councillors Davey, Chohan and Hamed"), and the persons
 * CoreNLP's model finds, kept only when they parse as a given name (or initials) and a surname.
 */
final class People {
    private static final Pattern HONORIFIC_NAME = Pattern.compile(
            "\\b(?<h>County\\s+Councillor|Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Canon|Revd|Rev|Sir|Dame|Lord|Lady|Baroness|Mayor)\\.?"
            + "\\s+(?<n>(?:(?:Dr|Prof)\\.?\\s+)?(?:[A-Z]\\.?\\s?){0,3}[A-Z][A-Za-z'’\\-]+(?:\\s+(?!(?:and|of|the|for)\\b)[A-Z][A-Za-z'’\\-]+){0,2})"
            + "(?<s>\\s+(?:CC|MP|OBE|MBE|CBE))?");
    private static final Pattern PLURAL = Pattern.compile(
            "\\b(?:Councillors|Cllrs)\\.?\\s+(?<list>[A-Z][A-Za-z'’\\-]+(?:\\s+[A-Z][A-Za-z'’\\-]+){0,2}(?:\\s*(?:,|and|&)\\s*(?:(?:Dr|Mr|Mrs|Ms)\\.?\\s+)?[A-Z][A-Za-z'’\\-]+(?:\\s+[A-Z][A-Za-z'’\\-]+){0,2}){1,15})");

    private People() {
    }

    static List<PersonMention> find(String text, List<Nlp.Entity> entities, List<PostMention> posts) {
        List<PersonMention> out = new ArrayList<>();
        Matcher m = HONORIFIC_NAME.matcher(text);
        while (m.find()) {
            String printed = m.group("h") + " " + m.group("n") + (m.group("s") == null ? "" : m.group("s"));
            Optional<PersonName> n = PersonName.parse(trimTrailingWords(printed));
            n.ifPresent(name -> out.add(new PersonMention(name, new Span(m.start(), m.start() + printed.length()), Optional.empty(),
                    Origin.HONORIFIC)));
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
        for (Nlp.Entity e : entities) {
            if (!e.type().equals("PERSON")) {
                continue;
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
            PersonName.parse(t).ifPresent(name -> out.add(new PersonMention(name, e.span(), Optional.empty(), Origin.NER)));
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /** "Councillor Gregg Declared" -> the name stops before a word that starts a clause. */
    private static String trimTrailingWords(String printed) {
        String[] w = printed.split(" ");
        int end = w.length;
        for (int i = 2; i < w.length; i++) {
            if (PersonName.NOT_NAME_WORDS.contains(w[i].toLowerCase().replace(".", ""))) {
                end = i;
                break;
            }
        }
        return String.join(" ", java.util.Arrays.copyOf(w, end));
    }

    /**
     * Pairs people with posts printed next to them: "Jane Moore, Director of ...", "Dr A Ghosh
     * (Director of Public Health)", "the Director of Public Health, Dr Ghosh", "Mario Duda – Youth
     * Representative". Returns the posts with holders filled in.
     */
    static List<PostMention> pair(String text, List<PersonMention> people, List<PostMention> posts) {
        List<PostMention> out = new ArrayList<>();
        for (PostMention post : posts) {
            PersonName holder = null;
            for (PersonMention person : people) {
                if (person.name().surname().isEmpty()) {
                    continue;
                }
                int gapAfterPerson = post.span().start() - person.span().end();
                int gapAfterPost = person.span().start() - post.span().end();
                if (gapAfterPerson >= 0 && gapAfterPerson <= 4) {
                    String between = text.substring(person.span().end(), post.span().start());
                    if (between.matches("\\s*(?:,|\\(|–|-|—)\\s*")) {
                        holder = person.name();
                        break;
                    }
                }
                if (gapAfterPost >= 0 && gapAfterPost <= 4) {
                    String between = text.substring(post.span().end(), person.span().start());
                    if (between.matches("\\s*(?:,|\\()\\s*")) {
                        holder = person.name();
                        break;
                    }
                }
            }
            out.add(holder == null ? post : new PostMention(post.label(), post.span(), Optional.of(holder)));
        }
        return out;
    }
}
