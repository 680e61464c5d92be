package org.litlod.server;

import java.time.Duration;
import java.util.Objects;
import org.litlod.server.ld.IriSpace;

/**
 * How the public server runs: where it listens, the IRIs it answers for, and the limits that
 * keep one client from taking it over. Read-only unless {@link #updates} is given.
 *
 * @param port            the HTTP port (0 for an ephemeral one)
 * @param loopbackOnly    listen on the loopback interface only
 * @param baseIri         the base IRI the data was minted with
 * @param queryTimeout    longest a query may run before it is cancelled (503)
 * @param resultLimit     most rows (solutions) a query returns; larger or unlimited queries get
 *                        this LIMIT and the response header {@value #CAPPED_HEADER}
 * @param tripleLimit     most triples a CONSTRUCT or DESCRIBE returns (counted as triples, not
 *                        solutions); a larger result is cut there and gets the response header
 *                        {@value #TRIPLE_CAPPED_HEADER}
 * @param maxQueryLength  longest query or update accepted, in characters, whether in the URL, a
 *                        POSTed body or a form field (413 beyond)
 * @param maxRequestBytes largest request body accepted, in bytes (413 beyond)
 * @param updates         who may use the SPARQL Update and Graph Store write endpoints, or null
 *                        for a read-only server
 */
public record ServerOptions(int port, boolean loopbackOnly, String baseIri, Duration queryTimeout,
                            long resultLimit, long tripleLimit, int maxQueryLength, long maxRequestBytes, UpdateAccess updates) {
    /** Response header naming the row limit a query was cut to. */
    public static final String CAPPED_HEADER = "Litlod-Result-Limit";
    /** Response header naming the triple limit a CONSTRUCT or DESCRIBE result was cut to. */
    public static final String TRIPLE_CAPPED_HEADER = "Litlod-Triple-Limit";
    /** Default port. */
    public static final int DEFAULT_PORT = 3030;
    /** Default query timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /** Default row limit. */
    public static final long DEFAULT_RESULT_LIMIT = 10_000;
    /** Default triple limit of CONSTRUCT and DESCRIBE results. */
    public static final long DEFAULT_TRIPLE_LIMIT = 50_000;
    /** Default longest query, in characters. */
    public static final int DEFAULT_MAX_QUERY_LENGTH = 100_000;
    /** Default largest request body (1 MiB). */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1L << 20;

    public ServerOptions {
        Objects.requireNonNull(baseIri, "baseIri");
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        if (port < 0 || queryTimeout.isNegative() || queryTimeout.isZero() || resultLimit < 1 || tripleLimit < 1
                || maxQueryLength < 1 || maxRequestBytes < 1) {
            throw new IllegalArgumentException("LITLOD-SERVER-001 invalid server options: " + this);
        }
    }

    /** Read-only, all interfaces, port 3030, {@link IriSpace#DEFAULT_BASE}, default limits. */
    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_PORT, false, IriSpace.DEFAULT_BASE, DEFAULT_TIMEOUT, DEFAULT_RESULT_LIMIT, DEFAULT_TRIPLE_LIMIT,
                DEFAULT_MAX_QUERY_LENGTH, DEFAULT_MAX_REQUEST_BYTES, null);
    }

    public ServerOptions withPort(int p) {
        return new ServerOptions(p, loopbackOnly, baseIri, queryTimeout, resultLimit, tripleLimit, maxQueryLength, maxRequestBytes, updates);
    }

    public ServerOptions withLoopbackOnly(boolean b) {
        return new ServerOptions(port, b, baseIri, queryTimeout, resultLimit, tripleLimit, maxQueryLength, maxRequestBytes, updates);
    }

    public ServerOptions withBaseIri(String base) {
        return new ServerOptions(port, loopbackOnly, base, queryTimeout, resultLimit, tripleLimit, maxQueryLength, maxRequestBytes, updates);
    }

    public ServerOptions withQueryTimeout(Duration d) {
        return new ServerOptions(port, loopbackOnly, baseIri, d, resultLimit, tripleLimit, maxQueryLength, maxRequestBytes, updates);
    }

    public ServerOptions withResultLimit(long rows) {
        return new ServerOptions(port, loopbackOnly, baseIri, queryTimeout, rows, tripleLimit, maxQueryLength, maxRequestBytes, updates);
    }

    public ServerOptions withTripleLimit(long triples) {
        return new ServerOptions(port, loopbackOnly, baseIri, queryTimeout, resultLimit, triples, maxQueryLength, maxRequestBytes, updates);
    }

    public ServerOptions withMaxQueryLength(int chars) {
        return new ServerOptions(port, loopbackOnly, baseIri, queryTimeout, resultLimit, tripleLimit, chars, maxRequestBytes, updates);
    }

    public ServerOptions withMaxRequestBytes(long bytes) {
        return new ServerOptions(port, loopbackOnly, baseIri, queryTimeout, resultLimit, tripleLimit, maxQueryLength, bytes, updates);
    }

    /** Enables the update endpoints for these credentials (null: read-only). */
    public ServerOptions withUpdates(UpdateAccess access) {
        return new ServerOptions(port, loopbackOnly, baseIri, queryTimeout, resultLimit, tripleLimit, maxQueryLength, maxRequestBytes, access);
    }
}
