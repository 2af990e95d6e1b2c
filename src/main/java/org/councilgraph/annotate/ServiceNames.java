package org.councilgraph.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations.BodyKind;
import org.councilgraph.annotate.Annotations.BodyMention;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.Span;

/**
 * The council's services named without a head noun ({@code lexicon/council-service-names.tsv}): "the
 * transfer to Adult Social Care", "reviewed by Internal Audit". Such a name is a service only where
 * it stands alone; a capitalised word beside it makes it part of a longer name ("Public Health
 * England", "Adult Social Care Budget"), and "of", "for" or "and" before it a post's or a
 * committee's remit ("Director of Public Health").
 */
final class ServiceNames {
    private static final Pattern ANY;
    /** Each name by its printed form's key ({@link PrintedNames#key}), as the table spells it. */
    private static final Map<String, String> BY_KEY = new HashMap<>();

    static {
        List<String> names = new ArrayList<>(Lexicon.of("council-service-names.tsv").words());
        names.sort(Comparator.comparingInt(String::length).reversed());
        List<String> forms = new ArrayList<>();
        for (String n : names) {
            forms.add(PrintedNames.pattern(n, false));
            BY_KEY.put(PrintedNames.key(n), n);
        }
        ANY = Pattern.compile("(?<![\\p{L}\\p{N}'’\\-])(?:" + String.join("|", forms) + ")(?![\\p{L}\\p{N}\\-])");
    }

    /** A capitalised word, or a joining word and one: what continues a longer name after the words. */
    private static final Pattern NAME_GOES_ON = Pattern.compile("^\\s*(?:(?:and|&|of|for)\\s+)?\\p{Lu}");
    /** A capitalised word or a remit's joining word just before the words. */
    private static final Pattern NAME_BEFORE = Pattern.compile("(?:\\p{Lu}[\\p{L}'’\\-]*|\\b(?:of|for|and|&))\\s*$");

    private ServiceNames() {
    }

    static List<BodyMention> find(BodyContext cx) {
        List<BodyMention> out = new ArrayList<>();
        if (cx.localHome) {
            return out; // a parish's or town's council runs no such departments: its "Internal Audit" is a yearly check
        }
        Matcher m = ANY.matcher(cx.flat);
        while (m.find()) {
            String before = cx.flat.substring(Math.max(0, m.start() - 40), m.start());
            String after = cx.flat.substring(m.end(), Math.min(cx.flat.length(), m.end() + 20));
            Span span = new Span(m.start(), m.end());
            if (NAME_BEFORE.matcher(before).find() || NAME_GOES_ON.matcher(after).find()
                    || cx.overlapsPost(span) || cx.overlapsPerson(span)) {
                continue;
            }
            String printed = m.group().replaceAll("\\s+", " ");
            out.add(new BodyMention(BY_KEY.get(PrintedNames.key(printed)), BodyKind.SERVICE, span, printed));
        }
        return out;
    }
}
