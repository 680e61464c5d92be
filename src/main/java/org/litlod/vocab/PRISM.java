package org.litlod.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** PRISM basic 2.0 (Publishing Requirements for Industry Standard Metadata). Only the terms litlod uses. */
public final class PRISM {
    /** The namespace. */
    public static final String NAMESPACE = "http://prismstandard.org/namespaces/basic/2.0/";
    /** The preferred prefix. */
    public static final String PREFIX = "prism";

    private PRISM() {
    }

    public static final Property doi = ResourceFactory.createProperty(NAMESPACE, "doi");
    public static final Property publicationName = ResourceFactory.createProperty(NAMESPACE, "publicationName");
    public static final Property volume = ResourceFactory.createProperty(NAMESPACE, "volume");
    public static final Property issueIdentifier = ResourceFactory.createProperty(NAMESPACE, "issueIdentifier");
    public static final Property pageRange = ResourceFactory.createProperty(NAMESPACE, "pageRange");
    public static final Property issn = ResourceFactory.createProperty(NAMESPACE, "issn");
}
