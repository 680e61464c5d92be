package org.litlod.publish;

import java.util.List;
import org.litlod.rdf.MappedDocument;

/**
 * The documents of one input that mapped and passed the shapes, one message (with its error
 * id) for each document that did not, and the warnings of the kept documents (a malformed
 * optional field left out).
 *
 * @param documents the checked document graphs, in input order
 * @param errors    the failures, in input order
 * @param warnings  the warnings of the kept documents, in input order
 */
public record PublishedInput(List<MappedDocument> documents, List<String> errors, List<String> warnings) {
    public PublishedInput {
        documents = List.copyOf(documents);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** Documents and errors, without warnings. */
    public PublishedInput(List<MappedDocument> documents, List<String> errors) {
        this(documents, errors, List.of());
    }

    /**
     * The number of quads of the kept documents, their entity descriptions counted once per
     * input (as {@link BulkLoadNQuads} writes them).
     */
    public long quads() {
        return documents.stream().mapToLong(d -> d.graph().size()).sum() + EntityDescriptions.size(EntityDescriptions.of(documents));
    }
}
