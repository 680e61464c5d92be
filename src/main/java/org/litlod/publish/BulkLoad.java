package org.litlod.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.litlod.store.BulkStore;
import org.litlod.store.BulkWriter;

/**
 * Loads a large corpus. Conversion threads (one per core) read, convert, tag, map and check the
 * input files and hand the checked documents over a bounded queue to one loader thread, which
 * feeds them to the store's {@link BulkWriter} (TDB2's parallel or phased bulk loader) while
 * conversion goes on; the loader then builds its indexes, and the text index is committed.
 * Nothing is written twice and nothing is parsed again. Each file is converted by
 * {@link BulkConversion}. Everything that touches TDB2 is the
 * store's ({@link BulkStore}); this class converts, counts and reports.
 *
 * <p><b>Memory</b> stays bounded whatever the corpus size: the queue holds at most
 * {@code threads} batches, a batch holds at most {@value BulkConversion#CHUNK} documents, and a file larger
 * than {@link InputFiles#MAX_BYTES} in a format that streams (PubMed XML, BioC) is read one
 * document at a time.
 *
 * <p><b>Failures</b> are per document, as in an ordinary load: a document that fails its
 * mapping or its shapes is left out with a message, and the other documents of its file still
 * load; a file that cannot be read or converted adds nothing.
 *
 * <p><b>Restarting and resuming.</b> TDB2's bulk loaders are not transactional, so a bulk load
 * into a new store marks the store ({@value BulkStore#INCOMPLETE}) until it has finished; a later
 * bulk load that finds the mark empties the store and starts again. With a work folder, every
 * converted file's quads are also kept there ({@link BulkPartitions}), and a restarted load
 * converts only the files that have none: the conversion resumes, the loading starts over from
 * the kept quads.
 *
 * <p>Into a store that already holds data, each document goes in its own write transaction
 * through the text-indexed dataset instead ({@link BulkStore#writer}).
 *
 * <p>Error ids: {@value #FAILED_FILE} a file failed (it cannot be read or converted; the message
 * of the cause follows), {@value #INTERRUPTED} the load was interrupted or the store failed.
 * Failed documents keep the id of their cause ({@code LITLOD-SHACL-001}, {@code LITLOD-LOAD-002}).
 */
public final class BulkLoad {
    /** A file could not be read or converted; it adds nothing. */
    public static final String FAILED_FILE = "LITLOD-BULK-001";
    /** The load was interrupted, or storing failed; the store is marked incomplete. */
    public static final String INTERRUPTED = "LITLOD-BULK-002";

    private final Publisher publisher;
    private final int threads;
    private final BulkStore.Loader loader;
    private final Duration every;
    private final Consumer<BulkLoadProgress> progress;
    private final Consumer<String> log;
    private long streamAbove = InputFiles.MAX_BYTES;

    /**
     * @param publisher the pipeline each file goes through
     * @param threads   conversion threads (for instance {@code Runtime.availableProcessors()})
     * @param loader    the TDB2 loader for an empty store
     * @param every     how often to report progress
     * @param progress  receives the progress, every {@code every} and at the end of each phase
     * @param log       receives notices (a store emptied to restart, partitions discarded)
     */
    public BulkLoad(Publisher publisher, int threads, BulkStore.Loader loader, Duration every,
                    Consumer<BulkLoadProgress> progress, Consumer<String> log) {
        this.publisher = publisher;
        this.threads = Math.max(1, threads);
        this.loader = loader;
        this.every = every;
        this.progress = progress;
        this.log = log;
    }

    /** A bulk load on all cores with {@code loader} for an empty store, logging progress lines every 10 seconds. */
    public static BulkLoad standard(Publisher publisher, BulkStore.Loader loader, Consumer<String> log) {
        return new BulkLoad(publisher, Runtime.getRuntime().availableProcessors(), loader,
                Duration.ofSeconds(10), p -> log.accept(p.line()), log);
    }

    /** Reads files larger than {@code bytes} in a format that streams one document at a time (tests lower it). */
    BulkLoad streamingAbove(long bytes) {
        this.streamAbove = bytes;
        return this;
    }

    /** Loads the files under {@code files} (files or folders) into the store in {@code db}, without a work folder. */
    public BulkLoadReport run(List<Path> files, Path db) throws IOException {
        return run(files, db, null);
    }

    /**
     * Loads the files under {@code paths} (files, or folders whose files are published under
     * their names relative to the folder) into the store in {@code db}.
     *
     * @param work a folder keeping every converted file's quads, so that a restarted load
     *             converts only what is missing; null for none
     * @throws IOException {@value #INTERRUPTED} when storing fails or the load is interrupted
     */
    public BulkLoadReport run(List<Path> paths, Path db, Path work) throws IOException {
        long t0 = System.nanoTime();
        List<Path> files = InputFiles.expand(paths);
        Map<Path, String> names = new HashMap<>();
        files.forEach(f -> names.put(f, InputFiles.publishedName(paths, f)));
        BulkPartitions parts = work == null ? null : new BulkPartitions(work, publisher.fingerprint());
        if (parts != null && parts.discarded() > 0) {
            log.accept("bulk: discarded " + parts.discarded() + " kept partitions of another pipeline in " + work);
        }
        BulkStore store = BulkStore.open(db);
        if (store.restarted()) {
            log.accept("bulk: " + db + " holds an unfinished bulk load; emptying it and starting again");
        }
        StoreBases.claim(db, publisher.base(), store::graphs);
        boolean fresh = store.isNew();
        BulkWriter writer = store.writer(loader, publisher::isEntityGraph);
        BulkLoadProgress counts = new BulkLoadProgress(files.size(), totalBytes(files), t0);
        List<String> warnings = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> failures = new ArrayList<>();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ticker.scheduleAtFixedRate(() -> progress.accept(counts), every.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
        long t1;
        long stored;
        try {
            feed(files, names, parts, writer, counts, failures, warnings);
            t1 = System.nanoTime();
            progress.accept(counts);
            stored = writer.finish(stage -> counts.phase(switch (stage) {
                case INDEXING -> BulkLoadProgress.Phase.INDEXING;
                case PACKING -> BulkLoadProgress.Phase.PACKING;
                case TEXT_INDEX -> BulkLoadProgress.Phase.TEXT_INDEX;
            }));
        } catch (IOException | RuntimeException e) {
            writer.abort(e);
            throw new IOException(INTERRUPTED + " bulk load into " + db + " stopped: " + e.getMessage()
                    + (fresh ? " (the store is marked unfinished; run the bulk load again to restart it)" : ""), e);
        } finally {
            ticker.shutdownNow();
        }
        long t2 = System.nanoTime();
        counts.phase(BulkLoadProgress.Phase.DONE);
        progress.accept(counts);
        failures.sort(null);
        warnings.addAll(writer.warnings());
        List<String> sortedWarnings = new ArrayList<>(warnings);
        sortedWarnings.sort(null);
        return new BulkLoadReport(files.size(), counts.documents(), counts.quads(), stored, failures, writer.name(),
                Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1), sortedWarnings);
    }

    /** Converts on the worker threads and stores on this one, until every file is finished. */
    private void feed(List<Path> files, Map<Path, String> names, BulkPartitions parts, BulkWriter writer,
                      BulkLoadProgress counts, List<String> failures, List<String> warnings) throws IOException {
        BlockingQueue<BulkBatch> queue = new ArrayBlockingQueue<>(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Path f : files) {
                pool.execute(() -> convert(f, names.get(f), parts, queue, warnings));
            }
            int finished = 0;
            while (finished < files.size()) {
                BulkBatch b = queue.take();
                writer.add(b.source());
                failures.addAll(b.errors());
                counts.batchDone(b);
                finished += b.last() ? 1 : 0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs on a worker: converts one file (or replays its kept partition) into batches. */
    private void convert(Path file, String published, BulkPartitions parts, BlockingQueue<BulkBatch> queue,
                         List<String> warnings) {
        long size = sizeOf(file);
        try {
            BulkConversion.Result r = new BulkConversion(publisher, streamAbove).convert(file, published, parts, chunk -> {
                warnings.addAll(chunk.warnings());
                put(queue, BulkBatch.of(file, chunk));
            });
            if (r.kept()) {
                BulkPartitions.Outcome o = r.outcome();
                put(queue, new BulkBatch(file, size, o.documents(), o.quads(), o.errors(), true,
                        sink -> parts.replay(r.sha256(), sink)));
            } else {
                put(queue, BulkBatch.end(file, size, r.failure() == null ? List.of() : List.of(r.failure())));
            }
        } catch (CancellationException e) {
            // the load stopped
        } catch (Error e) {
            put(queue, BulkBatch.end(file, size, List.of(FAILED_FILE + " " + file + ": " + e)));
            throw e;
        }
    }

    private static void put(BlockingQueue<BulkBatch> queue, BulkBatch b) {
        try {
            queue.put(b);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("bulk load stopped");
        }
    }

    private static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    private static long totalBytes(List<Path> files) {
        return files.stream().mapToLong(BulkLoad::sizeOf).sum();
    }
}
