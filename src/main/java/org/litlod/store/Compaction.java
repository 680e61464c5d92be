package org.litlod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Compacts the TDB2 database of a store. TDB2 never reuses space: every write transaction adds
 * new blocks, and a replaced graph's old ones stay on disk. Compaction writes the live data into
 * a new {@code Data-NNNN} folder and deletes the old one (TDB2's compaction); then the indexes
 * of that copy, which TDB2 leaves half full, are packed into full blocks in one more new folder
 * ({@link IndexPacking}). The text index (a separate Lucene folder) is left as it is: it indexes
 * the same data, which compaction does not change; so is the data version, whose record moves to
 * the new folder.
 *
 * <p>The size after the last compaction (or of the empty store when it was created) is kept in
 * {@value #RECORD} in the store folder, so that {@link #ifGrown} can tell how much the store has
 * grown since. Sizes are the lengths of the store's files, as TDB2 sets them: it lengthens its
 * index files in steps of 8 MB ahead of use, so an empty store measures about 190 MB this way
 * (although {@code du} shows little of it in use), and growth beyond that follows the data.
 */
public final class Compaction {
    /** File in the store folder holding the store's size in bytes after its last compaction. */
    public static final String RECORD = "compacted-size";

    private Compaction() {
    }

    /** The store's size before and after a compaction, in bytes ({@code compacted} false when none ran). */
    public record Result(long before, long after, boolean compacted) {
    }

    /**
     * Compacts the store in {@code dir}. A {@link PaperStore} of {@code dir} open in this JVM is
     * closed first (open it again afterwards); the store must not be served meanwhile.
     *
     * @throws NoStoreException when {@code dir} holds no store
     */
    public static Result run(Path dir) {
        if (!StoreCreation.holdsDatabase(dir)) {
            throw new NoStoreException(dir);
        }
        PaperStore.closeIfOpen(dir);
        long before = size(dir);
        DatasetGraph tdb = StoreInUseException.translating(dir, () -> DatabaseMgr.connectDatasetGraph(dir.toString()));
        Optional<VersionRecord> version = Txn.calculateRead(tdb, () -> VersionRecord.of(tdb));
        DatabaseMgr.compact(tdb, true);
        // TDB2 makes the compacted copy with its default six quad indexes; connected again, the
        // copy uses the indexes of its layout (StoreLayout), and packing leaves the others out.
        TDBInternal.expel(tdb);
        DatasetGraph compacted = DatabaseMgr.connectDatasetGraph(dir.toString());
        version.ifPresent(v -> Txn.executeRead(compacted, () -> v.movedTo(compacted).write(VersionRecord.folder(compacted))));
        try {
            IndexPacking.run(dir, compacted);
        } catch (IOException e) {
            throw new UncheckedIOException("LITLOD-STORE-012 " + dir + ": the store is compacted, but its indexes "
                    + "were not packed: " + e.getMessage(), e);
        }
        long after = size(dir);
        record(dir, after);
        return new Result(before, after, true);
    }

    /**
     * Compacts the store in {@code dir} when it is larger than {@code minBytes} and more than
     * {@code factor} times its size after the last compaction (a store never compacted is
     * compacted once it is larger than {@code minBytes}, as is a store made before sizes were
     * recorded). A factor of 0 or less never compacts.
     */
    public static Result ifGrown(Path dir, double factor, long minBytes) {
        long now = size(dir);
        if (factor <= 0 || now <= minBytes || now <= factor * recorded(dir)) {
            return new Result(now, now, false);
        }
        return run(dir);
    }

    /** Length in bytes of all files in the store folder (TDB2 data and text index). */
    public static long size(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("LITLOD-STORE-012 cannot measure the store in " + dir, e);
        }
    }

    /** The size recorded after the last compaction, 0 when there was none. */
    static long recorded(Path dir) {
        Path f = dir.resolve(RECORD);
        try {
            return Files.isRegularFile(f) ? Long.parseLong(Files.readString(f, StandardCharsets.UTF_8).strip()) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    static void record(Path dir, long bytes) {
        try {
            Files.writeString(dir.resolve(RECORD), bytes + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("LITLOD-STORE-012 cannot record the compacted size in " + dir, e);
        }
    }
}
