package org.litlod.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.ids.IriMinter;
import org.litlod.server.examples.ExampleCatalogue;
import org.litlod.server.examples.ExampleQuery;
import org.litlod.store.PaperStore;

/**
 * The hand-over to Jena's external-sort loader: the job's partitions of the seeds and the
 * example corpus, loaded by {@code tdb2.xloader} in a JVM of its own, make a store that litlod
 * opens and that answers every example query of the catalogue as expected.
 */
class XloaderHandOverTest {
    @TempDir
    static Path dir;
    private static PaperStore store;

    @BeforeAll
    static void convertAndLoad() throws Exception {
        Path in = dir.resolve("in");
        TestCorpus.copy(TestCorpus.SEEDS, in);
        TestCorpus.copy(TestCorpus.EXAMPLES, in.resolve("examples"));
        Path out = dir.resolve("out");
        ConversionReport r = new SparkConversion(LocalSpark.context(), StandardPipeline.of(IriMinter.DEFAULT_BASE))
                .run(List.of(in), out);
        assertTrue(r.ok(), r.failures().toString());

        // The class form loads only its first file (Jena 5.6): the partitions go in as one file,
        // their gzip members one after the other, as `cat OUT/*.nq.gz > all.nq.gz` makes it.
        Path all = dir.resolve("all.nq.gz");
        try (Stream<Path> files = Files.list(out); OutputStream joined = Files.newOutputStream(all)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".nq.gz")).sorted().toList()) {
                Files.copy(p, joined);
            }
        }
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "tdb2.xloader.CmdxLoader", "--loc", dir.resolve("db").toString(), all.toString());
        Process xloader = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("xloader.log").toFile()).start();
        assertTrue(xloader.waitFor(120, TimeUnit.SECONDS), "tdb2.xloader finished");
        assertEquals(0, xloader.exitValue(), Files.readString(dir.resolve("xloader.log")));
        assertTrue(Files.readString(dir.resolve("xloader.log")).contains("Quads = " + String.format("%,d", r.quads())),
                "every quad of the partitions went in:\n" + Files.readString(dir.resolve("xloader.log")));
        store = PaperStore.open(dir.resolve("db"));
    }

    @TestFactory
    Stream<DynamicTest> theStoreAnswersEveryExampleQueryAsExpected() {
        List<ExampleQuery> all = ExampleCatalogue.load();
        assertFalse(all.isEmpty());
        return all.stream().map(q -> DynamicTest.dynamicTest(q.id(), () -> {
            ResultSetRewindable answer = ExampleAnswers.answer(store.datasetGraph(), q);
            assertTrue(answer.size() > 0, q.id() + " returns no rows");
            ByteArrayOutputStream shown = new ByteArrayOutputStream();
            ResultSetFormatter.outputAsTSV(shown, answer);
            assertTrue(ExampleAnswers.expected(q, answer), q.id() + " differs from " + q.expected() + ":\n"
                    + shown.toString(StandardCharsets.UTF_8));
        }));
    }
}
