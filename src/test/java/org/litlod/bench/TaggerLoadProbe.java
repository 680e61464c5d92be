package org.litlod.bench;

import java.util.List;
import org.litlod.model.Document;
import org.litlod.tag.Lexicon;
import org.litlod.tag.Tagger;

/**
 * Measures what the JMH benchmark does not: the time to load the lexicon and compile the
 * tagger, the heap they retain, and the corpus size. Prints {@code key=value} lines for
 * {@code bench/tagger.sh}.
 */
public final class TaggerLoadProbe {

    private TaggerLoadProbe() {
    }

    public static void main(String[] args) throws Exception {
        Runtime rt = Runtime.getRuntime();
        long before = usedAfterGc(rt);
        long t0 = System.nanoTime();
        Lexicon lexicon = BenchCorpus.lexicon();
        long t1 = System.nanoTime();
        Tagger tagger = new Tagger(lexicon);
        long t2 = System.nanoTime();
        long after = usedAfterGc(rt);
        List<Document> docs = BenchCorpus.documents();
        System.out.println("lexicon=" + lexicon.version());
        System.out.println("concepts=" + lexicon.concepts().size());
        System.out.println("keys=" + tagger.dictionarySize());
        System.out.println("lexiconLoadMs=" + (t1 - t0) / 1_000_000);
        System.out.println("taggerBuildMs=" + (t2 - t1) / 1_000_000);
        System.out.println("heapMB=" + (after - before) / (1024 * 1024));
        System.out.println("corpusDocs=" + docs.size());
        System.out.println("corpusBytes=" + BenchCorpus.bytes(docs));
        System.out.println("mentions=" + docs.stream().mapToInt(d -> tagger.find(d).size()).sum());
    }

    private static long usedAfterGc(Runtime rt) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
