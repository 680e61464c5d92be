package org.litlod.store;

import java.io.IOException;
import org.apache.jena.riot.system.StreamRDF;

/**
 * Quads handed to a {@link BulkWriter}: whoever has them (documents in memory, a file of kept
 * N-Quads) sends them to the stream the writer gives, in one go.
 */
@FunctionalInterface
public interface QuadSource {
    /** A source of no quads. */
    QuadSource NONE = sink -> { };

    /** Sends every quad to {@code sink}. */
    void sendTo(StreamRDF sink) throws IOException;
}
