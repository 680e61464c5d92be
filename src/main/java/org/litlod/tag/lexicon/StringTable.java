package org.litlod.tag.lexicon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The distinct strings of a lexicon file, each written once and referred to by index. */
final class StringTable {

    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> strings = new ArrayList<>();

    void add(String s) {
        if (s != null && !index.containsKey(s)) {
            index.put(s, strings.size());
            strings.add(s);
        }
    }

    int index(String s) {
        Integer i = index.get(s);
        if (i == null) {
            throw new IllegalStateException("string not in table: " + s);
        }
        return i;
    }

    /** The index plus one, or 0 for null. */
    int indexOrNull(String s) {
        return s == null ? 0 : index(s) + 1;
    }

    void write(DataOutputStream data) throws IOException {
        data.writeInt(strings.size());
        for (String s : strings) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            VarInts.write(data, bytes.length);
            data.write(bytes);
        }
    }

    static String[] read(ByteCursor data) throws IOException {
        String[] out = new String[data.readInt()];
        for (int i = 0; i < out.length; i++) {
            out[i] = data.utf8(data.readVarInt());
        }
        return out;
    }
}
