package org.councilgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.councilgraph.annotate.Annotations.Citation;
import org.councilgraph.annotate.Annotations.InstrumentKind;

/**
 * Citations as read to citations of instruments that exist: an Act's title cut to the Act the table
 * knows ("Protected Characteristics under the Equality Act 2010" is the Equality Act 2010), sentence
 * words cut from titles the table does not know, and an Act cited without its year given the year
 * the same paper cites it with, or the only year the table has for that title. An Act whose year
 * cannot be known is left out: "the Children Act" alone names no one Act.
 */
final class LegislationResolver {
    private LegislationResolver() {
    }

    static List<Citation> tidy(List<Citation> in, Legislation table) {
        Map<String, Integer> yearOf = new HashMap<>();
        List<Citation> fixed = new ArrayList<>();
        for (Citation c : in) {
            Citation t = retitle(c, table);
            if (t.year().isPresent()) {
                yearOf.merge(name(t.title()), t.year().get(), Math::max);
            }
            fixed.add(t);
        }
        List<Citation> out = new ArrayList<>();
        for (Citation c : fixed) {
            if (c.year().isPresent()) {
                if (c.kind() == InstrumentKind.ACT && table.find(c.title()).isEmpty() && !table.withName(name(c.title())).isEmpty()) {
                    continue; // "Children Act 2002": a title cut short; the table has that name only for other years
                }
                out.add(c);
                continue;
            }
            Integer y = yearOf.get(name(c.title()));
            if (c.kind() != InstrumentKind.ACT) {
                // guidance cited without a year is the edition the paper cites with one
                String withYear = y == null ? null : c.title() + " " + y;
                boolean citedSo = withYear != null && fixed.stream().anyMatch(x -> Legislation.key(x.title()).equals(Legislation.key(withYear)));
                out.add(citedSo ? new Citation(withYear, Optional.of(y), c.sections(), c.kind(), c.span()) : c);
                continue;
            }
            if (y == null) {
                List<Legislation.Act> acts = table.withName(c.title());
                if (acts.size() == 1) {
                    y = acts.get(0).year();
                }
            }
            if (y != null) {
                out.add(new Citation(c.title() + " " + y, Optional.of(y), c.sections(), c.kind(), c.span()));
            }
        }
        return out;
    }

    private static String name(String title) {
        return Legislation.key(title.replaceFirst("\\s+\\d{4}$", ""));
    }

    private static Citation retitle(Citation c, Legislation table) {
        if (c.kind() == InstrumentKind.ACT && c.year().isPresent()) {
            if (table.find(c.title()).isPresent()) {
                return c;
            }
            Optional<Legislation.Act> a = table.findEnding(c.title());
            if (a.isPresent()) {
                return new Citation(a.get().title(), c.year(), c.sections(), c.kind(), c.span());
            }
        }
        if (c.kind() == InstrumentKind.ACT && c.year().isEmpty()) {
            String t = c.title();
            String[] w = t.split("\\s+");
            for (int i = 0; i < w.length - 1; i++) {
                String tail = String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length));
                if (!table.withName(tail).isEmpty()) {
                    return new Citation(tail, c.year(), c.sections(), c.kind(), c.span());
                }
            }
        }
        if (c.kind() == InstrumentKind.GUIDANCE) {
            return c;
        }
        // words before the title proper: "Amendments to the Adoption Agencies Regulations 2005"
        String t = c.title().replaceFirst("^.*?\\b(?:of|to|under|in|by)\\s+the\\s+(?=[A-Z])", "");
        if (!t.equals(c.title()) && t.split("\\s+").length >= 3) {
            return new Citation(t, c.year(), c.sections(), c.kind(), c.span());
        }
        return c;
    }
}
