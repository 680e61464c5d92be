package org.litlod.publish;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.litlod.rdf.MappedDocument;

/**
 * The documents of one input that mapped and passed the shapes, one message (with its error
 * id) for each document that did not, and the warnings of the kept documents (a malformed
 * optional field left out). The descriptions of the kept documents' entities are merged once,
 * when the input is made: counting its quads, keeping it in a partition and sending it to a
 * loader all use that one merge.
 */
public final class PublishedInput {
    private final List<MappedDocument> documents;
    private final List<String> errors;
    private final List<String> warnings;
    private final Map<String, Graph> descriptions;
    private final long quads;

    /**
     * @param documents the checked document graphs, in input order
     * @param errors    the failures, in input order
     * @param warnings  the warnings of the kept documents, in input order
     */
    public PublishedInput(List<MappedDocument> documents, List<String> errors, List<String> warnings) {
        this.documents = List.copyOf(documents);
        this.errors = List.copyOf(errors);
        this.warnings = List.copyOf(warnings);
        this.descriptions = EntityDescriptions.of(this.documents);
        this.quads = this.documents.stream().mapToLong(d -> d.graph().size()).sum()
                + EntityDescriptions.size(descriptions);
    }

    /** Documents and errors, without warnings. */
    public PublishedInput(List<MappedDocument> documents, List<String> errors) {
        this(documents, errors, List.of());
    }

    /** The checked document graphs, in input order. */
    public List<MappedDocument> documents() {
        return documents;
    }

    /** The failures, in input order. */
    public List<String> errors() {
        return errors;
    }

    /** The warnings of the kept documents, in input order. */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * The descriptions of the entities the kept documents name, each triple once, by the IRI of
     * the shared graph they belong in (not to be changed).
     */
    Map<String, Graph> descriptions() {
        return descriptions;
    }

    /**
     * The number of quads of the kept documents, their entity descriptions counted once per
     * input (as {@link BulkLoadNQuads} writes them).
     */
    public long quads() {
        return quads;
    }
}
