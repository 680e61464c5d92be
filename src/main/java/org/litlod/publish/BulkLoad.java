package org.litlod.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.litlod.rdf.MappedDocument;
import org.litlod.store.PaperStore;
import org.litlod.store.TextIndexing;

/**
 * Loads a large corpus: converts, tags, maps and checks the input files in parallel, streams the
 * N-Quads of every document into one gzipped file, loads that file with a TDB2 bulk loader and
 * builds the text index after. Memory stays bounded whatever the corpus size: at most
 * {@code 2 × threads + 1} files are in flight (one file's documents are held together, so the
 * bound is per file: a PubMed file of 1,000 articles is about 0.6 million triples), and
 * documents go to disk as soon as their file is done.
 *
 * <p>Into a new or empty store (no data, no text index) it uses TDB2's parallel loader (or the
 * phased one, which needs fewer threads and less memory), and the text index is then built from
 * the data. Into a store that already holds data it uses the transactional basic loader through
 * the text-indexed dataset, so the index is kept in step as in an ordinary load. A run that stops
 * leaves the store as the loader left it; restart it on a fresh directory, or load the kept
 * N-Quads file again with {@link #loadNQuads}.
 *
 * <p>Error ids: {@value #FAILED_FILE} a file failed (conversion, shapes or mapping; the message
 * of the cause follows), {@value #INTERRUPTED} the run was interrupted.
 */
public final class BulkLoad {
    /** A file could not be converted, mapped or checked; it adds nothing. */
    public static final String FAILED_FILE = "LITLOD-BULK-001";
    /** The conversion was interrupted. */
    public static final String INTERRUPTED = "LITLOD-BULK-002";

    /** The TDB2 loader for an empty store. */
    public enum Loader {
        /** All indexes built in parallel: fastest, uses about 8 threads. */
        PARALLEL,
        /** Indexes built in phases: less memory and fewer threads. */
        PHASED
    }

    private final Publisher publisher;
    private final int threads;
    private final Loader loader;
    private final Duration every;
    private final Consumer<String> progress;

    /**
     * @param publisher the pipeline each file goes through
     * @param threads   conversion threads (for instance {@code Runtime.availableProcessors()})
     * @param loader    the TDB2 loader for an empty store
     * @param every     how often to report progress
     * @param progress  receives the progress lines ("bulk: 1200/10000 files …, ETA 0:00:10")
     */
    public BulkLoad(Publisher publisher, int threads, Loader loader, Duration every, Consumer<String> progress) {
        this.publisher = publisher;
        this.threads = Math.max(1, threads);
        this.loader = loader;
        this.every = every;
        this.progress = progress;
    }

    /** A bulk load on all cores with the parallel loader, reporting every 10 seconds. */
    public static BulkLoad standard(Publisher publisher, Consumer<String> progress) {
        return new BulkLoad(publisher, Runtime.getRuntime().availableProcessors(), Loader.PARALLEL,
                Duration.ofSeconds(10), progress);
    }

    /**
     * Converts {@code files} into {@code nquads} (gzipped N-Quads, kept afterwards), loads it
     * into the store in {@code db} and builds the text index.
     */
    public BulkLoadReport run(List<Path> files, Path db, Path nquads) throws IOException {
        long t0 = System.nanoTime();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        BulkLoadProgress counts = convert(files, nquads, failures);
        long t1 = System.nanoTime();
        Files.createDirectories(db);
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(db.toString());
        boolean fresh = !Files.exists(db.resolve(TextIndexing.FOLDER)) && Txn.calculateRead(tdb, tdb::isEmpty);
        String used = fresh ? loader.name().toLowerCase() : "basic";
        loadNQuads(fresh ? tdb : PaperStore.open(db).datasetGraph(), nquads, fresh ? loader : null);
        long t2 = System.nanoTime();
        PaperStore.open(db); // a fresh store: builds the text index from the loaded data
        long t3 = System.nanoTime();
        List<String> sorted = new ArrayList<>(failures);
        sorted.sort(null);
        return new BulkLoadReport(files.size(), counts.documents(), counts.quads(), sorted, used, nquads,
                Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1), Duration.ofNanos(t3 - t2));
    }

    /**
     * Loads a gzipped N-Quads file into {@code dsg} with the bulk loader {@code plan}, or with
     * the transactional basic loader when {@code plan} is null.
     */
    public static void loadNQuads(DatasetGraph dsg, Path nquads, Loader plan) throws IOException {
        DataLoader dl = plan == null ? LoaderFactory.basicLoader(dsg, (fmt, args) -> { })
                : plan == Loader.PARALLEL ? LoaderFactory.parallelLoader(dsg, (fmt, args) -> { })
                : LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
        dl.startBulk();
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(nquads), 1 << 16)) {
            dl.loadFromInputStream(nquads.toString(), in, Lang.NQUADS);
            dl.finishBulk();
        } catch (IOException | RuntimeException e) {
            dl.finishException(e);
            throw e;
        }
    }

    private BulkLoadProgress convert(List<Path> files, Path nquads, List<String> failures) throws IOException {
        BulkLoadProgress counts = new BulkLoadProgress(files.size(), System.nanoTime());
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads), new ThreadPoolExecutor.CallerRunsPolicy());
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ticker.scheduleAtFixedRate(() -> counts.report(progress), every.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
        try (BulkLoadNQuads out = new BulkLoadNQuads(nquads)) {
            for (Path f : files) {
                pool.execute(() -> convertOne(f, out, counts, failures));
            }
            pool.shutdown();
            if (!pool.awaitTermination(365, TimeUnit.DAYS)) {
                throw new IOException(INTERRUPTED + " bulk conversion did not finish");
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IOException(INTERRUPTED + " bulk conversion interrupted", e);
        } finally {
            ticker.shutdownNow();
        }
        counts.report(progress);
        return counts;
    }

    private void convertOne(Path file, BulkLoadNQuads out, BulkLoadProgress counts, List<String> failures) {
        try {
            List<MappedDocument> docs = publisher.publish(InputFiles.read(file));
            out.append(BulkLoadNQuads.serialise(docs));
            counts.fileDone(docs.size(), docs.stream().mapToLong(d -> d.graph().size()).sum());
            return;
        } catch (IOException e) {
            failures.add(FAILED_FILE + " " + InputFiles.message(file, e));
        } catch (Exception e) {
            String m = e.getMessage();
            failures.add(FAILED_FILE + " " + file + ": " + (m != null && m.startsWith("LITLOD-") ? m : e.toString()));
        }
        counts.fileDone(0, 0);
    }
}
