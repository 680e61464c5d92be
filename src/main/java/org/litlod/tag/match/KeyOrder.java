package org.litlod.tag.match;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;

/**
 * The sorted order of many strings, as a permutation of their indexes: a multikey (three-way
 * radix) quicksort on characters, which looks at each character of the shared prefixes about
 * once instead of once per comparison and sorts plain ints rather than boxed indexes. Equal
 * strings keep their index order, as a stable sort would. The order is that of
 * {@link String#compareTo}.
 */
public final class KeyOrder {

    private static final int SMALL = 12;

    private KeyOrder() {
    }

    /** The indexes of {@code keys[0, n)} in the order of their strings. */
    public static int[] of(String[] keys, int n) {
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        if (n >= PARALLEL) {
            ForkJoinPool.commonPool().invoke(new Sort(keys, order, 0, n, 0));
        } else {
            sort(keys, order, 0, n, 0);
        }
        return order;
    }

    /** Ranges at least this long are split between cores: the three parts of a partition are sorted at once. */
    private static final int PARALLEL = 50_000;

    /** The sort of one range on the common pool: partitioned here, its parts sorted as tasks of their own. */
    private static final class Sort extends RecursiveAction {
        private final String[] keys;
        private final int[] a;
        private final int lo;
        private final int hi;
        private final int d;

        Sort(String[] keys, int[] a, int lo, int hi, int d) {
            this.keys = keys;
            this.a = a;
            this.lo = lo;
            this.hi = hi;
            this.d = d;
        }

        @Override
        protected void compute() {
            if (hi - lo < PARALLEL) {
                sort(keys, a, lo, hi, d);
                return;
            }
            long bounds = partition(keys, a, lo, hi, d);
            int lt = (int) (bounds >>> 32);
            int gt = (int) bounds;
            ForkJoinTask<?> middle = charAt(keys[a[lt]], d) < 0
                    ? ForkJoinTask.adapt(() -> Arrays.sort(a, lt, gt + 1))
                    : new Sort(keys, a, lt, gt + 1, d + 1);
            invokeAll(new Sort(keys, a, lo, lt, d), new Sort(keys, a, gt + 1, hi, d), middle);
        }
    }

    /** Sorts {@code a[lo, hi)}, whose strings share their first {@code d} characters. */
    private static void sort(String[] keys, int[] a, int lo, int hi, int d) {
        while (hi - lo > SMALL) {
            long bounds = partition(keys, a, lo, hi, d);
            int lt = (int) (bounds >>> 32);
            int gt = (int) bounds;
            sort(keys, a, lo, lt, d);
            sort(keys, a, gt + 1, hi, d);
            if (charAt(keys[a[lt]], d) < 0) {
                Arrays.sort(a, lt, gt + 1);
                return;
            }
            lo = lt;
            hi = gt + 1;
            d++;
        }
        insertion(keys, a, lo, hi, d);
    }

    /**
     * Partitions {@code a[lo, hi)} three ways on character {@code d} of the middle key: before
     * {@code lt} the smaller, from {@code lt} to {@code gt} the equal, after {@code gt} the
     * larger; returns {@code lt} in the high and {@code gt} in the low half.
     */
    private static long partition(String[] keys, int[] a, int lo, int hi, int d) {
        int pivot = charAt(keys[a[lo + (hi - lo) / 2]], d);
        int lt = lo;
        int gt = hi - 1;
        int i = lo;
        while (i <= gt) {
            int c = charAt(keys[a[i]], d);
            if (c < pivot) {
                swap(a, lt++, i++);
            } else if (c > pivot) {
                swap(a, i, gt--);
            } else {
                i++;
            }
        }
        return ((long) lt << 32) | (gt & 0xFFFFFFFFL);
    }

    private static void insertion(String[] keys, int[] a, int lo, int hi, int d) {
        for (int i = lo + 1; i < hi; i++) {
            int x = a[i];
            int j = i - 1;
            while (j >= lo && less(keys, x, a[j], d)) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    /** Whether key {@code x} sorts before key {@code y}, both sharing their first {@code d} characters. */
    private static boolean less(String[] keys, int x, int y, int d) {
        String s = keys[x];
        String t = keys[y];
        int n = Math.min(s.length(), t.length());
        for (int k = d; k < n; k++) {
            char c = s.charAt(k);
            char e = t.charAt(k);
            if (c != e) {
                return c < e;
            }
        }
        return s.length() != t.length() ? s.length() < t.length() : x < y;
    }

    private static int charAt(String s, int d) {
        return d < s.length() ? s.charAt(d) : -1;
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
