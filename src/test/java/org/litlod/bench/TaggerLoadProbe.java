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
        long t2 = System.nanoTime();
        Tagger tagger;
        long buildPeak;
        try (LiveHeapProbe peak = new LiveHeapProbe()) {
            tagger = new Tagger(lexicon);
            buildPeak = peak.maxMegabytes();
        }
        long t3 = System.nanoTime();
        long withTagger = usedAfterGc(rt);
        List<Document> docs = BenchCorpus.documents();
        System.out.println("lexicon=" + lexicon.version());
        System.out.println("concepts=" + lexicon.concepts().size());
        System.out.println("keys=" + tagger.dictionarySize());
        System.out.println("lexiconObtainMs=" + (t1 - t0) / 1_000_000);
        System.out.println("indexBytes=" + Files.size(index));
        System.out.println("indexLoadMs=" + indexMs);
        System.out.println("taggerBuildMs=" + (t3 - t2) / 1_000_000);
        System.out.println("heapLexiconMB=" + before / (1024 * 1024));
        System.out.println("heapTaggerMB=" + (withTagger - before) / (1024 * 1024));
        System.out.println("heapBuildPeakMB=" + buildPeak);
        System.out.println("heapMaxMB=" + rt.maxMemory() / (1024 * 1024));
        System.out.println("corpusDocs=" + docs.size());
        System.out.println("corpusBytes=" + BenchCorpus.bytes(docs));
        System.out.println("mentions=" + docs.stream().mapToInt(d -> tagger.find(d).size()).sum());
        long bytes = BenchCorpus.bytes(docs);
        BenchCorpus.passes(tagger, docs, 8_000_000_000L);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long process0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        long n = BenchCorpus.passes(tagger, docs, 8_000_000_000L);
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
}
