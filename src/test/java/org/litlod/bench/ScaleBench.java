package org.litlod.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.ArrayList;
import java.io.OutputStream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.litlod.corpus.CorpusGenerator;
import org.litlod.publish.BulkLoad;
import org.litlod.publish.BulkLoadReport;
import org.litlod.publish.InputFiles;
import org.litlod.publish.Publisher;
import org.litlod.publish.Publishers;
import org.litlod.rdf.MappedDocument;
import org.litlod.store.BulkStore;
import org.litlod.store.DatasetDump;
import org.litlod.store.DumpFormat;
import org.litlod.store.PaperStore;

/**
 * The steps of {@code bench/scale/run.sh}, one per invocation so that each gets its own JVM and
 * its own peak RSS. Each prints one result line {@code key=value …}.
 *
 * <pre>
 * generate DIR FORMAT N SEED   write a corpus
 * dictionary                   the default tagger, as the other steps start: its compiled dictionary
 *                              taken from the cache, else compiled and kept there (the first run)
 * convert DIR                  convert, tag, map and check on all cores, no store
 * bulk DIR DB [WORK]           litlod's bulk load (BulkLoad) into a new store, with a work folder or not
 * bulk-six DIR DB [WORK]       the same into an empty store made first with TDB2's six quad indexes
 *                              (the work of TDB2's own loaders; litlod's stores have four)
 * dump DB NQ.GZ                the store's quads as gzipped N-Quads (the input of tdbloader alone)
 * </pre>
 */
public final class ScaleBench {
    private ScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        LiveHeapProbe heap = new LiveHeapProbe();
        switch (args[0]) {
            case "generate" -> {
                List<Path> files = CorpusGenerator.write(Path.of(args[1]), args[2], Integer.parseInt(args[3]),
                        Long.parseLong(args[4]));
                System.out.printf("step=generate files=%d seconds=%.2f%n", files.size(), secs(t0));
            }
            case "dictionary" -> {
                Publishers.tagger(Publishers.lexicon(null));
                System.out.printf("step=dictionary seconds=%.2f%n", secs(t0));
            }
            case "convert" -> convert(Path.of(args[1]), t0);
            case "bulk", "bulk-six" -> {
                if (args[0].equals("bulk-six")) {
                    emptyStoreWithTdb2Layout(Path.of(args[2]));
                }
                Publisher p = Publishers.standard("http://localhost:3030/", Publishers.lexicon(null));
                BulkLoadReport r = BulkLoad.standard(p, loader(), System.err::println).run(
                        InputFiles.expand(List.of(Path.of(args[1]))), Path.of(args[2]),
                        args.length > 3 ? Path.of(args[3]) : null);
                System.out.printf("step=bulk docs=%d quads=%d failures=%d loading=%.2f indexing=%.2f seconds=%.2f%n",
                        r.documents(), r.quads(), r.failures().size(), secs(r.loading()), secs(r.indexing()), secs(t0));
            }
            case "dump" -> {
                try (OutputStream out = Files.newOutputStream(Path.of(args[2]))) {
                    DatasetDump.write(PaperStore.open(Path.of(args[1])), DumpFormat.NQUADS_GZ, out);
                }
                System.out.printf("step=dump seconds=%.2f%n", secs(t0));
            }
            default -> throw new IllegalArgumentException("unknown step " + args[0]);
        }
        System.out.printf("live_heap_mb=%d%n", heap.maxMegabytes());
        System.exit(0);
    }

    /** Makes an empty TDB2 database in {@code db} with TDB2's default layout (six quad indexes). */
    private static void emptyStoreWithTdb2Layout(Path db) {
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(db.toString());
        Txn.executeWrite(tdb, () -> { });
        TDBInternal.expel(tdb);
    }

    /** The loader for an empty store: {@code LOADER} in the environment, or the one {@code load --bulk} uses. */
    private static BulkStore.Loader loader() {
        String name = System.getenv().getOrDefault("LOADER", "sorted");
        return BulkStore.Loader.named(name).orElseThrow(() -> new IllegalArgumentException("LOADER: " + name));
    }

    private static void convert(Path dir, long t0) throws Exception {
        Publisher p = Publishers.standard("http://localhost:3030/", Publishers.lexicon(null));
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong docs = new AtomicLong();
        AtomicLong triples = new AtomicLong();
        List<Future<?>> done = new ArrayList<>();
        for (Path f : InputFiles.expand(List.of(dir))) {
            done.add(pool.submit(() -> {
                for (MappedDocument m : p.publish(InputFiles.read(f))) {
                    docs.incrementAndGet();
                    triples.addAndGet(m.graph().size());
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        double s = secs(t0);
        System.out.printf("step=convert docs=%d triples=%d seconds=%.2f docs_per_s=%.0f triples_per_s=%.0f%n",
                docs.get(), triples.get(), s, docs.get() / s, triples.get() / s);
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double secs(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
