package org.litlod.store;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Gives the {@link DataVersion} of a TDB2 database without reading its quads: the version is the
 * {@link QuadDigest} kept in a {@link VersionRecord}, which litlod's writes bring up to date from
 * the quads they add and remove ({@link VersionChange}), so a write costs in proportion to what
 * it changes. When the database is in a state the record does not name (a write that bypassed
 * litlod: SPARQL Update through the server, a TDB2 loader, a crash between a commit and its
 * record), the digest is computed from every quad once and recorded for that state. The tag
 * changes with any change of content, and is the same after a restart over unchanged data.
 */
final class StoreVersion {
    private VersionRecord cached;
    private Path cachedFolder;

    /** The version of the committed data; reads two index roots when nothing was written since. */
    DataVersion current(DatasetGraph tdb) {
        return Txn.calculateRead(tdb, () -> recorded(tdb)).version();
    }

    /**
     * The record of the state the current transaction on {@code tdb} sees, from memory or from
     * its file, or computed from every quad (and kept) when neither names this state.
     */
    synchronized VersionRecord recorded(DatasetGraph tdb) {
        IndexStamp stamp = IndexStamp.of(tdb);
        Path folder = VersionRecord.folder(tdb);
        if (cached != null && folder.equals(cachedFolder) && cached.stamp().equals(stamp)) {
            return cached;
        }
        Optional<VersionRecord> onDisk = VersionRecord.read(folder);
        if (onDisk.isPresent() && onDisk.get().stamp().equals(stamp)) {
            remember(folder, onDisk.get());
            return cached;
        }
        QuadDigest content = QuadDigest.of(tdb);
        VersionRecord before = cached != null ? cached : onDisk.orElse(null);
        VersionRecord now = before != null ? before.next(stamp, content) : VersionRecord.first(stamp, content, Instant.EPOCH);
        keep(folder, now);
        return now;
    }

    /** Starts tracking a write; call inside the write transaction, before it changes anything. */
    VersionChange change(DatasetGraph tdb) {
        return new VersionChange(recorded(tdb));
    }

    /**
     * Keeps the record {@code change} ends with after a load that may have sent a quad twice
     * (TDB2's bulk loader), when the store holds as many quads as the change counted: then no
     * quad came twice. Otherwise the digest is computed from the quads at the next call.
     *
     * @return the number of quads the store holds
     */
    long keepIfExact(DatasetGraph tdb, VersionChange change) {
        return Txn.calculateRead(tdb, () -> {
            VersionRecord after = change.end(tdb);
            long stored = IndexStamp.quadCount(tdb);
            if (after.digest().count() == stored) {
                keep(VersionRecord.folder(tdb), after);
            }
            return stored;
        });
    }

    /** Keeps the record of a state just committed, in memory and in its folder. */
    synchronized void keep(Path folder, VersionRecord record) {
        remember(folder, record);
        try {
            record.write(folder);
        } catch (UncheckedIOException e) {
            // the record is a shortcut: without it, the digest is computed again from the quads
        }
    }

    private void remember(Path folder, VersionRecord record) {
        cached = record;
        cachedFolder = folder;
    }
}
