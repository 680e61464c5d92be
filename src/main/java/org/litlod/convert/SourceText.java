package org.litlod.convert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of one input as read, with the name it was given and its decoded text. Converters
 * receive this, never a path: the library does no file I/O of its own choosing.
 *
 * @param name  the file name or other label used in messages and provenance
 * @param bytes the raw bytes
 */
public record SourceText(String name, byte[] bytes) {

    public static SourceText of(String name, String text) {
        return new SourceText(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The text decoded as UTF-8 (a leading BOM removed). */
    public String text() {
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
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
