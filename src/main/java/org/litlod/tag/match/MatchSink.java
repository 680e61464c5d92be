package org.litlod.tag.match;

/** Receives the matches an {@link AhoCorasick} automaton reports. */
@FunctionalInterface
public interface MatchSink {
    /**
     * A key occurs in the scanned text.
     *
     * @param start index of its first character
     * @param end   index after its last character
     * @param key   index of the key in the list the automaton was built from
     */
    void match(int start, int end, int key);
}
