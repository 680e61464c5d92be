package org.litlod.rdf;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.litlod.model.Passage;
import org.litlod.vocab.LITLOD;

/**
 * Publishes every passage of the document ({@code Document.passages()}) with its key and exact
 * text, so that mention selectors can be checked with SPARQL {@code SUBSTR}. Reference titles
 * are also linked from their reference.
 */
final class PassageMapper {
    private PassageMapper() {
    }

    static void map(MappingContext c) {
        for (Passage p : c.doc().passages()) {
            if (p.text() == null || p.text().isEmpty()) {
                continue;
            }
            Resource r = c.resource(c.iris().passage(c.paperIri(), p.key()))
                    .addProperty(RDF.type, LITLOD.Passage);
            r.addProperty(LITLOD.passageKey, p.key());
            r.addProperty(LITLOD.text, p.text());
            r.addProperty(DCTerms.isPartOf, c.paper());
            c.paper().addProperty(LITLOD.hasPassage, r);
            if (p.kind() == Passage.PassageKind.REFERENCE_TITLE) {
                String n = p.key().substring(p.key().indexOf('/') + 1);
                c.resource(c.iris().reference(c.paperIri(), Integer.parseInt(n)))
                        .addProperty(LITLOD.hasPassage, r);
            }
        }
    }
}
