package org.litlod.model;

import java.util.List;

/**
 * A paragraph of body text.
 *
 * @param text      the text, with citation markers removed
 * @param citations numbers of the references the paragraph cites (1-based, as in the list)
 */
public record Paragraph(String text, List<Integer> citations) {
    public Paragraph {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty paragraph");
        }
        citations = citations == null ? List.of() : List.copyOf(citations);
    }

    public static Paragraph of(String text) {
        return new Paragraph(text, List.of());
    }
}
