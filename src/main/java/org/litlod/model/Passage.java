package org.litlod.model;

/**
 * One text of a document with a key that is stable for the same input: "title", "abstract",
 * "tldr", "contribution", "finding/1", "section/2/paragraph/3", "section/2/figure/1",
 * "figure/1", "reference/3". Mention offsets refer to these texts.
 */
public record Passage(String key, PassageKind kind, String text) {
    /** What part of the document a passage is. */
    public enum PassageKind { TITLE, ABSTRACT, TLDR, CONTRIBUTION, FINDING, PARAGRAPH, CAPTION, REFERENCE_TITLE }
}
