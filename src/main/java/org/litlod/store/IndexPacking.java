package org.litlod.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.block.BlockMgr;
import org.apache.jena.dboe.base.block.BlockMgrFactory;
import org.apache.jena.dboe.base.file.BufferChannel;
import org.apache.jena.dboe.base.file.FileFactory;
import org.apache.jena.dboe.base.file.FileSet;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.dboe.sys.Names;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.TableBase;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Rewrites the triple and quad indexes of a TDB2 database into full blocks. A B+tree block that
 * fills up is split into two half-full ones, so a database built record by record (TDB2's
 * loaders and transactions alike) keeps its index blocks about half full: each quad index takes
 * about 57 bytes per quad for 32 bytes of record. Every index is already in its own order, so
 * reading it from first to last record and writing the records bottom-up into full blocks (the
 * way Jena's {@code tdb2.xloader} writes the indexes it has sorted) gives the same index in about
 * 60 % of the space, with no sort.
 *
 * <p>The packed database is made as TDB2 makes a compacted one, in a new {@code Data-NNNN}
 * folder numbered after the current one: the packed indexes are written into a working folder
 * while the database is only read; then the database is closed, its other files (the node table,
 * the prefixes, the journal) are linked (or copied) into the working folder, which is renamed
 * into place in one step, and the older folders are deleted. A process killed at any point
 * leaves either the old folder as the newest, whole, or the new one (TDB2 opens the newest); a
 * working folder left by a killed process is deleted by the next packing. Packing needs free
 * disk for the packed indexes beside the old ones; it does not start without it. The data
 * version's record names a state by the roots of the primary indexes; a record of the state
 * before is carried over to the packed state.
 */
final class IndexPacking {
    /** The working folder, in the store's folder, where the packed database is made. */
    static final String WORK = "packing.tmp";
    private static final Pattern DATA = Pattern.compile("Data-(\\d+)");
    /** Packed indexes take at most this share of the blocks of the indexes they replace (about 0.57 measured). */
    private static final double PACKED_SHARE = 0.7;
    private static final int READ_CACHE = 10;
    private static final int WRITE_CACHE = 100;

    private IndexPacking() {
    }

    /**
     * The blocks the rewritten indexes took before and after packing (of {@link SystemTDB#BlockSize}
     * bytes), and how many indexes were rewritten.
     */
    record Result(long before, long after, int indexes) {
    }

    /**
     * Packs the indexes of the database in {@code db}, connected as {@code tdb} and used by
     * nothing else in this process or another. {@code tdb} is closed afterwards: connect to
     * {@code db} again to use it.
     *
     * @throws IOException as {@link #run(Path, DatasetGraph, FreeSpace)}
     */
    static Result run(Path db, DatasetGraph tdb) throws IOException {
        return run(db, tdb, () -> Files.getFileStore(db).getUsableSpace());
    }

    /**
     * As {@link #run(Path, DatasetGraph)}, with the free disk space given by {@code freeSpace}.
     *
     * @throws IOException when the disk has too little free space for the packed indexes (the
     *                     database is then left as it was, and {@code tdb} open), or packing fails
     */
    static Result run(Path db, DatasetGraph tdb, FreeSpace freeSpace) throws IOException {
        PaperStore.closeIfOpen(db);
        DatasetGraphTDB storage = IndexStamp.database(tdb);
        Path current = Path.of(storage.getLocation().getDirectoryPath());
        List<TupleIndex> indexes = new ArrayList<>();
        for (TableBase table : List.of(storage.getTripleTable(), storage.getQuadTable())) {
            indexes.addAll(List.of(table.getNodeTupleTable().getTupleTable().getIndexes()));
        }
        long needed = (long) (PACKED_SHARE * SystemTDB.BlockSize * Txn.calculateRead(tdb, () -> indexBlocks(indexes)));
        long free = freeSpace.bytes();
        if (free < needed) {
            throw new IOException(String.format("%s: not packing the indexes: they need about %d MB of free disk, "
                    + "and %d MB are free", db, needed >> 20, free >> 20));
        }
        Path work = db.resolve(WORK);
        StoreCreation.deleteTree(work);
        Files.createDirectories(work);
        Location target = Location.create(work.toString());
        Optional<VersionRecord> version = Txn.calculateRead(tdb, () -> VersionRecord.of(tdb));
        Set<String> rewritten = new HashSet<>();
        long before = 0;
        long after = 0;
        try {
            for (TupleIndex index : indexes) {
                long[] blocks = Txn.calculateRead(tdb, () -> pack(index, target));
                if (blocks != null) {
                    rewritten.add(index.getName());
                    before += blocks[0];
                    after += blocks[1];
                }
            }
            TDBInternal.expel(tdb);
            linkTheRest(current, work, rewritten);
        } catch (IOException | RuntimeException e) {
            StoreCreation.deleteTree(work);
            throw new IOException("cannot pack the indexes of " + db + ": " + e.getMessage(), e);
        }
        int number = number(current) + 1;
        Files.move(work, current.resolveSibling(String.format("Data-%04d", number)), StandardCopyOption.ATOMIC_MOVE);
        try (Stream<Path> folders = Files.list(db)) {
            for (Path old : folders.filter(f -> DATA.matcher(f.getFileName().toString()).matches() && number(f) < number).toList()) {
                StoreCreation.deleteTree(old);
            }
        }
        if (version.isPresent()) {
            DatasetGraph reopened = DatabaseMgr.connectDatasetGraph(db.toString());
            Txn.executeRead(reopened, () -> version.get().movedTo(reopened).write(VersionRecord.folder(reopened)));
        }
        return new Result(before, after, rewritten.size());
    }

    /** The free disk space where the store is, in bytes. */
    @FunctionalInterface
    interface FreeSpace {
        long bytes() throws IOException;
    }

    /** The blocks {@code indexes} take; call in a read transaction. */
    private static long indexBlocks(List<TupleIndex> indexes) {
        long blocks = 0;
        for (TupleIndex index : indexes) {
            BPlusTree tree = tree(index);
            blocks += tree == null ? 0 : blocks(tree);
        }
        return blocks;
    }

    private static int number(Path dataFolder) {
        Matcher m = DATA.matcher(dataFolder.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalStateException("not a TDB2 data folder: " + dataFolder);
        }
        return Integer.parseInt(m.group(1));
    }

    /** Links (or copies) into {@code work} the files of {@code current} that packing did not rewrite, but the version record. */
    private static void linkTheRest(Path current, Path work, Set<String> rewritten) throws IOException {
        try (Stream<Path> files = Files.list(current)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                int dot = name.lastIndexOf('.');
                boolean packed = dot > 0 && rewritten.contains(name.substring(0, dot));
                if (!packed && !name.equals(VersionRecord.FILE) && Files.isRegularFile(f)) {
                    linkOrCopy(f, work.resolve(name));
                }
            }
        }
    }

    private static void linkOrCopy(Path from, Path to) throws IOException {
        try {
            Files.createLink(to, from);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /**
     * Writes the records of a non-empty index, in order, into full blocks of a new tree of the
     * same name in {@code target}; call in a read transaction.
     *
     * @return the blocks of the index before and after, null when it is empty (and left as it is)
     */
    private static long[] pack(TupleIndex index, Location target) {
        BPlusTree tree = tree(index);
        if (tree == null || tree.isEmpty()) {
            return null;
        }
        FileSet destination = new FileSet(target, index.getName());
        int blockSize = SystemTDB.BlockSize;
        BufferChannel state = FileFactory.createBufferChannel(destination, Names.extBptState);
        BlockMgr nodes = BlockMgrFactory.create(destination, Names.extBptTree, blockSize, READ_CACHE, WRITE_CACHE);
        BlockMgr records = BlockMgrFactory.create(destination, Names.extBptRecords, blockSize, READ_CACHE, WRITE_CACHE);
        BPlusTree packed = BPlusTreeRewriter.packIntoBPlusTree(tree.iterator(), tree.getParams(), tree.getRecordFactory(),
                state, nodes, records);
        long[] blocks = {blocks(tree), blocks(packed)};
        packed.sync();
        packed.close();
        return blocks;
    }

    private static BPlusTree tree(TupleIndex index) {
        if (index instanceof TupleIndexRecord r) {
            RangeIndex range = r.getRangeIndex();
            return range instanceof BPlusTree b ? b : null;
        }
        return null;
    }

    private static long blocks(BPlusTree tree) {
        return tree.getNodeManager().allocLimit() + tree.getRecordsMgr().allocLimit();
    }
}
