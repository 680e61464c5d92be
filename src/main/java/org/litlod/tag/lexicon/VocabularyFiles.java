package org.litlod.tag.lexicon;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens vocabulary release files, gunzipping those that start with the gzip magic bytes. */
public final class VocabularyFiles {

    private VocabularyFiles() {
    }

    /** The content of {@code file}, decompressed when it is gzipped (whatever its name). */
    public static InputStream open(Path file) throws IOException {
        return decompressed(Files.newInputStream(file));
    }

    /** {@code in}, decompressed when it starts with the gzip magic bytes. */
    public static InputStream decompressed(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(2);
        int b1 = buffered.read();
        int b2 = buffered.read();
        buffered.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            return new BufferedInputStream(new GZIPInputStream(buffered, 1 << 16), 1 << 16);
        }
        return buffered;
    }

    /** UTF-8 lines of {@code in}, decompressed when gzipped. */
    public static BufferedReader lines(InputStream in) throws IOException {
        return new BufferedReader(new InputStreamReader(decompressed(in), StandardCharsets.UTF_8), 1 << 16);
    }
}
