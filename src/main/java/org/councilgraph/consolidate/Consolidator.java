package org.councilgraph.consolidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.councilgraph.resolve.Iris;
import org.councilgraph.vocab.Schema;

/**
 * Resolution across papers, run over the whole store after a build: one node per real thing even
 * when no single paper says enough to know it.
 *
 * <ul>
 *   <li>A paper that names no council but prints its officers' e-mail addresses (a web page
 *       "Contact: ... @northby.gov.uk") belongs to the council whose other papers print addresses on
 *       that domain.</li>
 *   <li>The same person in two papers of one council is one person when their names agree ("Councillor
 *       Westby" and "Ann Westby"; "P. Northby" and "Paul Northby") and exactly one person of that
 *       council fits; never on a surname shared by two people, never across councils, never a
 *       councillor with an officer.</li>
 *   <li>A committee written with an abbreviation ("WCS Scrutiny Commission") is the committee whose
 *       name the initials spell ("Westby Children's Services Scrutiny Commission").</li>
 *   <li>A paper that names no council at all (a decision notice, a list of meetings) is placed with the
 *       council whose committee of the same specific name ("Westby Transport Policy
 *       Committee", not "Policy Committee") met on a day the paper's committee met, when exactly one
 *       council of the store fits. Its people then join that council's, by the rule above.</li>
 * </ul>
 *
 * The result is a rewrite of IRIs in the affected papers' graphs, chosen only from what the store
 * holds (never from the order papers were read), so the same papers always give the same IRIs. A
 * merged name that is not the fullest is kept as {@code skos:altLabel}.
 */
public final class Consolidator {
    private final Iris iris;

    public Consolidator(Iris iris) {
        this.iris = iris;
    }

    /** What a consolidation changed. */
    public record Report(int councils, int papersPlaced, int people, int committees, int graphsRewritten) {
        public boolean changed() {
            return graphsRewritten > 0;
        }

        Report plus(Report o) {
            return new Report(councils + o.councils, papersPlaced + o.papersPlaced, people + o.people, committees + o.committees,
                    graphsRewritten + o.graphsRewritten);
        }
    }

    /**
     * Consolidates {@code dsg} in place; each rewritten graph is replaced in its own transaction. Works
     * on the named graphs, whatever the dataset's default graph is.
     */
    public Report consolidate(DatasetGraph dsg) {
        Report total = new Report(0, 0, 0, 0, 0);
        // what one round renames lets the next see more: a paper placed with its council brings people who may
        // be that council's people of other papers; a committee's full name lets a paper without a council
        // be placed. A round that changes nothing is the last.
        for (int round = 0; round < 4; round++) {
            Report r = round(dsg);
            total = total.plus(r);
            if (!r.changed()) {
                break;
            }
        }
        int timed = timedMeetings(dsg);
        return timed == 0 ? total : total.plus(new Report(0, 0, 0, 0, timed));
    }

    /**
     * A meeting one paper dates only by its day and another by day and time ("2024-09-12" and
     * "2024-09-12T17:00:00"): the day alone is dropped, as the contract gives {@code xsd:date} only
     * when no time is known, and a meeting has one start. Returns how many graphs changed.
     */
    int timedMeetings(DatasetGraph dsg) {
        Dataset ds = DatasetFactory.wrap(dsg);
        List<Quad> drop = new ArrayList<>();
        StoreQuery.select(ds, """
                SELECT DISTINCT ?g ?m ?d WHERE {
                  GRAPH ?g { ?m a cg:Meeting ; schema:startDate ?d FILTER(datatype(?d) = xsd:date) }
                  GRAPH ?h { ?m schema:startDate ?t }
                  FILTER(datatype(?t) = xsd:dateTime && STRSTARTS(STR(?t), STR(?d))) }""",
                s -> drop.add(Quad.create(s.getResource("g").asNode(), s.getResource("m").asNode(),
                        Schema.startDate.asNode(), s.get("d").asNode())));
        if (drop.isEmpty()) {
            return 0;
        }
        Txn.executeWrite(dsg, () -> drop.forEach(dsg::delete));
        return (int) drop.stream().map(Quad::getGraph).distinct().count();
    }

    /** One round: councils by mail domain, papers placed, people and committees merged, then the graphs rewritten. */
    private Report round(DatasetGraph dsg) {
        Dataset ds = DatasetFactory.wrap(dsg);
        Map<String, String> councilSlugs = MailDomainCouncils.find(ds);
        Map<String, String> placed = PaperPlacement.find(ds, councilSlugs);
        Map<String, String> rewrite = new TreeMap<>();
        // council slugs first: every IRI scoped by the old slug moves to the new one
        Map<String, String> people = PeopleAcrossPapers.find(ds, councilSlugs);
        Map<String, String> committees = CommitteeNames.find(ds, councilSlugs);
        rewrite.putAll(people);
        // a committee renamed renames everything named under it: its meetings, items, resolutions
        Map<String, String> segments = new TreeMap<>(councilSlugs);
        for (Map.Entry<String, String> c : committees.entrySet()) {
            segments.put(GraphRewrite.committeePath(c.getKey()), GraphRewrite.committeePath(c.getValue()));
        }
        int graphs = new GraphRewrite(dsg, segments, rewrite, placed).apply();
        return new Report(councilSlugs.size(), placed.size(), people.size(), committees.size(), graphs);
    }
}
