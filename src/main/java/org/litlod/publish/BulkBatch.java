package org.litlod.publish;

import java.nio.file.Path;
import java.util.List;
import org.litlod.store.QuadSource;

/**
 * What the conversion workers of a bulk load hand to the loader: the quads of some checked
 * documents of one input file, the errors met, and whether the file is finished with it.
 *
 * @param file      the input file
 * @param bytes     its size, counted when the file is finished
 * @param documents how many documents the quads hold
 * @param quads     how many quads
 * @param errors    one message per document (or for the whole file) that failed
 * @param last      whether this is the file's last batch
 * @param source    sends the quads to the store's writer
 */
record BulkBatch(Path file, long bytes, long documents, long quads, List<String> errors, boolean last,
                 QuadSource source) {
    BulkBatch {
        errors = List.copyOf(errors);
    }

    /** A chunk of freshly checked documents. */
    static BulkBatch of(Path file, long bytes, PublishedInput chunk, boolean last) {
        return new BulkBatch(file, bytes, chunk.documents().size(), chunk.quads(), chunk.errors(), last,
                sink -> BulkLoadNQuads.send(chunk.documents(), sink));
    }

    /** A whole file that failed: no quads, one error. */
    static BulkBatch failed(Path file, long bytes, String error) {
        return new BulkBatch(file, bytes, 0, 0, List.of(error), true, QuadSource.NONE);
    }
}
