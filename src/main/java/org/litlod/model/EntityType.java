package org.litlod.model;

/** The entity types litlod normalises, with the PubTator subject label of each. */
public enum EntityType {
    GENE("Gene"),
    DISEASE("Disease"),
    CHEMICAL("Chemical"),
    SPECIES("Species"),
    VARIANT("Variant");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    /** The PubTator-RDF {@code dcterms:subject} label ("Gene", "Disease", ...). */
    public String label() {
        return label;
    }
}
