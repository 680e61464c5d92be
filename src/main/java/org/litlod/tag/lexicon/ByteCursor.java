package org.litlod.tag.lexicon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the decompressed body of a lexicon file from memory: the big-endian ints, bytes and
 * modified-UTF-8 strings {@link java.io.DataOutputStream} wrote, and the variable-length
 * integers of {@link VarInts}, without a stream call per byte.
 */
final class ByteCursor {

    private final byte[] bytes;
    private int at;

    ByteCursor(byte[] bytes) {
        this.bytes = bytes;
    }

    int readInt() throws IOException {
        need(4);
        int v = ((bytes[at] & 0xFF) << 24) | ((bytes[at + 1] & 0xFF) << 16) | ((bytes[at + 2] & 0xFF) << 8)
                | (bytes[at + 3] & 0xFF);
        at += 4;
        return v;
    }

    byte readByte() throws IOException {
        need(1);
        return bytes[at++];
    }

    int readUnsignedByte() throws IOException {
        return readByte() & 0xFF;
    }

    int readVarInt() throws IOException {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("malformed variable-length integer");
    }

    /** A string DataOutputStream.writeUTF wrote (plain UTF-8 for the strings a lexicon holds). */
    String readUTF() throws IOException {
        need(2);
        int length = ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
        at += 2;
        return utf8(length);
    }

    /** {@code length} bytes of UTF-8. */
    String utf8(int length) throws IOException {
        need(length);
        String s = new String(bytes, at, length, StandardCharsets.UTF_8);
        at += length;
        return s;
    }

    private void need(int n) throws IOException {
        if (at + n > bytes.length) {
            throw new IOException("lexicon file truncated at byte " + at);
        }
    }
}
