package org.litlod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.block.BlockMgr;
import org.apache.jena.dboe.base.block.BlockMgrFactory;
import org.apache.jena.dboe.base.file.BufferChannel;
import org.apache.jena.dboe.base.file.FileFactory;
import org.apache.jena.dboe.base.file.FileSet;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
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
 * <p>A database loaded into its primary indexes only (the sorted bulk loader's) has its other
 * indexes empty: each of them is built from its table's primary, the records rearranged into
 * the index's order and sorted, then written into full blocks in the same way. An index that
 * begins with the primary's first column (GPOS and GOSP from GSPO) is sorted one group of that
 * column at a time, in memory ({@link GroupedSort}); the others sort all of the primary
 * ({@link RecordSort}, runs in {@value #SORT}). The primaries are packed first, in a rewrite of
 * their own, so that the half-full primary is gone before the other indexes take their space.
 * The indexes of a rewrite are written on several threads ({@link IndexRewrites}), with as many
 * whole sorts at once as the free disk holds the runs of.
 *
 * <p>The rewritten database is made as TDB2 makes a compacted one, in a new {@code Data-NNNN}
 * folder numbered after the current one: the rewritten indexes are written into a working folder
 * while the database is only read; then the database is closed, its other files (the node table,
 * the prefixes, the journal, the indexes not rewritten) are linked (or copied) into the working
 * folder, which is renamed into place in one step, and the older folders are deleted. A process
 * killed at any point leaves either the old folder as the newest, whole, or the new one (TDB2
 * opens the newest); a working folder left by a killed process is deleted by the next rewrite.
 * Each rewrite needs free disk for the indexes it writes beside the old ones; it does not start
 * without it. The data version's record names a state by the roots of the primary indexes; a
 * record of the state before is carried over to the rewritten state.
 */
final class IndexPacking {
    /** The working folder, in the store's folder, where the packed database is made. */
    static final String WORK = "packing.tmp";
    /** The folder, in the store's folder, of the sort runs of indexes built from their primary. */
    static final String SORT = "sort.tmp";
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
        return run(db, tdb, freeSpaceOf(db));
    }

    /** The free disk where {@code db} is. */
    static FreeSpace freeSpaceOf(Path db) {
        return () -> Files.getFileStore(db).getUsableSpace();
    }

    /**
     * As {@link #run(Path, DatasetGraph)}, with the free disk space given by {@code freeSpace}.
     *
     * @throws IOException when the disk has too little free space for the packed or built indexes
     *                     (the database is then left as the last rewrite made it), or a rewrite fails
     */
    static Result run(Path db, DatasetGraph tdb, FreeSpace freeSpace) throws IOException {
        PaperStore.closeIfOpen(db);
        DatasetGraphTDB storage = IndexStamp.database(tdb);
        Set<String> unbuilt = Txn.calculateRead(tdb, () -> unbuilt(storage));
        Result packed = rewrite(db, tdb, freeSpace, index -> index.isEmpty() ? Source.NONE : Source.ITSELF);
        if (unbuilt.isEmpty()) {
            return packed;
        }
        DatasetGraph again = DatabaseMgr.connectDatasetGraph(db.toString());
        Result built = rewrite(db, again, freeSpace, index -> unbuilt.contains(index.getName()) ? Source.PRIMARY : Source.NONE);
        return new Result(packed.before() + built.before(), packed.after() + built.after(), packed.indexes() + built.indexes());
    }

    /** Where the records of an index in the rewritten database come from. */
    private enum Source {
        /** The index is linked as it is. */
        NONE,
        /** The index's own records, already in order. */
        ITSELF,
        /** The records of its table's primary index, sorted into the index's order. */
        PRIMARY
    }

    /**
     * The names of the secondary indexes left empty beside a primary index that is not (the
     * sorted loader's doing); call in a read transaction.
     */
    private static Set<String> unbuilt(DatasetGraphTDB storage) {
        Set<String> unbuilt = new HashSet<>();
        for (TableBase table : List.of(storage.getTripleTable(), storage.getQuadTable())) {
            TupleIndex[] indexes = table.getNodeTupleTable().getTupleTable().getIndexes();
            for (int i = 1; i < indexes.length && !indexes[0].isEmpty(); i++) {
                if (indexes[i].isEmpty()) {
                    unbuilt.add(indexes[i].getName());
                }
            }
        }
        return unbuilt;
    }

    /** Writes the indexes the plan gives a source into a new data folder, which replaces the current one. */
    private static Result rewrite(Path db, DatasetGraph tdb, FreeSpace freeSpace, Function<TupleIndex, Source> plan)
            throws IOException {
        DatasetGraphTDB storage = IndexStamp.database(tdb);
        Path current = Path.of(storage.getLocation().getDirectoryPath());
        Map<TupleIndex, TupleIndex> primaries = new LinkedHashMap<>();
        for (TableBase table : List.of(storage.getTripleTable(), storage.getQuadTable())) {
            TupleIndex[] indexes = table.getNodeTupleTable().getTupleTable().getIndexes();
            for (TupleIndex index : indexes) {
                primaries.put(index, indexes[0]);
            }
        }
        Map<TupleIndex, Source> sources = new LinkedHashMap<>();
        Txn.executeRead(tdb, () -> primaries.keySet().forEach(index -> sources.put(index, plan.apply(index))));
        Path sorting = db.resolve(SORT);
        Path work = db.resolve(WORK);
        List<IndexRewrites.Task> tasks = tasks(tdb, sources, primaries, work, sorting);
        long blocks = Txn.calculateRead(tdb, () -> blocksWritten(sources, primaries));
        long free = freeSpace.bytes();
        boolean building = sources.containsValue(Source.PRIMARY);
        int sortsAtOnce = IndexRewrites.sortsAtOnce(tasks, blocks, free / SystemTDB.BlockSize);
        long needed = (blocks + IndexRewrites.runBlocks(tasks, sortsAtOnce)) * SystemTDB.BlockSize;
        if (free < needed) {
            throw new IOException(String.format("%s: not %s the indexes: they need about %d MB of free disk, "
                    + "and %d MB are free", db, building ? "building" : "packing", needed >> 20, free >> 20));
        }
        StoreCreation.deleteTree(work);
        StoreCreation.deleteTree(sorting);
        Files.createDirectories(work);
        Optional<VersionRecord> version = Txn.calculateRead(tdb, () -> VersionRecord.of(tdb));
        Set<String> rewritten = new HashSet<>();
        long before = 0;
        long after = 0;
        try {
            for (Map.Entry<String, long[]> written : IndexRewrites.run(tasks, sortsAtOnce).entrySet()) {
                rewritten.add(written.getKey());
                before += written.getValue()[0];
                after += written.getValue()[1];
            }
            TDBInternal.expel(tdb);
            linkTheRest(current, work, rewritten,
                    primaries.keySet().stream().map(TupleIndex::getName).collect(Collectors.toSet()));
        } catch (IOException | RuntimeException e) {
            StoreCreation.deleteTree(work);
            throw new IOException("cannot " + (building ? "build" : "pack") + " the indexes of " + db + ": "
                    + e.getMessage(), e);
        } finally {
            StoreCreation.deleteTree(sorting);
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

    /**
     * The blocks the rewritten indexes take at most beside the old ones: a packed index at most
     * {@link #PACKED_SHARE} of its blocks; an index built from its primary, as much as the
     * primary; call in a read transaction.
     */
    private static long blocksWritten(Map<TupleIndex, Source> sources, Map<TupleIndex, TupleIndex> primaries) {
        double blocks = 0;
        for (Map.Entry<TupleIndex, Source> e : sources.entrySet()) {
            if (e.getValue() == Source.ITSELF) {
                blocks += PACKED_SHARE * indexBlocks(e.getKey());
            } else if (e.getValue() == Source.PRIMARY) {
                blocks += indexBlocks(primaries.get(e.getKey()));
            }
        }
        return (long) blocks;
    }

    /**
     * The rewrite of each index the plan gives a source, each in a read transaction of its own.
     * An index built from a primary it shares no leading column with sorts all of the primary,
     * whose runs take as many blocks as the primary; one led by the primary's first column is
     * sorted a group at a time, in memory.
     */
    private static List<IndexRewrites.Task> tasks(DatasetGraph tdb, Map<TupleIndex, Source> sources,
            Map<TupleIndex, TupleIndex> primaries, Path work, Path sorting) {
        List<IndexRewrites.Task> tasks = new ArrayList<>();
        Txn.executeRead(tdb, () -> sources.forEach((index, source) -> {
            TupleIndex primary = primaries.get(index);
            switch (source) {
                case NONE -> { }
                case ITSELF -> tasks.add(new IndexRewrites.Task(index.getName(), false, 0,
                        sharers -> Txn.calculateRead(tdb, () -> pack(index, Location.create(work.toString())))));
                case PRIMARY -> {
                    int shared = GroupedSort.sharedColumns(primary.getName(), index.getName());
                    tasks.add(new IndexRewrites.Task(index.getName(), shared == 0, shared == 0 ? indexBlocks(primary) : 0,
                            sharers -> Txn.calculateRead(tdb, () -> build(index, primary, shared,
                                    Location.create(work.toString()), sorting.resolve(index.getName()), sharers))));
                }
            }
        }));
        return tasks;
    }

    /** The free disk space where the store is, in bytes. */
    @FunctionalInterface
    interface FreeSpace {
        long bytes() throws IOException;
    }

    /** The blocks {@code index} takes; call in a read transaction. */
    private static long indexBlocks(TupleIndex index) {
        BPlusTree tree = tree(index);
        return tree == null ? 0 : blocks(tree);
    }

    private static int number(Path dataFolder) {
        Matcher m = DATA.matcher(dataFolder.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalStateException("not a TDB2 data folder: " + dataFolder);
        }
        return Integer.parseInt(m.group(1));
    }

    /**
     * Links (or copies) into {@code work} the files of {@code current} that packing did not
     * rewrite, but the version record and the files of indexes the database does not use.
     */
    private static void linkTheRest(Path current, Path work, Set<String> rewritten, Set<String> live) throws IOException {
        try (Stream<Path> files = Files.list(current)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                int dot = name.lastIndexOf('.');
                boolean packed = dot > 0 && rewritten.contains(name.substring(0, dot));
                if (!packed && !name.equals(VersionRecord.FILE) && !StoreLayout.isUnusedIndexFile(name, live)
                        && Files.isRegularFile(f)) {
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
        return new long[] {blocks(tree), write(tree.iterator(), tree, new FileSet(target, index.getName()))};
    }

    /** Writes {@code records}, in order, bottom-up into full blocks of a new tree made as {@code like} in {@code destination}; returns its blocks. */
    private static long write(Iterator<Record> records, BPlusTree like, FileSet destination) {
        int blockSize = SystemTDB.BlockSize;
        BufferChannel state = FileFactory.createBufferChannel(destination, Names.extBptState);
        BlockMgr nodes = BlockMgrFactory.create(destination, Names.extBptTree, blockSize, READ_CACHE, WRITE_CACHE);
        BlockMgr leaves = BlockMgrFactory.create(destination, Names.extBptRecords, blockSize, READ_CACHE, WRITE_CACHE);
        BPlusTree packed = BPlusTreeRewriter.packIntoBPlusTree(records, like.getParams(), like.getRecordFactory(),
                state, nodes, leaves);
        long blocks = blocks(packed);
        packed.sync();
        packed.close();
        return blocks;
    }

    /**
     * Writes the records of {@code primary}, each rearranged into the order of {@code index} and
     * sorted, into full blocks of a new tree named as {@code index} in {@code target}; the sort's
     * runs go in {@code sorting}. Call in a read transaction.
     *
     * @return the blocks of the index before (none: it was empty) and after
     */
    private static long[] build(TupleIndex index, TupleIndex primary, int shared, Location target, Path sorting,
                                int sharers) {
        BPlusTree source = tree(primary);
        BPlusTree empty = tree(index);
        if (source == null || empty == null) {
            throw new IllegalStateException("not a B+tree index: " + (source == null ? primary : index).getName());
        }
        int width = source.getRecordFactory().keyLength() / Long.BYTES;
        int[] slots = slots(primary.getName(), index.getName());
        RecordFactory factory = empty.getRecordFactory();
        long atMost = source.getRecordsMgr().allocLimit() * (SystemTDB.BlockSize / source.getRecordFactory().recordLength());
        try (RecordSort sort = new RecordSort(width, RecordSort.runRecordsFor(width, atMost, sharers), sorting)) {
            Iterator<long[]> keys = Iter.map(source.iterator(), r -> {
                long[] key = new long[width];
                for (int k = 0; k < width; k++) {
                    key[k] = Bytes.getLong(r.getKey(), k * Long.BYTES);
                }
                return key;
            });
            Iterator<long[]> sorted = new GroupedSort(keys, slots, shared, sort);
            Iterator<Record> records = Iter.map(sorted, k -> {
                byte[] bytes = new byte[width * Long.BYTES];
                for (int i = 0; i < width; i++) {
                    Bytes.setLong(k[i], bytes, i * Long.BYTES);
                }
                return factory.create(bytes);
            });
            return new long[] {0, write(records, empty, new FileSet(target, index.getName()))};
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sort the records of " + index.getName(), e);
        }
    }

    /** For each column of {@code index}, its place in {@code primary}: both are named by their columns in order. */
    private static int[] slots(String primary, String index) {
        int[] slots = new int[index.length()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = primary.indexOf(index.charAt(i));
            if (slots[i] < 0 || index.length() != primary.length()) {
                throw new IllegalStateException("index " + index + " is not an order of the columns of " + primary);
            }
        }
        return slots;
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
