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
 */
final class BulkPartitions {
    /** The record of one converted input file. */
    record Outcome(long documents, long quads, List<String> errors) {
        Outcome {
            errors = List.copyOf(errors);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FINGERPRINT = "PIPELINE";
    private final Path dir;
    private final int discarded;

    /** Opens (creating it if needed) the work folder {@code dir} for a pipeline with this fingerprint. */
    BulkPartitions(Path dir, String fingerprint) throws IOException {
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

    /** Partitions deleted on opening because another pipeline made them. */
    int discarded() {
        return discarded;
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
        private long documents;
        private long quads;
        private final List<String> errors = new java.util.ArrayList<>();

        private Partition(String sha256) throws IOException {
            this.sha256 = sha256;
            // a name of its own: two input files with the same content may be converted at once
            this.tmp = Files.createTempFile(dir, sha256 + ".nq.gz.", ".tmp");
        }

        /** Appends one chunk of checked documents and its errors. */
        void append(PublishedInput chunk) throws IOException {
            Files.write(tmp, BulkLoadNQuads.gzipped(chunk.documents()), java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            documents += chunk.documents().size();
            quads += chunk.quads();
            errors.addAll(chunk.errors());
        }

        /** Makes the partition count: moves the quads into place, then writes the outcome. */
        void commit() throws IOException {
            Files.move(tmp, dir.resolve(sha256 + ".nq.gz"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            write(dir.resolve(sha256 + ".json"), JSON.writeValueAsBytes(new Outcome(documents, quads, errors)));
        }
    }

    /** Sends the kept quads of the input with this content to {@code sink} (without start or finish). */
    void replay(String sha256, StreamRDF sink) throws IOException {
        Path quads = dir.resolve(sha256 + ".nq.gz");
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
