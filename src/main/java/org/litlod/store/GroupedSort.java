package org.litlod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The keys of one index in the order of another that begins with the same columns. The keys come
 * in the first index's order, so they are already grouped by those leading columns: putting each
 * group in order alone, one after another, puts all of them in order. A quad index led by the
 * graph (GPOS) built from the primary (GSPO) sorts each graph's few hundred quads in memory,
 * instead of every quad of the store through runs on disk. With no leading columns in common the
 * whole input is one group: a plain external sort. A group larger than the sort's memory spills
 * to runs as any sort does.
 */
final class GroupedSort implements Iterator<long[]> {
    private final Iterator<long[]> keys;
    private final int[] slots;
    private final int shared;
    private final RecordSort sort;
    private long[] pending;
    private Iterator<long[]> group = Collections.emptyIterator();

    /**
     * @param keys   the keys in the source index's order, each a new array
     * @param slots  for each column of the new order, its place in a source key
     * @param shared how many leading columns the two orders have in common (0 to width)
     * @param sort   the sort that puts each group in order; cleared before each group
     */
    GroupedSort(Iterator<long[]> keys, int[] slots, int shared, RecordSort sort) {
        for (int i = 0; i < shared; i++) {
            if (slots[i] != i) {
                throw new IllegalArgumentException("column " + i + " of the new order is not column " + i + " of the source");
            }
        }
        this.keys = keys;
        this.slots = slots;
        this.shared = shared;
        this.sort = sort;
    }

    /** How many leading columns two index names (their columns in order, as "GSPO") have in common. */
    static int sharedColumns(String source, String target) {
        int n = 0;
        while (n < Math.min(source.length(), target.length()) && source.charAt(n) == target.charAt(n)) {
            n++;
        }
        return n;
    }

    @Override
    public boolean hasNext() {
        while (!group.hasNext()) {
            if (pending == null && !keys.hasNext()) {
                return false;
            }
            group = nextGroup();
        }
        return true;
    }

    @Override
    public long[] next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return group.next();
    }

    private Iterator<long[]> nextGroup() {
        try {
            sort.clear();
            long[] first = pending != null ? pending : keys.next();
            pending = null;
            sort.add(first, slots);
            while (keys.hasNext()) {
                long[] key = keys.next();
                if (!sameGroup(first, key)) {
                    pending = key;
                    break;
                }
                sort.add(key, slots);
            }
            return sort.sorted();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sort a group of index records", e);
        }
    }

    private boolean sameGroup(long[] a, long[] b) {
        for (int i = 0; i < shared; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }
}
