package org.litlod.rdf;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How much of each mention a document graph records. Document-level annotations (one per entity
 * and paper, with its mention count) are written at every detail; they are what the example
 * queries use.
 */
public enum MentionDetail {
    /**
     * One annotation per mention with the W3C selectors: a {@code oa:TextQuoteSelector} (exact
     * text, prefix, suffix) and a {@code oa:TextPositionSelector}, its PubTator subject, evidence
     * and lexicon version.
     */
    FULL,
    /**
     * One annotation per mention with its body, evidence and a {@code oa:TextPositionSelector}
     * over the published passage only: the quoted text and its context are the passage text
     * between the offsets (SPARQL {@code SUBSTR}); subject and lexicon version are those of the
     * document-level annotation of the same body; the target is not typed
     * {@code oa:SpecificResource} (a SHOULD of the Web Annotation model, implied by the domain of
     * {@code oa:hasSource}).
     */
    POSITION,
    /** No mention annotations: the document-level annotations alone. */
    DOCUMENT;

    /** The detail a load uses unless told otherwise. */
    public static final MentionDetail DEFAULT = POSITION;

    /** The command-line name ("full", "position", "document"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The detail called {@code name} on the command line, in any case. */
    public static Optional<MentionDetail> named(String name) {
        return Arrays.stream(values()).filter(d -> d.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The command-line names, in order. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(MentionDetail::label).toList();
    }
}
