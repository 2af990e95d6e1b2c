package org.councilgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextCleanerTest {
    @Test
    void aWordBrokenByASoftHyphenIsJoinedAndACompoundKeepsItsHyphen() {
        assertEquals("the committee continued\n", TextCleaner.clean("the committee conti\u00AD\nnued"));
        assertEquals("a multi-agency father-\ninclusive guide\n", TextCleaner.clean("a multi-agency father-\ninclusive guide"));
    }

    @Test
    void blankLineRunsFoldAndOddSpacesArePlain() {
        assertEquals("a b\n\nc\n", TextCleaner.clean("a\u00A0b\r\n\r\n\r\n\r\nc  "));
    }
}
