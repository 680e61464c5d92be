package org.litlod.publish;

import java.util.List;

/** The outcome of a load: one entry per input file, in input order. */
public record LoadReport(List<FileOutcome> files) {
    public LoadReport {
        files = List.copyOf(files);
    }

    /** Whether every file was loaded or unchanged. */
    public boolean ok() {
        return files.stream().allMatch(f -> f.status() == FileOutcome.Status.LOADED
                || f.status() == FileOutcome.Status.UNCHANGED);
    }

    public long count(FileOutcome.Status status) {
        return files.stream().filter(f -> f.status() == status).count();
    }

    /**
     * Number of distinct graphs stored: a graph that a later file of the same load replaced
     * (the same paper twice) counts once.
     */
    public int graphsStored() {
        return (int) files.stream().flatMap(f -> f.graphs().stream()).distinct().count();
    }

    /** Number of warnings over all files. */
    public int warnings() {
        return files.stream().mapToInt(f -> f.warnings().size()).sum();
    }

    /**
     * A one-line summary ("3 files: 2 loaded, 1 unchanged, 0 failed; 2 graphs stored"), followed
     * by "; N warnings" when there are any.
     */
    public String summary() {
        return files.size() + " files: " + count(FileOutcome.Status.LOADED) + " loaded, "
                + count(FileOutcome.Status.UNCHANGED) + " unchanged, "
                + (count(FileOutcome.Status.FAILED) + count(FileOutcome.Status.PARTLY_FAILED))
                + " failed; " + graphsStored() + " graphs stored"
                + (warnings() > 0 ? "; " + warnings() + " warnings" : "");
    }
}
