package org.councilgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.councilgraph.CouncilGraph;
import org.councilgraph.store.GraphStore;
import org.councilgraph.survey.Survey;
import org.councilgraph.survey.SurveyCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code survey}: what each paper was read as and what it gave, for papers that have no gold. */
@Command(name = "survey", mixinStandardHelpOptions = true,
        description = {"Builds the papers into a temporary store and reports, per paper, the kind it was read as, its",
            "council, its meetings and counts of what was found, flagging what a paper of its kind lacks; then the",
            "share of papers with each structure by kind and by council."})
public final class SurveyCommand implements Callable<Integer> {
    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the per-paper rows as CSV.")
    Path csv;

    @Option(names = "--verbose", description = "Show the build's per-file lines.")
    boolean verbose;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Papers, or folders of papers.")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("councilgraph-survey");
        try {
            List<Survey.Row> rows;
            try (GraphStore store = GraphStore.open(dir)) {
                PrintStream log = verbose ? System.out : new PrintStream(OutputStream.nullOutputStream());
                new CouncilGraph(CouncilGraph.DEFAULT_BASE).build(paths, store, log);
                rows = Survey.of(store.dataset(), Survey.papers(paths));
            }
            System.out.print(Survey.table(rows));
            System.out.println();
            System.out.print(Survey.summary(rows));
            if (csv != null) {
                try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                    SurveyCsv.write(rows, w);
                }
            }
            return 0;
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
