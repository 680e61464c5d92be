package org.litlod.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * An external merge sort of index records: fixed-width keys of {@code width} longs, in the order
 * TDB2's B+trees keep them (a key's bytes compared unsigned, first to last, which is its longs
 * compared unsigned, first to last). Records are gathered in memory up to a run of
 * {@code runRecords}; a full run is sorted and written to a file of its own in {@code folder};
 * {@link #sorted} merges the runs (one run in memory is not written at all). Keys added more than
 * once come out as often, side by side. Not thread-safe until the last key is added: then any
 * thread may take the keys in order; {@link #close} deletes the run files; {@link #clear} also
 * starts again.
 */
final class RecordSort implements AutoCloseable {
    private static final int BUFFER = 1 << 20;
    private static final int INSERTION = 24;
    private static final int BUCKETS = 256;

    private final int width;
    private final Path folder;
    private final int runLength;
    private final int firstLength;
    private long[] run;
    private final List<Path> runFiles = new ArrayList<>();
    private int filled;
    private long added;
    private boolean ready;
    /** Where the buckets of each depth of division start, and where each is filled to ({@link #divide}), made when first needed. */
    private int[][] bucketStarts;
    private int[][] bucketNext;

    /**
     * @param width      longs per key
     * @param runRecords records sorted in memory at a time
     * @param folder     where the run files go (created when the first is written)
     */
    RecordSort(int width, int runRecords, Path folder) {
        this(width, runRecords, runRecords, folder);
    }

    /**
     * A sort whose memory holds {@code firstRecords} at first and grows as keys come, up to a run
     * of {@code runRecords}: for a number of keys not known beforehand.
     */
    RecordSort(int width, int runRecords, int firstRecords, Path folder) {
        if (width < 1 || runRecords < 2 || firstRecords < 1) {
            throw new IllegalArgumentException("width " + width + ", run of " + runRecords + " records");
        }
        this.width = width;
        this.folder = folder;
        this.runLength = Math.multiplyExact(width, runRecords);
        this.firstLength = Math.multiplyExact(width, Math.min(runRecords, firstRecords));
        this.run = new long[firstLength];
    }

    /**
     * The run size for at most {@code records} keys of {@code width} longs, for one of
     * {@code sharers} sorts at the same time: all of them when they fit in a share of half of the
     * heap this JVM has not used yet, else as many as fit there (at least 1,024).
     */
    static int runRecordsFor(int width, long records, int sharers) {
        Runtime jvm = Runtime.getRuntime();
        long unused = jvm.maxMemory() - (jvm.totalMemory() - jvm.freeMemory());
        long fit = unused / 2 / Math.max(1, sharers) / (8L * width);
        return (int) Math.max(1024, Math.min(Math.min(records, fit), Integer.MAX_VALUE / width));
    }

    /** Adds one key: the longs of {@code key} at the places {@code slots} names, in that order. */
    void add(long[] key, int[] slots) throws IOException {
        if (filled == run.length) {
            if (run.length < runLength) {
                run = Arrays.copyOf(run, (int) Math.max(firstLength, Math.min(runLength, 2L * run.length)));
            } else {
                spill();
            }
        }
        for (int slot : slots) {
            run[filled++] = key[slot];
        }
        added++;
    }

    /** How many keys were added since this sort was made or cleared. */
    long size() {
        return added;
    }

    /**
     * All keys added, in order, each as a new array of {@code width} longs; call after the last
     * {@link #add}. It may be called again, from any thread, for another pass over the same keys.
     * Once every key is in a run on disk, the memory of the runs is let go.
     */
    synchronized Iterator<long[]> sorted() throws IOException {
        if (!ready) {
            if (runFiles.isEmpty()) {
                sort(filled / width);
            } else {
                if (filled > 0) {
                    spill();
                }
                run = new long[0];
            }
            ready = true;
        }
        return runFiles.isEmpty() ? new InMemory(filled / width) : new Merge();
    }

    private void spill() throws IOException {
        sort(filled / width);
        Files.createDirectories(folder);
        Path file = folder.resolve("run-" + runFiles.size());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER))) {
            for (int i = 0; i < filled; i++) {
                out.writeLong(run[i]);
            }
        }
        runFiles.add(file);
        filled = 0;
    }

    /**
     * Forgets every key added and deletes the run files, to sort other keys with the same memory;
     * the iterator of {@link #sorted} must not be used after.
     */
    void clear() throws IOException {
        close();
        filled = 0;
        added = 0;
        ready = false;
    }

    @Override
    public void close() throws IOException {
        for (Path f : runFiles) {
            Files.deleteIfExists(f);
        }
        runFiles.clear();
    }

    /** Compares two keys of {@code width} longs, unsigned, first long first. */
    private static int compare(long[] a, int i, long[] b, int j, int width) {
        for (int k = 0; k < width; k++) {
            int c = Long.compareUnsigned(a[i + k], b[j + k]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Sorts the first {@code records} records of the run. */
    private void sort(int records) {
        if (bucketStarts == null) {
            bucketStarts = new int[width * Long.BYTES + 1][];
            bucketNext = new int[width * Long.BYTES + 1][];
        }
        sort(0, records, 0, 0);
    }

    /**
     * Sorts records {@code lo} (inclusive) to {@code hi} (exclusive) of the run, which are equal
     * in their columns before {@code column}, most significant byte first (an American flag
     * sort): the range is divided in place into up to 256 buckets by the highest byte in which
     * its keys differ, and each bucket sorted the same way; short ranges by insertion. A byte in
     * which all keys of a range agree costs one reading of the range, not a division, which
     * suits node ids, whose high bytes are mostly zero. {@code depth} counts the divisions above.
     */
    private void sort(int lo, int hi, int column, int depth) {
        while (hi - lo > INSERTION) {
            long first = run[lo * width + column];
            long differ = 0;
            for (int i = lo + 1; i < hi; i++) {
                differ |= run[i * width + column] ^ first;
            }
            if (differ == 0) {
                if (++column == width) {
                    return;
                }
                continue;
            }
            int shift = (Long.SIZE - 1 - Long.numberOfLeadingZeros(differ)) & -Long.BYTES;
            int[] starts = divide(lo, hi, column, shift, depth);
            for (int b = 0; b < BUCKETS; b++) {
                if (starts[b + 1] - starts[b] > 1) {
                    sort(starts[b], starts[b + 1], column, depth + 1);
                }
            }
            return;
        }
        for (int i = lo + 1; i < hi; i++) {
            for (int j = i; j > lo && compare(run, (j - 1) * width, run, j * width, width) > 0; j--) {
                swap(j - 1, j);
            }
        }
    }

    /**
     * Divides records {@code [lo, hi)} in place into buckets by the byte {@code shift} bits up in
     * their key's {@code column}; returns where each bucket starts, and last where they end.
     */
    private int[] divide(int lo, int hi, int column, int shift, int depth) {
        int[] starts = bucketStarts[depth];
        if (starts == null) {
            starts = new int[BUCKETS + 1];
            bucketStarts[depth] = starts;
        }
        Arrays.fill(starts, 0);
        for (int i = lo; i < hi; i++) {
            starts[bucket(i, column, shift) + 1]++;
        }
        starts[0] = lo;
        for (int b = 0; b < BUCKETS; b++) {
            starts[b + 1] += starts[b];
        }
        int[] next = bucketNext[depth];
        if (next == null) {
            next = new int[BUCKETS];
            bucketNext[depth] = next;
        }
        System.arraycopy(starts, 0, next, 0, BUCKETS);
        for (int b = 0; b < BUCKETS; b++) {
            int end = starts[b + 1];
            while (next[b] < end) {
                int i = next[b];
                int v = bucket(i, column, shift);
                while (v != b) {
                    swap(i, next[v]++);
                    v = bucket(i, column, shift);
                }
                next[b]++;
            }
        }
        return starts;
    }

    private int bucket(int record, int column, int shift) {
        return (int) (run[record * width + column] >>> shift) & (BUCKETS - 1);
    }

    private void swap(int a, int b) {
        int i = a * width;
        int j = b * width;
        for (int k = 0; k < width; k++) {
            long t = run[i + k];
            run[i + k] = run[j + k];
            run[j + k] = t;
        }
    }

    /** The keys of the only run, from memory. */
    private final class InMemory implements Iterator<long[]> {
        private final int count;
        private int next;

        InMemory(int count) {
            this.count = count;
        }

        @Override
        public boolean hasNext() {
            return next < count;
        }

        @Override
        public long[] next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            long[] key = new long[width];
            System.arraycopy(run, next++ * width, key, 0, width);
            return key;
        }
    }

    /** One run file read key by key. */
    private final class RunReader {
        private final DataInputStream in;
        private long[] current;

        RunReader(Path file) throws IOException {
            this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER));
            advance();
        }

        void advance() throws IOException {
            long[] key = new long[width];
            try {
                for (int k = 0; k < width; k++) {
                    key[k] = in.readLong();
                }
                current = key;
            } catch (EOFException end) {
                current = null;
                in.close();
            }
        }
    }

    /** The keys of every run file, merged. */
    private final class Merge implements Iterator<long[]> {
        private final PriorityQueue<RunReader> heads = new PriorityQueue<>(
                (a, b) -> compare(a.current, 0, b.current, 0, width));

        Merge() throws IOException {
            for (Path f : runFiles) {
                RunReader r = new RunReader(f);
                if (r.current != null) {
                    heads.add(r);
                }
            }
        }

        @Override
        public boolean hasNext() {
            return !heads.isEmpty();
        }

        @Override
        public long[] next() {
            RunReader r = heads.poll();
            if (r == null) {
                throw new NoSuchElementException();
            }
            long[] key = r.current;
            try {
                r.advance();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read a sort run in " + folder, e);
            }
            if (r.current != null) {
                heads.add(r);
            }
            return key;
        }
    }
}
