package org.litlod.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.litlod.model.Document;
import org.litlod.tag.Tagger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of {@link Tagger#find(Document)} on one thread (one core), over the corpus of
 * {@link BenchCorpus}: normalisation, automaton scan, abbreviations, variants and merging.
 * One operation tags the whole corpus; {@code bench/tagger.sh} turns operations per second into
 * MB of text per second. Never run by the unit tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Threads(1)
public class TaggerBenchmark {

    private Tagger tagger;
    private List<Document> corpus;

    @Setup
    public void setUp() throws Exception {
        tagger = new Tagger(BenchCorpus.lexicon());
        corpus = BenchCorpus.documents();
    }

    @Benchmark
    public int tagCorpus() {
        int n = 0;
        for (Document d : corpus) {
            n += tagger.find(d).size();
        }
        return n;
    }
}
