package org.litlod.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most heap a benchmark step kept alive: every 200 ms, the heap in use right after the last
 * garbage collection (what survived it, summed over the heap pools), and the largest such
 * figure. Unlike peak RSS it leaves out garbage not yet collected and TDB2's memory-mapped
 * files, so it shows whether memory grows with the corpus.
 */
final class LiveHeapProbe implements AutoCloseable {
    private final AtomicLong max = new AtomicLong();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-heap-probe");
        t.setDaemon(true);
        return t;
    });
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null).toList();

    LiveHeapProbe() {
        timer.scheduleAtFixedRate(this::sample, 0, 200, TimeUnit.MILLISECONDS);
    }

    private void sample() {
        long live = 0;
        for (MemoryPoolMXBean p : pools) {
            MemoryUsage u = p.getCollectionUsage();
            live += u == null ? 0 : u.getUsed();
        }
        max.accumulateAndGet(live, Math::max);
    }

    /** The largest live heap seen, in MB. */
    long maxMegabytes() {
        sample();
        return max.get() / (1024 * 1024);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
