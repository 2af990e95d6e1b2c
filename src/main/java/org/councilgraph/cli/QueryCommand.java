package org.councilgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.councilgraph.store.GraphStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code query}: run SPARQL against a store and print a table. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query (from a .rq file or --query) against a store and prints the result as a table.")
public final class QueryCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, description = "TDB2 store directory.")
    Path store;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "A file holding the query.")
        Path file;

        @Option(names = "--query", description = "The query text.")
        String text;
    }

    @Override
    public Integer call() throws IOException {
        String text = source.text != null ? source.text : Files.readString(source.file);
        Query query = QueryFactory.create(text);
        java.util.Optional<GraphStore> opened = StoreOpening.openOrSay(store);
        if (opened.isEmpty()) {
            return 2;
        }
        try (GraphStore s = opened.get()) {
            s.serveKeptUnion(); // the default graph the store keeps, as the endpoint serves it
            Txn.executeRead(s.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(query).build()) {
                    if (query.isSelectType()) {
                        ResultSetFormatter.out(System.out, qe.execSelect(), query.getPrologue());
                    } else if (query.isAskType()) {
                        System.out.println(qe.execAsk());
                    } else if (query.isConstructType()) {
                        RDFDataMgr.write(System.out, qe.execConstruct(), Lang.TURTLE);
                    } else if (query.isDescribeType()) {
                        RDFDataMgr.write(System.out, qe.execDescribe(), Lang.TURTLE);
                    }
                }
            });
        }
        return 0;
    }
}
