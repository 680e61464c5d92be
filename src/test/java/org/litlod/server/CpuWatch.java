package org.litlod.server;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * Watches the threads of this JVM (where the test's server runs) for a while and tells how much
 * CPU time the busiest one used: a query that goes on after its client was answered shows up as
 * a thread busy for most of the window.
 */
final class CpuWatch {
    private CpuWatch() {
    }

    /** The largest CPU time, in milliseconds, that one thread used during {@code windowMillis}. */
    static long busiestThreadMillis(long windowMillis) throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> before = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            before.put(id, threads.getThreadCpuTime(id));
        }
        Thread.sleep(windowMillis);
        long most = 0;
        for (long id : threads.getAllThreadIds()) {
            long now = threads.getThreadCpuTime(id);
            Long then = before.get(id);
            if (now >= 0 && then != null && then >= 0) {
                most = Math.max(most, now - then);
            }
        }
        return most / 1_000_000;
    }
}
