package org.litlod.corpus;

import java.util.List;

/**
 * The body and reference list of a synthetic full-text article, as PubMed Central holds it.
 *
 * @param sections   the top-level sections in order
 * @param references the cited papers, reference {@code n} at index {@code n - 1}
 * @param mentioned  the concepts the body names, in the order of the text
 */
record FullText(List<Section> sections, List<Paper> references, List<Paper.Mentioned> mentioned) {
    FullText {
        sections = List.copyOf(sections);
        references = List.copyOf(references);
        mentioned = List.copyOf(mentioned);
    }

    /** A section: its heading, paragraphs, figures and subsections. */
    record Section(String heading, List<Paragraph> paragraphs, List<Figure> figures, List<Section> subsections) {
        Section {
            paragraphs = List.copyOf(paragraphs);
            figures = List.copyOf(figures);
            subsections = List.copyOf(subsections);
        }
    }

    /**
     * A paragraph, sentence by sentence, with the reference each sentence cites.
     *
     * @param sentences the sentences
     * @param cites     for each sentence the number of the reference it cites, 0 for none
     */
    record Paragraph(List<String> sentences, List<Integer> cites) {
        Paragraph {
            sentences = List.copyOf(sentences);
            cites = List.copyOf(cites);
        }
    }

    /** A figure: its number, caption title and caption text. */
    record Figure(int number, String title, String caption) {
    }
}
