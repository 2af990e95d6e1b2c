package org.councilgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations.Citation;
import org.councilgraph.annotate.Annotations.InstrumentKind;
import org.councilgraph.resolve.Resolved.Law;
import org.councilgraph.text.Span;

/**
 * Citations as read to citations of instruments that exist: an Act's title cut to the Act the table
 * knows ("Protected Characteristics under the Equality Act 2010" is the Equality Act 2010), sentence
 * words cut from titles the table does not know, and an Act cited without its year given the year
 * the same paper cites it with, or the only year the table has for that title. An Act whose year
 * cannot be known is left out: "the Children Act" alone names no one Act.
 */
final class LegislationResolver {
    private static final Pattern YEAR_AT_END = Pattern.compile("\\s+\\d{4}$");
    private static final Pattern SUBSECTION = Pattern.compile("\\(.*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Words before the title proper: "Amendments to the Adoption Agencies Regulations 2005". */
    private static final Pattern LEAD_IN = Pattern.compile("^.*?\\b(?:of|to|under|in|by)\\s+the\\s+(?=[A-Z])");

    /**
     * One citation as found: the instrument, the sections of it cited (none: the whole), and what
     * cites it, at {@code span}.
     */
    record Cited(Law law, List<Law> sections, String citer, Span span) {
        /** What is cited: the sections, else the instrument. */
        List<String> cited() {
            return sections.isEmpty() ? List.of(law.iri()) : sections.stream().map(Law::iri).toList();
        }
    }

    private LegislationResolver() {
    }

    /** The instruments and sections the paper cites, each with what cites it ({@code citerAt} an offset). */
    static List<Cited> resolve(List<Citation> read, Legislation table, Iris iris, IntFunction<String> citerAt) {
        List<Cited> out = new ArrayList<>();
        for (Citation c : tidy(read, table)) {
            Optional<Legislation.Act> act = c.kind() == InstrumentKind.ACT ? table.find(c.title()) : Optional.empty();
            String lawIri = iris.legislation(c.title());
            Law law = new Law(lawIri, c.title(), false, Optional.empty(), Optional.empty(), c.year(),
                    act.map(Legislation.Act::iri), c.kind().name());
            List<Law> sections = new ArrayList<>();
            for (String number : c.sections()) {
                String base = SUBSECTION.matcher(number).replaceAll("");
                sections.add(new Law(iris.section(lawIri, base), c.title() + ", section " + base, true, Optional.of(lawIri),
                        Optional.of(base), c.year(), act.map(x -> x.sectionIri(base)), c.kind().name()));
            }
            out.add(new Cited(law, sections, citerAt.apply(c.span().start()), c.span()));
        }
        return out;
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
        return Legislation.key(YEAR_AT_END.matcher(title).replaceFirst(""));
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
            String[] w = SPACES.split(t);
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
        String t = LEAD_IN.matcher(c.title()).replaceFirst("");
        if (!t.equals(c.title()) && SPACES.split(t).length >= 3) {
            return new Citation(t, c.year(), c.sections(), c.kind(), c.span());
        }
        return c;
    }
}
