package org.litlod.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.litlod.publish.BulkPartitions;
import org.litlod.publish.InputFiles;
import org.litlod.publish.Publisher;

/**
 * The driver's side of the job: opens the output folder as a bulk load opens its work folder
 * (partitions of another pipeline and unfinished ones are deleted, kept ones stay and are not
 * converted again), lists the input files, runs one Spark task per file and gathers their reports.
 *
 * <p>Paths are read and written with {@code java.nio}: on a cluster, the inputs and the output
 * folder must be on a file system every executor mounts at the same path (NFS, a parallel file
 * system, a mounted bucket).
 */
public final class SparkConversion {
    /** The Spark job stopped before every file was converted (a task failed more often than Spark retries it). */
    public static final String JOB_FAILED = "LITLOD-SPARK-001";
    /** The output folder cannot be created or written. */
    public static final String BAD_OUTPUT = "LITLOD-SPARK-002";

    private final JavaSparkContext spark;
    private final PipelineSpec pipeline;
    private long streamAbove = InputFiles.MAX_BYTES;

    /** A conversion on {@code spark} with the pipeline {@code pipeline} builds. */
    public SparkConversion(JavaSparkContext spark, PipelineSpec pipeline) {
        this.spark = spark;
        this.pipeline = pipeline;
    }

    /** Reads files larger than {@code bytes}, in a format that streams, one document at a time (tests lower it). */
    SparkConversion streamingAbove(long bytes) {
        this.streamAbove = bytes;
        return this;
    }

    /**
     * Converts the files under {@code inputs} (files, or folders whose files are published under
     * their names relative to the folder) into partitions in {@code output}, one task per file.
     *
     * @throws IOException {@value #BAD_OUTPUT} when the output folder cannot be used,
     *                     {@value #JOB_FAILED} when the Spark job stops
     */
    public ConversionReport run(List<Path> inputs, Path output) throws IOException {
        long t0 = System.nanoTime();
        Publisher publisher = ExecutorPipelines.of(pipeline);
        BulkPartitions folder;
        try {
            folder = new BulkPartitions(output, publisher.fingerprint());
        } catch (IOException e) {
            throw new IOException(BAD_OUTPUT + " " + output + ": cannot use it as the output folder ("
                    + e.getMessage() + ")", e);
        }
        List<InputFile> files = new ArrayList<>();
        for (Path f : InputFiles.expand(inputs)) {
            files.add(new InputFile(f.toString(), InputFiles.publishedName(inputs, f)));
        }
        List<FileReport> reports;
        try {
            reports = spark.parallelize(files, Math.max(1, files.size()))
                    .map(new PartitionTask(pipeline, output.toAbsolutePath().toString(), streamAbove))
                    .collect();
        } catch (RuntimeException e) {
            throw new IOException(JOB_FAILED + " the Spark job converting " + inputs + " into " + output
                    + " stopped: " + e.getMessage(), e);
        }
        return new ConversionReport(reports, folder.discarded(), System.nanoTime() - t0);
    }
}
