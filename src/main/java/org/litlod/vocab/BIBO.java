package org.litlod.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** BIBO, the Bibliographic Ontology. Only the terms litlod uses. */
public final class BIBO {
    /** The namespace. */
    public static final String NAMESPACE = "http://purl.org/ontology/bibo/";
    /** The preferred prefix. */
    public static final String PREFIX = "bibo";

    private BIBO() {
    }

    public static final Property pmid = ResourceFactory.createProperty(NAMESPACE, "pmid");
    public static final Property authorList = ResourceFactory.createProperty(NAMESPACE, "authorList");
}
