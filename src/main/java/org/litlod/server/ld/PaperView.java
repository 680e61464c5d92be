package org.litlod.server.ld;

import java.util.List;

/**
 * What the HTML page of a paper shows, read from the paper's named graph by {@link PaperReader}.
 */
record PaperView(String iri, String graph, String title, List<Link> authors, Link journal,
                 String issued, String citation, List<Link> identifiers, String abstractText,
                 String tldr, String contribution, List<String> findings, List<SectionView> sections,
                 List<ReferenceView> references, List<EntityView> entities, List<RelationView> relations) {

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

    /**
     * A relation between two entities: their IRIs and labels, the predicate's label, the source's
     * type (or litlod's), who asserts it, whether that is the source, the source's score (or null),
     * and the sentences that mention both.
     */
    record RelationView(String subjectIri, String subjectLabel, String predicate, String objectIri, String objectLabel,
                        String type, String assertedBy, boolean bySource, String score, long sentenceCount,
                        List<String> sentences) {
    }

    /** One mention: the text before, the mention itself and the text after. */
    record MentionView(String prefix, String exact, String suffix, String where) {
    }
}
