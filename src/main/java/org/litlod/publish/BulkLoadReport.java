package org.litlod.publish;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a {@link BulkLoad} did.
 *
 * @param files      input files read
 * @param documents  documents converted, checked and written
 * @param quads      quads written to the N-Quads file (and loaded)
 * @param failures   one message with an error id per file that failed; such a file adds nothing
 * @param loader     the TDB2 loader used ("parallel", "phased" or "basic")
 * @param nquads     the gzipped N-Quads file of all documents
 * @param convert    time to convert, tag, map, check and write the N-Quads
 * @param load       time of the TDB2 loader
 * @param index      time to build the text index
 */
public record BulkLoadReport(int files, long documents, long quads, List<String> failures, String loader,
                             Path nquads, Duration convert, Duration load, Duration index) {
    public BulkLoadReport {
        failures = List.copyOf(failures);
    }

    /** Whether every file loaded. */
    public boolean ok() {
        return failures.isEmpty();
    }

    /** One line for the end of a run. */
    public String summary() {
        return String.format("%d files: %d documents, %d quads, %d files failed; loader %s; "
                        + "convert %.1f s, load %.1f s, index %.1f s", files, documents, quads, failures.size(),
                loader, convert.toMillis() / 1000.0, load.toMillis() / 1000.0, index.toMillis() / 1000.0);
    }
}
