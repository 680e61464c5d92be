package org.litlod.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.Function;
import org.litlod.publish.BulkConversion;
import org.litlod.publish.BulkPartitions;

/**
 * The work of one task, on an executor: converts one input file into its partition in the output
 * folder with the core's {@link BulkConversion}, as a bulk load with a work folder does.
 *
 * @param pipeline    the pipeline to convert with
 * @param output      the output folder, which the driver has opened
 * @param streamAbove files larger than this, in a format that streams, are read one document at a time
 */
record PartitionTask(PipelineSpec pipeline, String output, long streamAbove) implements Function<InputFile, FileReport> {
    @Override
    public FileReport call(InputFile in) {
        List<String> warnings = new ArrayList<>();
        BulkConversion.Result r = new BulkConversion(ExecutorPipelines.of(pipeline), streamAbove).convert(
                Path.of(in.path()), in.published(), BulkPartitions.joined(Path.of(output)),
                chunk -> warnings.addAll(chunk.warnings()));
        return FileReport.of(in.path(), r, warnings);
    }
}
