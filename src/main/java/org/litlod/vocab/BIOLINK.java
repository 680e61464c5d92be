package org.litlod.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The Biolink model, for entity classes that federated endpoints share. Only the terms litlod uses. */
public final class BIOLINK {
    /** The namespace. */
    public static final String NAMESPACE = "https://w3id.org/biolink/vocab/";
    /** The preferred prefix. */
    public static final String PREFIX = "biolink";

    private BIOLINK() {
    }

    public static final Resource Gene = ResourceFactory.createResource(NAMESPACE + "Gene");
    public static final Resource Disease = ResourceFactory.createResource(NAMESPACE + "Disease");
    public static final Resource ChemicalEntity = ResourceFactory.createResource(NAMESPACE + "ChemicalEntity");
    public static final Resource OrganismTaxon = ResourceFactory.createResource(NAMESPACE + "OrganismTaxon");
    public static final Resource SequenceVariant = ResourceFactory.createResource(NAMESPACE + "SequenceVariant");
}
