package org.councilgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.councilgraph.annotate.Annotations;
import org.councilgraph.annotate.Annotator;
import org.councilgraph.annotate.Nlp;
import org.councilgraph.load.Loader;
import org.councilgraph.load.Paper;
import org.councilgraph.load.PaperException;
import org.councilgraph.rule.Explain;
import org.councilgraph.segment.Layout;
import org.councilgraph.segment.Segmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code explain PAPER --line N}: a developer's view of why a line was read so. Loads, segments and
 * annotates the paper with {@link Explain} on, stores nothing, and prints every decision the
 * grammars took on a candidate starting on line N (of the paper's text as loaded), grouped by
 * grammar, each with the rule that decided it.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Development aid: prints, for each candidate on one line of a paper, which named rule of the",
            "grammars (bodies, posts, people) accepted or rejected it. Nothing is stored."})
public final class ExplainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PAPER", description = "The paper: PDF, HTML, text or Markdown.")
    Path paper;

    @Option(names = "--line", required = true, paramLabel = "N", description = "The line (1 = first) of the paper's text as loaded.")
    int line;

    @Option(names = "--no-model", description = "Skip the CoreNLP model (faster; its people and organisations are then not read).")
    boolean noModel;

    @Override
    public Integer call() {
        return explain(System.out, System.err);
    }

    int explain(PrintStream out, PrintStream err) {
        Paper p;
        try {
            p = Loader.load(paper);
        } catch (PaperException e) {
            err.println(e.getMessage());
            return 2;
        }
        String text = p.text();
        int[] bounds = lineBounds(text, line);
        if (bounds == null) {
            err.println(paper + ": no line " + line + " (the text as loaded has " + text.split("\n", -1).length + " lines)");
            return 2;
        }
        // the segment stage's decisions (a meeting heading's date, a committee's name) come first
        Explain.Traced<Layout> segmented = Explain.during(() -> Segmenter.segment(p));
        Layout layout = segmented.result();
        Explain.Traced<Annotations> annotated = Explain.during(() -> noModel
                ? Annotator.annotate(layout, new Nlp.Result(List.of(), List.of(), 0))
                : Annotator.annotate(layout));
        List<Explain.Decision> trace = new ArrayList<>(segmented.decisions());
        trace.addAll(annotated.decisions());
        String lineText = text.substring(bounds[0], bounds[1]);
        out.printf("%s, line %d: %s%n", paper, line, lineText.strip());
        Map<String, List<Explain.Decision>> byGrammar = new LinkedHashMap<>();
        for (Explain.Decision d : trace) {
            if (onLine(d, bounds, lineText)) {
                byGrammar.computeIfAbsent(d.grammar(), g -> new ArrayList<>()).add(d);
            }
        }
        if (byGrammar.isEmpty()) {
            out.println("no candidate on this line reached a rule");
        }
        byGrammar.forEach((grammar, decisions) -> {
            out.println();
            out.println("[" + grammar + "]");
            for (Explain.Decision d : decisions) {
                out.printf("  %-6s %-32s %s%n", d.verdict().accepted() ? "ACCEPT" : "reject", d.verdict().rule(), d.candidate());
            }
        });
        return 0;
    }

    /** A decision on a candidate starting on the line; one that gives no offset, when its candidate is printed on the line. */
    static boolean onLine(Explain.Decision d, int[] bounds, String lineText) {
        if (d.at() >= 0) {
            return d.within(bounds[0], bounds[1]);
        }
        String c = d.candidate().strip();
        return !c.isEmpty() && lineText.contains(c);
    }

    /** The offsets {@code [start, end)} of line {@code n} (1-based) of {@code text}, or null when there is no such line. */
    static int[] lineBounds(String text, int n) {
        if (n < 1) {
            return null;
        }
        int start = 0;
        for (int i = 1; i < n; i++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                return null;
            }
            start = nl + 1;
        }
        int end = text.indexOf('\n', start);
        return new int[] {start, end < 0 ? text.length() : end};
    }
}
