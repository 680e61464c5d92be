package org.litlod.convert;

import java.util.Locale;
import java.util.Map;
import org.litlod.model.EntityType;

/**
 * The entity type of an annotation type label as PubTator, PubTator3 and the BioCreative corpora
 * write it ("Gene", "GeneOrGeneProduct", "Disease", "DiseaseOrPhenotypicFeature", "Chemical",
 * "ChemicalEntity", "Species", "OrganismTaxon", "Mutation", "ProteinMutation", "SNP", ...).
 * Labels of types litlod does not publish (cell lines, chromosomes) have none.
 */
public final class AnnotationTypes {
    private static final Map<String, EntityType> TYPES = Map.ofEntries(
            Map.entry("gene", EntityType.GENE),
            Map.entry("geneorgeneproduct", EntityType.GENE),
            Map.entry("protein", EntityType.GENE),
            Map.entry("disease", EntityType.DISEASE),
            Map.entry("diseaseorphenotypicfeature", EntityType.DISEASE),
            Map.entry("chemical", EntityType.CHEMICAL),
            Map.entry("chemicalentity", EntityType.CHEMICAL),
            Map.entry("drug", EntityType.CHEMICAL),
            Map.entry("species", EntityType.SPECIES),
            Map.entry("organismtaxon", EntityType.SPECIES),
            Map.entry("variant", EntityType.VARIANT),
            Map.entry("mutation", EntityType.VARIANT),
            Map.entry("dnamutation", EntityType.VARIANT),
            Map.entry("proteinmutation", EntityType.VARIANT),
            Map.entry("snp", EntityType.VARIANT),
            Map.entry("sequencevariant", EntityType.VARIANT),
            Map.entry("dnaacidchange", EntityType.VARIANT),
            Map.entry("proteinacidchange", EntityType.VARIANT));

    private AnnotationTypes() {
    }

    /** The entity type of the label (case and separators ignored), or null for other types. */
    public static EntityType of(String label) {
        if (label == null) {
            return null;
        }
        return TYPES.get(label.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", ""));
    }
}
