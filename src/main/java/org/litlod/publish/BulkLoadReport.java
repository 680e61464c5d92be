package org.litlod.publish;

import java.time.Duration;
import java.util.List;

/**
 * What a {@link BulkLoad} did.
 *
 * @param files     input files read
 * @param documents documents converted, checked and stored
 * @param quads     quads handed to the store: the documents' quads, and the entity descriptions
 *                  of each batch of documents (a description repeated in several input files is
 *                  counted in each, and stored once)
 * @param stored    quads the store holds after the load (what it held before included)
 * @param failures  one message with an error id per document, or per file, that failed, sorted
 * @param loader    how the quads were stored ("parallel", "phased" or "transactional")
 * @param loading   time to convert, tag, map, check and feed the loader (which ran alongside)
 * @param indexing  time for the loader to finish its indexes, and to build the text index
 * @param warnings  malformed optional fields left out of stored documents, sorted (files
 *                  replayed from a work folder give none: they were reported when converted)
 */
public record BulkLoadReport(int files, long documents, long quads, long stored, List<String> failures, String loader,
                             Duration loading, Duration indexing, List<String> warnings) {
    public BulkLoadReport {
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
    }

    /** Whether every document of every file loaded. */
    public boolean ok() {
        return failures.isEmpty();
    }

    /** One line for the end of a run. */
    public String summary() {
        return String.format("%d files: %d documents, %d quads, %d failures; the store holds %d quads; loader %s; "
                        + "converting and loading %.1f s, indexing %.1f s", files, documents, quads, failures.size(),
                stored, loader, loading.toMillis() / 1000.0, indexing.toMillis() / 1000.0);
    }
}
