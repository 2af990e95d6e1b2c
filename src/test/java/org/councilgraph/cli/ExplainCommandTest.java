package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code explain PAPER --line N} on an invented paper: the rules that decided each candidate of the line. */
class ExplainCommandTest {
    private static Path paper() throws URISyntaxException {
        return Path.of(ExplainCommandTest.class.getResource("explain-paper.txt").toURI());
    }

    private record Run(int code, String out, String err) {
    }

    private static Run explain(Path paper, int line) {
        ExplainCommand c = new ExplainCommand();
        c.paper = paper;
        c.line = line;
        c.noModel = true;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = c.explain(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsTheRuleThatDecidedEachCandidateOfTheLine() throws Exception {
        Run r = explain(paper(), 7);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("[body]"), r.out());
        // the post title's remit is rejected by name, the service after it accepted when no rule rejects it
        assertTrue(r.out().matches("(?s).*reject +postRemit +\"[^\\n]*Children's Services\".*"), r.out());
        assertTrue(r.out().matches("(?s).*ACCEPT +otherwise +\"[^\\n]*Westby Fostering Service\".*"), r.out());
        // nothing of another line
        assertFalse(r.out().contains("Riverford"), r.out());
    }

    @Test
    void aCountOfUnitsIsRejectedAsCounted() throws Exception {
        Run r = explain(paper(), 8);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*reject +counted +\"Youth Offending teams\".*"), r.out());
        assertTrue(r.out().matches("(?s).*ACCEPT +otherwise +\"[^\\n]*Riverford Carers Partnership\".*"), r.out());
    }

    @Test
    void aNameDroppedBecauseItsHeadOnlyQualifiesAnActivitySaysSo() throws Exception {
        Run r = explain(paper(), 9);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*reject +headOnlyQualifies +\"Early Years Foundation\".*"), r.out());
    }

    @Test
    void aLineBeyondTheTextOrAMissingPaperIsAClearError() throws Exception {
        Run r = explain(paper(), 400);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no line 400"), r.err());
        Run missing = explain(Path.of("no-such-paper.txt"), 1);
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no-such-paper.txt"), missing.err());
    }

    @Test
    void theCommandIsRegistered() {
        assertTrue(new CommandLine(new Main()).getSubcommands().containsKey("explain"));
    }
}
