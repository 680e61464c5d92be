package org.litlod.cmd;

import java.util.concurrent.Callable;
import org.litlod.store.PaperStore;
import org.litlod.store.StoreQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code litlod query}: runs one SPARQL query against the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query against the store (default graph = union of the papers).")
final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--results", paramLabel = "FORMAT", defaultValue = "text",
            description = "Result format for SELECT: text, csv, tsv, json, xml (default: ${DEFAULT-VALUE}).")
    String results;

    @Parameters(paramLabel = "SPARQL", description = "The query text.")
    String sparql;

    @Override
    public Integer call() {
        StoreQuery.run(PaperStore.open(store.db), sparql, StoreQuery.format(results), System.out);
        System.out.flush();
        return 0;
    }
}
