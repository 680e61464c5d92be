package org.litlod.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The index rewrites of one pass of {@link IndexPacking}, run on several threads. Rewrites are of
 * two kinds: those that sort every record of their source through runs on disk (an index built
 * from a primary it shares no leading column with), which take longest and the disk of their runs
 * while they last, and the others (packing an index, or building one a group at a time in
 * memory). The whole sorts go first; as many run at once as the free disk allows their runs,
 * up to one a worker.
 */
final class IndexRewrites {
    /** Rewrites at the same time: one a core, at most four. */
    static final int WORKERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** One index's rewrite, given how many rewrites share the memory; the blocks before and after, null when nothing was written. */
    @FunctionalInterface
    interface Rewrite {
        long[] run(int sharers);
    }

    /**
     * One rewrite.
     *
     * @param index      the index's name
     * @param wholeSort  whether it sorts every record of its source through runs on disk
     * @param runBlocks  the blocks its runs take at most (none unless a whole sort)
     * @param rewrite    what it does
     */
    record Task(String index, boolean wholeSort, long runBlocks, Rewrite rewrite) {
    }

    private IndexRewrites() {
    }

    /** The disk blocks the runs of {@code sortsAtOnce} whole sorts take at most, the largest first. */
    static long runBlocks(List<Task> tasks, int sortsAtOnce) {
        return tasks.stream().filter(Task::wholeSort).map(Task::runBlocks).sorted(Comparator.reverseOrder())
                .limit(sortsAtOnce).mapToLong(Long::longValue).sum();
    }

    /**
     * How many whole sorts of {@code tasks} to run at once: the most, up to one a worker, whose
     * runs fit in {@code freeBlocks} beside the {@code writtenBlocks} of the rewritten indexes;
     * one when none fits (the caller then finds the disk too small), none when there are none.
     */
    static int sortsAtOnce(List<Task> tasks, long writtenBlocks, long freeBlocks) {
        int atOnce = Math.min(WORKERS, wholeSorts(tasks));
        while (atOnce > 1 && freeBlocks < writtenBlocks + runBlocks(tasks, atOnce)) {
            atOnce--;
        }
        return atOnce;
    }

    /** How many whole sorts of {@code tasks} there are. */
    static int wholeSorts(List<Task> tasks) {
        return (int) tasks.stream().filter(Task::wholeSort).count();
    }

    /**
     * Runs every task, {@link #WORKERS} at a time and at most {@code sortsAtOnce} whole sorts at
     * a time (those first); returns the blocks before and after of each index written, by name.
     * When one fails, those not started are not started, those running end (a rewrite is not
     * interrupted: an interrupt closes the file channels of the database being read), and the
     * first failure is thrown.
     */
    static Map<String, long[]> run(List<Task> tasks, int sortsAtOnce) throws IOException {
        int whole = wholeSorts(tasks);
        int sorting = Math.max(1, Math.min(sortsAtOnce, Math.min(whole, WORKERS)));
        boolean oneQueue = whole == 0 || sorting == Math.min(whole, WORKERS);
        int workers = (int) Math.max(1, Math.min(WORKERS, tasks.size()));
        ExecutorService sorts = oneQueue ? null : pool(sorting);
        ExecutorService others = pool(oneQueue ? workers : Math.max(1, WORKERS - sorting));
        int sharers = oneQueue ? workers : sorting + Math.max(1, WORKERS - sorting);
        List<Task> order = tasks.stream().sorted(Comparator.comparing(t -> !t.wholeSort())).toList();
        AtomicBoolean failed = new AtomicBoolean();
        List<Future<long[]>> results = new ArrayList<>();
        try {
            for (Task t : order) {
                ExecutorService queue = t.wholeSort() && sorts != null ? sorts : others;
                results.add(queue.submit(() -> {
                    if (failed.get()) {
                        return null;
                    }
                    try {
                        return t.rewrite().run(sharers);
                    } catch (RuntimeException e) {
                        failed.set(true);
                        throw e;
                    }
                }));
            }
        } finally {
            others.shutdown();
            if (sorts != null) {
                sorts.shutdown();
            }
        }
        return collected(order, results);
    }

    private static Map<String, long[]> collected(List<Task> order, List<Future<long[]>> results) throws IOException {
        Map<String, long[]> blocks = new LinkedHashMap<>();
        RuntimeException first = null;
        for (int i = 0; i < results.size(); i++) {
            try {
                long[] b = results.get(i).get();
                if (b != null) {
                    blocks.put(order.get(i).index(), b);
                }
            } catch (ExecutionException e) {
                if (first == null) {
                    first = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while rewriting the indexes", e);
            }
        }
        if (first != null) {
            throw first;
        }
        return blocks;
    }

    private static ExecutorService pool(int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "index-rewrite");
            t.setDaemon(true);
            return t;
        });
    }
}
