package org.councilgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Stack;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.councilgraph.CouncilGraph;
import org.councilgraph.eval.Evaluator;
import org.councilgraph.eval.Gold;
import org.councilgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code evaluate}: build papers into a temporary store and score it against gold annotations. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Builds the papers into a temporary store and scores it against gold annotations (the corpus's",
            "GOLD-FORMAT.md) exactly as the corpus's eval/score.py scores a served store: precision, recall and",
            "F1 per category, and the macro-F1. Exit status 1 when the macro-F1 is below --min."})
public final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, arity = "1..*", parameterConsumer = JsonFiles.class,
            description = "Gold JSON files, one per paper built (the values that end in .json; the papers follow).")
    List<Path> gold = new ArrayList<>();

    @Option(names = "--min", defaultValue = "0", description = "Fail (exit 1) below this macro-F1.")
    double min;

    @Option(names = "--verbose", description = "Show the build's per-file lines.")
    boolean verbose;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "The papers the gold files describe.")
    List<Path> paths;

    /**
     * Takes the {@code .json} arguments after {@code --gold} and leaves the rest as papers, so that
     * {@code evaluate --gold a.json b.json a.txt b.pdf} reads as written; picocli's own greedy arity
     * would take the papers for gold files too.
     */
    static final class JsonFiles implements IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
            List<Path> files = argSpec.getValue();
            int before = files.size();
            while (!args.isEmpty() && args.peek().toLowerCase(Locale.ROOT).endsWith(".json") && !args.peek().startsWith("-")) {
                files.add(Path.of(args.pop()));
            }
            if (files.size() == before) {
                throw new ParameterException(commandSpec.commandLine(),
                        "--gold needs one or more .json gold files, got " + (args.isEmpty() ? "nothing" : "'" + args.peek() + "'"));
            }
        }
    }

    @Override
    public Integer call() throws IOException {
        List<Gold> golds = new ArrayList<>();
        for (Path g : gold) {
            golds.add(Gold.read(g));
        }
        Path dir = Files.createTempDirectory("councilgraph-eval");
        try {
            Evaluator.Score score;
            try (GraphStore store = GraphStore.open(dir)) {
                PrintStream log = verbose ? System.out : new PrintStream(OutputStream.nullOutputStream());
                new CouncilGraph(CouncilGraph.DEFAULT_BASE).build(paths, store, log);
                score = Evaluator.score(store.dataset(), golds);
            }
            System.out.print(score.table());
            return score.macroF1() >= min ? 0 : 1;
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
