package org.councilgraph.eval;

import org.councilgraph.vocab.Prefixes;
import static org.councilgraph.eval.Matching.first10;
import static org.councilgraph.eval.Matching.in;
import static org.councilgraph.eval.Matching.norm;
import static org.councilgraph.eval.Matching.personKey;
import static org.councilgraph.eval.Matching.samePerson;
import static org.councilgraph.eval.Matching.similar;
import static org.councilgraph.eval.Matching.truthy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One category the independent scorer counts, as {@code score.py} defines it: the query that finds
 * the graph's entities, the key under which gold entries from several papers are one thing, and
 * when a gold entry is a found entity. {@link #ALL} is its table, in its order.
 *
 * @param name the gold file's key for the category
 * @param query a SELECT binding {@code ?e}, the entity, and the values its rule reads
 * @param key the dedupe key of a gold entry; {@code null} when every entry counts
 * @param rule whether a gold entry is a found entity
 */
record Category(String name, String query, Function<Map<String, Object>, Object> key, Rule rule) {

    /** A found entity: each variable the query bound, other than {@code ?e}, to the values it took. */
    record Found(Map<String, Set<String>> values) {
        Set<String> get(String variable) {
            return values.getOrDefault(variable, Set.of());
        }

        boolean has(String variable) {
            return values.containsKey(variable);
        }
    }

    /** Whether a gold entry (field to JSON value) is the found entity. */
    @FunctionalInterface
    interface Rule {
        boolean matches(Map<String, Object> gold, Found found);
    }

    static final String PREFIXES = Prefixes.SPARQL;

    static final List<Category> ALL = List.of(
            new Category("persons", """
                    SELECT ?e ?n ?kind WHERE { ?e a foaf:Person .
                        { ?e foaf:name ?n } UNION { ?e skos:altLabel ?n } UNION { ?e rdfs:label ?n }
                        OPTIONAL { VALUES ?kind { cg:Councillor cg:Officer cg:CoOptedMember } ?e a ?kind } }""",
                    g -> personKey(g.get("name")),
                    (g, f) -> samePerson(nameAndAliases(g), f.get("n"))),
            new Category("posts", """
                    SELECT ?e ?n ?holder WHERE { ?e a org:Post ; rdfs:label ?n .
                        OPTIONAL { ?h org:holds ?e . { ?h foaf:name ?holder } UNION { ?h skos:altLabel ?holder } } }""",
                    g -> norm(g.get("label")),
                    (g, f) -> anySimilar(g.get("label"), f.get("n"), 0.75)),
            new Category("meetings", """
                    SELECT ?e ?n ?d WHERE { ?e a cg:Meeting ; schema:startDate ?d .
                        OPTIONAL { ?e cg:committee/rdfs:label ?n } }""",
                    g -> g.get("date"),
                    (g, f) -> onDate(f.get("d"), g.get("date"))),
            new Category("agenda_items", """
                    SELECT ?e ?n ?num ?d WHERE { ?e a cg:AgendaItem ; dcterms:title ?n .
                        OPTIONAL { ?e cg:itemNumber ?num } OPTIONAL { ?e cg:meeting/schema:startDate ?d } }""",
                    g -> tuple(g.get("meeting_date"), g.get("number"), norm(g.get("title"))),
                    Category::sameAgendaItem),
            new Category("reports", """
                    SELECT ?e ?n ?author WHERE { ?e a cg:Report ; dcterms:title ?n .
                        OPTIONAL { ?e dcterms:creator ?a . { ?a rdfs:label ?author } UNION { ?a foaf:name ?author } } }""",
                    g -> norm(g.get("title")),
                    (g, f) -> anySimilar(g.get("title"), f.get("n"), 0.6)),
            new Category("legislation", """
                    SELECT ?e ?n ?sec WHERE { ?e a cg:Legislation ; rdfs:label ?n .
                        OPTIONAL { ?s dcterms:isPartOf ?e ; cg:sectionNumber ?sec } }""",
                    g -> norm(g.get("title")),
                    (g, f) -> f.get("n").stream().anyMatch(n -> norm(g.get("title")).equals(norm(n)) || similar(g.get("title"), n, 0.8))),
            new Category("services", """
                    SELECT ?e ?n WHERE { ?e a cg:Service ; rdfs:label ?n }""",
                    g -> norm(g.get("name")),
                    (g, f) -> anySimilar(g.get("name"), f.get("n"), 0.7)),
            new Category("organisations", """
                    SELECT ?e ?n WHERE { ?e a org:Organization ; rdfs:label ?n .
                        FILTER NOT EXISTS { ?e a cg:Service } FILTER NOT EXISTS { ?e a cg:Council }
                        FILTER NOT EXISTS { ?e a cg:Committee } FILTER NOT EXISTS { ?e a org:OrganizationalUnit } }""",
                    g -> norm(g.get("name")),
                    (g, f) -> anySimilar(g.get("name"), f.get("n"), 0.7)),
            new Category("resolutions", """
                    SELECT ?e ?n WHERE { ?e a cg:Resolution ; rdf:value ?n }""",
                    null,
                    (g, f) -> anySimilar(g.get("text"), f.get("n"), 0.6)),
            new Category("attendance", """
                    SELECT ?e ?n ?d ?status WHERE {
                        { ?m schema:attendee ?p BIND("present" AS ?status) } UNION { ?m cg:apologiesFrom ?p BIND("apologies" AS ?status) }
                        ?m schema:startDate ?d . { ?p foaf:name ?n } UNION { ?p skos:altLabel ?n }
                        BIND(CONCAT(STR(?m), " ", STR(?p), " ", ?status) AS ?e) }""",
                    g -> tuple(g.get("meeting_date"), personKey(g.get("person")), g.get("status")),
                    Category::sameAttendance),
            new Category("declarations_of_interest", """
                    SELECT ?e ?n WHERE { ?e a cg:DeclarationOfInterest .
                        ?e cg:declaredBy ?p . { ?p foaf:name ?n } UNION { ?p skos:altLabel ?n } }""",
                    null,
                    (g, f) -> samePerson(List.of(nullable(g.get("person"))), f.get("n"))));

    /** Same meeting day, and the same item number or a title sharing enough words. */
    private static boolean sameAgendaItem(Map<String, Object> g, Found f) {
        Object date = g.get("meeting_date");
        // a found item with no meeting date is taken to be on the gold item's date
        Collection<?> dates = f.has("d") ? f.get("d") : Arrays.asList(date);
        boolean sameDay = dates.stream().anyMatch(d -> d instanceof String s && Objects.equals(first10(s), date));
        return sameDay && ((truthy(g.get("number")) && in(g.get("number"), f.get("num")))
                || anySimilar(g.get("title"), f.get("n"), 0.6));
    }

    /**
     * Same status, day and person. Gold "in attendance" (officers, guests) is {@code schema:attendee}
     * in the graph, as "present" is, so it matches the found status "present".
     */
    private static boolean sameAttendance(Map<String, Object> g, Found f) {
        Object status = "in attendance".equals(g.get("status")) ? "present" : g.get("status");
        return in(status, f.get("status")) && onDate(f.get("d"), g.get("meeting_date"))
                && samePerson(List.of(nullable(g.get("person"))), f.get("n"));
    }

    private static boolean onDate(Set<String> found, Object date) {
        return found.stream().anyMatch(d -> first10(d).equals(date));
    }

    private static boolean anySimilar(Object gold, Set<String> found, double threshold) {
        return found.stream().anyMatch(n -> similar(gold, n, threshold));
    }

    private static List<Object> nameAndAliases(Map<String, Object> g) {
        List<Object> names = new ArrayList<>();
        names.add(g.get("name"));
        if (g.get("aliases") instanceof List<?> aliases) {
            names.addAll(aliases);
        }
        return names;
    }

    /** A Python tuple as a key: equal when every member is, nulls included. */
    private static Object tuple(Object... members) {
        return Arrays.asList(members);
    }

    private static Object nullable(Object o) {
        return o == null ? "" : o;
    }
}
