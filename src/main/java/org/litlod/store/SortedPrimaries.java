package org.litlod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.base.BulkStartFinish;
import org.apache.jena.tdb2.loader.main.BulkProcesses;
import org.apache.jena.tdb2.loader.main.DataBatcher;
import org.apache.jena.tdb2.loader.main.DataToTuples;
import org.apache.jena.tdb2.loader.main.Destination;
import org.apache.jena.tdb2.loader.main.LoaderConst;
import org.apache.jena.tdb2.loader.main.PrefixHandlerBulk;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.StoragePrefixesTDB;
import org.apache.jena.tdb2.store.TableBase;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;

/**
 * The first stage of TDB2's bulk loaders, its node table, with the tuples it makes gathered into
 * a sort in the order of each table's primary index instead of inserted into the index. The
 * quads come through {@link #stream} (batched, and given node ids on a thread of TDB2's, as its
 * loaders do); after {@link #finish} the node table is committed, every index is still empty,
 * and {@link #sorts} hold the primaries' records, for {@link IndexPacking#build} to write in full
 * blocks. A B+tree that takes its records one by one in no order copies blocks to make room and
 * splits them half full; a sort and one pass bottom-up does neither.
 */
final class SortedPrimaries implements AutoCloseable {
    /** How many sorts share the memory the gathered records may take (the triple and quad tables'). */
    private static final int SHARERS = 2;
    /** The records a sort's memory holds at first; it grows as they come. */
    private static final int FIRST_RECORDS = 1 << 16;
    /**
     * How many quads may wait for their node ids before {@link #stream} waits too: one and a half
     * of the batches TDB2 hands its node-table thread ({@link LoaderConst#ChunkSize} quads each;
     * the batch being filled is not handed over, so the backlog must be larger than one). TDB2's
     * own queue holds ten; a node table that far behind is left to finish them alone, on one
     * core, after the last quad: the smaller the backlog, the shorter that end.
     */
    static final long BACKLOG = 3L * LoaderConst.ChunkSize / 2;
    /** Quads are counted against the backlog this many at a time. */
    private static final int CHECK_EVERY = 4096;

    private final TransactionCoordinator coordinator;
    private final Map<String, RecordSort> sorts = new LinkedHashMap<>();
    private final List<BulkStartFinish> stages;
    private final DataBatcher batcher;
    private final Path folder;
    private final StreamRDF stream;
    private final Object progress = new Object();
    private long sent;
    /** Tuples gathered so far; written by the node table's thread, under {@link #progress}. */
    private long gathered;
    /** Why gathering failed on the node table's thread (a run that could not be written), or null. */
    private volatile RuntimeException failure;
    private boolean exclusive;

    /**
     * @param storage the database, new and empty
     * @param folder  where runs that do not fit the memory go (a folder of its own)
     */
    SortedPrimaries(DatasetGraphTDB storage, Path folder) {
        this(storage, folder, RecordSort.runRecordsFor(4, Long.MAX_VALUE, SHARERS));
    }

    /** As the other constructor, with runs of at most {@code runRecords} records (tests). */
    SortedPrimaries(DatasetGraphTDB storage, Path folder, int runRecords) {
        this.coordinator = storage.getTxnSystem().getTxnMgr();
        this.folder = folder;
        Destination<Tuple<NodeId>> triples = gathering(storage.getTripleTable(), folder, runRecords);
        Destination<Tuple<NodeId>> quads = gathering(storage.getQuadTable(), folder, runRecords);
        PrefixHandlerBulk prefixes = new PrefixHandlerBulk((StoragePrefixesTDB) storage.getStoragePrefixes(), (fmt, args) -> { });
        DataToTuples toTuples = new DataToTuples(storage, triples, quads, (fmt, args) -> { });
        this.batcher = new DataBatcher(toTuples.data(), prefixes.handler(), (fmt, args) -> { });
        this.stages = List.of(prefixes, toTuples, batcher);
        this.stream = new StreamRDFWrapper(batcher) {
            @Override
            public void triple(Triple triple) {
                counted();
                super.triple(triple);
            }

            @Override
            public void quad(Quad quad) {
                counted();
                super.quad(quad);
            }
        };
    }

    /**
     * Counts one more quad sent; now and then waits while more than {@link #BACKLOG} wait for node
     * ids, and throws what gathering failed with.
     */
    private void counted() {
        if (++sent % CHECK_EVERY != 0) {
            return;
        }
        synchronized (progress) {
            while (failure == null && sent - gathered > BACKLOG) {
                try {
                    progress.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * A destination of the tuples of {@code table}: each key in its primary's order, into a sort
     * of its own with runs of at most {@code runRecords} (a quad's width: a triple's run holds as
     * many bytes). A failure is kept for the stream and {@link #finish} to throw: TDB2's thread
     * logs it, gives up its transaction and stops taking quads.
     */
    private Destination<Tuple<NodeId>> gathering(TableBase table, Path folder, int runRecords) {
        TupleIndex primary = table.getNodeTupleTable().getTupleTable().getIndex(0);
        int width = primary.getTupleLength();
        int[] slots = new int[width];
        for (int i = 0; i < width; i++) {
            slots[i] = primary.getMapping().getSlotIdx(i);
        }
        RecordSort sort = new RecordSort(width, (int) Math.min(Integer.MAX_VALUE / width, 4L * runRecords / width),
                FIRST_RECORDS, folder.resolve(primary.getName()));
        sorts.put(primary.getName(), sort);
        long[] key = new long[width];
        byte[] bytes = new byte[Long.BYTES];
        return chunk -> {
            try {
                for (Tuple<NodeId> t : chunk) {
                    for (int i = 0; i < width; i++) {
                        NodeIdFactory.set(t.get(i), bytes, 0);
                        key[i] = Bytes.getLong(bytes, 0);
                    }
                    sort.add(key, slots);
                }
                synchronized (progress) {
                    gathered += chunk.size();
                    progress.notifyAll();
                }
            } catch (IOException | RuntimeException e) {
                RuntimeException f = e instanceof RuntimeException r ? r
                        : new UncheckedIOException("cannot write a sort run of " + primary.getName() + " in " + folder, (IOException) e);
                synchronized (progress) {
                    failure = f;
                    progress.notifyAll();
                }
                throw f;
            }
        };
    }

    /** Starts the node table's thread and its transaction; the database is in TDB2's exclusive mode until {@link #finish} or {@link #abort}. */
    void start() {
        coordinator.startExclusiveMode();
        exclusive = true;
        BulkProcesses.start(stages);
    }

    /**
     * Where the quads go, from one thread; it waits while the node table is more than
     * {@link #BACKLOG} quads behind.
     */
    StreamRDF stream() {
        return stream;
    }

    /**
     * After the last quad: waits for the node table and commits it.
     *
     * @throws IOException when gathering failed (a run could not be written); the node table's
     *                     transaction was given up
     */
    void finish() throws IOException {
        BulkProcesses.finish(stages);
        endExclusive();
        if (failure instanceof UncheckedIOException e) {
            throw new IOException(e.getMessage(), e.getCause());
        }
        if (failure != null) {
            throw new IOException("gathering the records failed: " + failure, failure);
        }
    }

    /** Gives up after a failure: leaves TDB2's exclusive mode (the node table's transaction is not committed). */
    void abort() {
        endExclusive();
    }

    private void endExclusive() {
        if (exclusive) {
            exclusive = false;
            coordinator.finishExclusiveMode();
        }
    }

    /** The records gathered for each table's primary index, by the index's name; valid after {@link #finish}. */
    Map<String, RecordSort> sorts() {
        return sorts;
    }

    /** Deletes the runs written to disk, and their folder. */
    @Override
    public void close() throws IOException {
        for (RecordSort sort : sorts.values()) {
            sort.close();
        }
        StoreCreation.deleteTree(folder);
    }
}
