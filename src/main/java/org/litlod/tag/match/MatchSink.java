package org.litlod.tag.match;

/** Receives the matches a {@link KeyTrie} reports. */
@FunctionalInterface
public interface MatchSink {
    /**
     * A key occurs in the scanned text.
     *
     * @param start index of its first character
     * @param end   index after its last character
     * @param key   index of the key in the list the trie was built from
     */
    void match(int start, int end, int key);
}
