package org.councilgraph.serve;

import org.councilgraph.vocab.Prefixes;

/**
 * Every SPARQL query the pages, descriptions and search run, in one place. {@code ?e} is the entity
 * a page is about; it is bound by substitution, never spliced into the text. Every query has a
 * LIMIT, so a page costs the same on a store of four papers or forty thousand.
 */
final class PageSparql {
    private PageSparql() {
    }

    /** The graph contract's prologue, and jena-text's prefix for the site's search queries. */
    static final String PROLOGUE = Prefixes.SPARQL + "PREFIX text: <http://jena.apache.org/text#>\n";

    static final String EXISTS = "ASK { { ?e ?p ?o } UNION { ?s ?p ?e } }";

    /** {@code #VALUES#} is replaced by IRIs the caller has formatted as SPARQL terms. */
    static final String LABELS = """
            SELECT ?s (MIN(?l) AS ?label) WHERE {
              VALUES ?s { #VALUES# }
              { ?s rdfs:label ?l } UNION { ?s foaf:name ?l } UNION { ?s dcterms:title ?l }
            } GROUP BY ?s LIMIT 1000
            """;

    // ---------------------------------------------------------------- descriptions (RDF)

    /** The entity's own triples, the labels and types of what it links to. */
    static final String DESCRIBE_OUT = """
            CONSTRUCT { ?e ?p ?o . ?o rdfs:label ?ol . }
            WHERE { { SELECT ?p ?o WHERE { ?e ?p ?o } LIMIT 5000 } OPTIONAL { ?o rdfs:label ?ol } }
            """;

    /** What links to the entity (provenance nodes apart), with the linkers' labels and types. */
    static final String DESCRIBE_IN = """
            CONSTRUCT { ?s ?p ?e . ?s rdfs:label ?sl . ?s a ?st . }
            WHERE {
              { SELECT ?s ?p WHERE { ?s ?p ?e FILTER NOT EXISTS { ?s a cg:Mention } } LIMIT 2000 }
              OPTIONAL { ?s rdfs:label ?sl } OPTIONAL { ?s a ?st }
            }
            """;

    /** Provenance: the mentions the entity was read from (or that state a link to it), and their documents. */
    static final String DESCRIBE_PROVENANCE = """
            CONSTRUCT { ?m ?mp ?mo . ?doc rdfs:label ?dl ; dcterms:source ?src ; a cg:SourceDocument .
                        ?g prov:wasDerivedFrom ?gd . }
            WHERE {
              { { SELECT ?m WHERE { ?m cg:mentionOf ?e } LIMIT 500 }
                UNION { SELECT ?m WHERE { ?m cg:statesValue ?e } LIMIT 500 } }
              ?m ?mp ?mo .
              OPTIONAL { ?m prov:wasDerivedFrom ?doc OPTIONAL { ?doc rdfs:label ?dl } OPTIONAL { ?doc dcterms:source ?src } }
            }
            """;

    /** The source documents whose graphs state something about the entity. */
    static final String DESCRIBE_GRAPHS = """
            SELECT DISTINCT ?doc ?dl WHERE {
              { SELECT DISTINCT ?g WHERE { GRAPH ?g { ?e ?p ?o } } LIMIT 500 }
              ?g prov:wasDerivedFrom ?doc OPTIONAL { ?doc rdfs:label ?dl }
            } LIMIT 1000
            """;

    // ---------------------------------------------------------------- generic page parts

    static final String TYPES = "SELECT DISTINCT ?t WHERE { ?e a ?t } LIMIT 50";

    static final String OUT = """
            SELECT ?p ?o (MIN(?l) AS ?label) WHERE { ?e ?p ?o OPTIONAL { ?o rdfs:label ?l } }
            GROUP BY ?p ?o ORDER BY ?p ?o LIMIT 1000
            """;

    static final String IN = """
            SELECT ?s ?p (MIN(?l) AS ?label) WHERE {
              ?s ?p ?e FILTER NOT EXISTS { ?s a cg:Mention } OPTIONAL { ?s rdfs:label ?l }
            } GROUP BY ?s ?p ORDER BY ?p ?label LIMIT 500
            """;

    /** The places the entity was read from, in document order. */
    static final String MENTIONS = """
            SELECT ?m ?doc ?docLabel ?docSource ?format ?page ?quote ?start ?prop ?val WHERE {
              ?m cg:mentionOf ?e ; prov:wasDerivedFrom ?doc .
              OPTIONAL { ?m cg:page ?page } OPTIONAL { ?m cg:quote ?quote } OPTIONAL { ?m cg:startOffset ?start }
              OPTIONAL { ?m cg:statesProperty ?prop } OPTIONAL { ?m cg:statesValue ?val }
              OPTIONAL { ?doc rdfs:label ?docLabel } OPTIONAL { ?doc dcterms:source ?docSource }
              OPTIONAL { ?doc dcterms:format ?format }
            } ORDER BY ?doc ?start LIMIT 200
            """;

    /**
     * Sources of one fact {@code ?s ?p ?o}: mentions stating it (rank 1), mentions of the node the fact
     * is about (rank 2, when {@code #NODE#} is kept), else the documents whose graphs hold the triple
     * (rank 3). {@code #PROPS#} lists the properties that state the fact.
     */
    static final String EVIDENCE = """
            SELECT ?rank ?doc ?docLabel ?docSource ?format ?page ?quote ?start WHERE {
              VALUES ?p { #PROPS# }
              { { ?m cg:mentionOf ?s ; cg:statesProperty ?p ; cg:statesValue ?o . BIND(1 AS ?rank) }
                #NODE#
                OPTIONAL { ?m cg:page ?page } OPTIONAL { ?m cg:quote ?quote } OPTIONAL { ?m cg:startOffset ?start }
                ?m prov:wasDerivedFrom ?doc . }
              UNION
              { GRAPH ?g { ?s ?p ?o } ?g prov:wasDerivedFrom ?doc . BIND(3 AS ?rank) }
              OPTIONAL { ?doc rdfs:label ?docLabel } OPTIONAL { ?doc dcterms:source ?docSource }
              OPTIONAL { ?doc dcterms:format ?format }
            } ORDER BY ?rank ?doc ?start LIMIT 30
            """;

    static final String EVIDENCE_NODE = """
            UNION { ?m cg:mentionOf ?node . FILTER NOT EXISTS { ?m cg:statesProperty ?any } BIND(2 AS ?rank) }
            """;

    static final int EVIDENCE_LIMIT = 5000;

    /** Rank-1 sources of every fact with ?e at either end: the passages that state them. */
    static final String EVIDENCE_STATED = """
            SELECT ?s ?p ?o ?rank ?doc ?docLabel ?docSource ?format ?page ?quote ?start WHERE {
              { ?m cg:mentionOf ?e ; cg:statesProperty ?p ; cg:statesValue ?o . BIND(?e AS ?s) }
              UNION { ?m cg:statesValue ?e ; cg:mentionOf ?s ; cg:statesProperty ?p . BIND(?e AS ?o) }
              ?m prov:wasDerivedFrom ?doc .
              OPTIONAL { ?m cg:page ?page } OPTIONAL { ?m cg:quote ?quote } OPTIONAL { ?m cg:startOffset ?start }
              OPTIONAL { ?doc rdfs:label ?docLabel } OPTIONAL { ?doc dcterms:source ?docSource }
              OPTIONAL { ?doc dcterms:format ?format }
              BIND(1 AS ?rank)
            } ORDER BY ?doc ?start LIMIT 5000
            """;

    /** Rank-3 sources of every fact with ?e at either end: the papers whose graphs hold them. */
    static final String EVIDENCE_HELD = """
            SELECT ?s ?p ?o ?rank ?doc ?docLabel ?docSource ?format WHERE {
              { GRAPH ?g { ?e ?p ?o } BIND(?e AS ?s) } UNION { GRAPH ?g { ?s ?p ?e } BIND(?e AS ?o) }
              FILTER(isIRI(?o))
              ?g prov:wasDerivedFrom ?doc .
              OPTIONAL { ?doc rdfs:label ?docLabel } OPTIONAL { ?doc dcterms:source ?docSource }
              OPTIONAL { ?doc dcterms:format ?format }
              BIND(3 AS ?rank)
            } LIMIT 5000
            """;

    // ---------------------------------------------------------------- person

    static final String PERSON_POSTS = """
            SELECT ?post (MIN(?pl) AS ?label) ?in (MIN(?il) AS ?inLabel)
                   (GROUP_CONCAT(DISTINCT STR(?d); separator=" ") AS ?dates) WHERE {
              ?e org:holds ?post . OPTIONAL { ?post rdfs:label ?pl }
              OPTIONAL { ?post org:postIn ?in OPTIONAL { ?in rdfs:label ?il } }
              OPTIONAL { ?h cg:post ?post ; cg:holder ?e ; cg:observedOn ?d }
            } GROUP BY ?post ?in ORDER BY ?label LIMIT 200
            """;

    static final String PERSON_MEMBERSHIPS = """
            SELECT ?m ?k (MIN(?kl) AS ?committee) (MIN(?rl) AS ?role) WHERE {
              ?m org:member ?e ; org:organization ?k .
              OPTIONAL { ?k rdfs:label ?kl } OPTIONAL { ?m org:role ?r . ?r rdfs:label ?rl }
            } GROUP BY ?m ?k ORDER BY ?committee LIMIT 200
            """;

    static final String PERSON_MEETINGS = """
            SELECT ?mt ?rel (MIN(?l) AS ?label) (MIN(STR(?d)) AS ?date) WHERE {
              VALUES ?rel { schema:attendee cg:inAttendance cg:apologiesFrom cg:absent cg:chairedBy }
              ?mt ?rel ?e . OPTIONAL { ?mt rdfs:label ?l } OPTIONAL { ?mt schema:startDate ?d }
            } GROUP BY ?mt ?rel ORDER BY DESC(?date) LIMIT 500
            """;

    static final String PERSON_REPORTS = """
            SELECT ?r (MIN(?t) AS ?title) ?role ?via (MIN(?vl) AS ?viaLabel) WHERE {
              { ?r dcterms:creator ?e BIND("author" AS ?role) }
              UNION { ?e org:holds ?via . ?r dcterms:creator ?via BIND("author" AS ?role) OPTIONAL { ?via rdfs:label ?vl } }
              UNION { ?r cg:contactOfficer ?e BIND("contact officer" AS ?role) }
              ?r a cg:Report . OPTIONAL { ?r rdfs:label ?t }
            } GROUP BY ?r ?role ?via ORDER BY ?title LIMIT 200
            """;

    static final String PERSON_DECLARATIONS = """
            SELECT ?d (MIN(?v) AS ?text) ?mt (MIN(?ml) AS ?meeting) (MIN(STR(?md)) AS ?date) WHERE {
              ?d cg:declaredBy ?e . OPTIONAL { ?d rdf:value ?v }
              OPTIONAL { ?d cg:meeting ?mt OPTIONAL { ?mt rdfs:label ?ml } OPTIONAL { ?mt schema:startDate ?md } }
            } GROUP BY ?d ?mt ORDER BY DESC(?date) LIMIT 200
            """;

    /** Officer to reports to meetings to statutes: the person page's picture. */
    static final String PERSON_GRAPH = """
            SELECT ?r ?how ?mt ?law ?sec WHERE {
              { ?r dcterms:creator ?e BIND("wrote" AS ?how) }
              UNION { ?e org:holds ?post . ?r dcterms:creator ?post BIND("wrote" AS ?how) }
              UNION { ?r cg:contactOfficer ?e BIND("contact" AS ?how) }
              ?r a cg:Report .
              OPTIONAL { ?r cg:consideredAt ?at OPTIONAL { ?at cg:meeting ?m1 } BIND(COALESCE(?m1, ?at) AS ?mt) }
              OPTIONAL { ?r dcterms:references ?x OPTIONAL { ?x dcterms:isPartOf ?act }
                         BIND(COALESCE(?act, ?x) AS ?law) BIND(IF(BOUND(?act), ?x, ?unbound) AS ?sec) }
            } LIMIT 500
            """;

    /** Meetings a person attended and the statutes cited in their business. */
    static final String PERSON_GRAPH_MEETINGS = """
            SELECT ?mt ?how ?law WHERE {
              VALUES (?rel ?how) { (schema:attendee "attended") (cg:apologiesFrom "apologies") (cg:chairedBy "chaired") }
              ?mt ?rel ?e .
              OPTIONAL { { ?i cg:meeting ?mt . ?i dcterms:references ?x } UNION { ?r cg:consideredAt ?mt . ?r dcterms:references ?x }
                         OPTIONAL { ?x dcterms:isPartOf ?act } BIND(COALESCE(?act, ?x) AS ?law) }
            } LIMIT 500
            """;

    // ---------------------------------------------------------------- post, committee, council, service

    static final String POST_HOLDERS = """
            SELECT ?p (MIN(?l) AS ?label) (GROUP_CONCAT(DISTINCT STR(?d); separator=" ") AS ?dates) WHERE {
              { ?p org:holds ?e } UNION { ?e org:heldBy ?p }
              OPTIONAL { ?p rdfs:label ?l } OPTIONAL { ?h cg:post ?e ; cg:holder ?p ; cg:observedOn ?d }
            } GROUP BY ?p ORDER BY ?label LIMIT 200
            """;

    static final String CREATED_REPORTS = """
            SELECT ?r (MIN(?t) AS ?title) WHERE { ?r dcterms:creator ?e . OPTIONAL { ?r rdfs:label ?t } }
            GROUP BY ?r ORDER BY ?title LIMIT 200
            """;

    static final String COMMITTEE_MEMBERS = """
            SELECT ?m ?p (MIN(?pl) AS ?person) (MIN(?rl) AS ?role) WHERE {
              ?m org:organization ?e ; org:member ?p .
              OPTIONAL { ?p rdfs:label ?pl } OPTIONAL { ?m org:role ?r . ?r rdfs:label ?rl }
            } GROUP BY ?m ?p ORDER BY ?role ?person LIMIT 500
            """;

    static final String POSTS_IN = """
            SELECT ?post (MIN(?l) AS ?label) ?h (MIN(?hl) AS ?holder) WHERE {
              ?post org:postIn ?e . OPTIONAL { ?post rdfs:label ?l }
              OPTIONAL { { ?h org:holds ?post } UNION { ?post org:heldBy ?h } OPTIONAL { ?h rdfs:label ?hl } }
            } GROUP BY ?post ?h ORDER BY ?label LIMIT 500
            """;

    static final String COMMITTEE_MEETINGS = """
            SELECT ?mt (MIN(?l) AS ?label) (MIN(STR(?d)) AS ?date) WHERE {
              ?mt cg:committee ?e . OPTIONAL { ?mt rdfs:label ?l } OPTIONAL { ?mt schema:startDate ?d }
            } GROUP BY ?mt ORDER BY DESC(?date) LIMIT 500
            """;

    /** Entities whose link to ?e is {@code ?rel}, with a label: committees of a council, units of a service... */
    static final String LINKED_FROM = """
            SELECT ?s (MIN(?l) AS ?label) WHERE { ?s ?rel ?e . OPTIONAL { ?s rdfs:label ?l } }
            GROUP BY ?s ORDER BY ?label LIMIT 500
            """;

    /** As {@link #LINKED_FROM}, only things of class ?type: a council's people, its papers. */
    static final String LINKED_FROM_TYPED = """
            SELECT ?s (MIN(?l) AS ?label) WHERE { ?s ?rel ?e ; a ?type . OPTIONAL { ?s rdfs:label ?l } }
            GROUP BY ?s ORDER BY ?label LIMIT 500
            """;

    static final String COUNCIL_MEETINGS = """
            SELECT ?mt (MIN(?l) AS ?label) (MIN(STR(?d)) AS ?date) WHERE {
              ?k org:subOrganizationOf ?e . ?mt cg:committee ?k .
              OPTIONAL { ?mt rdfs:label ?l } OPTIONAL { ?mt schema:startDate ?d }
            } GROUP BY ?mt ORDER BY DESC(?date) LIMIT 50
            """;

    // ---------------------------------------------------------------- meeting, item, report

    static final String MEETING_ATTENDANCE = """
            SELECT ?p ?rel (MIN(?l) AS ?label) WHERE {
              VALUES ?rel { schema:attendee cg:inAttendance cg:apologiesFrom cg:absent cg:chairedBy }
              ?e ?rel ?p . OPTIONAL { ?p rdfs:label ?l }
            } GROUP BY ?p ?rel ORDER BY ?label LIMIT 500
            """;

    static final String MEETING_ITEMS = """
            SELECT ?i (MIN(?n) AS ?number) (MIN(?t) AS ?title) WHERE {
              ?i cg:meeting ?e ; a cg:AgendaItem . OPTIONAL { ?i cg:itemNumber ?n } OPTIONAL { ?i dcterms:title ?t }
            } GROUP BY ?i LIMIT 500
            """;

    static final String ITEM_RESOLUTIONS = """
            SELECT ?res (MIN(?v) AS ?text) WHERE { ?res cg:agendaItem ?e . OPTIONAL { ?res rdf:value ?v } }
            GROUP BY ?res ORDER BY ?res LIMIT 200
            """;

    static final String CONSIDERED_REPORTS = """
            SELECT ?r (MIN(?t) AS ?title) WHERE { ?r cg:consideredAt ?e . OPTIONAL { ?r rdfs:label ?t } }
            GROUP BY ?r ORDER BY ?title LIMIT 200
            """;

    static final String CITATIONS = """
            SELECT ?x (MIN(?l) AS ?label) ?act (MIN(?al) AS ?actLabel) (MIN(?n) AS ?section) (MIN(?same) AS ?sameAs) WHERE {
              ?e dcterms:references ?x . OPTIONAL { ?x rdfs:label ?l }
              OPTIONAL { ?x dcterms:isPartOf ?act OPTIONAL { ?act rdfs:label ?al } }
              OPTIONAL { ?x cg:sectionNumber ?n } OPTIONAL { ?x owl:sameAs ?same }
            } GROUP BY ?x ?act ORDER BY ?actLabel ?label LIMIT 500
            """;

    static final String MEETING_DECLARATIONS = """
            SELECT ?d ?p (MIN(?pl) AS ?person) (MIN(?v) AS ?text) WHERE {
              ?d cg:meeting ?e ; a cg:DeclarationOfInterest . OPTIONAL { ?d cg:declaredBy ?p OPTIONAL { ?p rdfs:label ?pl } }
              OPTIONAL { ?d rdf:value ?v }
            } GROUP BY ?d ?p LIMIT 200
            """;

    static final String MEETING_REPORTS = """
            SELECT ?r (MIN(?t) AS ?title) ?at WHERE {
              { ?r cg:consideredAt ?e BIND(?e AS ?at) } UNION { ?at cg:meeting ?e . ?r cg:consideredAt ?at }
              OPTIONAL { ?r rdfs:label ?t }
            } GROUP BY ?r ?at ORDER BY ?title LIMIT 200
            """;

    static final String REPORT_PEOPLE = """
            SELECT ?x ?rel (MIN(?l) AS ?label) ?holder (MIN(?hl) AS ?holderLabel) WHERE {
              VALUES ?rel { dcterms:creator cg:contactOfficer }
              ?e ?rel ?x . OPTIONAL { ?x rdfs:label ?l }
              OPTIONAL { { ?holder org:holds ?x } UNION { ?x org:heldBy ?holder } OPTIONAL { ?holder rdfs:label ?hl } }
            } GROUP BY ?x ?rel ?holder LIMIT 200
            """;

    static final String REPORT_CONSIDERED = """
            SELECT ?at (MIN(?al) AS ?atLabel) ?mt (MIN(?ml) AS ?meeting) (MIN(STR(?d)) AS ?date) WHERE {
              ?e cg:consideredAt ?at . OPTIONAL { ?at rdfs:label ?al }
              OPTIONAL { ?at cg:meeting ?m1 } BIND(COALESCE(?m1, ?at) AS ?mt)
              OPTIONAL { ?mt rdfs:label ?ml } OPTIONAL { ?mt schema:startDate ?d }
            } GROUP BY ?at ?mt LIMIT 100
            """;

    // ---------------------------------------------------------------- legislation, documents

    static final String LAW_SECTIONS = """
            SELECT ?s (MIN(?n) AS ?number) (MIN(?same) AS ?sameAs) WHERE {
              ?s dcterms:isPartOf ?e . OPTIONAL { ?s cg:sectionNumber ?n } OPTIONAL { ?s owl:sameAs ?same }
            } GROUP BY ?s LIMIT 500
            """;

    /** Everything citing an act, directly or through one of its sections. */
    static final String LAW_CITERS = """
            SELECT ?c (MIN(?cl) AS ?label) (MIN(?ct) AS ?type) ?sec (MIN(?n) AS ?section) WHERE {
              { ?c dcterms:references ?e } UNION { ?sec dcterms:isPartOf ?e . ?c dcterms:references ?sec OPTIONAL { ?sec cg:sectionNumber ?n } }
              OPTIONAL { ?c rdfs:label ?cl } OPTIONAL { ?c a ?ct FILTER(STRSTARTS(STR(?ct), STR(cg:))) }
            } GROUP BY ?c ?sec ORDER BY ?section ?label LIMIT 1000
            """;

    static final String CITED_BY = """
            SELECT ?c (MIN(?cl) AS ?label) (MIN(?ct) AS ?type) WHERE {
              ?c dcterms:references ?e . OPTIONAL { ?c rdfs:label ?cl } OPTIONAL { ?c a ?ct FILTER(STRSTARTS(STR(?ct), STR(cg:))) }
            } GROUP BY ?c ORDER BY ?label LIMIT 500
            """;

    static final String DOCUMENT_CONTENTS = """
            SELECT ?t (COUNT(DISTINCT ?s) AS ?n) WHERE { ?g prov:wasDerivedFrom ?e . GRAPH ?g { ?s a ?t } }
            GROUP BY ?t ORDER BY DESC(?n) LIMIT 100
            """;

    static final String DOCUMENT_MENTIONS = """
            SELECT ?m ?of (MIN(?l) AS ?label) (MIN(?pg) AS ?page) (MIN(?q) AS ?quote) (MIN(?st) AS ?start) WHERE {
              ?m prov:wasDerivedFrom ?e ; cg:mentionOf ?of .
              OPTIONAL { ?of rdfs:label ?l } OPTIONAL { ?m cg:page ?pg } OPTIONAL { ?m cg:quote ?q } OPTIONAL { ?m cg:startOffset ?st }
            } GROUP BY ?m ?of ORDER BY ?start LIMIT 300
            """;

    /** The paper and page of one mention (?e). */
    static final String MENTION_SOURCE = """
            SELECT ?doc (MIN(?dl) AS ?docLabel) (MIN(?pg) AS ?page) WHERE {
              ?e prov:wasDerivedFrom ?doc OPTIONAL { ?doc rdfs:label ?dl } OPTIONAL { ?e cg:page ?pg }
            } GROUP BY ?doc LIMIT 5
            """;

    // ---------------------------------------------------------------- home, lists, search

    static final String CLASS_COUNTS = """
            SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY DESC(?n) LIMIT 200
            """;

    static final String DOCUMENTS = """
            SELECT ?d (MIN(?l) AS ?label) (MIN(?src) AS ?source) WHERE {
              ?d a cg:SourceDocument . OPTIONAL { ?d rdfs:label ?l } OPTIONAL { ?d dcterms:source ?src }
            } GROUP BY ?d ORDER BY ?label LIMIT 200
            """;

    /** Members of ?class, a page at a time ({@code #OFFSET#} is a number the caller writes). */
    static final String LIST = """
            SELECT ?s (MIN(?l) AS ?label) WHERE { ?s a ?class OPTIONAL { ?s rdfs:label ?l } }
            GROUP BY ?s ORDER BY ?label ?s OFFSET #OFFSET# LIMIT 201
            """;

    /**
     * Full-text search over labels and quoted text (jena-text). ?q is a Lucene query the caller
     * built from escaped words; a hit on a quote or a stated value is shown as the entity it is about.
     */
    static final String SEARCH = """
            SELECT ?s (MAX(?sc) AS ?score) (SAMPLE(?hit) AS ?match) (SAMPLE(?m) AS ?mention) (MIN(?l) AS ?label) WHERE {
              { (?x ?sc ?hit) text:query (rdfs:label ?q 100) }
              UNION { (?x ?sc ?hit) text:query (cg:quote ?q 100) }
              OPTIONAL { ?x cg:mentionOf ?of }
              BIND(IF(BOUND(?of), ?x, ?unbound) AS ?m)
              BIND(COALESCE(?of, ?x) AS ?s)
              OPTIONAL { ?s rdfs:label ?l }
            } GROUP BY ?s ORDER BY DESC(?score) LIMIT 60
            """;

    // ---------------------------------------------------------------- dataset description, index, base

    static final String COUNT_TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } LIMIT 1";
    static final String COUNT_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1";
    static final String COUNT_GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { } } LIMIT 1";
    static final String COUNT_DOCUMENTS = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a cg:SourceDocument } LIMIT 1";
    /** Distinct subjects in the IRI space ?space (a string). */
    static final String COUNT_ENTITIES = """
            SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o FILTER(isIRI(?s) && STRSTARTS(STR(?s), ?space)) } LIMIT 1
            """;
    static final String PROPERTY_COUNTS = "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY DESC(?n) LIMIT 500";
    /** The first member of ?c by IRI: an example resource that stays the same from start to start. */
    static final String FIRST_OF_CLASS = "SELECT ?s WHERE { ?s a ?c FILTER(isIRI(?s)) } ORDER BY ?s LIMIT 1";
    /** What the text index is built from: each paper's graph and content hash. */
    static final String DOCUMENT_HASHES = """
            SELECT ?g ?h WHERE { GRAPH ?g { ?g prov:wasDerivedFrom ?d . ?d cg:sha256 ?h } } ORDER BY ?g ?h LIMIT 1000000
            """;
    /** Any entity IRI, to read the base off when the ontology graph is missing. */
    static final String ANY_ID_IRI = """
            SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?s) && CONTAINS(STR(?s), "/id/")) } LIMIT 1
            """;
}
