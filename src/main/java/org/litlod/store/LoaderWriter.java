package org.litlod.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Feeds the quads of a bulk load straight into TDB2's loader (no N-Quads text in between, so
 * nothing is parsed), and into the text index as they pass; then lets the loader finish and
 * packs the indexes into full blocks ({@link IndexPacking}: the loader leaves them half full),
 * while the text index, complete once the last quad has passed, commits beside both; records
 * the data version from the quads that passed (the store's index records are counted, to be
 * sure none came twice), records the store's size as the baseline of later compactions
 * ({@link Compaction#ifGrown}) and removes the store's unfinished mark. The quads of shared
 * graphs (entity descriptions) come again with every batch of documents that names the entity:
 * those seen before ({@link SeenQuads}) are not sent again, and they are not counted as they
 * pass: the data version reads them back from the store once the indexes are built, which
 * costs what the shared graphs hold, not what the store holds. For a new store only: TDB2's
 * bulk loaders are not transactional.
 *
 * <p>With the {@linkplain BulkStore.Loader#SORTED sorted} plan, only TDB2's node table takes the
 * quads as they come; each table's records are gathered in a sort ({@link SortedPrimaries}) and
 * every index is written from them ({@link IndexPacking#build}); a failure to build them fails
 * the load (the store keeps its unfinished mark). With the others, a failure to pack is a
 * warning: the store is complete as the loader left it.
 */
final class LoaderWriter implements BulkWriter {
    /** The folder, in the store's folder, of the sort runs of the primaries' records that do not fit the memory. */
    static final String GATHERED = "gathered.tmp";

    private final Path db;
    private final Path mark;
    private final String name;
    /** TDB2's loader (the parallel and phased plans), or null. */
    private final DataLoader loader;
    /** TDB2's node table with the primaries gathered in sorts (the sorted plan), or null. */
    private final SortedPrimaries primaries;
    private final StreamRDF stream;
    private final TextIndexBuilder text;
    private final DatasetGraph tdb;
    private final StoreVersion version = new StoreVersion();
    private final VersionChange change;
    private final Predicate<String> shared;
    private final Set<Node> sharedGraphs = new HashSet<>();
    private final SeenQuads sharedSent = new SeenQuads();
    private final List<String> warnings = new ArrayList<>();
    private final boolean sorted;
    private final IndexPacking.FreeSpace freeSpace;
    private boolean loaderFinished;
    private Node lastGraph;
    private boolean lastShared;

    LoaderWriter(DatasetGraph tdb, Path db, BulkStore.Loader plan, Path mark, Predicate<String> shared) {
        this(tdb, db, plan, mark, shared, IndexPacking.freeSpaceOf(db));
    }

    /** As the other constructor, with the free disk packing sees given by {@code freeSpace} (tests). */
    LoaderWriter(DatasetGraph tdb, Path db, BulkStore.Loader plan, Path mark, Predicate<String> shared,
            IndexPacking.FreeSpace freeSpace) {
        this.freeSpace = freeSpace;
        this.db = db;
        this.mark = mark;
        this.name = plan.label();
        this.sorted = plan == BulkStore.Loader.SORTED;
        this.loader = switch (plan) {
            case SORTED -> null;
            case PARALLEL -> LoaderFactory.parallelLoader(tdb, (fmt, args) -> { });
            case PHASED -> LoaderFactory.phasedLoader(tdb, (fmt, args) -> { });
        };
        this.primaries = sorted ? new SortedPrimaries(IndexStamp.database(tdb), db.resolve(GATHERED)) : null;
        this.text = TextIndexBuilder.forNewStore(db);
        this.tdb = tdb;
        this.shared = shared;
        this.change = Txn.calculateRead(tdb, () -> version.change(tdb));
        StreamRDF toLoader;
        if (sorted) {
            primaries.start();
            toLoader = primaries.stream();
        } else {
            loader.startBulk();
            toLoader = loader.stream();
        }
        this.stream = new StreamRDFWrapper(toLoader) {
            @Override
            public void quad(Quad quad) {
                boolean inShared = isShared(quad.getGraph());
                if (inShared && !sharedSent.firstTime(quad)) {
                    return;
                }
                toLoader.quad(quad);
                text.add(quad);
                if (inShared) {
                    sharedGraphs.add(quad.getGraph());
                } else {
                    change.loaded(quad);
                }
            }
        };
        stream.start();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void add(QuadSource quads) throws IOException {
        quads.sendTo(stream);
    }

    @Override
    public long finish(Consumer<Stage> stages) throws IOException {
        stages.accept(Stage.INDEXING);
        stream.finish();
        FutureTask<Void> committing = new FutureTask<>(text::commit, null);
        Thread committer = new Thread(committing, "text-index-commit");
        committer.setDaemon(true);
        committer.start();
        try {
            if (sorted) {
                primaries.finish();
            } else {
                loader.finishBulk();
            }
        } catch (IOException | RuntimeException e) {
            awaited(committing);
            throw e;
        }
        loaderFinished = true;
        stages.accept(Stage.PACKING);
        boolean stillUsable = false;
        try {
            if (sorted) {
                IndexPacking.build(db, tdb, freeSpace, primaries.sorts());
            } else {
                IndexPacking.run(db, tdb, freeSpace);
            }
            stillUsable = true;
        } catch (IOException e) {
            if (sorted) {
                throw e;
            }
            stillUsable = true;
            warnings.add(e.getMessage() + "; the store is complete with its indexes as the loader left them "
                    + "('litlod compact' packs them later)");
        } finally {
            if (sorted) {
                primaries.close();
            }
            if (!stillUsable) {
                awaited(committing);
            }
        }
        DatasetGraph built = DatabaseMgr.connectDatasetGraph(db.toString());
        Txn.executeRead(built, () -> sharedGraphs.forEach(g -> change.added(built.find(g, Node.ANY, Node.ANY, Node.ANY))));
        long stored = version.keepIfExact(built, change);
        stages.accept(Stage.TEXT_INDEX);
        ended(committing);
        text.close();
        PaperStore.open(db);
        Compaction.record(db, Compaction.size(db));
        Files.deleteIfExists(mark);
        return stored;
    }

    /** Waits for the text index's commit when the load fails anyway: what failed first is what is reported. */
    private static void awaited(FutureTask<Void> committing) {
        try {
            committing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // the load has failed already; the index is rolled back when the writer is aborted
        }
    }

    /**
     * Waits for the text index's commit, which runs beside the loader's end and the packing (its
     * files are apart), and throws what it threw.
     */
    private static void ended(FutureTask<Void> committing) throws IOException {
        try {
            committing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while committing the text index", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException("cannot commit the text index", cause);
        }
    }

    /** Whether quads of this graph belong to a shared graph; graphs come in runs, so the last answer is kept. */
    private boolean isShared(Node graph) {
        if (graph != lastGraph) {
            lastGraph = graph;
            lastShared = graph.isURI() && shared.test(graph.getURI());
        }
        return lastShared;
    }

    @Override
    public void abort(Exception cause) {
        text.close();
        if (sorted) {
            primaries.abort();
            try {
                primaries.close();
            } catch (IOException e) {
                cause.addSuppressed(e);
            }
        } else if (!loaderFinished) {
            loader.finishException(cause);
        }
    }
}
