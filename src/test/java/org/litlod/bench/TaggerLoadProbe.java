package org.litlod.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.litlod.model.Document;
import org.litlod.tag.Tagger;
import org.litlod.tag.TaggerOptions;
import org.litlod.tag.dict.DictionaryCache;
import org.litlod.tag.lexicon.CompiledLexicon;
import org.litlod.tag.lexicon.Lexicon;
import org.litlod.tag.lexicon.LexiconFile;

/**
 * Measures what the JMH benchmark does not: the time to get the lexicon (built from the release
 * files, or loaded from an index), the time to load it back from its index file, the time to
 * compile the tagger, the heap lexicon and tagger retain, the corpus size, and the tagging
 * throughput per CPU-second of the tagging thread (which, unlike wall-clock throughput, does not
 * depend on what else the machine runs). Prints
 * {@code key=value} lines for {@code bench/tagger.sh}.
 */
public final class TaggerLoadProbe {

    private TaggerLoadProbe() {
    }

    public static void main(String[] args) throws Exception {
        Runtime rt = Runtime.getRuntime();
        long t0 = System.nanoTime();
        Lexicon built = BenchCorpus.lexicon();
        long t1 = System.nanoTime();
        Path index = Files.createTempFile("litlod-lexicon", ".idx");
        long indexMs = -1;
        Lexicon lexicon = built;
        if (built instanceof CompiledLexicon compiled) {
            try (OutputStream out = Files.newOutputStream(index)) {
                LexiconFile.write(compiled, out);
            }
            built = null;
            compiled = null;
            lexicon = null;
            usedAfterGc(rt);
            long i0 = System.nanoTime();
            try (InputStream in = Files.newInputStream(index)) {
                lexicon = LexiconFile.read(in);
            }
            indexMs = (System.nanoTime() - i0) / 1_000_000;
        }
        long before = usedAfterGc(rt);
        Lexicon cached = lexicon;
        Built compiled = Built.by(() -> new Tagger(cached, TaggerOptions.DEFAULTS, DictionaryCache.none()));
        long withTagger = usedAfterGc(rt);
        compiled = compiled.dropped();
        usedAfterGc(rt);
        Path cache = Files.createTempDirectory("litlod-dictionary-cache");
        Built kept = Built.by(() -> new Tagger(cached, TaggerOptions.DEFAULTS, DictionaryCache.in(cache)))
                .dropped();
        usedAfterGc(rt);
        Built readBack = Built.by(() -> new Tagger(cached, TaggerOptions.DEFAULTS, DictionaryCache.in(cache)));
        Tagger read = readBack.tagger();
        long keptBytes;
        try (var files = Files.list(cache)) {
            List<Path> keptFiles = files.toList();
            keptBytes = keptFiles.stream().mapToLong(f -> f.toFile().length()).sum();
            for (Path f : keptFiles) {
                Files.delete(f);
            }
        }
        Files.delete(cache);
        List<Document> docs = BenchCorpus.documents();
        System.out.println("lexicon=" + lexicon.version());
        System.out.println("concepts=" + lexicon.concepts().size());
        System.out.println("keys=" + read.dictionarySize());
        System.out.println("lexiconObtainMs=" + (t1 - t0) / 1_000_000);
        System.out.println("indexBytes=" + Files.size(index));
        System.out.println("indexLoadMs=" + indexMs);
        System.out.println("taggerBuildMs=" + compiled.millis());
        System.out.println("heapLexiconMB=" + before / (1024 * 1024));
        System.out.println("heapTaggerMB=" + (withTagger - before) / (1024 * 1024));
        System.out.println("heapBuildPeakMB=" + compiled.peakMegabytes());
        System.out.println("taggerKeepMs=" + kept.millis());
        System.out.println("heapKeepPeakMB=" + kept.peakMegabytes());
        System.out.println("taggerReadMs=" + readBack.millis());
        System.out.println("heapReadPeakMB=" + readBack.peakMegabytes());
        System.out.println("keptBytes=" + keptBytes);
        System.out.println("heapMaxMB=" + rt.maxMemory() / (1024 * 1024));
        System.out.println("corpusDocs=" + docs.size());
        System.out.println("corpusBytes=" + BenchCorpus.bytes(docs));
        System.out.println("mentions=" + docs.stream().mapToInt(d -> read.find(d).size()).sum());
        long bytes = BenchCorpus.bytes(docs);
        BenchCorpus.passes(read, docs, 8_000_000_000L);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long process0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        long n = BenchCorpus.passes(read, docs, 8_000_000_000L);
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        long process = os.getProcessCpuTime() - process0;
        long wall = System.nanoTime() - wall0;
        System.out.println("cpuMBps=" + String.format(java.util.Locale.ROOT, "%.1f", n * bytes / 1e6 / (cpu / 1e9)));
        System.out.println("processCpuMBps=" + String.format(java.util.Locale.ROOT, "%.1f", n * bytes / 1e6 / (process / 1e9)));
        System.out.println("wallMBps=" + String.format(java.util.Locale.ROOT, "%.1f", n * bytes / 1e6 / (wall / 1e9)));
        Files.deleteIfExists(index);
    }


    private static long usedAfterGc(Runtime rt) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /** A tagger built, how long it took and the most heap in use after a GC meanwhile. */
    private record Built(Tagger tagger, long millis, long peakMegabytes) {
        static Built by(java.util.function.Supplier<Tagger> build) {
            long t0 = System.nanoTime();
            try (LiveHeapProbe peak = new LiveHeapProbe()) {
                Tagger t = build.get();
                return new Built(t, (System.nanoTime() - t0) / 1_000_000, peak.maxMegabytes());
            }
        }

        /** The measures without the tagger, so that it can be collected. */
        Built dropped() {
            return new Built(null, millis, peakMegabytes);
        }
    }
}
