package org.councilgraph.cli;

import org.councilgraph.store.StoreFullException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar target/councilgraph.jar COMMAND ...}: the command line.
 */
@Command(name = "councilgraph", mixinStandardHelpOptions = true, version = "councilgraph 0.1.0",
        description = "English council papers (PDF, web pages, text, Markdown) to a linked-data knowledge graph served over SPARQL.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, DemoCommand.class, EvaluateCommand.class,
            ExportCommand.class, BenchCommand.class, SurveyCommand.class, CrawlCommand.class, UpdateCommand.class, ExplainCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                // any command that writes a store (demo, bench synth, survey ...) stops on a full disk as build does
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    if (e instanceof StoreFullException full) {
                        cmd.getErr().println(cmd.getCommandName() + " stopped: " + full.getMessage()
                                + ". What was stored before is kept; make room and run it again.");
                        return 4;
                    }
                    throw e;
                })
                .execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
