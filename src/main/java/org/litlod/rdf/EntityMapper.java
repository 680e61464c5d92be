package org.litlod.rdf;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.litlod.model.EntityType;
import org.litlod.vocab.BIOLINK;
import org.litlod.vocab.LITLOD;

/**
 * Describes each entity the document names, in the model of entity descriptions (shared by the
 * documents of one lexicon, not in the document's graph): canonical IRI, our class and the
 * Biolink class, {@code rdfs:label}, {@code skos:altLabel}, {@code skos:exactMatch} IRIs and the
 * identifier literal as {@code dcterms:identifier}.
 */
final class EntityMapper {
    private EntityMapper() {
    }

    static void map(MappingContext c, EntityIndex index) {
        for (EntityEntry x : index.entries()) {
            Resource e = c.resource(x.iri());
            for (EntityType t : x.types) {
                e.addProperty(RDF.type, ourClass(t));
                e.addProperty(RDF.type, biolinkClass(t));
            }
            c.text(e, RDFS.label, x.label);
            x.altLabels.stream().filter(a -> !a.equals(x.label)).forEach(a -> c.text(e, SKOS.altLabel, a));
            x.exactMatches.forEach(m -> e.addProperty(SKOS.exactMatch, c.resource(m)));
            e.addProperty(DCTerms.identifier, x.published.literal());
            if (x.gene != null) {
                e.addProperty(LITLOD.relatedEntity, c.resource(index.publish(x.gene, null).iri()));
            }
        }
    }

    static Resource ourClass(EntityType t) {
        return switch (t) {
            case GENE -> LITLOD.Gene;
            case DISEASE -> LITLOD.Disease;
            case CHEMICAL -> LITLOD.Chemical;
            case SPECIES -> LITLOD.Species;
            case VARIANT -> LITLOD.Variant;
        };
    }

    static Resource biolinkClass(EntityType t) {
        return switch (t) {
            case GENE -> BIOLINK.Gene;
            case DISEASE -> BIOLINK.Disease;
            case CHEMICAL -> BIOLINK.ChemicalEntity;
            case SPECIES -> BIOLINK.OrganismTaxon;
            case VARIANT -> BIOLINK.SequenceVariant;
        };
    }
}
