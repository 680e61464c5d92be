package org.litlod.server.federation;

import org.apache.jena.query.QueryParseException;

/**
 * A SERVICE target that the {@link ServicePolicy} does not allow. It is thrown before any
 * connection is opened. It extends {@link QueryParseException} because a SPARQL endpoint answers
 * a refused query with 400 (Bad Request), which Fuseki does for that exception type.
 */
public final class ServiceRefusedException extends QueryParseException {
    private static final long serialVersionUID = 1L;

    /** The target is not on the allow-list. */
    public static final String NOT_ALLOWED = "LITLOD-SERVICE-001";
    /** The target resolves to a loopback, private, link-local or otherwise local address. */
    public static final String LOCAL_ADDRESS = "LITLOD-SERVICE-002";
    /** The target is not an absolute http(s) IRI (or is an unbound variable). */
    public static final String BAD_TARGET = "LITLOD-SERVICE-003";

    private final String id;
    private final String target;
    private final String reason;

    ServiceRefusedException(String id, String target, String reason) {
        super(id + ": SERVICE <" + target + "> refused: " + reason, -1, -1);
        this.id = id;
        this.target = target;
        this.reason = reason;
    }

    /** Why the target was refused, without the target. */
    public String reason() {
        return reason;
    }

    /** The stable error id ({@code LITLOD-SERVICE-NNN}). */
    public String id() {
        return id;
    }

    /** The refused SERVICE target as written (after variable substitution). */
    public String target() {
        return target;
    }
}
