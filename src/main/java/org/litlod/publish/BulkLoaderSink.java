package org.litlod.publish;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.litlod.store.PaperStore;
import org.litlod.store.TextIndexBuilder;

/**
 * Feeds the batches of a bulk load straight into TDB2's parallel or phased loader, as the quads
 * of the checked documents (no N-Quads text in between, so nothing is parsed), and into the
 * text index as they pass; then lets the loader finish its indexes and commits the text index.
 * For a new store only: TDB2's bulk loaders are not transactional.
 */
final class BulkLoaderSink implements BulkSink {
    private final Path db;
    private final String name;
    private final DataLoader loader;
    private final StreamRDF stream;
    private final TextIndexBuilder text;

    BulkLoaderSink(DatasetGraph tdb, Path db, BulkLoad.Loader plan) {
        this.db = db;
        this.name = plan.name().toLowerCase(java.util.Locale.ROOT);
        this.loader = plan == BulkLoad.Loader.PARALLEL ? LoaderFactory.parallelLoader(tdb, (fmt, args) -> { })
                : LoaderFactory.phasedLoader(tdb, (fmt, args) -> { });
        this.text = TextIndexBuilder.forNewStore(db);
        loader.startBulk();
        StreamRDF toLoader = loader.stream();
        this.stream = new StreamRDFWrapper(toLoader) {
            @Override
            public void quad(Quad quad) {
                toLoader.quad(quad);
                text.add(quad);
            }
        };
        stream.start();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void add(BulkBatch batch) throws IOException {
        batch.source().sendTo(stream);
    }

    @Override
    public void finish(BulkLoadProgress progress) {
        progress.phase(BulkLoadProgress.Phase.INDEXING);
        stream.finish();
        loader.finishBulk();
        progress.phase(BulkLoadProgress.Phase.TEXT_INDEX);
        text.commit();
        text.close();
        PaperStore.open(db);
    }

    @Override
    public void abort(Exception cause) {
        text.close();
        loader.finishException(cause);
    }
}
