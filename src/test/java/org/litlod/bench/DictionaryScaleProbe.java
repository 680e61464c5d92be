package org.litlod.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.litlod.model.Document;
import org.litlod.tag.Tagger;
import org.litlod.tag.dict.Dictionary;
import org.litlod.tag.lexicon.CompiledLexicon;
import org.litlod.tag.lexicon.Concept;

/**
 * How the tagger copes with a lexicon the size of the full releases, without the release files:
 * makes a {@link SyntheticLexicon} (by default 800,000 binomials over 100,000 genera, 77,000
 * genes with four names, 30,000 diseases and chemicals with three names: about 1.2 million
 * names), then reports the time to build {@code new Tagger(lexicon)}, the heap the lexicon and
 * the tagger keep after a full collection (and the CPU time of the build, which unlike the wall
 * clock does not depend on what else the machine runs), the automaton's keys and states, and, when the CDR
 * sample is in {@code ../shared}, the tagging throughput per CPU-second of the tagging thread
 * on it. Prints {@code key=value} lines. Run with a fixed {@code -Xmx} to check that the build
 * fits in it.
 *
 * <p>Arguments (all optional): species genera genes others.
 */
public final class DictionaryScaleProbe {

    private DictionaryScaleProbe() {
    }

    public static void main(String[] args) throws Exception {
        int species = args.length > 0 ? Integer.parseInt(args[0]) : 800_000;
        int genera = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int genes = args.length > 2 ? Integer.parseInt(args[2]) : 77_000;
        int others = args.length > 3 ? Integer.parseInt(args[3]) : 30_000;
        long t0 = System.nanoTime();
        CompiledLexicon lexicon = SyntheticLexicon.make(species, genera, genes, others, 12);
        long t1 = System.nanoTime();
        long names = 0;
        long chars = 0;
        for (Concept c : lexicon.concepts()) {
            names += 1 + c.names().size();
            chars += c.preferred().length();
            for (String n : c.names()) {
                chars += n.length();
            }
        }
        long heapLexicon = usedAfterGc();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t2 = System.nanoTime();
        Tagger tagger = new Tagger(lexicon);
        long t3 = System.nanoTime();
        long cpu1 = threads.getCurrentThreadCpuTime();
        long heapTagger = usedAfterGc();
        print("maxHeapMB", Runtime.getRuntime().maxMemory() >> 20);
        print("concepts", lexicon.concepts().size());
        print("names", names);
        print("nameChars", chars);
        print("lexiconMakeMs", (t1 - t0) / 1_000_000);
        print("keys", tagger.dictionarySize());
        print("states", states(tagger));
        print("taggerBuildMs", (t3 - t2) / 1_000_000);
        print("taggerBuildCpuMs", (cpu1 - cpu0) / 1_000_000);
        print("heapLexiconMB", heapLexicon >> 20);
        print("heapTaggerMB", (heapTagger - heapLexicon) >> 20);
        if (Files.exists(BenchCorpus.shared().resolve("fixtures/literature/pubtator-bioc-cdr"))) {
            throughput(tagger, BenchCorpus.documents());
        }
    }

    /** Tagging throughput on {@code docs} per CPU-second of this thread, after a warm-up. */
    private static void throughput(Tagger tagger, List<Document> docs) {
        long bytes = BenchCorpus.bytes(docs);
        BenchCorpus.passes(tagger, docs, 5_000_000_000L);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long n = BenchCorpus.passes(tagger, docs, 5_000_000_000L);
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        print("corpusBytes", bytes);
        print("cpuMBps", String.format(Locale.ROOT, "%.1f", n * bytes / 1e6 / (cpu / 1e9)));
    }


    /** The automaton states of the tagger's dictionary, read reflectively (-1 if that fails). */
    private static long states(Tagger tagger) {
        try {
            java.lang.reflect.Field f = Tagger.class.getDeclaredField("dictionary");
            f.setAccessible(true);
            return ((Dictionary) f.get(tagger)).states();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return -1;
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            memory.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static void print(String key, Object value) {
        System.out.println(key + "=" + value);
    }
}
