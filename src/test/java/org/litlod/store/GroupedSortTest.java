package org.litlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupedSortTest {
    /** Distinct quads (g, s, p, o) in GSPO order: 40 graphs, a few with the high bit set, of 1 to 300 quads. */
    private static List<long[]> gspo(long seed) {
        Random random = new Random(seed);
        List<long[]> quads = new ArrayList<>();
        for (int g = 0; g < 40; g++) {
            long graph = g % 7 == 0 ? Long.MIN_VALUE + g : g;
            int size = 1 + random.nextInt(300);
            for (int i = 0; i < size; i++) {
                quads.add(new long[] {graph, random.nextInt(50), random.nextInt(8), random.nextLong()});
            }
        }
        quads.sort(RecordSortTest.UNSIGNED);
        return quads;
    }

    private static List<long[]> drained(Iterator<long[]> it) {
        List<long[]> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void anIndexLedByTheGraphIsSortedAGraphAtATimeInMemory(@TempDir Path dir) throws IOException {
        List<long[]> source = gspo(5);
        int[] gpos = {0, 2, 3, 1};
        Path runs = dir.resolve("runs");
        try (RecordSort sort = new RecordSort(4, 1024, runs)) {
            List<long[]> got = drained(new GroupedSort(source.iterator(), gpos, 1, sort));
            RecordSortTest.assertSameKeys(RecordSortTest.expected(source, gpos), got);
        }
        assertFalse(Files.exists(runs), "every graph fitted in memory: no run was written");
    }

    @Test
    void withNoLeadingColumnInCommonAllKeysAreOneSortThroughRuns(@TempDir Path dir) throws IOException {
        List<long[]> source = gspo(6);
        int[] posg = {2, 3, 1, 0};
        Path runs = dir.resolve("runs");
        try (RecordSort sort = new RecordSort(4, 1024, runs)) {
            Iterator<long[]> sorted = new GroupedSort(source.iterator(), posg, 0, sort);
            assertTrue(sorted.hasNext());
            try (Stream<Path> files = Files.list(runs)) {
                assertEquals((source.size() + 1023) / 1024, files.count(), "one sort of all " + source.size() + " keys");
            }
            RecordSortTest.assertSameKeys(RecordSortTest.expected(source, posg), drained(sorted));
        }
    }

    @Test
    void aGroupLargerThanTheSortsMemorySpillsAndStillComesOutInOrder(@TempDir Path dir) throws IOException {
        List<long[]> source = new ArrayList<>(gspo(7));
        Random random = new Random(8);
        for (int i = 0; i < 5000; i++) {
            source.add(new long[] {-1L, random.nextLong(), random.nextLong(), i});
        }
        source.sort(RecordSortTest.UNSIGNED);
        int[] gosp = {0, 3, 1, 2};
        try (RecordSort sort = new RecordSort(4, 1024, dir.resolve("runs"))) {
            RecordSortTest.assertSameKeys(RecordSortTest.expected(source, gosp), drained(new GroupedSort(source.iterator(), gosp, 1, sort)));
        }
    }

    @Test
    void sharedColumnsAreTheCommonLeadOfTwoIndexNames() {
        assertEquals(1, GroupedSort.sharedColumns("GSPO", "GPOS"));
        assertEquals(1, GroupedSort.sharedColumns("GSPO", "GOSP"));
        assertEquals(0, GroupedSort.sharedColumns("GSPO", "SPOG"));
        assertEquals(0, GroupedSort.sharedColumns("SPO", "POS"));
        assertEquals(2, GroupedSort.sharedColumns("SPOG", "SPGO"));
    }

    @Test
    void sharedColumnsMustLeadBothOrders(@TempDir Path dir) {
        RecordSort sort = new RecordSort(4, 16, dir);
        assertThrows(IllegalArgumentException.class,
                () -> new GroupedSort(List.<long[]>of().iterator(), new int[] {2, 3, 1, 0}, 1, sort));
    }

    @Test
    void noKeysGiveNoGroups(@TempDir Path dir) {
        RecordSort sort = new RecordSort(4, 16, dir);
        assertFalse(new GroupedSort(List.<long[]>of().iterator(), new int[] {0, 2, 3, 1}, 1, sort).hasNext());
    }
}
