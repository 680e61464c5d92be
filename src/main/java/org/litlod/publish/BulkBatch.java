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

    /** A chunk of freshly checked documents; more of the file follows. */
    static BulkBatch of(Path file, PublishedInput chunk) {
        return new BulkBatch(file, 0, chunk.documents().size(), chunk.quads(), chunk.errors(), false,
                sink -> BulkLoadNQuads.send(chunk, sink));
    }

    /** The end of a file: no quads, the errors of the file as a whole (none, or why it failed). */
    static BulkBatch end(Path file, long bytes, List<String> errors) {
        return new BulkBatch(file, bytes, 0, 0, errors, true, QuadSource.NONE);
    }
}
