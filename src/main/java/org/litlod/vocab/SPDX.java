package org.litlod.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** SPDX terms for file checksums. Only the terms litlod uses. */
public final class SPDX {
    /** The namespace. */
    public static final String NAMESPACE = "http://spdx.org/rdf/terms#";
    /** The preferred prefix. */
    public static final String PREFIX = "spdx";

    private SPDX() {
    }

    public static final Resource Checksum = ResourceFactory.createResource(NAMESPACE + "Checksum");
    public static final Resource checksumAlgorithm_sha256 = ResourceFactory.createResource(NAMESPACE + "checksumAlgorithm_sha256");
    public static final Property checksum = ResourceFactory.createProperty(NAMESPACE, "checksum");
    public static final Property algorithm = ResourceFactory.createProperty(NAMESPACE, "algorithm");
    public static final Property checksumValue = ResourceFactory.createProperty(NAMESPACE, "checksumValue");
}
