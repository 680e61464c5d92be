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
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.main.LoaderMain;
import org.apache.jena.tdb2.loader.main.LoaderPlan;
import org.apache.jena.tdb2.loader.main.LoaderPlans;
import org.apache.jena.tdb2.store.DatasetGraphTDB;

/**
 * Feeds the quads of a bulk load straight into TDB2's loader (no N-Quads text in between, so
 * nothing is parsed), and into the text index as they pass; then lets the loader finish its
 * indexes, records the data version from the quads that passed (the store's index records are
 * counted, to be sure none came twice), packs the indexes into full blocks ({@link IndexPacking}:
 * the loader leaves them half full) while the text index commits beside it, records the
 * store's size as the baseline of later compactions ({@link Compaction#ifGrown}) and removes the
 * store's unfinished mark. The quads of shared graphs (entity descriptions) come again with every
 * batch of documents that names the entity: those seen before ({@link SeenQuads}) are not sent
 * again, and they are not counted as they pass: the data version reads them back from the store
 * once the loader is done, which costs what the shared graphs hold, not what the store holds.
 * For a new store only: TDB2's bulk loaders are not transactional.
 *
 * <p>With the {@linkplain BulkStore.Loader#SORTED sorted} plan, TDB2's loader fills only the
 * primary index of each table, and packing builds the others from them; a failure to build them
 * fails the load (the store keeps its unfinished mark). With the others, a failure to pack is a
 * warning: the store is complete as the loader left it.
 */
final class LoaderWriter implements BulkWriter {
    private final Path db;
    private final Path mark;
    private final String name;
    private final DataLoader loader;
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
            case SORTED -> new LoaderMain(primariesOnly(tdb), tdb, (fmt, args) -> { });
            case PARALLEL -> LoaderFactory.parallelLoader(tdb, (fmt, args) -> { });
            case PHASED -> LoaderFactory.phasedLoader(tdb, (fmt, args) -> { });
        };
        this.text = TextIndexBuilder.forNewStore(db);
        this.tdb = tdb;
        this.shared = shared;
        this.change = Txn.calculateRead(tdb, () -> version.change(tdb));
        loader.startBulk();
        StreamRDF toLoader = loader.stream();
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
        loader.finishBulk();
        loaderFinished = true;
        Txn.executeRead(tdb, () -> sharedGraphs.forEach(g -> change.added(tdb.find(g, Node.ANY, Node.ANY, Node.ANY))));
        long stored = version.keepIfExact(tdb, change);
        stages.accept(Stage.PACKING);
        FutureTask<Void> committing = new FutureTask<>(text::commit, null);
        Thread committer = new Thread(committing, "text-index-commit");
        committer.setDaemon(true);
        committer.start();
        boolean stillUsable = false;
        try {
            IndexPacking.run(db, tdb, freeSpace);
            stillUsable = true;
        } catch (IOException e) {
            if (sorted) {
                throw e;
            }
            stillUsable = true;
            warnings.add(e.getMessage() + "; the store is complete with its indexes as the loader left them "
                    + "('litlod compact' packs them later)");
        } finally {
            if (!stillUsable) {
                awaited(committing);
            }
        }
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

    /** Waits for the text index's commit, which runs beside packing (its files are apart), and throws what it threw. */
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

    /**
     * A plan of TDB2's loader that fills the primary index of each table and no other
     * ({@link IndexPacking} builds the rest), with the parallel plan's input: a thread that parses,
     * one that looks up the nodes, one per index.
     */
    static LoaderPlan primariesOnly(DatasetGraph tdb) {
        DatasetGraphTDB storage = IndexStamp.database(tdb);
        String triples = storage.getTripleTable().getNodeTupleTable().getTupleTable().getIndex(0).getName();
        String quads = storage.getQuadTable().getNodeTupleTable().getTupleTable().getIndex(0).getName();
        return new LoaderPlan(LoaderPlans.loaderPlanParallel.dataInputType(), new String[] {triples},
                new String[] {quads}, new String[0][], new String[0][]);
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
        if (!loaderFinished) {
            loader.finishException(cause);
        }
    }
}
