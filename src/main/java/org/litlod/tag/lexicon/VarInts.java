package org.litlod.tag.lexicon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** Unsigned variable-length integers, seven bits a byte, for the lexicon file. */
final class VarInts {

    private VarInts() {
    }

    static void write(DataOutputStream out, int value) throws IOException {
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    static int read(DataInputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("malformed variable-length integer");
    }
}
