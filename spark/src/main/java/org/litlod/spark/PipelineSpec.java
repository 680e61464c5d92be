package org.litlod.spark;

import java.io.IOException;
import java.io.Serializable;
import org.litlod.publish.Publisher;

/**
 * What the tasks build their pipeline from. The driver sends it with every task; each executor
 * JVM builds the pipeline once per distinct spec ({@link ExecutorPipelines}) and shares it
 * between its tasks. Implementations are small values with {@code equals} (records).
 */
public interface PipelineSpec extends Serializable {
    /** Builds the pipeline (loads the lexicon, compiles the tagger): seconds, done once per JVM. */
    Publisher build() throws IOException;
}
