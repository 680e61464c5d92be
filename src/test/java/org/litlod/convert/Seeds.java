package org.litlod.convert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The project's seed documents ({@code seeds/NNN_*.txt}), read in place for tests. */
public final class Seeds {
    private Seeds() {
    }

    /** The project's base directory (Surefire sets {@code basedir}). */
    public static Path baseDir() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    }

    /** The seeds folder. */
    public static Path dir() {
        return baseDir().resolve("seeds");
    }

    /** The seed whose file name starts with the prefix ("000"). */
    public static Path path(String prefix) {
        try (Stream<Path> files = Files.list(dir())) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix + "_"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no seed " + prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed as a source, under its own file name. */
    public static SourceText load(String prefix) {
        return loadAs(prefix, path(prefix).getFileName().toString());
    }

    /** The seed's bytes under another name. */
    public static SourceText loadAs(String prefix, String name) {
        try {
            return new SourceText(name, Files.readAllBytes(path(prefix)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
