package org.litlod.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** FaBiO, the FRBR-aligned Bibliographic Ontology. Only the terms litlod uses. */
public final class FABIO {
    /** The namespace. */
    public static final String NAMESPACE = "http://purl.org/spar/fabio/";
    /** The preferred prefix. */
    public static final String PREFIX = "fabio";

    private FABIO() {
    }

    public static final Resource Expression = ResourceFactory.createResource(NAMESPACE + "Expression");
    public static final Resource JournalArticle = ResourceFactory.createResource(NAMESPACE + "JournalArticle");
    public static final Resource ReviewArticle = ResourceFactory.createResource(NAMESPACE + "ReviewArticle");
    public static final Resource WebContent = ResourceFactory.createResource(NAMESPACE + "WebContent");
    public static final Resource Journal = ResourceFactory.createResource(NAMESPACE + "Journal");
    public static final Property hasPubMedCentralId = ResourceFactory.createProperty(NAMESPACE, "hasPubMedCentralId");
}
