package org.litlod.spark;

import java.io.Serializable;
import java.util.List;
import org.litlod.publish.BulkConversion;
import org.litlod.publish.BulkPartitions;

/**
 * What one task did with its file, sent back to the driver.
 *
 * @param file      the file, as given
 * @param partition the name of its partition in the output folder ({@code SHA256.nq.gz}), or null
 *                  when none was written (the file could not be read or converted)
 * @param kept      whether the partition was there already, from an earlier run
 * @param documents documents in the partition
 * @param quads     quads in the partition
 * @param errors    one message per document that failed, and for the file itself when it failed
 * @param warnings  malformed optional fields left out of the documents (none for a kept partition)
 */
public record FileReport(String file, String partition, boolean kept, long documents, long quads,
                         List<String> errors, List<String> warnings) implements Serializable {
    public FileReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** The report of a conversion by the core. */
    static FileReport of(String file, BulkConversion.Result r, List<String> warnings) {
        return new FileReport(file, r.partitioned() ? BulkPartitions.quadsFile(r.sha256()) : null,
                r.kept(), r.outcome().documents(), r.outcome().quads(), r.outcome().errors(), warnings);
    }
}
