package org.litlod.tag.dict;

import java.util.Arrays;
import org.litlod.tag.match.KeyOrder;

/**
 * The entries gathered while compiling a dictionary, each with its folded key, in the order they
 * were added: two parallel arrays rather than a map of lists, since a full lexicon has over a
 * million keys and is sorted by key afterwards anyway.
 */
final class Names {

    private String[] keys = new String[1024];
    private DictionaryEntry[] entries = new DictionaryEntry[1024];
    private int size;

    void add(String key, DictionaryEntry entry) {
        if (size == keys.length) {
            int cap = size + (size >> 1);
            keys = Arrays.copyOf(keys, cap);
            entries = Arrays.copyOf(entries, cap);
        }
        keys[size] = key;
        entries[size++] = entry;
    }

    /** Adds the entries of {@code other} after these, in their order. */
    void addAll(Names other) {
        if (size + other.size > keys.length) {
            int cap = Math.max(size + other.size, size + (size >> 1));
            keys = Arrays.copyOf(keys, cap);
            entries = Arrays.copyOf(entries, cap);
        }
        System.arraycopy(other.keys, 0, keys, size, other.size);
        System.arraycopy(other.entries, 0, entries, size, other.size);
        size += other.size;
    }

    String key(int i) {
        return keys[i];
    }

    DictionaryEntry entry(int i) {
        return entries[i];
    }

    /** Indexes of all entries ordered by key ({@link String#compareTo}), in order of addition within a key. */
    int[] sortedByKey() {
        return KeyOrder.of(keys, size);
    }
}
