package org.litlod.tag.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A SHA-256 digest over source files (their bytes as stored) and texts, fed in order. */
public final class SourceDigest {

    private final MessageDigest sha;

    /** An empty digest. */
    public SourceDigest() {
        sha = sha256();
    }

    /** A new SHA-256 message digest (every JDK has one). */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** Adds the bytes of {@code file}. */
    public SourceDigest file(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                sha.update(buf, 0, n);
            }
        }
        return this;
    }

    /** Adds a text. */
    public SourceDigest text(String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        return this;
    }

    /** The SHA-256 of one file, in hex. */
    public static String of(Path file) throws IOException {
        return new SourceDigest().file(file).hex();
    }

    /** The digest so far, in hex. */
    public String hex() {
        return HexFormat.of().formatHex(((MessageDigest) clone(sha)).digest());
    }

    private static Object clone(MessageDigest d) {
        try {
            return d.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
