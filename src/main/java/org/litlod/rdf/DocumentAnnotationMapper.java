package org.litlod.rdf;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.litlod.vocab.LITLOD;
import org.litlod.vocab.OA;

/**
 * Document-level annotations in the PubTator-RDF shape: one {@code oa:Annotation} per entity
 * the paper lists or mentions, with {@code oa:hasBody} the entity, {@code oa:hasTarget} the
 * paper and {@code dcterms:subject} the entity type label; plus how many mentions there are,
 * how it was found, the source list and category, and the lexicon version for tagger results.
 */
final class DocumentAnnotationMapper {
    private DocumentAnnotationMapper() {
    }

    static void map(MappingContext c, EntityIndex index) {
        for (EntityEntry x : index.entries()) {
            if (!x.annotated || x.primaryType() == null) {
                continue;
            }
            Resource a = c.resource(c.iris().entityAnnotation(c.paperIri(), x.id, x.gene))
                    .addProperty(RDF.type, OA.Annotation);
            a.addProperty(OA.hasBody, c.resource(x.iri()));
            a.addProperty(OA.hasTarget, c.paper());
            a.addProperty(DCTerms.subject, x.primaryType().label());
            a.addProperty(LITLOD.mentionCount, Literals.integer(x.mentionCount));
            x.foundBy.forEach(e -> a.addProperty(LITLOD.foundBy, DetectionMethods.of(e)));
            x.lists.forEach(l -> a.addProperty(LITLOD.listName, l));
            x.categories.forEach(k -> a.addProperty(LITLOD.category, k));
            if (x.foundByTagger()) {
                c.text(a, LITLOD.lexiconVersion, c.lexiconVersion());
            }
        }
    }
}
