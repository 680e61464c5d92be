package org.litlod.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged job jar as a cluster runs it: {@code spark-submit}'s main class
 * ({@code org.apache.spark.deploy.SparkSubmit}, {@code --master local[2]}) in a JVM of its own whose
 * class path is a Spark installation's (spark-core in Spark's own versions, resolved by the
 * build), the job jar added by Spark as the application. What the jar leaves out must be there,
 * what it brings must start.
 */
class SparkSubmitIT {
    @Test
    void theJobJarConvertsUnderSparkSubmitAndExitsWithOneForTheFailedFile(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        TestCorpus.copy(TestCorpus.SEEDS, in);
        Files.writeString(in.resolve(TestCorpus.BROKEN), "not any format litlod knows\n");
        Path out = dir.resolve("out");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g"));
        command.addAll(Arrays.asList(System.getProperty("spark.jvm.options").trim().split("\\s+")));
        command.addAll(List.of("-cp", Files.readString(Path.of(System.getProperty("spark.runtime.classpath"))).trim(),
                "org.apache.spark.deploy.SparkSubmit", "--master", "local[2]", "--conf", "spark.ui.enabled=false",
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--class", ConvertJob.class.getName(), System.getProperty("spark.job.jar"), in.toString(), out.toString()));
        Path log = dir.resolve("spark-submit.log");
        Process job = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(job.waitFor(180, TimeUnit.SECONDS), "the job finished");
        String printed = Files.readString(log);

        assertEquals(1, job.exitValue(), printed);
        assertTrue(printed.contains("litlod-spark: LITLOD-BULK-001 " + in.resolve(TestCorpus.BROKEN) + ": LITLOD-CONVERT-001"),
                printed);
        assertTrue(printed.contains("litlod-spark: 4 files: 3 documents, "), printed);
        assertEquals(3 * 2 + 1, PartitionFolders.names(out).size(), "three partitions, their outcomes and PIPELINE");
    }
}
