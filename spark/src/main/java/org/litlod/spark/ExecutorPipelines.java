package org.litlod.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.litlod.publish.Publisher;

/**
 * The pipelines of this JVM, one per spec: built by the first task that needs one and shared by
 * the tasks after it (a pipeline is immutable and thread-safe). In local mode the driver and the
 * executors share this JVM and so share the pipeline.
 */
final class ExecutorPipelines {
    private static final Map<PipelineSpec, Publisher> BUILT = new ConcurrentHashMap<>();

    private ExecutorPipelines() {
    }

    /** The pipeline of {@code spec}, built on first use. */
    static Publisher of(PipelineSpec spec) {
        return BUILT.computeIfAbsent(spec, s -> {
            try {
                return s.build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
