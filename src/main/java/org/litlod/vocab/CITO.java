package org.litlod.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** CiTO, the Citation Typing Ontology. Only the terms litlod uses. */
public final class CITO {
    /** The namespace. */
    public static final String NAMESPACE = "http://purl.org/spar/cito/";
    /** The preferred prefix. */
    public static final String PREFIX = "cito";

    private CITO() {
    }

    public static final Property cites = ResourceFactory.createProperty(NAMESPACE, "cites");
}
