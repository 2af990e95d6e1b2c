package org.councilgraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilgraph.Corpus;
import org.councilgraph.load.Loader;
import org.junit.jupiter.api.Test;

/**
 * Election notices as the wild papers print them (../shared/corpus/wild, skipped when absent): a
 * statement of persons nominated with surnames in capitals, one with a surname column and the
 * address run on, a notice of poll with given-names-first signatories, a web export in field form.
 */
class WildElectionNoticesIT {
    private static ElectionNotice read(String paper) throws Exception {
        List<ElectionNotice> n = ElectionNotices.read(Loader.load(Corpus.corpus("wild/" + paper)).text());
        assertEquals(1, n.size(), paper);
        return n.get(0);
    }

    private static Set<String> names(ElectionNotice n, boolean candidates) {
        return n.people().stream().filter(p -> p.candidate() == candidates).map(p -> p.name().fullName()).collect(Collectors.toSet());
    }

    @Test
    void capitalSurnamesOverOtherNames() throws Exception {
        ElectionNotice n = read("stroud/sopn_berkeley_vale_by-election_2019-02-28.pdf");
        assertEquals(Set.of("Liz Ashton", "Lindsey Jane Green", "Mike Stayte", "Thomas William Edward Willetts"), names(n, true));
        assertEquals(Set.of("Eleanor Simpson", "Haydn L Jones", "Christine I King", "Anna L Jones"), names(n, false));
        assertEquals("District Councillor", n.office().orElseThrow().label());
        assertEquals("Kathy O'Leary", n.officers().get(0).name().fullName());
        assertTrue(n.parties().stream().anyMatch(p -> p.name().equals("The Conservative Party")), n.parties().toString());
    }

    @Test
    void aSurnameColumnWithTheAddressRunOn() throws Exception {
        ElectionNotice n = read("york/sopn_strensall_ward_2019-05-02.pdf");
        assertEquals(8, names(n, true).size(), names(n, true).toString());
        assertTrue(names(n, true).contains("Danielle Jade Louise Mason"));
        assertEquals(List.of("Mary Weastell"), n.officers().stream().map(o -> o.name().fullName()).toList());
    }

    @Test
    void theMayorAndAHyphenedSignature() throws Exception {
        ElectionNotice n = read("hackney/sopn_mayor_of_hackney_2023-10-13.pdf");
        assertEquals("Mayor for Hackney", n.office().orElseThrow().label());
        assertTrue(names(n, true).contains("Simon De Deney"), names(n, true).toString());
        assertEquals("Dawn Carter-McDonald", n.officers().get(0).name().fullName());
    }

    @Test
    void signatoriesGivenNamesFirst() throws Exception {
        ElectionNotice n = read("halton/sopn_notice_of_poll_borough_2019-05-02.pdf");
        assertTrue(names(n, false).contains("John J Mcmullen"), names(n, false).toString());
        assertTrue(names(n, false).contains("Paul A Stewart"));
        assertTrue(names(n, true).contains("Duncan James Robert Harper"));
    }

    @Test
    void aWebExportInFieldForm() throws Exception {
        ElectionNotice n = read("bury/sopn_borough_elections_2023-05-04_web_export.pdf");
        assertTrue(names(n, true).contains("Cameron Fay"));
        assertTrue(names(n, false).contains("Heather L. Murphy"));
        assertTrue(n.people().stream().noneMatch(p -> p.name().fullName().contains("Bury")), "a ward is no one");
    }
}
