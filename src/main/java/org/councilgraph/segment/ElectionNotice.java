package org.councilgraph.segment;

import java.util.List;
import java.util.Optional;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.Span;

/**
 * A Returning Officer's notice for an election (statement of persons nominated, notice of poll,
 * notice of election), as its statutory form lays it out: the office being filled, the candidates
 * and the electors who subscribed their nomination papers, the parties of the candidates'
 * descriptions, and the officer who signs it.
 *
 * @param span     the part of the paper the notice covers
 * @param office   the office being filled ("District Councillor", "Mayor for Westby"), where printed
 * @param people   candidates and subscribers, names in natural order
 * @param parties  the parties the candidates' descriptions name, as printed without "Candidate"
 * @param officers the Returning Officer (acting or deputy) who signs the notice
 */
public record ElectionNotice(Span span, Optional<Office> office, List<Nominee> people, List<Party> parties,
                             List<Signatory> officers) {

    /** The office an election fills, as printed after "Election of a" or "for election as". */
    public record Office(String label, Span span) {
    }

    /**
     * A person the notice names: a candidate, or one who signed a candidate's nomination paper.
     *
     * @param name      the name in natural order; its printed surname-first form is {@code printed}
     * @param span      where it was read
     * @param candidate whether a candidate (else a proposer, seconder or assentor)
     * @param printed   the name as printed ("WESTBY Ann", "Westby, Ann")
     */
    public record Nominee(PersonName name, Span span, boolean candidate, String printed) {
    }

    /** A political party named in a candidate's description. */
    public record Party(String name, Span span) {
    }

    /** The officer signing the notice, with the post they sign as ("Returning Officer"). */
    public record Signatory(PersonName name, Span span, String post) {
    }
}
