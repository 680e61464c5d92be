package org.litlod.convert;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of one input as read, with the name it was given and its decoded text. Converters
 * receive this, never a path: the library does no file I/O of its own choosing.
 *
 * @param name      the file name or other label used in messages (the path as given)
 * @param bytes     the raw bytes
 * @param published the name recorded in the published data: relative to the input folder
 *                  given, never an absolute path (see {@link PublishedName})
 */
public record SourceText(String name, byte[] bytes, String published) {
    public SourceText {
        published = PublishedName.check(published);
    }

    /** An input published under the last segment of its name (no folders). */
    public SourceText(String name, byte[] bytes) {
        this(name, bytes, PublishedName.lastSegment(name));
    }

    public static SourceText of(String name, String text) {
        return new SourceText(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The text: decoded as UTF-16 when the bytes start with a UTF-16 byte-order mark, else as
     * UTF-8 (a leading BOM removed). Bytes that do not decode become U+FFFD; the
     * {@link org.litlod.convert.registry.ConverterRegistry} refuses such inputs before a converter sees them.
     */
    public String text() {
        Charset cs = charset();
        int skip = cs == StandardCharsets.UTF_8 ? 0 : 2;
        String s = new String(bytes, skip, bytes.length - skip, cs);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** UTF-16BE or UTF-16LE when the bytes start with that byte-order mark, else UTF-8. */
    public Charset charset() {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return StandardCharsets.UTF_8;
    }

    /** Hex SHA-256 of the bytes. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
