package org.litlod.publish;

import java.util.List;
import org.litlod.rdf.MappedDocument;

/**
 * The documents of one input that mapped and passed the shapes, and one message (with its error
 * id) for each document that did not.
 *
 * @param documents the checked document graphs, in input order
 * @param errors    the failures, in input order
 */
public record PublishedInput(List<MappedDocument> documents, List<String> errors) {
    public PublishedInput {
        documents = List.copyOf(documents);
        errors = List.copyOf(errors);
    }

    /** The number of quads of the kept documents. */
    public long quads() {
        return documents.stream().mapToLong(d -> d.graph().size()).sum();
    }
}
