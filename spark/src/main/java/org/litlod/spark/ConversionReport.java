package org.litlod.spark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link SparkConversion} did: the report of every file, in input order.
 *
 * @param files     one report per input file
 * @param discarded partitions of another pipeline deleted from the output folder first
 * @param nanos     time from start to the last report, Spark's scheduling included
 */
public record ConversionReport(List<FileReport> files, int discarded, long nanos) {
    public ConversionReport {
        files = List.copyOf(files);
    }

    /** One message per document, or file, that failed, sorted (as {@code load --bulk} reports them). */
    public List<String> failures() {
        List<String> out = new ArrayList<>();
        files.forEach(f -> out.addAll(f.errors()));
        out.sort(null);
        return out;
    }

    /** The warnings of the converted documents, sorted. */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        files.forEach(f -> out.addAll(f.warnings()));
        out.sort(null);
        return out;
    }

    /** Whether every document of every file was converted. */
    public boolean ok() {
        return files.stream().allMatch(f -> f.errors().isEmpty());
    }

    /** Documents in the partitions. */
    public long documents() {
        return files.stream().mapToLong(FileReport::documents).sum();
    }

    /** Quads in the partitions. */
    public long quads() {
        return files.stream().mapToLong(FileReport::quads).sum();
    }

    /** One line for the end of a run. */
    public String summary() {
        long kept = files.stream().filter(FileReport::kept).count();
        double s = Duration.ofNanos(nanos).toMillis() / 1000.0;
        return String.format("%d files: %d documents, %d quads, %d failures; %d partitions kept from an earlier run; "
                        + "converting %.1f s (%.0f documents/s)", files.size(), documents(), quads(), failures().size(),
                kept, s, s > 0 ? documents() / s : 0.0);
    }
}
