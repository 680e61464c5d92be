package org.litlod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The data version of one committed state of a TDB2 database, kept in {@value #FILE} inside its
 * {@code Data-NNNN} folder: the state's {@link IndexStamp}, the {@link QuadDigest} of its quads
 * and when that content was first seen. The record holds only while the database is in the
 * state it names; any other write (SPARQL Update, a TDB2 loader, a crash before the record was
 * written) leaves it naming an older state, and it is then computed again. Compaction makes a
 * new folder, without a record unless {@link Compaction} carries it over.
 *
 * @param stamp    the state the digest is of
 * @param digest   count and hash sum of the quads in that state
 * @param modified when this content was first seen, to the second
 */
record VersionRecord(IndexStamp stamp, QuadDigest digest, Instant modified) {
    /** The record's file in the database's {@code Data-NNNN} folder. */
    static final String FILE = "litlod-data-version";
    private static final String HEADER = "litlod-data-version 1";

    /** The version this record gives. */
    DataVersion version() {
        return new DataVersion(digest.tag(), modified);
    }

    /**
     * The record of the state {@code stamp} holding {@code content}, which follows this one: it
     * keeps this one's date when the content is the same, and is dated now, at least a second
     * later than this one, when it is not (so If-Modified-Since never confuses two versions).
     */
    VersionRecord next(IndexStamp stamp, QuadDigest content) {
        if (content.tag().equals(digest.tag())) {
            return new VersionRecord(stamp, content, modified);
        }
        return first(stamp, content, modified.plusSeconds(1));
    }

    /** The record of a content seen for the first time, dated now (and not before {@code notBefore}). */
    static VersionRecord first(IndexStamp stamp, QuadDigest content, Instant notBefore) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return new VersionRecord(stamp, content, now.isBefore(notBefore) ? notBefore : now);
    }

    /** The kept record of the state the current transaction on {@code dsg} sees, if there is one. */
    static Optional<VersionRecord> of(DatasetGraph dsg) {
        IndexStamp stamp = IndexStamp.of(dsg);
        return read(folder(dsg)).filter(r -> r.stamp().equals(stamp));
    }

    /** This record for the same content in the state the current transaction on {@code dsg} sees (after compaction). */
    VersionRecord movedTo(DatasetGraph dsg) {
        return new VersionRecord(IndexStamp.of(dsg), digest, modified);
    }

    /** The {@code Data-NNNN} folder of the TDB2 database behind {@code dsg}. */
    static Path folder(DatasetGraph dsg) {
        return Path.of(IndexStamp.database(dsg).getLocation().getDirectoryPath());
    }

    /** The record kept in {@code folder}; empty when there is none or it cannot be read (it is then computed again). */
    static Optional<VersionRecord> read(Path folder) {
        Path f = folder.resolve(FILE);
        try {
            if (!Files.isRegularFile(f)) {
                return Optional.empty();
            }
            String[] lines = Files.readString(f, StandardCharsets.UTF_8).split("\n");
            String[] v = lines.length == 2 && lines[0].equals(HEADER) ? lines[1].split(" ") : new String[0];
            if (v.length != 5) {
                return Optional.empty();
            }
            return Optional.of(new VersionRecord(new IndexStamp(Integer.parseInt(v[0]), Integer.parseInt(v[1])),
                    new QuadDigest(Long.parseLong(v[2]), Long.parseLong(v[3])), Instant.ofEpochSecond(Long.parseLong(v[4]))));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Keeps this record in {@code folder}, replacing the one there by renaming a complete file.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    void write(Path folder) {
        Path f = folder.resolve(FILE);
        Path tmp = folder.resolve(FILE + ".tmp");
        String text = HEADER + "\n" + stamp.triples() + " " + stamp.quads() + " " + digest.count() + " " + digest.sum()
                + " " + modified.getEpochSecond() + "\n";
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the data version in " + f, e);
        }
    }
}
