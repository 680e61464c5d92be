package org.litlod.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;

/**
 * The work folder that makes a bulk load resumable: for every input file converted, the N-Quads
 * of its checked documents ({@code SHA256.nq.gz}, named after the input's content) and a record
 * of its outcome ({@code SHA256.json}: documents, quads and error messages). The record is
 * written last, so a partition counts only once it is complete; a run that stops half-way
 * loses at most the files in flight. A file {@code PIPELINE} holds the pipeline's
 * {@linkplain Publisher#fingerprint() fingerprint}: partitions made by another pipeline (other
 * base, lexicon or converters) are discarded.
 *
 * <p>One process opens the folder ({@link #BulkPartitions(Path, String)}, which discards what is
 * stale); workers that write partitions beside it, such as the tasks of the Spark job in
 * {@code spark/}, {@linkplain #joined join} it. Each input file's partition is made by
 * {@link BulkConversion}.
 */
public final class BulkPartitions {
    /**
     * The record of one converted input file.
     *
     * @param documents the documents in its partition
     * @param quads     its quads (as {@link PublishedInput#quads()} counts them)
     * @param errors    one message with an error id per document that failed (and for the file
     *                  itself, when it could not be converted to its end)
     */
    public record Outcome(long documents, long quads, List<String> errors) {
        public Outcome {
            errors = List.copyOf(errors);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FINGERPRINT = "PIPELINE";
    private final Path dir;
    private final int discarded;

    /**
     * Opens (creating it if needed) the work folder {@code dir} for a pipeline with this
     * fingerprint: deletes the partitions another pipeline made and the unfinished ones a
     * stopped run left. Only one process at a time may open a folder so.
     */
    public BulkPartitions(Path dir, String fingerprint) throws IOException {
        this.dir = Files.createDirectories(dir);
        Path f = dir.resolve(FINGERPRINT);
        int gone = 0;
        boolean other = !Files.exists(f) || !Files.readString(f).equals(fingerprint);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, other ? "*.{json,nq.gz,tmp}" : "*.tmp")) {
            for (Path p : old) {
                gone += p.toString().endsWith(".json") ? 1 : 0;
                Files.delete(p); // a partition of another pipeline, or one a stopped run left unfinished
            }
        }
        if (other) {
            write(f, fingerprint.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        this.discarded = gone;
    }

    private BulkPartitions(Path dir) {
        this.dir = dir;
        this.discarded = 0;
    }

    /**
     * The work folder {@code dir} that another process has opened, as it is: for the workers
     * that write partitions into it side by side. Nothing is deleted.
     */
    public static BulkPartitions joined(Path dir) {
        return new BulkPartitions(dir);
    }

    /** Partitions deleted on opening because another pipeline made them. */
    public int discarded() {
        return discarded;
    }

    /** The name of the partition of the input with this content ({@code SHA256.nq.gz}). */
    public static String quadsFile(String sha256) {
        return sha256 + ".nq.gz";
    }

    /** The outcome of the input with this content, when its partition is complete. */
    Optional<Outcome> outcome(String sha256) throws IOException {
        Path record = dir.resolve(sha256 + ".json");
        return Files.exists(record) ? Optional.of(JSON.readValue(record.toFile(), Outcome.class)) : Optional.empty();
    }

    /**
     * Starts keeping the partition of the input with this content: its chunks are appended as
     * gzip members, and it counts once {@link Partition#commit()} has written its outcome.
     */
    Partition begin(String sha256) throws IOException {
        return new Partition(sha256);
    }

    /** The partition of one input being written. */
    final class Partition {
        private final String sha256;
        private final Path tmp;

        private Partition(String sha256) throws IOException {
            this.sha256 = sha256;
            // a name of its own: two input files with the same content may be converted at once
            this.tmp = Files.createTempFile(dir, sha256 + ".nq.gz.", ".tmp");
        }

        /** Appends the quads of one chunk of checked documents. */
        void append(PublishedInput chunk) throws IOException {
            Files.write(tmp, BulkLoadNQuads.gzipped(chunk), java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }

        /** Makes the partition count: moves the quads into place, then writes its outcome. */
        void commit(Outcome outcome) throws IOException {
            Files.move(tmp, dir.resolve(quadsFile(sha256)), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            write(dir.resolve(sha256 + ".json"), JSON.writeValueAsBytes(outcome));
        }

        /** Gives the partition up: deletes what was written of it. */
        void discard() throws IOException {
            Files.deleteIfExists(tmp);
        }
    }

    /** Sends the kept quads of the input with this content to {@code sink} (without start or finish). */
    void replay(String sha256, StreamRDF sink) throws IOException {
        Path quads = dir.resolve(quadsFile(sha256));
        if (Files.size(quads) == 0) {
            return;
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(quads), 1 << 16)) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(new StreamWithoutEnds(sink));
        }
    }

    private void write(Path target, byte[] content) throws IOException {
        Path tmp = Files.createTempFile(dir, target.getFileName().toString() + ".", ".tmp");
        Files.write(tmp, content);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Passes quads on but not the parser's start and finish, which belong to the whole load. */
    private static final class StreamWithoutEnds extends org.apache.jena.riot.system.StreamRDFWrapper {
        StreamWithoutEnds(StreamRDF other) {
            super(other);
        }

        @Override
        public void start() {
        }

        @Override
        public void finish() {
        }
    }
}
