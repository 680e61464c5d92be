package org.litlod.rdf;

import java.util.List;
import java.util.Locale;
import org.apache.jena.rdf.model.Resource;
import org.litlod.model.EntityType;
import org.litlod.model.Relation;
import org.litlod.vocab.BIOLINK;

/**
 * The Biolink terms of a relation: the association class its argument types call for, with the
 * subject type first ("chemical to disease"), and the predicate its type calls for (PubTator3's
 * types, CDR's CID, litlod's co-occurrence and induction).
 */
final class RelationShapes {
    /** Association classes by subject type and object type. */
    private static final List<Object[]> CLASSES = List.of(
            new Object[] {EntityType.CHEMICAL, EntityType.DISEASE, BIOLINK.ChemicalToDiseaseOrPhenotypicFeatureAssociation},
            new Object[] {EntityType.GENE, EntityType.DISEASE, BIOLINK.GeneToDiseaseAssociation},
            new Object[] {EntityType.VARIANT, EntityType.DISEASE, BIOLINK.VariantToDiseaseAssociation},
            new Object[] {EntityType.GENE, EntityType.GENE, BIOLINK.GeneToGeneAssociation},
            new Object[] {EntityType.CHEMICAL, EntityType.CHEMICAL, BIOLINK.ChemicalToChemicalAssociation});

    private RelationShapes() {
    }

    /** The Biolink predicate of a relation type; biolink:related_to for types it does not know. */
    static Resource predicate(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "cid", Relation.INDUCES -> BIOLINK.causes;
            case Relation.CO_OCCURRENCE -> BIOLINK.occurs_together_in_literature_with;
            case "association" -> BIOLINK.associated_with;
            case "positive_correlation" -> BIOLINK.positively_correlated_with;
            case "negative_correlation" -> BIOLINK.negatively_correlated_with;
            case "bind" -> BIOLINK.physically_interacts_with;
            case "drug_interaction" -> BIOLINK.interacts_with;
            case "treatment" -> BIOLINK.treats;
            default -> BIOLINK.related_to;
        };
    }

    /** The specific association class for a subject and object type, or null when there is none. */
    static Resource associationClass(EntityType subject, EntityType object) {
        for (Object[] c : CLASSES) {
            if (c[0] == subject && c[1] == object) {
                return (Resource) c[2];
            }
        }
        return null;
    }

    /** Whether the arguments are in the wrong order for their class ("Disease", "Gene" is gene to disease). */
    static boolean reversed(EntityType first, EntityType second) {
        return associationClass(first, second) == null && associationClass(second, first) != null;
    }
}
