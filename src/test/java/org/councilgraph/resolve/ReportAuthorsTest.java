package org.councilgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportAuthorsTest {
    @Test
    void anAndInsideAPostDoesNotSplitIt() {
        assertEquals(List.of("Director of Children and Family Services"), ReportAuthors.split("Director of Children and Family Services"));
    }

    @Test
    void namesJoinedByAndOrSlashAreSeveralAuthors() {
        assertEquals(List.of("Laurence Jones", "Damian Elcock"), ReportAuthors.split("Laurence Jones / Damian Elcock"));
        assertEquals(List.of("Jane Moore", "Tom Hardy, Head of Service"), ReportAuthors.split("Jane Moore and Tom Hardy, Head of Service"));
        assertEquals(List.of("Matthew Hill, Director, Highways, Transport, and Regulatory services"),
                ReportAuthors.split("Matthew Hill, Director, Highways, Transport, and Regulatory services"));
    }
}
