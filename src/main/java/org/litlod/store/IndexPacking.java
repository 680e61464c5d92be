package org.litlod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
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
 * <p>The sorted bulk loader leaves every index empty and gathers each table's records in a sort
 * in its primary index's order ({@link SortedPrimaries}); {@link #build} writes all indexes from
 * them in the same way: the primary as the records come, each other index after rearranging
 * them into its order and sorting them. An index that begins with the primary's first column
 * (GPOS and GOSP from GSPO) is sorted one group of that column at a time, in memory
 * ({@link GroupedSort}); the others sort all of the records ({@link RecordSort}, runs in
 * {@value #SORT}). The indexes of a rewrite are written on several threads
 * ({@link IndexRewrites}), with as many whole sorts at once as the free disk holds the runs of.
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
    /** The folder, in the store's folder, of the sort runs of indexes sorted from their table's gathered records. */
    static final String SORT = "sort.tmp";
    private static final Pattern DATA = Pattern.compile("Data-(\\d+)");
    /** Packed indexes take at most this share of the blocks of the indexes they replace (about 0.57 measured). */
    private static final double PACKED_SHARE = 0.7;
    /** Share of a block's record space a packed leaf fills, at least (TDB2's rewriter fills them but for a header). */
    private static final double GATHERED_FILL = 0.95;
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
        return rewrite(db, tdb, freeSpace, index -> index.isEmpty() ? Source.NONE : Source.ITSELF, Map.of());
    }

    /**
     * Builds the indexes of a database whose node table is loaded and whose indexes are all empty
     * ({@link SortedPrimaries}), from the records of each table gathered in a sort in its primary
     * index's order ({@code gathered}, by the primary's name; a record gathered twice is written
     * once): the primary is written from them as they come, each other index sorted from them
     * into its own order, all in one rewrite. {@code tdb} is closed afterwards.
     *
     * @throws IOException as {@link #run(Path, DatasetGraph, FreeSpace)}
     */
    static Result build(Path db, DatasetGraph tdb, FreeSpace freeSpace, Map<String, RecordSort> gathered)
            throws IOException {
        PaperStore.closeIfOpen(db);
        if (gathered.values().stream().allMatch(sort -> sort.size() == 0)) {
            return new Result(0, 0, 0);
        }
        Map<TupleIndex, TupleIndex> primaries = primaries(IndexStamp.database(tdb));
        return rewrite(db, tdb, freeSpace, index -> {
            RecordSort records = gathered.get(primaries.get(index).getName());
            return records == null || records.size() == 0 ? Source.NONE : Source.GATHERED;
        }, gathered);
    }

    /** Where the records of an index in the rewritten database come from. */
    private enum Source {
        /** The index is linked as it is. */
        NONE,
        /** The index's own records, already in order. */
        ITSELF,
        /**
         * The records gathered for its table in a sort in its primary's order ({@link #build}),
         * each once: as they come for the primary, sorted into the index's order for the others.
         */
        GATHERED
    }

    /** Each triple and quad index of {@code storage}, with its table's primary index, in the tables' order. */
    private static Map<TupleIndex, TupleIndex> primaries(DatasetGraphTDB storage) {
        Map<TupleIndex, TupleIndex> primaries = new LinkedHashMap<>();
        for (TableBase table : List.of(storage.getTripleTable(), storage.getQuadTable())) {
            TupleIndex[] indexes = table.getNodeTupleTable().getTupleTable().getIndexes();
            for (TupleIndex index : indexes) {
                primaries.put(index, indexes[0]);
            }
        }
        return primaries;
    }

    /**
     * Writes the indexes the plan gives a source into a new data folder, which replaces the
     * current one; {@code gathered} holds the records gathered for tables, by their primary's name.
     */
    private static Result rewrite(Path db, DatasetGraph tdb, FreeSpace freeSpace, Function<TupleIndex, Source> plan,
                                  Map<String, RecordSort> gathered) throws IOException {
        DatasetGraphTDB storage = IndexStamp.database(tdb);
        Path current = Path.of(storage.getLocation().getDirectoryPath());
        Map<TupleIndex, TupleIndex> primaries = primaries(storage);
        Map<TupleIndex, Source> sources = new LinkedHashMap<>();
        Txn.executeRead(tdb, () -> primaries.keySet().forEach(index -> sources.put(index, plan.apply(index))));
        Path sorting = db.resolve(SORT);
        Path work = db.resolve(WORK);
        List<IndexRewrites.Task> tasks = tasks(tdb, sources, primaries, gathered, work, sorting);
        long blocks = Txn.calculateRead(tdb, () -> blocksWritten(sources, primaries, gathered));
        long free = freeSpace.bytes();
        boolean building = sources.containsValue(Source.GATHERED);
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
     * {@link #PACKED_SHARE} of its blocks; one written from its table's gathered records, those
     * records in blocks {@link #GATHERED_FILL} full; call in a read transaction.
     */
    private static long blocksWritten(Map<TupleIndex, Source> sources, Map<TupleIndex, TupleIndex> primaries,
                                      Map<String, RecordSort> gathered) {
        double blocks = 0;
        for (Map.Entry<TupleIndex, Source> e : sources.entrySet()) {
            TupleIndex index = e.getKey();
            switch (e.getValue()) {
                case NONE -> { }
                case ITSELF -> blocks += PACKED_SHARE * indexBlocks(index);
                case GATHERED -> blocks += 1 + (double) gathered.get(primaries.get(index).getName()).size()
                        * tree(index).getRecordFactory().recordLength() / SystemTDB.BlockSize / GATHERED_FILL;
            }
        }
        return (long) blocks;
    }

    /**
     * The rewrite of each index the plan gives a source, each in a read transaction of its own.
     * An index sorted from records in the order of an index it shares no leading column with
     * sorts all of them, whose runs take as many blocks as they do; one led by the other's first
     * column is sorted a group at a time, in memory.
     */
    private static List<IndexRewrites.Task> tasks(DatasetGraph tdb, Map<TupleIndex, Source> sources,
            Map<TupleIndex, TupleIndex> primaries, Map<String, RecordSort> gathered, Path work, Path sorting) {
        List<IndexRewrites.Task> tasks = new ArrayList<>();
        Txn.executeRead(tdb, () -> sources.forEach((index, source) -> {
            TupleIndex primary = primaries.get(index);
            String name = index.getName();
            switch (source) {
                case NONE -> { }
                case ITSELF -> tasks.add(new IndexRewrites.Task(name, false, 0,
                        sharers -> Txn.calculateRead(tdb, () -> pack(index, Location.create(work.toString())))));
                case GATHERED -> {
                    RecordSort records = gathered.get(primary.getName());
                    boolean whole = GroupedSort.sharedColumns(primary.getName(), name) == 0;
                    long runBlocks = records.size() * primary.getTupleLength() * Long.BYTES / SystemTDB.BlockSize + 1;
                    tasks.add(new IndexRewrites.Task(name, whole, whole ? runBlocks : 0,
                            sharers -> Txn.calculateRead(tdb, () -> sortedInto(index, primary.getName(), once(records),
                                    records.size(), Location.create(work.toString()), sorting.resolve(name), sharers))));
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
     * Writes {@code keys}, which come in the order of the index named {@code order} (named by its
     * columns), each rearranged into the order of {@code index} and sorted, into full blocks of a
     * new tree named as the empty {@code index} in {@code target}; the sort's runs, for at most
     * {@code atMost} keys, go in {@code sorting}. Keys already in the index's order are written
     * as they come. Call in a read transaction.
     *
     * @return the blocks of the index before (none: it was empty) and after
     */
    private static long[] sortedInto(TupleIndex index, String order, Iterator<long[]> keys, long atMost, Location target,
                                     Path sorting, int sharers) {
        BPlusTree empty = tree(index);
        if (empty == null) {
            throw new IllegalStateException("not a B+tree index: " + index.getName());
        }
        RecordFactory factory = empty.getRecordFactory();
        FileSet destination = new FileSet(target, index.getName());
        int width = factory.keyLength() / Long.BYTES;
        int shared = GroupedSort.sharedColumns(order, index.getName());
        if (shared == width) {
            return new long[] {0, write(Iter.map(keys, k -> record(k, factory)), empty, destination)};
        }
        try (RecordSort sort = new RecordSort(width, RecordSort.runRecordsFor(width, atMost, sharers), sorting)) {
            Iterator<long[]> sorted = new GroupedSort(keys, slots(order, index.getName()), shared, sort);
            return new long[] {0, write(Iter.map(sorted, k -> record(k, factory)), empty, destination)};
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sort the records of " + index.getName(), e);
        }
    }

    /** The keys gathered in {@code records}, in order, each once (a key gathered twice comes out of the sort side by side). */
    private static Iterator<long[]> once(RecordSort records) {
        try {
            return Iter.filter(records.sorted(), new Predicate<long[]>() {
                private long[] last;

                @Override
                public boolean test(long[] key) {
                    boolean repeated = Arrays.equals(key, last);
                    last = key;
                    return !repeated;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sort the gathered records", e);
        }
    }

    /** The record of a key of longs. */
    private static Record record(long[] key, RecordFactory factory) {
        byte[] bytes = new byte[key.length * Long.BYTES];
        for (int i = 0; i < key.length; i++) {
            Bytes.setLong(key[i], bytes, i * Long.BYTES);
        }
        return factory.create(bytes);
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
