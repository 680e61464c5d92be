package org.litlod.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.litlod.ids.IriMinter;
import org.litlod.publish.BulkLoad;
import org.litlod.publish.BulkLoadReport;
import org.litlod.publish.Publisher;
import org.litlod.store.BulkStore;

/**
 * The Spark job in local mode against the core's bulk load with a work folder, on the same
 * inputs: the same partitions graph by graph, the same failure messages.
 */
class SparkConversionTest {
    /** The core's {@code load --bulk --work}: its report, with its partitions left in {@code work}. */
    private static BulkLoadReport bulkLoad(Publisher publisher, Path in, Path db, Path work) throws Exception {
        return new BulkLoad(publisher, 2, BulkStore.Loader.PARALLEL, Duration.ofMinutes(1), p -> { }, l -> { })
                .run(List.of(in), db, work);
    }

    /** Runs the command as spark-submit would, on the test's context; returns its status and what it printed. */
    private static String command(List<Integer> status, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        status.add(ConvertJob.run(LocalSpark.context(), new PrintStream(bytes, true, StandardCharsets.UTF_8), args));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theJobWritesWhatABulkLoadKeepsAndReportsTheFailedFileAsItDoes(@TempDir Path dir) throws Exception {
        Path in = TestCorpus.mixed(dir.resolve("in"));
        Path out = dir.resolve("out");
        List<Integer> status = new ArrayList<>();

        String printed = command(status, in.toString(), out.toString());
        BulkLoadReport bulk = bulkLoad(ExecutorPipelines.of(StandardPipeline.of(IriMinter.DEFAULT_BASE)), in,
                dir.resolve("db"), dir.resolve("work"));

        assertEquals(List.of(1), status, printed);
        assertEquals(1, bulk.failures().size(), bulk.failures().toString());
        String failure = bulk.failures().get(0);
        assertTrue(failure.startsWith(BulkLoad.FAILED_FILE + " " + in.resolve(TestCorpus.BROKEN) + ": LITLOD-CONVERT-001"),
                failure);
        assertTrue(printed.contains("litlod-spark: " + failure + "\n"), printed);
        assertTrue(printed.contains("litlod-spark: 6 files: 41 documents, " + bulk.quads() + " quads, 1 failures; "
                + "0 partitions kept from an earlier run; converting "), printed);
        assertEquals(41, bulk.documents());
        assertEquals(5 * 2 + 1, PartitionFolders.names(out).size(), "five partitions, their outcomes and PIPELINE");
        assertEquals(41 + 5, PartitionFolders.assertSame(dir.resolve("work"), out),
                "a graph per document, and per partition the shared graph of entity descriptions");

        String again = command(status, in.toString(), out.toString());
        assertTrue(again.contains("litlod-spark: 6 files: 41 documents, " + bulk.quads() + " quads, 1 failures; "
                + "5 partitions kept from an earlier run; "), again);
        PartitionFolders.assertSame(dir.resolve("work"), out);
    }

    @ParameterizedTest(name = "streamed: {0}")
    @ValueSource(booleans = {false, true})
    void aDocumentThatFailsLeavesOutOnlyItselfAndIsReportedAsTheBulkLoadReportsIt(boolean streamed, @TempDir Path dir)
            throws Exception {
        Path in = TestCorpus.oneRejected(dir.resolve("in"), 40);
        RejectingPipeline pipeline = new RejectingPipeline(IriMinter.DEFAULT_BASE);

        ConversionReport spark = new SparkConversion(LocalSpark.context(), pipeline)
                .streamingAbove(streamed ? 1000 : Long.MAX_VALUE).run(List.of(in), dir.resolve("out"));
        BulkLoadReport bulk = bulkLoad(ExecutorPipelines.of(pipeline), in, dir.resolve("db"), dir.resolve("work"));

        assertEquals(1, spark.failures().size(), spark.failures().toString());
        assertTrue(spark.failures().get(0).startsWith("LITLOD-SHACL-001 pubmed-00000.xml: 1 SHACL violation"),
                spark.failures().get(0));
        assertEquals(bulk.failures(), spark.failures());
        assertEquals(39, spark.documents());
        assertEquals(39, PartitionFolders.assertSame(dir.resolve("work"), dir.resolve("out")),
                "a graph per document that passed; no tagging, so no entity descriptions");
    }

    @Test
    void aCommandLineThatCannotRunIsAUsageError() {
        List<Integer> status = new ArrayList<>();
        String printed = command(status, "only-one-path");
        String detail = command(status, "--mention-detail", "most", "in", "out");

        assertEquals(List.of(2, 2), status);
        assertTrue(printed.startsWith("litlod-spark: " + ConvertJob.USAGE + " "), printed);
        assertTrue(detail.startsWith("litlod-spark: LITLOD-CLI-002 --mention-detail: unknown value 'most' "
                + "(accepted: "), detail);
    }
}
