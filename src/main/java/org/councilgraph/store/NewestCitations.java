package org.councilgraph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.pfunction.PFuncListAndList;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.system.Txn;
import org.councilgraph.vocab.CG;
import org.councilgraph.vocab.Prefixes;

/**
 * {@code (?citing ?date ?section) cg:newestCitations (?act [limit [offset]])}: the reports and items
 * citing an Act, or one of its sections, newest meeting first, a page at a time. An Act of general
 * application (equality, local government) is cited by most reports a council writes: thousands in a
 * store of ten years, and "newest first" in plain SPARQL reads every one's meeting date (four index
 * look-ups through report, item and meeting) and sorts them all on every request. This keeps each
 * Act's citations in that order, built by one query over the store the first time it is asked for
 * and again after any write to the store in this JVM ({@link GraphStore#writeVersion}), so a page
 * costs the rows it returns. {@code ?date} is the meeting's date (unbound when the citing part names
 * no meeting), {@code ?section} the section number when a section is cited.
 */
public final class NewestCitations extends PFuncListAndList {
    public static final String IRI = CG.NS + "newestCitations";

    /** Every citation of every Act, in the store's current state: what the index is built from. */
    static final String CITATIONS = Prefixes.SPARQL + """
            SELECT ?act ?x ?section ?date WHERE {
              { ?act a cg:Legislation . ?x dcterms:references ?act }
              UNION { ?act a cg:Legislation . ?s dcterms:isPartOf ?act ; cg:sectionNumber ?section . ?x dcterms:references ?s }
              OPTIONAL { ?x cg:consideredAt ?at . { ?at schema:startDate ?date } UNION { ?at cg:meeting/schema:startDate ?date } }
            }""";

    /** One citation: the citing part, its meeting's date and the section cited, if any. */
    record Citation(Node citing, Node date, Node section) {
        String day() {
            return date == null ? "" : date.getLiteralLexicalForm();
        }
    }

    private static final Comparator<Citation> NEWEST_FIRST = Comparator.comparing(Citation::day).reversed()
            .thenComparing(c -> c.citing().toString())
            .thenComparing(c -> c.section() == null ? "" : c.section().getLiteralLexicalForm());

    /** The index of each store (dataset graph) asked, with the write version it was built at. */
    private static final Map<DatasetGraph, Pair<Long, Map<Node, List<Citation>>>> INDEXES = new WeakHashMap<>();

    private static volatile boolean registered;

    /** Indexes built so far in this JVM: each costs a pass over every citation (5 s at 10 M quads). */
    private static final java.util.concurrent.atomic.AtomicLong BUILDS = new java.util.concurrent.atomic.AtomicLong();

    /** Indexes built so far in this JVM. */
    public static long builds() {
        return BUILDS.get();
    }

    /**
     * Builds the index of {@code dsg} now, through the query engine as a query would ask for it, so
     * that the first reader's question about an Act does not wait for it. Does nothing when it is built.
     */
    public static void prepare(DatasetGraph dsg) {
        String none = Prefixes.SPARQL + "SELECT * WHERE { (?x) cg:newestCitations (<urn:x-councilgraph:no-act> 1) }";
        Txn.executeRead(dsg, () -> QueryExec.dataset(dsg).query(none).select().materialize());
    }

    /** Makes {@code cg:newestCitations} known to every query engine of this JVM (once). */
    public static void register() {
        if (!registered) {
            synchronized (NewestCitations.class) {
                if (!registered) {
                    PropertyFunctionRegistry.get().put(IRI, NewestCitations.class);
                    registered = true;
                }
            }
        }
    }

    /** An Act's citations, newest first, as the store now stands. */
    static List<Citation> of(DatasetGraph dsg, Node act) {
        long version = GraphStore.writeVersion();
        synchronized (INDEXES) {
            Pair<Long, Map<Node, List<Citation>>> kept = INDEXES.get(dsg);
            if (kept == null || kept.getLeft() != version) {
                kept = Pair.create(version, build(dsg));
                INDEXES.put(dsg, kept);
            }
            return kept.getRight().getOrDefault(act, List.of());
        }
    }

    private static Map<Node, List<Citation>> build(DatasetGraph dsg) {
        BUILDS.incrementAndGet();
        Map<Node, List<Citation>> byAct = new java.util.HashMap<>();
        Txn.executeRead(dsg, () -> {
            RowSet rows = QueryExec.dataset(dsg).query(CITATIONS).select();
            rows.forEachRemaining(b -> byAct.computeIfAbsent(b.get("act"), a -> new ArrayList<>())
                    .add(new Citation(b.get("x"), b.get("date"), b.get("section"))));
        });
        byAct.values().forEach(l -> l.sort(NEWEST_FIRST));
        return byAct;
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
            ExecutionContext cxt) {
        List<Node> out = subject.getArgList();
        List<Node> in = object.getArgList();
        if (in.isEmpty() || !in.get(0).isURI()) {
            return QueryIterPlainWrapper.create(List.<Binding>of().iterator(), cxt);
        }
        long limit = in.size() > 1 ? number(in.get(1), Long.MAX_VALUE) : Long.MAX_VALUE;
        long offset = in.size() > 2 ? number(in.get(2), 0) : 0;
        List<Binding> page = new ArrayList<>();
        long skipped = 0;
        for (Citation c : of(cxt.getDataset(), in.get(0))) {
            if (page.size() >= limit) {
                break;
            }
            BindingBuilder b = BindingBuilder.create(binding);
            if (bind(b, binding, out, 0, c.citing()) && bind(b, binding, out, 1, c.date()) && bind(b, binding, out, 2, c.section())) {
                if (skipped++ >= offset) {
                    page.add(b.build());
                }
            }
        }
        return QueryIterPlainWrapper.create(page.iterator(), cxt);
    }

    /** Binds the {@code i}th subject variable to {@code value}; false when a given value differs. */
    private static boolean bind(BindingBuilder b, Binding given, List<Node> out, int i, Node value) {
        if (i >= out.size()) {
            return true;
        }
        Node n = out.get(i);
        if (n.isVariable()) {
            if (value != null && !given.contains(Var.alloc(n))) {
                b.add(Var.alloc(n), value);
            }
            return true;
        }
        return n.equals(value);
    }

    private static long number(Node n, long otherwise) {
        try {
            return n.isLiteral() ? Math.max(0, NodeFactoryExtra.nodeToLong(n)) : otherwise;
        } catch (RuntimeException e) {
            return otherwise;
        }
    }

    static {
        ARQ.init();
    }
}
