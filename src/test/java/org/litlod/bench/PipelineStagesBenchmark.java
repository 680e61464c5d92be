package org.litlod.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.litlod.convert.registry.ConverterRegistry;
import org.litlod.convert.SourceText;
import org.litlod.corpus.CorpusGenerator;
import org.litlod.ids.IriMinter;
import org.litlod.ids.Labels;
import org.litlod.model.Document;
import org.litlod.publish.InputFiles;
import org.litlod.rdf.DocumentMapper;
import org.litlod.rdf.MappedDocument;
import org.litlod.tag.Tagger;
import org.litlod.tag.lexicon.Lexicon;
import org.litlod.tag.lexicon.Lexicons;
import org.litlod.validate.ShapeCheck;
import org.litlod.validate.ShapeViolationException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where the time of one document goes in the bulk pipeline, stage by stage, on one thread:
 * converting (PubMed XML to the document model), tagging, mapping to RDF and the SHACL check.
 * The corpus is {@value #DOCS} generated PubMed abstracts (seed 42, the documents of
 * {@code bench/scale/run.sh}); each stage runs on the output of the stage before, computed once
 * in the set-up; the SHACL check is the pipeline's ({@link ShapeCheck#check}: the document with
 * its entity descriptions, each description checked once). Scores are microseconds per document.
 * Run by {@code bench/stages.sh}, never by the unit tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Threads(1)
public class PipelineStagesBenchmark {
    static final int DOCS = 500;

    private ConverterRegistry converters;
    private Tagger tagger;
    private Lexicon lexicon;
    private DocumentMapper mapper;
    private ShapeCheck shapes;
    private SourceText input;
    private List<Document> converted;
    private List<Document> tagged;
    private List<MappedDocument> mapped;

    @Setup
    public void setUp() throws Exception {
        Path dir = Files.createTempDirectory("litlod-stages");
        input = InputFiles.read(CorpusGenerator.write(dir, "pubmed", DOCS, 42L).get(0));
        converters = ConverterRegistry.standard();
        lexicon = Lexicons.builtin();
        tagger = new Tagger(lexicon);
        IriMinter iris = new IriMinter("http://localhost:3030/");
        mapper = new DocumentMapper(iris, lexicon::equivalents, Labels.NONE);
        shapes = ShapeCheck.standard();
        converted = converters.convert(input);
        tagged = converted.stream().map(tagger::tag).toList();
        mapped = tagged.stream().map(d -> mapper.map(d, lexicon.version())).toList();
        if (mapped.size() != DOCS) {
            throw new IllegalStateException("expected " + DOCS + " documents, got " + mapped.size());
        }
    }

    @Benchmark
    @OperationsPerInvocation(DOCS)
    public List<Document> convert() throws Exception {
        return converters.convert(input);
    }

    @Benchmark
    @OperationsPerInvocation(DOCS)
    public List<Document> tag() {
        List<Document> out = new ArrayList<>(DOCS);
        for (Document d : converted) {
            out.add(tagger.tag(d));
        }
        return out;
    }

    @Benchmark
    @OperationsPerInvocation(DOCS)
    public long map() {
        long triples = 0;
        for (Document d : tagged) {
            triples += mapper.map(d, lexicon.version()).graph().size();
        }
        return triples;
    }

    @Benchmark
    @OperationsPerInvocation(DOCS)
    public int shapes() throws ShapeViolationException {
        int checked = 0;
        for (MappedDocument m : mapped) {
            shapes.check(m);
            checked++;
        }
        return checked;
    }
}
