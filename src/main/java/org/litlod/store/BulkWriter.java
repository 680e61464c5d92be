package org.litlod.store;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Stores the quads of a bulk load, from one thread: TDB2's bulk loader into a new store, or one
 * write transaction per document graph into a store that holds data. Made by
 * {@link BulkStore#writer}.
 */
public interface BulkWriter {
    /** What finishing a load does after the last quads, in this order. */
    enum Stage {
        /** The loader finishes: its queue of quads, and the other indexes of TDB2's parallel and phased loaders. */
        INDEXING,
        /** The indexes of a new store are written into full blocks: packed, or, after the sorted loader, sorted from the records it gathered ({@link IndexPacking}). */
        PACKING,
        /** The text index is committed. */
        TEXT_INDEX
    }

    /** The loader's name for reports ("parallel", "phased" or "transactional"). */
    String name();

    /** Stores these quads. */
    void add(QuadSource quads) throws IOException;

    /**
     * Completes the load after the last quads: indexes (a new store's packed into full blocks),
     * then the text index; a new store loses its unfinished mark ({@value BulkStore#INCOMPLETE}).
     * {@code stages} hears of each stage as it begins (a transactional writer has none).
     *
     * @return the number of quads the store holds afterwards (what it held before included)
     */
    long finish(Consumer<Stage> stages) throws IOException;

    /** What finishing the load could not do but did not need to (packing without the disk for it), for the report. */
    default List<String> warnings() {
        return List.of();
    }

    /** Gives up after a failure; a new store keeps its unfinished mark, so the next bulk load restarts it. */
    void abort(Exception cause);
}
