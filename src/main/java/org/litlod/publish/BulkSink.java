package org.litlod.publish;

import java.io.IOException;

/**
 * Where a bulk load puts the batches: TDB2's bulk loader into a new store
 * ({@link BulkLoaderSink}), or one transaction per document into a store with data
 * ({@link TransactionalSink}). Called from one thread.
 */
interface BulkSink {
    /** The loader's name for the report ("parallel", "phased" or "transactional"). */
    String name();

    /** Stores one batch. */
    void add(BulkBatch batch) throws IOException;

    /** Completes the load after the last batch: indexes, then the text index. */
    void finish(BulkLoadProgress progress) throws IOException;

    /** Gives up after a failure; the store is left as the loader leaves it. */
    void abort(Exception cause);
}
