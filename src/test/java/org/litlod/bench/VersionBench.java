package org.litlod.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.litlod.corpus.CorpusFormat;
import org.litlod.corpus.CorpusGenerator;
import org.litlod.store.DataVersion;
import org.litlod.store.PaperStore;
import org.litlod.tag.lexicon.Lexicons;

/**
 * The steps of {@code bench/version/run.sh}, one per JVM. Each prints one line {@code key=value …}.
 *
 * <pre>
 * batch DIR FORMAT FROM COUNT SEED   documents FROM .. FROM+COUNT-1 of the corpus SEED, one file each
 * version DB [scan]                  open the store as a restarted server does and time its data
 *                                    version; with "scan", then time the reading of every quad
 * </pre>
 */
public final class VersionBench {
    private VersionBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "batch" -> batch(Path.of(args[1]), args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Long.parseLong(args[5]));
            case "version" -> version(Path.of(args[1]), args.length > 2 && args[2].equals("scan"));
            default -> throw new IllegalArgumentException("unknown step " + args[0]);
        }
        System.exit(0);
    }

    private static void batch(Path dir, String format, int from, int count, long seed) throws Exception {
        CorpusFormat f = CorpusFormat.named(format);
        CorpusGenerator generator = new CorpusGenerator(f, Lexicons.curated(), seed);
        Files.createDirectories(dir);
        for (int i = from; i < from + count; i++) {
            Files.writeString(dir.resolve(String.format("doc-%09d.%s", i, f.extension())), generator.document(i),
                    StandardCharsets.UTF_8);
        }
        System.out.printf("step=batch files=%d%n", count);
    }

    private static void version(Path db, boolean scan) {
        long t0 = System.nanoTime();
        PaperStore store = PaperStore.openExisting(db);
        long t1 = System.nanoTime();
        DataVersion v = store.version();
        long t2 = System.nanoTime();
        System.out.printf("step=version open_ms=%.0f version_ms=%.1f tag=%s", ms(t1 - t0), ms(t2 - t1), v.tag());
        if (scan) {
            long quads = store.quadCount();
            System.out.printf(" scan_ms=%.0f quads=%d", ms(System.nanoTime() - t2), quads);
        }
        System.out.println();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
