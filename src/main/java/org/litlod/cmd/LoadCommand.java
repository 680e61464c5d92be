package org.litlod.cmd;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.litlod.publish.BulkLoadReport;
import org.litlod.publish.FileOutcome;
import org.litlod.publish.LoadReport;
import org.litlod.publish.Loading;
import org.litlod.publish.StoreBases;
import org.litlod.store.BulkStore;
import org.litlod.store.Compaction;
import org.litlod.store.PaperStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code litlod load}: loads documents into the TDB2 store, one graph per document. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load input files into the store. Each document replaces its own graph; "
                + "a document that fails leaves nothing behind and the others still load. "
                + "Files the store already holds unchanged are skipped (see --force).")
final class LoadCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    PipelineOptions pipeline;

    @picocli.CommandLine.Option(names = "--base", paramLabel = "IRI",
            description = "Base IRI under which the stored documents and entities are minted: the address the "
                    + "store will be served at (default: the base the store was loaded with, for a new store "
                    + DefaultBase.IRI + "). A base that contradicts the store's is refused (LITLOD-BASE-001).")
    String base;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Input files or folders.")
    List<Path> files;

    @picocli.CommandLine.Option(names = "--bulk",
            description = "For large corpora: convert and tag on all cores while TDB2's parallel bulk loader "
                    + "stores the documents (into an empty store; one transaction per document otherwise), "
                    + "then build the text index. Shows a progress bar on a terminal, log lines otherwise. "
                    + "Restartable: an interrupted bulk load is started again by the next one.")
    boolean bulk;

    @picocli.CommandLine.Option(names = "--loader", paramLabel = "LOADER", defaultValue = "sorted",
            description = "With --bulk into an empty store, how the indexes are built: sorted (only the primary "
                    + "indexes while loading, then each other index sorted from them and written packed: the "
                    + "least disk), parallel (every index at once, then packed) or phased (index after index, "
                    + "then packed) (default: ${DEFAULT-VALUE}).")
    String loader;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Option(names = "--work", paramLabel = "DIR",
            description = "With --bulk: keep every converted file's quads in DIR, so that a restarted bulk load "
                    + "converts only the files it had not finished.")
    Path work;

    @picocli.CommandLine.Option(names = "--force",
            description = "Convert and store every file again, even those the store already holds byte for byte "
                    + "under the same name, converter and lexicon versions (which are otherwise counted as "
                    + "unchanged and left alone).")
    boolean force;

    @picocli.CommandLine.Option(names = "--compact-factor", paramLabel = "X", defaultValue = "2",
            description = "After the load, compact the store when it has grown to more than X times its size "
                    + "after its last compaction (and is above --compact-min); 0 never compacts "
                    + "(default: ${DEFAULT-VALUE}).")
    double compactFactor;

    @picocli.CommandLine.Option(names = "--compact-min", paramLabel = "MB", defaultValue = "64",
            description = "Never compact automatically a store smaller than this many megabytes "
                    + "(default: ${DEFAULT-VALUE}).")
    long compactMinMb;

    @Override
    public Integer call() throws Exception {
        if (bulk) {
            BulkStore.Loader plan = BulkStore.Loader.named(loader).orElseThrow(() ->
                    UnknownValue.of(spec, "--loader", loader, BulkStore.Loader.labels()));
            BulkLoadReport r = ProgressDisplay.forStandardError().bulkLoad(
                    pipeline.publisher(StoreBases.choose(store.db, base, DefaultBase.IRI)), plan)
                    .run(files, store.db, work);
            r.failures().forEach(e -> System.err.println("litlod: " + e));
            r.warnings().forEach(w -> System.err.println("litlod: warning: " + w));
            System.err.println("litlod: " + r.summary());
            return r.ok() ? 0 : 1;
        }
        PaperStore db = PaperStore.open(store.db);
        LoadReport report = Loading.run(pipeline.publisher(StoreBases.choose(db, base, DefaultBase.IRI)),
                db, files, !force);
        for (FileOutcome f : report.files()) {
            f.errors().forEach(e -> System.err.println("litlod: " + e));
            f.warnings().forEach(w -> System.err.println("litlod: warning: " + w));
        }
        System.err.println("litlod: " + report.summary());
        db.close();
        Compaction.Result c = Compaction.ifGrown(store.db, compactFactor, compactMinMb * 1024 * 1024);
        if (c.compacted()) {
            System.err.println("litlod: compacted the store: " + StoreSizes.text(c));
        }
        return report.ok() ? 0 : 1;
    }
}
