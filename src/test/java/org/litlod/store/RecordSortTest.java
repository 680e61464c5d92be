package org.litlod.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sorting index keys in runs and merging them: the order of TDB2's B+trees, unsigned. */
class RecordSortTest {
    /** Distinct keys of four longs, some with the high bit set (as TDB2's inline values have), few values per column. */
    private static List<long[]> keys(int n, long seed) {
        Random random = new Random(seed);
        Set<List<Long>> seen = new HashSet<>();
        List<long[]> keys = new ArrayList<>();
        while (keys.size() < n) {
            long[] key = new long[4];
            for (int k = 0; k < 4; k++) {
                long v = random.nextInt(12);
                key[k] = random.nextBoolean() ? v | Long.MIN_VALUE : v;
            }
            if (seen.add(List.of(key[0], key[1], key[2], key[3]))) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** Keys in TDB2's order: longs compared unsigned, first to last. */
    static final Comparator<long[]> UNSIGNED = (a, b) -> {
        for (int k = 0; k < a.length; k++) {
            int c = Long.compareUnsigned(a[k], b[k]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    private static List<long[]> sortedBy(RecordSort sort, List<long[]> keys, int[] slots) throws IOException {
        for (long[] key : keys) {
            sort.add(key, slots);
        }
        List<long[]> out = new ArrayList<>();
        sort.sorted().forEachRemaining(out::add);
        return out;
    }

    /** The keys rearranged by {@code slots}, sorted. */
    static List<long[]> expected(List<long[]> keys, int[] slots) {
        List<long[]> want = new ArrayList<>();
        for (long[] key : keys) {
            long[] k = new long[slots.length];
            for (int i = 0; i < slots.length; i++) {
                k[i] = key[slots[i]];
            }
            want.add(k);
        }
        want.sort(UNSIGNED);
        return want;
    }

    static void assertSameKeys(List<long[]> want, List<long[]> got) {
        assertEquals(want.size(), got.size());
        for (int i = 0; i < want.size(); i++) {
            assertArrayEquals(want.get(i), got.get(i), "key " + i);
        }
    }

    @Test
    void keysInManyRunsComeOutMergedInUnsignedOrderOfTheirNewColumns(@TempDir Path dir) throws IOException {
        List<long[]> keys = keys(5000, 7);
        int[] posg = {2, 3, 1, 0};
        Path runs = dir.resolve("runs");
        List<long[]> got;
        try (RecordSort sort = new RecordSort(4, 300, runs)) {
            got = sortedBy(sort, keys, posg);
            try (Stream<Path> files = Files.list(runs)) {
                assertEquals(17, files.count(), "5,000 keys in runs of 300");
            }
        }
        assertSameKeys(expected(keys, posg), got);
        assertTrue(got.get(0)[0] >= 0 && got.get(got.size() - 1)[0] < 0, "keys with the high bit set come last");
        try (Stream<Path> files = Files.list(runs)) {
            assertEquals(0, files.count(), "closing deletes the runs");
        }
    }

    @Test
    void keysThatFitOneRunAreSortedInMemory(@TempDir Path dir) throws IOException {
        List<long[]> keys = keys(2000, 11);
        int[] spo = {0, 1, 2};
        Path runs = dir.resolve("runs");
        try (RecordSort sort = new RecordSort(3, 2000, runs)) {
            List<long[]> threeColumns = new ArrayList<>();
            Set<List<Long>> seen = new HashSet<>();
            for (long[] k : keys) {
                if (seen.add(List.of(k[0], k[1], k[2]))) {
                    threeColumns.add(k);
                }
            }
            assertSameKeys(expected(threeColumns, spo), sortedBy(sort, threeColumns, spo));
        }
        assertFalse(Files.exists(runs), "no run was written");
    }

    @Test
    void keysThatDifferInAnyByteOfAnyColumnSortInUnsignedOrder(@TempDir Path dir) throws IOException {
        Random random = new Random(5);
        List<long[]> keys = new ArrayList<>();
        for (int i = 0; i < 60_000; i++) {
            long shared = random.nextInt(3);
            keys.add(new long[] {
                shared,                                           // a few values: long runs of equal first columns
                random.nextLong(),                                // every byte differs, half with the high bit
                (long) random.nextInt(40) << (8 * random.nextInt(8)), // one byte set, anywhere in the long
                random.nextInt(4) == 0 ? -1L - random.nextInt(3) : random.nextInt(1 << 20)});
        }
        keys.addAll(keys.subList(0, 500));
        int[] same = {0, 1, 2, 3};
        int[] lastFirst = {3, 2, 0, 1};
        try (RecordSort sort = new RecordSort(4, 100_000, dir.resolve("a"))) {
            assertSameKeys(expected(keys, same), sortedBy(sort, keys, same));
        }
        try (RecordSort sort = new RecordSort(4, 100_000, dir.resolve("b"))) {
            assertSameKeys(expected(keys, lastFirst), sortedBy(sort, keys, lastFirst));
        }
    }

    @Test
    void keysAlreadyInOrderOrInReverseOrderSort(@TempDir Path dir) throws IOException {
        List<long[]> keys = expected(keys(3000, 3), new int[] {0, 1, 2, 3});
        List<long[]> reversed = new ArrayList<>(keys);
        java.util.Collections.reverse(reversed);
        int[] same = {0, 1, 2, 3};
        try (RecordSort sort = new RecordSort(4, 1000, dir.resolve("a"))) {
            assertSameKeys(keys, sortedBy(sort, keys, same));
        }
        try (RecordSort sort = new RecordSort(4, 5000, dir.resolve("b"))) {
            assertSameKeys(keys, sortedBy(sort, reversed, same));
        }
    }

    @Test
    void aRunHoldsEveryKeyWhenTheyFitTheHeapAndNoMoreThanItsShareOfHalfOfItsFreeSpaceOtherwise() {
        assertEquals(5000, RecordSort.runRecordsFor(4, 5000, 1));
        assertEquals(1024, RecordSort.runRecordsFor(4, 10, 2), "never fewer than 1,024 keys a run");
        long free = Runtime.getRuntime().maxMemory() - (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
        long alone = RecordSort.runRecordsFor(4, Long.MAX_VALUE, 1);
        assertTrue(alone * 32 <= free / 2 + (1 << 20), alone + " keys of 32 bytes in a heap with " + free + " bytes free");
        long shared = RecordSort.runRecordsFor(4, Long.MAX_VALUE, 4);
        assertTrue(shared * 32 <= free / 8 + (1 << 20), shared + " keys of 32 bytes, one of four sorts, in a heap with " + free + " bytes free");
    }

    @Test
    void aClearedSortSortsNewKeysAloneAndDeletesTheRunsOfTheOldOnes(@TempDir Path dir) throws IOException {
        try (RecordSort sort = new RecordSort(1, 4, dir)) {
            for (long k = 10; k > 0; k--) {
                sort.add(new long[] {k}, new int[] {0});
            }
            sort.sorted().next();
            sort.clear();
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(0, files.count(), "the runs of the keys before are gone");
            }
            for (long k : new long[] {7, -1, 3}) {
                sort.add(new long[] {k}, new int[] {0});
            }
            List<Long> again = new ArrayList<>();
            sort.sorted().forEachRemaining(k -> again.add(k[0]));
            assertEquals(List.of(3L, 7L, -1L), again, "only the new keys, in unsigned order");
        }
    }

    @Test
    void noKeysSortToNothing(@TempDir Path dir) throws IOException {
        try (RecordSort sort = new RecordSort(4, 10, dir)) {
            Iterator<long[]> none = sort.sorted();
            assertFalse(none.hasNext());
        }
    }

    @Test
    void aSortThatGrowsHoldsKeysPastItsFirstMemoryWithoutARunAndSpillsOnlyPastItsLimit(@TempDir Path dir) throws IOException {
        List<long[]> keys = keys(5000, 23);
        int[] same = {0, 1, 2, 3};
        Path grown = dir.resolve("grown");
        try (RecordSort sort = new RecordSort(4, 5000, 16, grown)) {
            assertSameKeys(expected(keys, same), sortedBy(sort, keys, same));
            assertEquals(5000, sort.size());
        }
        assertFalse(Files.exists(grown), "5,000 keys fit the run the memory grew to");
        Path spilled = dir.resolve("spilled");
        try (RecordSort sort = new RecordSort(4, 1000, 16, spilled)) {
            assertSameKeys(expected(keys, same), sortedBy(sort, keys, same));
            try (Stream<Path> runs = Files.list(spilled)) {
                assertEquals(5, runs.count(), "runs of at most 1,000 keys");
            }
        }
    }

    @Test
    void keysAddedTwiceComeOutTwiceSideBySide(@TempDir Path dir) throws IOException {
        List<long[]> keys = keys(1500, 29);
        List<long[]> twice = new ArrayList<>(keys);
        twice.addAll(keys.subList(0, 400));
        int[] same = {0, 1, 2, 3};
        for (int runRecords : new int[] {300, 5000}) {
            try (RecordSort sort = new RecordSort(4, runRecords, dir.resolve("runs-" + runRecords))) {
                assertSameKeys(expected(twice, same), sortedBy(sort, twice, same));
                assertEquals(1900, sort.size());
            }
        }
    }

    @Test
    void theSortedKeysCanBeTakenAgainFromOtherThreads(@TempDir Path dir) throws Exception {
        List<long[]> keys = keys(3000, 31);
        int[] same = {0, 1, 2, 3};
        for (int runRecords : new int[] {700, 5000}) {
            try (RecordSort sort = new RecordSort(4, runRecords, dir.resolve("runs-" + runRecords))) {
                for (long[] key : keys) {
                    sort.add(key, same);
                }
                java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(3);
                try {
                    List<java.util.concurrent.Future<List<long[]>>> passes = new ArrayList<>();
                    for (int i = 0; i < 3; i++) {
                        passes.add(threads.submit(() -> {
                            List<long[]> out = new ArrayList<>();
                            sort.sorted().forEachRemaining(out::add);
                            return out;
                        }));
                    }
                    for (java.util.concurrent.Future<List<long[]>> pass : passes) {
                        assertSameKeys(expected(keys, same), pass.get());
                    }
                } finally {
                    threads.shutdown();
                }
            }
        }
    }
}
