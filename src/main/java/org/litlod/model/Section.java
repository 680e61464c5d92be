package org.litlod.model;

import java.util.List;

/**
 * A body section with its heading, paragraphs and the figures placed in it.
 *
 * @param heading    the heading as written, null for an untitled lead section
 * @param paragraphs paragraphs in order
 * @param figures    figure captions placed in this section
 */
public record Section(String heading, List<Paragraph> paragraphs, List<Figure> figures) {
    public Section {
        paragraphs = List.copyOf(paragraphs);
        figures = figures == null ? List.of() : List.copyOf(figures);
    }
}
