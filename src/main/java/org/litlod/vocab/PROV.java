package org.litlod.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** PROV-O, the W3C provenance ontology. Only the terms litlod uses. */
public final class PROV {
    /** The namespace. */
    public static final String NAMESPACE = "http://www.w3.org/ns/prov#";
    /** The preferred prefix. */
    public static final String PREFIX = "prov";

    private PROV() {
    }

    public static final Resource Entity = ResourceFactory.createResource(NAMESPACE + "Entity");
    public static final Resource Collection = ResourceFactory.createResource(NAMESPACE + "Collection");
    public static final Resource Activity = ResourceFactory.createResource(NAMESPACE + "Activity");
    public static final Resource SoftwareAgent = ResourceFactory.createResource(NAMESPACE + "SoftwareAgent");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NAMESPACE, "wasDerivedFrom");
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NAMESPACE, "wasGeneratedBy");
    public static final Property generatedAtTime = ResourceFactory.createProperty(NAMESPACE, "generatedAtTime");
    public static final Property used = ResourceFactory.createProperty(NAMESPACE, "used");
    public static final Property wasAssociatedWith = ResourceFactory.createProperty(NAMESPACE, "wasAssociatedWith");
    public static final Property endedAtTime = ResourceFactory.createProperty(NAMESPACE, "endedAtTime");
}
