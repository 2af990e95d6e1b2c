package org.councilgraph.serve;

/**
 * The queries behind the Atom feeds, run as the pages' are ({@link Site#select}): {@code ?e} is
 * the entity followed, bound by substitution; every query has a LIMIT, so a feed costs the same on
 * any size of store. Each lists the entries ({@code ?x}, its title and kind); {@link #DATES} then
 * finds every entry's date in one query.
 */
final class FeedSparql {
    private FeedSparql() {
    }

    /** The most entries a feed carries. */
    static final int MAX_ENTRIES = 100;

    /** A committee's meetings, newest first, with what each decided and the papers they were read from. */
    static final String COMMITTEE = """
            SELECT ?x (MIN(?l) AS ?title) (MIN(STR(?d)) AS ?date)
                   (GROUP_CONCAT(DISTINCT ?v; separator="\\u001f") AS ?decided)
                   (GROUP_CONCAT(DISTINCT STR(?doc); separator=" ") AS ?papers) WHERE {
              ?x cg:committee ?e . OPTIONAL { ?x rdfs:label ?l } OPTIONAL { ?x schema:startDate ?d }
              OPTIONAL { ?i cg:meeting ?x . ?res cg:agendaItem ?i ; rdf:value ?v }
              OPTIONAL { GRAPH ?g { ?x a cg:Meeting . ?g prov:wasDerivedFrom ?doc } }
            } GROUP BY ?x ORDER BY DESC(?date) ?x LIMIT 100
            """;

    /** What a person did: meetings attended or sent apologies to, reports written or contact for, posts held. */
    static final String PERSON = """
            SELECT ?x ?how (MIN(?l) AS ?title) WHERE {
              { VALUES (?rel ?how) { (schema:attendee "attended") (cg:inAttendance "in attendance at")
                                     (cg:chairedBy "chaired") (cg:apologiesFrom "sent apologies to") (cg:absent "absent from") }
                ?x ?rel ?e }
              UNION { ?x dcterms:creator ?e ; a cg:Report BIND("wrote" AS ?how) }
              UNION { ?e org:holds ?post . ?x dcterms:creator ?post ; a cg:Report BIND("wrote" AS ?how) }
              UNION { ?x cg:contactOfficer ?e ; a cg:Report BIND("contact officer for" AS ?how) }
              UNION { ?e org:holds ?x BIND("holds the post" AS ?how) }
              OPTIONAL { ?x rdfs:label ?l }
            } GROUP BY ?x ?how ORDER BY ?x LIMIT 500
            """;

    /** A post's holders: each holding observed in the papers, and holders no dated paper names. */
    static final String POST = """
            SELECT ?x ?p (MIN(?pl) AS ?title) (MIN(STR(?d)) AS ?first) (MAX(STR(?d)) AS ?last) WHERE {
              { ?x cg:post ?e ; cg:holder ?p ; cg:observedOn ?d }
              UNION { { ?p org:holds ?e } UNION { ?e org:heldBy ?p }
                      FILTER NOT EXISTS { ?h cg:post ?e ; cg:holder ?p ; cg:observedOn ?any } BIND(?p AS ?x) }
              OPTIONAL { ?p rdfs:label ?pl }
            } GROUP BY ?x ?p ORDER BY DESC(?last) ?x LIMIT 100
            """;

    /** What cites an Act (directly or through a section) or a section: reports, items, papers. */
    static final String CITERS = """
            SELECT ?x (MIN(?l) AS ?title) (MIN(?t) AS ?kind) (GROUP_CONCAT(DISTINCT ?n; separator=", ") AS ?sections) WHERE {
              { ?x dcterms:references ?e } UNION { ?s dcterms:isPartOf ?e . ?x dcterms:references ?s OPTIONAL { ?s cg:sectionNumber ?n } }
              OPTIONAL { ?x rdfs:label ?l } OPTIONAL { ?x a ?t FILTER(STRSTARTS(STR(?t), STR(cg:))) }
            } GROUP BY ?x ORDER BY ?x LIMIT 500
            """;

    /** Every paper with the graph read from it (its date comes from {@link #OBSERVED}, {@link #MAIN}, {@link #ANY}). */
    static final String PAPERS = """
            SELECT ?x ?g (MIN(?l) AS ?title) (MIN(?src) AS ?source) WHERE {
              GRAPH ?g { ?g prov:wasDerivedFrom ?x } OPTIONAL { ?x rdfs:label ?l } OPTIONAL { ?x dcterms:source ?src }
            } GROUP BY ?x ?g LIMIT 1000000
            """;

    /**
     * A paper's date, graph by graph, in order of trust: the day its post holdings were observed on
     * (the paper's own date, as the build read it); the latest meeting whose business it records;
     * the earliest meeting it names (later ones are meetings it refers to: the next, say). Each is
     * one pass over its pattern, grouped by graph.
     */
    static final String OBSERVED = """
            SELECT ?g (MAX(STR(?d)) AS ?date) WHERE { GRAPH ?g { ?h cg:observedOn ?d } } GROUP BY ?g LIMIT 1000000
            """;
    static final String MAIN = """
            SELECT ?g (MAX(STR(?d)) AS ?date) WHERE { GRAPH ?g { ?i cg:meeting ?m . ?m schema:startDate ?d } } GROUP BY ?g LIMIT 1000000
            """;
    static final String ANY = """
            SELECT ?g (MIN(STR(?d)) AS ?date) WHERE { GRAPH ?g { ?m a cg:Meeting ; schema:startDate ?d } } GROUP BY ?g LIMIT 1000000
            """;

    /**
     * The own date of each entry ({@code #VALUES#}: IRIs the caller formats): a meeting's, its
     * meeting's (an item, a report, a resolution), or when a holding was observed.
     */
    static final String DATES = """
            SELECT ?x (MAX(STR(?own)) AS ?date) WHERE {
              VALUES ?x { #VALUES# }
              { ?x schema:startDate ?own } UNION { ?x cg:observedOn ?own }
              UNION { ?x cg:meeting/schema:startDate ?own }
              UNION { ?x cg:agendaItem/cg:meeting/schema:startDate ?own }
              UNION { ?x cg:consideredAt/cg:meeting?/schema:startDate ?own }
            } GROUP BY ?x LIMIT 1000
            """;

    /** The graphs (papers) each entry ({@code #VALUES#}) was read from. */
    static final String GRAPHS = """
            SELECT DISTINCT ?x ?g WHERE { VALUES ?x { #VALUES# } GRAPH ?g { ?x a ?t } } LIMIT 100000
            """;
}
