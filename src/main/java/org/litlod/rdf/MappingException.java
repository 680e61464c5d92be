package org.litlod.rdf;

/**
 * A document cannot be mapped to RDF (a malformed identifier, a mention outside its passage).
 * The message starts with the stable id {@code LITLOD-MAP-001} and names the document.
 */
public class MappingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The stable error id users can search for. */
    public static final String ERROR_ID = "LITLOD-MAP-001";

    public MappingException(String document, String what, Throwable cause) {
        super(ERROR_ID + " " + document + ": " + what, cause);
    }
}
