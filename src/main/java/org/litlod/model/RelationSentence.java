package org.litlod.model;

/**
 * A sentence of a passage, the evidence of a relation.
 *
 * @param passage the key of the {@link Passage}
 * @param start   offset of its first character in the passage text
 * @param end     offset after its last character
 * @param text    the sentence as written
 */
public record RelationSentence(String passage, int start, int end, String text) {
    public RelationSentence {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad sentence span " + start + ".." + end);
        }
    }
}
