package org.councilgraph.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/** The share of papers with each structure, grouped by kind or by council. */
public final class Summary {
    /** The structures counted, each a test of a survey row. */
    static final Map<String, Predicate<Survey.Row>> STRUCTURES = new LinkedHashMap<>();

    static {
        STRUCTURES.put("meeting", r -> Expectations.hasMeeting(r.found()));
        STRUCTURES.put("attendance", r -> r.found().attendance() > 0);
        STRUCTURES.put("items", r -> r.found().items() > 0);
        STRUCTURES.put("resolutions", r -> r.found().resolutions() > 0);
        STRUCTURES.put("report title", r -> r.found().reportsTitled() > 0);
        STRUCTURES.put("report author/contact", r -> r.found().reportsWithAuthor() + r.found().reportsWithContact() > 0);
        STRUCTURES.put("council", r -> !r.found().council().isEmpty());
        STRUCTURES.put("something", r -> !r.found().nothing());
    }

    /** A group's count of papers and, per structure, how many have it. */
    public record Shares(int papers, Map<String, Integer> with) {
        public double share(String structure) {
            return papers == 0 ? 0 : with.getOrDefault(structure, 0) / (double) papers;
        }
    }

    private Summary() {
    }

    static Map<String, Shares> shares(List<Survey.Row> rows, Function<Survey.Row, String> key) {
        Map<String, Shares> out = new TreeMap<>();
        for (Survey.Row r : rows) {
            Shares s = out.computeIfAbsent(key.apply(r), k -> new Shares(0, new LinkedHashMap<>()));
            Map<String, Integer> with = new LinkedHashMap<>(s.with());
            STRUCTURES.forEach((name, test) -> with.merge(name, test.test(r) ? 1 : 0, Integer::sum));
            out.put(key.apply(r), new Shares(s.papers() + 1, with));
        }
        return out;
    }

    static String by(String what, List<Survey.Row> rows, Function<Survey.Row, String> key) {
        StringBuilder sb = new StringBuilder(String.format("%-40s %6s", "by " + what, "papers"));
        STRUCTURES.keySet().forEach(s -> sb.append(String.format(" %12s", cut(s))));
        sb.append('\n');
        shares(rows, key).forEach((group, s) -> {
            sb.append(String.format("%-40s %6d", group.length() > 40 ? group.substring(0, 39) + "…" : group, s.papers()));
            STRUCTURES.keySet().forEach(st -> sb.append(String.format(" %11.0f%%", 100 * s.share(st))));
            sb.append('\n');
        });
        return sb.toString();
    }

    private static String cut(String s) {
        return s.length() <= 12 ? s : s.substring(0, 12);
    }
}
