package org.litlod.cmd;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.litlod.publish.BulkLoad;
import org.litlod.publish.BulkLoadReport;
import org.litlod.publish.FileOutcome;
import org.litlod.publish.InputFiles;
import org.litlod.publish.LoadReport;
import org.litlod.publish.Loading;
import org.litlod.store.PaperStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code litlod load}: loads documents into the TDB2 store, one graph per document. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load input files into the store. Each document replaces its own graph; "
                + "a document that fails leaves nothing behind and the others still load.")
final class LoadCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    PipelineOptions pipeline;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Input files or folders.")
    List<Path> files;

    @picocli.CommandLine.Option(names = "--bulk",
            description = "For large corpora: convert and tag on all cores, write N-Quads, then load them with "
                    + "TDB2's bulk loader (parallel loader on an empty store) and build the text index.")
    boolean bulk;

    @Override
    public Integer call() throws Exception {
        if (bulk) {
            BulkLoadReport r = BulkLoad.standard(pipeline.publisher(DefaultBase.IRI), System.err::println)
                    .run(InputFiles.expand(files), store.db,
                            store.db.toAbsolutePath().resolveSibling(store.db.getFileName() + ".bulk.nq.gz"));
            r.failures().forEach(e -> System.err.println("litlod: " + e));
            System.err.println("litlod: " + r.summary());
            return r.ok() ? 0 : 1;
        }
        LoadReport report = Loading.run(pipeline.publisher(DefaultBase.IRI), PaperStore.open(store.db), files, false);
        for (FileOutcome f : report.files()) {
            f.errors().forEach(e -> System.err.println("litlod: " + e));
            f.warnings().forEach(w -> System.err.println("litlod: warning: " + w));
        }
        System.err.println("litlod: " + report.summary());
        return report.ok() ? 0 : 1;
    }
}
