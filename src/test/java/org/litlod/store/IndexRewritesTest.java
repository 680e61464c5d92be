package org.litlod.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IndexRewritesTest {

    private static IndexRewrites.Task whole(String name, long runs, IndexRewrites.Rewrite r) {
        return new IndexRewrites.Task(name, true, runs, r);
    }

    private static IndexRewrites.Task other(String name, IndexRewrites.Rewrite r) {
        return new IndexRewrites.Task(name, false, 0, r);
    }

    @Test
    void asManyWholeSortsRunAtOnceAsTheFreeDiskHoldsTheRunsOf() {
        List<IndexRewrites.Task> tasks = List.of(whole("SPOG", 100, s -> null), whole("POSG", 100, s -> null),
                whole("OSPG", 100, s -> null), other("GPOS", s -> null));
        int most = Math.min(IndexRewrites.WORKERS, 3);
        assertEquals(most, IndexRewrites.sortsAtOnce(tasks, 500, 10_000));
        assertEquals(Math.min(most, 2), IndexRewrites.sortsAtOnce(tasks, 500, 799));
        assertEquals(1, IndexRewrites.sortsAtOnce(tasks, 500, 650));
        assertEquals(1, IndexRewrites.sortsAtOnce(tasks, 500, 10), "one, and the caller finds the disk too small");
        assertEquals(0, IndexRewrites.sortsAtOnce(List.of(other("GSPO", s -> null)), 500, 10_000));
        assertEquals(300, IndexRewrites.runBlocks(List.of(whole("A", 100, s -> null), whole("B", 300, s -> null),
                whole("C", 200, s -> null)), 1), "the runs of the largest");
    }

    @Test
    void oneWholeSortAtATimeLeavesTheOtherWorkersToTheOtherRewrites() throws IOException {
        assumeTrue(IndexRewrites.WORKERS >= 2, "one worker on this machine: nothing runs beside anything");
        AtomicInteger sorting = new AtomicInteger();
        AtomicInteger mostSorting = new AtomicInteger();
        CountDownLatch otherRan = new CountDownLatch(1);
        List<IndexRewrites.Task> tasks = new ArrayList<>();
        for (String name : List.of("SPOG", "POSG", "OSPG")) {
            tasks.add(whole(name, 10, sharers -> {
                mostSorting.accumulateAndGet(sorting.incrementAndGet(), Math::max);
                try {
                    assertTrue(otherRan.await(30, TimeUnit.SECONDS), "a rewrite that is not a whole sort ran beside this one");
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                sorting.decrementAndGet();
                return new long[] {0, 1};
            }));
        }
        tasks.add(other("GPOS", sharers -> {
            otherRan.countDown();
            return new long[] {0, 2};
        }));

        Map<String, long[]> written = IndexRewrites.run(tasks, 1);

        assertEquals(1, mostSorting.get(), "never two whole sorts at once");
        assertEquals(Set.of("SPOG", "POSG", "OSPG", "GPOS"), written.keySet());
        assertArrayEquals(new long[] {0, 2}, written.get("GPOS"));
    }

    @Test
    void aFailureIsThrownOnceEveryRewriteStartedHasEndedAndNoOtherStarts() {
        IllegalStateException boom = new IllegalStateException("disk full");
        Set<String> ran = ConcurrentHashMap.newKeySet();
        AtomicInteger running = new AtomicInteger();
        List<IndexRewrites.Task> tasks = new ArrayList<>();
        tasks.add(whole("SPOG", 10, sharers -> {
            throw boom;
        }));
        for (int i = 0; i < 20; i++) {
            String name = "X" + i;
            tasks.add(other(name, sharers -> {
                running.incrementAndGet();
                ran.add(name);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                running.decrementAndGet();
                return new long[] {0, 1};
            }));
        }

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> IndexRewrites.run(tasks, 1));

        assertSame(boom, thrown);
        assertEquals(0, running.get(), "no rewrite is still running");
        assertTrue(ran.size() < 20, ran.size() + " of the 20 others ran after the failure");
    }

    @Test
    void nothingWrittenIsNotNamed() throws IOException {
        assertEquals(Set.of("GSPO"), IndexRewrites.run(List.of(other("GSPO", s -> new long[] {3, 2}),
                other("SPO", s -> null)), 0).keySet());
    }

    @Test
    void everyRewriteIsToldHowManyShareTheMemory() throws IOException {
        Set<Integer> told = ConcurrentHashMap.newKeySet();
        IndexRewrites.run(List.of(whole("A", 1, s -> {
            told.add(s);
            return null;
        }), other("B", s -> {
            told.add(s);
            return null;
        })), 1);
        assertEquals(Set.of(Math.min(IndexRewrites.WORKERS, 2)), told);
    }
}
