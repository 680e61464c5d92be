package org.litlod.tag.match;

import java.util.Arrays;

/**
 * A growable character trie in first-child/next-sibling arrays, the first step of building an
 * {@link AhoCorasick} automaton. State 0 is the root.
 */
final class TrieBuilder {
    int[] firstChild = new int[1024];
    int[] nextSibling = new int[1024];
    char[] label = new char[1024];
    int[] out = new int[1024];
    int size = 1;

    TrieBuilder() {
        firstChild[0] = -1;
        nextSibling[0] = -1;
        out[0] = -1;
    }

    /** Adds {@code key} with index {@code id}; an existing key keeps its first index. */
    void add(CharSequence key, int id) {
        int s = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            int t = firstChild[s];
            while (t >= 0 && label[t] != c) {
                t = nextSibling[t];
            }
            if (t < 0) {
                t = newState(c);
                nextSibling[t] = firstChild[s];
                firstChild[s] = t;
            }
            s = t;
        }
        if (out[s] < 0) {
            out[s] = id;
        }
    }

    private int newState(char c) {
        if (size == label.length) {
            int cap = size + (size >> 1);
            firstChild = Arrays.copyOf(firstChild, cap);
            nextSibling = Arrays.copyOf(nextSibling, cap);
            label = Arrays.copyOf(label, cap);
            out = Arrays.copyOf(out, cap);
        }
        int t = size++;
        firstChild[t] = -1;
        nextSibling[t] = -1;
        label[t] = c;
        out[t] = -1;
        return t;
    }
}
