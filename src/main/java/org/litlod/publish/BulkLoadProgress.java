package org.litlod.publish;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Counts files and documents done during a bulk conversion and, when asked, reports the rate
 * and the estimated time left: {@code bulk: 1200/10000 files (12.0%), 1200 docs, 850 docs/s, ETA 0:00:10}.
 */
final class BulkLoadProgress {
    private final int totalFiles;
    private final long startNanos;
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong documents = new AtomicLong();
    private final AtomicLong quads = new AtomicLong();

    /** Progress over {@code totalFiles} files, counted from {@code startNanos} ({@link System#nanoTime()}). */
    BulkLoadProgress(int totalFiles, long startNanos) {
        this.totalFiles = totalFiles;
        this.startNanos = startNanos;
    }

    /** One file finished with this many documents and quads (0, 0 when it failed). */
    void fileDone(long docs, long quadCount) {
        documents.addAndGet(docs);
        quads.addAndGet(quadCount);
        files.incrementAndGet();
    }

    long documents() {
        return documents.get();
    }

    long quads() {
        return quads.get();
    }

    /** Sends the current line to {@code sink}. */
    void report(Consumer<String> sink) {
        sink.accept(line(System.nanoTime()));
    }

    String line(long nowNanos) {
        double seconds = Math.max(1e-3, (nowNanos - startNanos) / 1e9);
        long f = files.get();
        long d = documents.get();
        String eta = f == 0 ? "?" : clock((long) ((totalFiles - f) * seconds / f));
        return String.format("bulk: %d/%d files (%.1f%%), %d docs, %.0f docs/s, %.0f triples/s, ETA %s",
                f, totalFiles, totalFiles == 0 ? 100.0 : 100.0 * f / totalFiles, d, d / seconds,
                quads.get() / seconds, eta);
    }

    private static String clock(long s) {
        return String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
