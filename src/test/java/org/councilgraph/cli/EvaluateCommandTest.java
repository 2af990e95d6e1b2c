package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line of {@code evaluate} as the README writes it: gold files, then papers. */
class EvaluateCommandTest {
    @Test
    void goldFilesStopWhereThePapersBegin() {
        EvaluateCommand c = new EvaluateCommand();
        new CommandLine(c).parseArgs("--gold", "a.json", "B.JSON", "a.txt", "b.pdf", "--min", "0.9", "c.html");
        assertEquals(List.of(Path.of("a.json"), Path.of("B.JSON")), c.gold);
        assertEquals(List.of(Path.of("a.txt"), Path.of("b.pdf"), Path.of("c.html")), c.paths);
        assertEquals(0.9, c.min);
    }

    @Test
    void repeatedGoldOptionsAddUp() {
        EvaluateCommand c = new EvaluateCommand();
        new CommandLine(c).parseArgs("--gold", "a.json", "a.txt", "--gold", "b.json", "b.txt");
        assertEquals(List.of(Path.of("a.json"), Path.of("b.json")), c.gold);
        assertEquals(List.of(Path.of("a.txt"), Path.of("b.txt")), c.paths);
    }

    @Test
    void goldWithoutAJsonFileIsAClearError() {
        CommandLine.ParameterException e = assertThrows(CommandLine.ParameterException.class,
                () -> new CommandLine(new EvaluateCommand()).parseArgs("--gold", "a.txt"));
        assertEquals("--gold needs one or more .json gold files, got 'a.txt'", e.getMessage());
    }
}
