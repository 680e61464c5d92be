package org.litlod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The base IRI a store's data was minted under, kept next to the database in
 * {@value #FILE}: IRIs are fixed when documents are loaded, so whoever serves the store later
 * must answer for the same base, whatever address the server listens on. Written by renaming a
 * complete temporary file, so a crash leaves the old record or the new one.
 */
public final class StoreBase {
    /** The file in the database directory that holds the base IRI. */
    public static final String FILE = "litlod-base-iri.txt";

    private StoreBase() {
    }

    /** The base IRI recorded in the database directory {@code dir}, if any. */
    public static Optional<String> read(Path dir) {
        Path f = dir.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            String s = Files.readString(f, StandardCharsets.UTF_8).strip();
            return s.isEmpty() ? Optional.empty() : Optional.of(s);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + f, e);
        }
    }

    /** Records {@code base} as the base IRI of the database directory {@code dir}. */
    public static void write(Path dir, String base) {
        Path f = dir.resolve(FILE);
        Path tmp = dir.resolve(FILE + ".tmp");
        try {
            Files.createDirectories(dir);
            Files.writeString(tmp, base + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("recording the base IRI in " + f, e);
        }
    }
}
