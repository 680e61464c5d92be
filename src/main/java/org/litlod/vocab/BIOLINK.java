package org.litlod.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The Biolink model, for entity classes that federated endpoints share and for associations
 * (relations between entities, as statements with subject, predicate and object). Only the
 * terms litlod uses.
 */
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

    public static final Resource Association = ResourceFactory.createResource(NAMESPACE + "Association");
    public static final Resource ChemicalToDiseaseOrPhenotypicFeatureAssociation =
            ResourceFactory.createResource(NAMESPACE + "ChemicalToDiseaseOrPhenotypicFeatureAssociation");
    public static final Resource GeneToDiseaseAssociation = ResourceFactory.createResource(NAMESPACE + "GeneToDiseaseAssociation");
    public static final Resource VariantToDiseaseAssociation =
            ResourceFactory.createResource(NAMESPACE + "VariantToDiseaseAssociation");
    public static final Resource GeneToGeneAssociation = ResourceFactory.createResource(NAMESPACE + "GeneToGeneAssociation");
    public static final Resource ChemicalToChemicalAssociation =
            ResourceFactory.createResource(NAMESPACE + "ChemicalToChemicalAssociation");

    public static final Property subject = ResourceFactory.createProperty(NAMESPACE + "subject");
    public static final Property predicate = ResourceFactory.createProperty(NAMESPACE + "predicate");
    public static final Property object = ResourceFactory.createProperty(NAMESPACE + "object");
    public static final Property publications = ResourceFactory.createProperty(NAMESPACE + "publications");

    public static final Resource causes = ResourceFactory.createResource(NAMESPACE + "causes");
    public static final Resource treats = ResourceFactory.createResource(NAMESPACE + "treats");
    public static final Resource associated_with = ResourceFactory.createResource(NAMESPACE + "associated_with");
    public static final Resource positively_correlated_with =
            ResourceFactory.createResource(NAMESPACE + "positively_correlated_with");
    public static final Resource negatively_correlated_with =
            ResourceFactory.createResource(NAMESPACE + "negatively_correlated_with");
    public static final Resource physically_interacts_with =
            ResourceFactory.createResource(NAMESPACE + "physically_interacts_with");
    public static final Resource interacts_with = ResourceFactory.createResource(NAMESPACE + "interacts_with");
    public static final Resource related_to = ResourceFactory.createResource(NAMESPACE + "related_to");
    public static final Resource occurs_together_in_literature_with =
            ResourceFactory.createResource(NAMESPACE + "occurs_together_in_literature_with");
}
