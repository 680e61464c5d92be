package org.litlod.server.ld;

import java.util.List;

/**
 * What the HTML page of a paper shows, read from the paper's named graph by {@link PaperReader}.
 */
record PaperView(String iri, String graph, String title, List<Link> authors, Link journal,
                 String issued, String citation, List<Link> identifiers, String abstractText,
                 String tldr, String contribution, List<String> findings, List<SectionView> sections,
                 List<ReferenceView> references, List<EntityView> entities) {

    /** A labelled link: {@code href} is the URL to follow, {@code note} extra text or null. */
    record Link(String label, String href, String note) {
    }

    /** A section with its heading (may be null) and paragraph texts. */
    record SectionView(String heading, List<String> paragraphs) {
    }

    /** An entry of the reference list. */
    record ReferenceView(String href, String text, List<Link> links) {
    }

    /** An entity the paper mentions, with its mentions in context. */
    record EntityView(String iri, String label, String type, long mentionCount, List<MentionView> mentions) {
    }

    /** One mention: the text before, the mention itself and the text after. */
    record MentionView(String prefix, String exact, String suffix, String where) {
    }
}
