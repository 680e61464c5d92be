package org.litlod.publish;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a bulk load has got: input files and bytes stored, documents and quads, failures, and
 * from these the rates and the time left. The time left is estimated from bytes, not files, so
 * that it moves smoothly whatever the sizes of the files. Thread-safe; read it at any time.
 *
 * <p>Two renderings: {@link #line} for logs ({@code bulk: 3/10 files, 31.2% of 35.1 MB, 3000
 * docs (0 failed), 850 docs/s, 490000 triples/s, ETA 0:00:10}) and {@link #bar} for a terminal.
 */
public final class BulkLoadProgress {
    /** What a bulk load is doing. */
    public enum Phase {
        /** Converting, tagging, checking and feeding the loader, all at once. */
        LOADING("loading"),
        /** The loader finishes: its queue of quads, and the other indexes of TDB2's parallel and phased loaders. */
        INDEXING("finishing the TDB2 loader"),
        /** The indexes of a new store are written into full blocks: sorted from the records gathered, or packed. */
        PACKING("writing the indexes"),
        /** The text index is built from the stored data. */
        TEXT_INDEX("building the text index"),
        /** Finished. */
        DONE("done");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        /** A short description, as the progress line shows it. */
        public String label() {
            return label;
        }
    }

    private final int totalFiles;
    private final long totalBytes;
    private final long startNanos;
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong documents = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong quads = new AtomicLong();
    private volatile Phase phase = Phase.LOADING;

    /**
     * Progress over {@code totalFiles} files of {@code totalBytes} bytes in all, counted from
     * {@code startNanos} ({@link System#nanoTime()}).
     */
    BulkLoadProgress(int totalFiles, long totalBytes, long startNanos) {
        this.totalFiles = totalFiles;
        this.totalBytes = totalBytes;
        this.startNanos = startNanos;
    }

    /** One batch stored. */
    void batchDone(BulkBatch b) {
        fileDone(b.last() ? b.bytes() : 0, b.documents(), b.errors().size(), b.quads(), b.last());
    }

    /** Documents stored and failed, and quads; with the file's size when the file is finished. */
    void fileDone(long fileBytes, long docs, long failedDocs, long quadCount, boolean fileFinished) {
        bytes.addAndGet(fileBytes);
        documents.addAndGet(docs);
        failed.addAndGet(failedDocs);
        quads.addAndGet(quadCount);
        files.addAndGet(fileFinished ? 1 : 0);
    }

    void phase(Phase p) {
        phase = p;
    }

    /** The current phase. */
    public Phase phase() {
        return phase;
    }

    /** Documents stored so far. */
    public long documents() {
        return documents.get();
    }

    /** Quads stored so far. */
    public long quads() {
        return quads.get();
    }

    /** The fraction of the input bytes done, 0 to 1. */
    public double fraction() {
        return totalBytes == 0 ? (totalFiles == 0 ? 1.0 : (double) files.get() / totalFiles)
                : Math.min(1.0, (double) bytes.get() / totalBytes);
    }

    /** The progress line for a log, as of now. */
    public String line() {
        return line(System.nanoTime());
    }

    String line(long nowNanos) {
        double seconds = seconds(nowNanos);
        return String.format("bulk: %d/%d files, %.1f%% of %s, %d docs (%d failed), %.0f docs/s, %.0f triples/s, %s",
                files.get(), totalFiles, 100 * fraction(), size(totalBytes), documents.get(), failed.get(),
                documents.get() / seconds, quads.get() / seconds, tail(nowNanos));
    }

    /** A one-line progress bar {@code width} characters wide (plus figures), for a terminal, as of now. */
    public String bar(int width) {
        return bar(width, System.nanoTime());
    }

    String bar(int width, long nowNanos) {
        int done = (int) Math.round(fraction() * width);
        return String.format("[%s%s] %5.1f%% %d docs, %.0f docs/s, %s", "#".repeat(done), " ".repeat(width - done),
                100 * fraction(), documents.get(), documents.get() / seconds(nowNanos), tail(nowNanos));
    }

    private String tail(long nowNanos) {
        if (phase != Phase.LOADING) {
            return phase.label();
        }
        double f = fraction();
        return "ETA " + (f <= 0 ? "?" : clock((long) (seconds(nowNanos) * (1 - f) / f)));
    }

    private double seconds(long nowNanos) {
        return Math.max(1e-3, (nowNanos - startNanos) / 1e9);
    }

    private static String size(long bytes) {
        return bytes >= 1L << 30 ? String.format("%.1f GB", bytes / 1e9) : String.format("%.1f MB", bytes / 1e6);
    }

    private static String clock(long s) {
        return String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
