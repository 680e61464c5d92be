package org.litlod.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.litlod.ids.Equivalents;
import org.litlod.ids.Labels;
import org.litlod.ids.IriMinter;
import org.litlod.model.Document;

/**
 * What every part mapper needs for one document: the model being filled, the IRI minter, the
 * document, its paper resource and the mapping options (lexicon, mention detail).
 */
record MappingContext(Model model, IriMinter iris, Document doc, Resource paper,
                      String lexiconVersion, Equivalents equivalents, Labels labels, MentionDetail detail) {

    /** The same document and options, filling {@code other} instead (the entity descriptions). */
    MappingContext writingTo(Model other) {
        return new MappingContext(other, iris, doc, paper, lexiconVersion, equivalents, labels, detail);
    }

    String paperIri() {
        return paper.getURI();
    }

    Resource resource(String iri) {
        return model.createResource(iri);
    }

    /** Adds a string literal unless the value is null or blank. */
    void text(Resource s, Property p, String value) {
        if (value != null && !value.isBlank()) {
            s.addProperty(p, value);
        }
    }

    /** Adds any node unless it is null. */
    void add(Resource s, Property p, RDFNode o) {
        if (o != null) {
            s.addProperty(p, o);
        }
    }
}
