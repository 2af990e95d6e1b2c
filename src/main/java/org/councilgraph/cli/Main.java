package org.councilgraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine;

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
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
