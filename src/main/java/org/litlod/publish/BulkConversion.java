package org.litlod.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.litlod.convert.ConversionException;
import org.litlod.convert.SourceText;
import org.litlod.convert.StreamedInput;

/**
 * The conversion step of a bulk load for one input file: reads the file whole, or one document
 * at a time when it is larger than {@code streamAbove} and in a format that streams; converts,
 * tags, maps and checks its documents; hands them on in chunks of at most {@value #CHUNK}
 * documents; and, given a work folder, keeps them there as the file's partition
 * ({@link BulkPartitions}) with its outcome. A file whose partition is already kept is not
 * converted again.
 *
 * <p>{@link BulkLoad} runs it for every input file, and so does the Spark job of the
 * {@code litlod-spark} module (one task per file): both write the same partitions and report
 * the same failures because both call this.
 *
 * <p>Failures: a document that fails is left out with its message (in the chunk and in the
 * outcome); a file that cannot be read or converted gives one message with id
 * {@value BulkLoad#FAILED_FILE} and no partition.
 */
public final class BulkConversion {
    /** Most documents in one chunk. */
    public static final int CHUNK = 256;

    /**
     * What converting one file gave.
     *
     * @param sha256  the SHA-256 of the file's bytes, which names its partition; null when the
     *                file could not be read
     * @param kept    whether its partition was already in the work folder, so nothing was converted
     * @param outcome its documents, quads and error messages: the kept record, or what this
     *                conversion counted (with {@code failure} last among the errors)
     * @param failure the message for the file as a whole ({@value BulkLoad#FAILED_FILE}), or null
     *                when it was converted to its end
     */
    public record Result(String sha256, boolean kept, BulkPartitions.Outcome outcome, String failure) {
        /** Whether the work folder holds the file's partition now. */
        public boolean partitioned() {
            return kept || (failure == null && sha256 != null);
        }
    }

    private final Publisher publisher;
    private final long streamAbove;

    /**
     * @param publisher   the pipeline
     * @param streamAbove files larger than this, in a format that streams, are read one document
     *                    at a time ({@link InputFiles#MAX_BYTES} in a normal run)
     */
    public BulkConversion(Publisher publisher, long streamAbove) {
        this.publisher = publisher;
        this.streamAbove = streamAbove;
    }

    /**
     * Converts one file into its partition in {@code parts}, handing each chunk of checked
     * documents to {@code chunks} as well (after it is kept).
     *
     * @param published the name the file is published under ({@link InputFiles#publishedName})
     * @param parts     the work folder, or null to keep nothing
     * @throws CancellationException when {@code chunks} throws it: the run stopped
     */
    public Result convert(Path file, String published, BulkPartitions parts, Consumer<PublishedInput> chunks) {
        Counts counts = new Counts();
        String sha256 = null;
        try {
            if (publisher.readsAsStream(file, streamAbove)) {
                StreamedInput in = InputFiles.open(file, published);
                try {
                    sha256 = in.sha256();
                    return published(sha256, parts, counts, chunks, sink -> publisher.publishEach(in, CHUNK, sink));
                } catch (ConversionException e) {
                    return failed(sha256, counts, BulkLoad.FAILED_FILE + " " + file + ": " + e.getMessage()
                            + " (only the documents before this point were converted)");
                } finally {
                    in.stream().close();
                }
            }
            SourceText in = InputFiles.read(file, published);
            sha256 = in.sha256();
            return published(sha256, parts, counts, chunks, sink -> publisher.publishEach(in, CHUNK, sink));
        } catch (CancellationException e) {
            throw e;
        } catch (IOException e) {
            return failed(sha256, counts, BulkLoad.FAILED_FILE + " " + InputFiles.message(file, e));
        } catch (ConversionException | RuntimeException | StackOverflowError e) {
            String m = e.getMessage();
            return failed(sha256, counts, BulkLoad.FAILED_FILE + " " + file + ": "
                    + (m != null && m.startsWith("LITLOD-") ? m : "cannot convert it (" + (m != null ? m : "unexpected error") + ")"));
        }
    }

    /** Publishes one input, handing its chunks to a sink ({@link Publisher#publishEach}). */
    @FunctionalInterface
    private interface Publishing {
        void into(Consumer<PublishedInput> sink) throws ConversionException;
    }

    /**
     * The kept partition of the input with {@code sha256}, or the input published into a new one
     * (when there is a work folder), which is kept only when the input converted to its end.
     */
    private static Result published(String sha256, BulkPartitions parts, Counts counts, Consumer<PublishedInput> chunks,
                                    Publishing publishing) throws IOException, ConversionException {
        Optional<BulkPartitions.Outcome> kept = kept(parts, sha256);
        if (kept.isPresent()) {
            return new Result(sha256, true, kept.get(), null);
        }
        BulkPartitions.Partition partition = parts == null ? null : parts.begin(sha256);
        try {
            publishing.into(chunk -> handedOver(chunk, partition, counts, chunks));
        } catch (ConversionException | RuntimeException e) {
            if (partition != null) {
                partition.discard();
            }
            throw e;
        }
        if (partition != null) {
            partition.commit(counts.outcome(null));
        }
        return new Result(sha256, false, counts.outcome(null), null);
    }

    /** Keeps a chunk in the partition (when there is one), counts it and hands it on. */
    private static void handedOver(PublishedInput chunk, BulkPartitions.Partition partition, Counts counts,
                                   Consumer<PublishedInput> chunks) {
        try {
            if (partition != null) {
                partition.append(chunk);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        counts.add(chunk);
        chunks.accept(chunk);
    }

    private static Optional<BulkPartitions.Outcome> kept(BulkPartitions parts, String sha256) throws IOException {
        return parts == null ? Optional.empty() : parts.outcome(sha256);
    }

    private static Result failed(String sha256, Counts counts, String message) {
        return new Result(sha256, false, counts.outcome(message), message);
    }

    /** What the chunks handed over so far add up to. */
    private static final class Counts {
        private long documents;
        private long quads;
        private final List<String> errors = new ArrayList<>();

        void add(PublishedInput chunk) {
            documents += chunk.documents().size();
            quads += chunk.quads();
            errors.addAll(chunk.errors());
        }

        BulkPartitions.Outcome outcome(String failure) {
            List<String> all = new ArrayList<>(errors);
            if (failure != null) {
                all.add(failure);
            }
            return new BulkPartitions.Outcome(documents, quads, all);
        }
    }
}
