package org.litlod.cmd;

import java.util.concurrent.Callable;
import org.litlod.store.PaperStore;
import org.litlod.store.StoreQuery;
import org.litlod.store.StoreQuery.ResultFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code litlod query}: runs one SPARQL query against the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query against the store (default graph = union of the papers).")
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--results", paramLabel = "FORMAT", defaultValue = "text",
            description = "Result format for SELECT: text, csv, tsv, json or xml (default: ${DEFAULT-VALUE}).")
    String results;

    @Parameters(paramLabel = "SPARQL", description = "The query text.")
    String sparql;

    @Override
    public Integer call() {
        ResultFormat format = ResultFormat.named(results)
                .orElseThrow(() -> UnknownValue.of(spec, "--results", results, ResultFormat.names()));
        StoreQuery.run(PaperStore.openExisting(store.db), sparql, format, System.out);
        System.out.flush();
        return 0;
    }
}
