package org.litlod.ids;

/**
 * An identifier does not have the syntax of its scheme. The message starts with the stable id
 * {@code LITLOD-ID-001} and names the identifier and the expected form.
 */
public class MalformedIdentifierException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The stable error id users can search for. */
    public static final String ERROR_ID = "LITLOD-ID-001";

    private final String identifier;

    public MalformedIdentifierException(String scheme, String value, String expected) {
        super(ERROR_ID + " malformed " + scheme + " identifier '" + value + "': expected "
                + expected);
        this.identifier = scheme + ":" + value;
    }

    /** The offending identifier as {@code SCHEME:value}. */
    public String identifier() {
        return identifier;
    }
}
