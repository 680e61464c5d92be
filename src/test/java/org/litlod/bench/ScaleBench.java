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
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.litlod.corpus.CorpusGenerator;
import org.litlod.publish.BulkLoad;
import org.litlod.publish.BulkLoadReport;
import org.litlod.publish.InputFiles;
import org.litlod.publish.Publisher;
import org.litlod.publish.Publishers;
import org.litlod.rdf.MappedDocument;
import org.litlod.tag.lexicon.Lexicons;

/**
 * The steps of {@code bench/scale/run.sh}, one per invocation so that each gets its own JVM and
 * its own peak RSS. Each prints one result line {@code key=value …}.
 *
 * <pre>
 * generate DIR FORMAT N SEED   write a corpus
 * convert DIR                  convert, tag, map and check on all cores, no store
 * bulk DIR DB NQ.GZ            litlod's bulk load (BulkLoad) into a new store
 * tdbloader DB NQ.GZ           TDB2's parallel loader alone on the same N-Quads
 * </pre>
 */
public final class ScaleBench {
    private ScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        switch (args[0]) {
            case "generate" -> {
                List<Path> files = CorpusGenerator.write(Path.of(args[1]), args[2], Integer.parseInt(args[3]),
                        Long.parseLong(args[4]));
                System.out.printf("step=generate files=%d seconds=%.2f%n", files.size(), secs(t0));
            }
            case "convert" -> convert(Path.of(args[1]), t0);
            case "bulk" -> {
                Publisher p = Publishers.standard("http://localhost:3030/", Lexicons.builtin());
                BulkLoadReport r = BulkLoad.standard(p, System.err::println)
                        .run(InputFiles.expand(List.of(Path.of(args[1]))), Path.of(args[2]), Path.of(args[3]));
                System.out.printf("step=bulk docs=%d quads=%d failures=%d convert=%.2f load=%.2f index=%.2f seconds=%.2f%n",
                        r.documents(), r.quads(), r.failures().size(), secs(r.convert()), secs(r.load()),
                        secs(r.index()), secs(t0));
            }
            case "tdbloader" -> {
                DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(args[1]);
                BulkLoad.loadNQuads(dsg, Path.of(args[2]), BulkLoad.Loader.PARALLEL);
                System.out.printf("step=tdbloader seconds=%.2f%n", secs(t0));
            }
            default -> throw new IllegalArgumentException("unknown step " + args[0]);
        }
        System.exit(0);
    }

    private static void convert(Path dir, long t0) throws Exception {
        Publisher p = Publishers.standard("http://localhost:3030/", Lexicons.builtin());
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
