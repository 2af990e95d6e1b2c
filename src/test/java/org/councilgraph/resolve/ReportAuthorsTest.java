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
        assertEquals(List.of("Ann Westby", "Tom Northby"), ReportAuthors.split("Ann Westby / Tom Northby"));
        assertEquals(List.of("Jo Riverton", "Sam Eastby, Head of Service"), ReportAuthors.split("Jo Riverton and Sam Eastby, Head of Service"));
        assertEquals(List.of("Pat Southby, Director, Highways, Transport, and Regulatory services"),
                ReportAuthors.split("Pat Southby, Director, Highways, Transport, and Regulatory services"));
    }
}
