package org.litlod.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The Web Annotation vocabulary. Only the terms litlod uses. */
public final class OA {
    /** The namespace. */
    public static final String NAMESPACE = "http://www.w3.org/ns/oa#";
    /** The preferred prefix. */
    public static final String PREFIX = "oa";

    private OA() {
    }

    public static final Resource Annotation = ResourceFactory.createResource(NAMESPACE + "Annotation");
    public static final Resource SpecificResource = ResourceFactory.createResource(NAMESPACE + "SpecificResource");
    public static final Resource TextQuoteSelector = ResourceFactory.createResource(NAMESPACE + "TextQuoteSelector");
    public static final Resource TextPositionSelector = ResourceFactory.createResource(NAMESPACE + "TextPositionSelector");
    public static final Property hasBody = ResourceFactory.createProperty(NAMESPACE, "hasBody");
    public static final Property hasTarget = ResourceFactory.createProperty(NAMESPACE, "hasTarget");
    public static final Property hasSource = ResourceFactory.createProperty(NAMESPACE, "hasSource");
    public static final Property hasSelector = ResourceFactory.createProperty(NAMESPACE, "hasSelector");
    public static final Property exact = ResourceFactory.createProperty(NAMESPACE, "exact");
    public static final Property prefix = ResourceFactory.createProperty(NAMESPACE, "prefix");
    public static final Property suffix = ResourceFactory.createProperty(NAMESPACE, "suffix");
    public static final Property start = ResourceFactory.createProperty(NAMESPACE, "start");
    public static final Property end = ResourceFactory.createProperty(NAMESPACE, "end");
}
