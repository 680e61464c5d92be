package org.litlod.publish;

import java.util.function.UnaryOperator;
import org.litlod.model.Document;

/**
 * The tagging step of the pipeline: what adds entity mentions (and relations) to a document, and the version of
 * the lexicon it uses (recorded in the provenance of every annotation it finds).
 *
 * @param tagger         returns the document with its mentions added
 * @param lexiconVersion version of the lexicon, null when there is no tagging
 */
public record Tagging(UnaryOperator<Document> tagger, String lexiconVersion) {
    /** No tagging: documents keep only what their source lists. */
    public static final Tagging NONE = new Tagging(UnaryOperator.identity(), null);
}
